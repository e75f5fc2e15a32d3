import * as z from "zod";
import { FINDING_CODES } from "./finding-codes.js";
import type { Meeting } from "./meeting.js";
import { DateOrMonth, Id } from "./primitives.js";
import { Severity } from "./severity.js";

/** A finding's code: one of the catalogue's (`FINDING_CATALOGUE`, documented in docs/findings.md). */
export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

/** One result of a check: the shape `scrutineer check --json` prints. */
export const Finding = z.object({
  severity: Severity,
  /** Stable, kebab-case code, e.g. `dispatch-too-late`: branch on it, never on the message. */
  code: FindingCode,
  message: z.string(),
  /** The meeting's date, YYYY-MM-DD (or its month, YYYY-MM, while the day is to be confirmed). */
  meeting: DateOrMonth.optional(),
  /** The meeting's id (stable when the meeting moves). */
  meetingId: Id.optional(),
  /** The item's id. */
  item: z.string().optional(),
  /** The review's id, for a finding about a review or one of its recommendations. */
  review: Id.optional(),
  /** The recommendation's id. */
  recommendation: Id.optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Where a finding about a meeting points: its date and its id. */
export function findingAt(meeting: Pick<Meeting, "id" | "date">): { meeting: string; meetingId: string } {
  return { meeting: meeting.date, meetingId: meeting.id };
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort findings: errors first, then by meeting date; otherwise in the order given. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank[a.f.severity] - rank[b.f.severity] || (a.f.meeting ?? "").localeCompare(b.f.meeting ?? "") || a.i - b.i,
    )
    .map(({ f }) => f);
}
