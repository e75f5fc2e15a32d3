/**
 * Little slack: an agenda that fits, but with less than a threshold (10 minutes unless the
 * caller sets `slackWarningMinutes`) to spare at worst before the planned end.
 *
 * Source: questions and discussion that run long push items out, and a meeting out of time
 * answers the questions it did not reach in writing (seed 004, line 111).
 */
import { itemTime } from "@scrutineer/dates";
import { type Finding, findingAt, plural } from "@scrutineer/model";
import type { TimingFacts, TimingOptions } from "./timing-facts.js";

/**
 * Minutes of worst-case slack below which `littleSlackFinding` warns (`agenda-little-slack`), unless
 * `TimingOptions.slackWarningMinutes` says otherwise: 10. Source as this file's header (seed 004, line 111).
 */
export const DEFAULT_SLACK_WARNING_MINUTES = 10;

/** `agenda-little-slack` (warning) when the worst-case slack is under the threshold and nothing overruns. */
export function littleSlackFinding(facts: TimingFacts, options: TimingOptions = {}): Finding | undefined {
  const t = facts.timing;
  // An agenda that overruns, even at the upper ends of its ranges, is the overrun rule's to report.
  if (t.usedMinutes.max > t.availableMinutes) return undefined;
  const threshold = options.slackWarningMinutes ?? DEFAULT_SLACK_WARNING_MINUTES;
  if (t.slackMinutes.min >= threshold) return undefined;
  return {
    severity: "warning",
    code: "agenda-little-slack",
    message: `Only ${plural(t.slackMinutes.min, "minute")} to spare before the planned end ${itemTime(t.plannedEnd)} (the agenda finishes at ${itemTime(t.finish.latest)} at the latest): questions and discussion that run long will push items out.`,
    ...findingAt({ id: t.meetingId, date: t.meeting }),
  };
}
