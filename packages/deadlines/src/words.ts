/** Plain-English counts for findings an officer reads ("five clear working days"). */
const SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

export function count(n: number, noun: string): string {
  const word = n >= 0 && n < SMALL.length ? SMALL[n] : String(n);
  return `${word} ${noun}${n === 1 ? "" : "s"}`;
}
