import type { Meeting, ProgrammeIndex } from "@scrutineer/model";
import { dateFlag } from "./args.js";
import { UsageError } from "./errors.js";

/** "2022-07-11 (2022-07)": a meeting as `--meeting` can name it, by date and by id. */
const named = (m: Meeting) => `${m.date} (${m.id})`;

/**
 * The one meeting a `--meeting` value names: a date (YYYY-MM-DD) or a meeting id. Every command's
 * `--meeting` goes through here. A date shared by two meetings is refused (exit 2) with the ids to
 * choose from, never resolved to the first; an unknown value lists the programme's meetings.
 */
export function meetingFlag(index: ProgrammeIndex, value: string | undefined, command: string, file: string): Meeting {
  if (value === undefined)
    throw new UsageError(`scrutineer ${command}: --meeting YYYY-MM-DD or a meeting id is required`);
  const key = /^\d{4}-\d{2}-\d{2}$/.test(value) && !index.meetings.has(value) ? dateFlag(value, "--meeting") : value;
  const found = index.meetingsMatching(key);
  if (found.length === 1) return found[0] as Meeting;
  if (found.length > 1)
    throw new UsageError(
      `scrutineer ${command}: --meeting ${value}: ${found.length} meetings in ${file} are on that date; name one by its id: ${found.map((m) => `--meeting ${m.id}`).join(" or ")}`,
    );
  throw new UsageError(
    `scrutineer ${command}: --meeting ${value}: ${file} has no meeting with that date or id; ` +
      (index.meetingsInOrder.length > 0
        ? `its meetings are ${index.meetingsInOrder.map(named).join(", ")}`
        : "it has no meetings"),
  );
}
