/**
 * A new meeting's id, as the bundled programmes name theirs: the month (`2023-09`), or the date
 * (`2023-09-25`) when the month's id is taken, then the date with a number after it. Never one in
 * `taken`, which it then joins. The same rule names the meetings `proposedFolder` checks.
 * @example meetingIdFor("2023-03-06", new Set(["2023-03"])); // "2023-03-06"
 */
export function meetingIdFor(date: string, taken: Set<string>): string {
  let id = date.slice(0, 7);
  if (taken.has(id)) id = date;
  for (let n = 2; taken.has(id); n++) id = `${date}-${n}`;
  taken.add(id);
  return id;
}
