/**
 * ical-generator 10.2.0's own `foldLines`, verbatim (MIT, Sebastian Pekarek): the oracle for the
 * pnpm patch in patches/ical-generator@10.2.0.patch, which must give the same output faster.
 */
export function stockFoldLines(input: string): string {
  return input
    .split("\r\n")
    .map((line) => {
      let result = "";
      let c = 0;
      for (let i = 0; i < line.length; i++) {
        let ch = line.charAt(i);
        if (ch >= "\ud800" && ch <= "\udbff") {
          ch += line.charAt(++i);
        }
        const charsize = new TextEncoder().encode(ch).length;
        c += charsize;
        if (c > 74) {
          result += "\r\n ";
          c = charsize;
        }
        result += ch;
      }
      return result;
    })
    .join("\r\n");
}

/** A small, seeded generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every width of UTF-8 character, and the awkward cases: lone surrogates either way round, a
// high surrogate before something that is not a low one, controls, escapes.
export const PIECES = [
  "a",
  " ",
  ";",
  "\\,",
  "é",
  "ß",
  "€",
  "中",
  "😀",
  "🏫",
  "\ud800",
  "\udc00",
  "\udbffx",
  "\t",
  "\u0000",
];

/** `count` seeded random lines of mixed widths, a third with a CRLF inside. */
export function randomLines(count: number, seed = 20221031): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let line = "";
    const length = Math.floor(next() * 320);
    for (let i = 0; i < length; i++) line += PIECES[Math.floor(next() * PIECES.length)];
    out.push(next() < 0.3 ? `${line}\r\n${line.slice(0, Math.floor(next() * line.length))}` : line);
  }
  return out;
}
