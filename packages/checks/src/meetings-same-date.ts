import type { Finding, ProgrammeIndex } from "@scrutineer/model";

/**
 * Two meetings on one date: a slip when a meeting is moved or copied, and a date no longer names
 * one meeting (`--meeting DATE`, the calendar, the papers). Allowed, as a commission may meet twice
 * in a day, but said, so that the officer means it: a warning on each shared date, naming the ids.
 * (Issue 12: `agenda --meeting DATE` used to take the first of two meetings without a word.)
 */
export function meetingsSameDateFindings(index: ProgrammeIndex): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { date } of index.programme.meetings) {
    if (seen.has(date)) continue;
    seen.add(date);
    const ids = index.meetingsOn(date).map((m) => m.id);
    if (ids.length < 2) continue;
    findings.push({
      severity: "warning",
      code: "meetings-same-date",
      message: `${ids.length} meetings are on ${date} (${ids.join(", ")}): name them by id (--meeting ${ids[0]}), or move one`,
      meeting: date,
    });
  }
  return findings;
}
