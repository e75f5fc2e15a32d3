/**
 * London's wall clock at an instant as Intl reads it, "YYYY-MM-DD HH:MM": an oracle for tests,
 * independent of the code under test (it shares nothing with `londonWallClock`). Also used by the
 * ical package's tests to read the feeds' times back.
 */
const intl = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

/** "2022-07-11 19:00", or with `{ zone: true }` "2022-07-11 19:00 BST". */
export function intlLondonWall(ms: number, options: { zone?: boolean } = {}): string {
  const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  return options.zone ? `${wall} ${p.timeZoneName}` : wall;
}
