import * as z from "zod";

/**
 * What a ModernGov meeting status means for the programme. The service's status is free text
 * typed by clerks (`Confirmed`, `Cancelled`, `Provisional`, `Moved`, …; shared/interop/moderngov/
 * README.md); it is read onto the four states the programme and Open Civic Data share (DOMAIN.md:
 * "event status cancelled / tentative / confirmed / passed"): `scheduled` (confirmed), `tentative`
 * (the date is provisional), `moved` (rearranged to this date) and `cancelled`.
 */
export const ModernGovStatus = z.enum(["scheduled", "tentative", "moved", "cancelled"]);
export type ModernGovStatus = z.infer<typeof ModernGovStatus>;

// Order matters: "cancelled (moved to …)" is cancelled for the date it names.
const WORDS: ReadonlyArray<readonly [ModernGovStatus, RegExp]> = [
  // A postponed meeting does not take place on its date; its new date, if any, is a new meeting.
  ["cancelled", /\b(cancel+ed|cancel+ation|abandoned|postponed|not required|deleted)\b/],
  ["moved", /\b(moved|rescheduled|re-scheduled|rearranged|re-arranged|new date|date changed)\b/],
  ["tentative", /\b(provisional|tentative|draft|tbc|to be confirmed|proposed|unconfirmed)\b/],
  ["scheduled", /^(confirmed|scheduled|published|agenda published|held|)$/],
];

/**
 * An informal session listed among a committee's meetings ("Briefing", "Informal", "Site visit",
 * "Workshop", "Seminar"): not a meeting under the 1972 Act but an event (the programme's
 * `events:`, private unless said), with its kind; undefined for a meeting.
 */
export function readEventKind(text: string | undefined): "briefing" | "site-visit" | "workshop" | undefined {
  const words = (text ?? "").trim().toLowerCase();
  if (/\bsite visit\b/.test(words)) return "site-visit";
  if (/\b(workshop|seminar|masterclass)\b/.test(words)) return "workshop";
  if (/\b(briefing|informal)\b/.test(words)) return "briefing";
  return undefined;
}

/** A status read from the service's text: `recognised` is false when the text matched no known word (then `scheduled`). */
export interface StatusReading {
  status: ModernGovStatus;
  recognised: boolean;
}

/** Read ModernGov's free-text meeting status (any case, surrounding space ignored). */
export function readMeetingStatus(text: string | undefined): StatusReading {
  const words = (text ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  for (const [status, pattern] of WORDS) if (pattern.test(words)) return { status, recognised: true };
  return { status: "scheduled", recognised: false };
}
