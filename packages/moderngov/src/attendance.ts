/**
 * How ModernGov's attendee words map onto the programme's people and attendance. The service's
 * `roledescription` and `attendance` are free text set per install (shared/interop/moderngov/
 * README.md); the programme knows councillors (chair, vice-chair, member), co-optees and officers,
 * and records attendance as present, remote or apologies (DOMAIN.md: "Attendance per meeting").
 */

import type { CoOpteeVoting } from "@scrutineer/model";

/** Who an attendee is, as far as the programme can say it: a substitute goes under `substitutes:`, never the membership. */
export type AttendeeKind = "chair" | "vice-chair" | "member" | "co-optee" | "officer" | "substitute";

/** Read `roledescription` (and the name, for "Councillor …"). */
export function attendeeKind(role: string | undefined, name: string): AttendeeKind {
  const words = (role ?? "").toLowerCase();
  if (/substitut|deputis|reserve/.test(words)) return "substitute";
  if (/co-?opt|parent[- ]governor|diocesan/.test(words)) return "co-optee";
  if (/vice[- ]?chair/.test(words)) return "vice-chair";
  if (/\bchair(man|woman|person)?\b/.test(words)) return "chair";
  if (/officer|clerk|in attendance|also (present|attending)|guest|advis[eo]r|observer|witness|speaker/.test(words))
    return "officer";
  if (/member|councillor/.test(words) || /^(councillor|cllr)\b/i.test(name)) return "member";
  return "officer";
}

/** What the attendance says: `expected` (a meeting yet to happen) and `absent` are recorded by listing nobody. */
export type AttendanceMark = "present" | "remote" | "apologies" | "expected" | "absent" | "unknown";

/** Read `attendance`: "Present", "Apologies", "Present, virtual", "Expected", "Absent"… */
export function attendanceMark(text: string | undefined): AttendanceMark {
  const words = (text ?? "").toLowerCase().trim();
  if (words === "") return "expected";
  if (/apolog/.test(words)) return "apologies";
  if (/virtual|remote|online|video|teams|zoom/.test(words)) return "remote";
  if (/^(present|attended|in attendance)/.test(words)) return "present";
  if (/expected|invited|to attend/.test(words)) return "expected";
  if (/absent|did not attend|not present/.test(words)) return "absent";
  return "unknown";
}

/**
 * What a co-optee may vote on, when the role says it: "Co-opted Member (non-voting)" → `none`,
 * "Voting Co-opted Member" → `full`, a diocesan or parent-governor representative →
 * `education` (Local Government Act 2000 sch. 1); undefined when the role does not say.
 */
export function coOpteeVoting(role: string | undefined): CoOpteeVoting | undefined {
  const words = (role ?? "").toLowerCase();
  if (/non[- ]?voting|without (a )?vote/.test(words)) return "none";
  if (/parent[- ]governor|diocesan|church|catholic|education/.test(words)) return "education";
  if (/\bvoting\b|with (a )?vote/.test(words)) return "full";
  return undefined;
}

/**
 * The member a substitute replaced, when the role names them: "Substitute for Cllr Jones",
 * "Substituting for Councillor A Smith", "Reserve in place of Cllr B": the name, else undefined.
 */
export function substituteFor(role: string | undefined): string | undefined {
  const m = /(?:substitut\w*|deputis\w*|reserve)\s+(?:member\s+)?(?:for|in place of)\s+(.+)$/i.exec(
    (role ?? "").trim(),
  );
  return m?.[1]?.trim() || undefined;
}

/** A person's name without "Councillor"/"Cllr" and spaces folded, for matching a substitute's member by name. */
export function bareName(name: string): string {
  return name
    .replace(/^\s*(county\s+|borough\s+|district\s+)?(councillor|cllr\.?)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
