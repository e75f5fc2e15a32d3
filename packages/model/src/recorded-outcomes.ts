import type { Meeting } from "./meeting.js";
import type { MeetingAction, WrittenAnswer } from "./outcomes.js";
import type { ProgrammeIndex } from "./programme-index.js";

/** What a meeting recorded on one agenda item: its resolutions, actions and answers owed in writing. */
export interface RecordedOutcome {
  meeting: Meeting;
  /** The item's id. */
  item: string;
  resolutions: readonly string[];
  actions: readonly MeetingAction[];
  writtenAnswers: readonly WrittenAnswer[];
}

/**
 * Every agenda entry that records something (resolutions, actions or written answers), meetings
 * in date order and entries in agenda order. A cancelled meeting recorded nothing and is skipped.
 */
export function recordedOutcomes(index: ProgrammeIndex): RecordedOutcome[] {
  const out: RecordedOutcome[] = [];
  for (const meeting of index.meetingsInOrder) {
    if (meeting.status === "cancelled") continue;
    for (const entry of meeting.agenda) {
      if (typeof entry === "string") continue;
      const { resolutions = [], actions = [], writtenAnswers = [] } = entry;
      if (resolutions.length + actions.length + writtenAnswers.length === 0) continue;
      out.push({ meeting, item: entry.item, resolutions, actions, writtenAnswers });
    }
  }
  return out;
}
