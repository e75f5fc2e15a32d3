/**
 * What the calendar state file beside a programme (`programme.ical-state.json`) is for, said the
 * same way by every export that writes it (`export ics`, `export site`, `serve`, the planner):
 * calendar apps recognise a changed meeting by its rising SEQUENCE number, and the state is where
 * the last numbers are kept. Lost, the next export numbers changes from the start again.
 */
export const STATE_FILE_PURPOSE = "keeps calendar sequence numbers; commit it beside the programme";

/** The name the calendar state files end with. */
export const STATE_FILE_SUFFIX = ".ical-state.json";

/** "wrote programme.ical-state.json (26 events added): keeps calendar sequence numbers; commit it beside the programme". */
export function stateFileNote(shown: string, changes?: string): string {
  return `wrote ${shown}${changes ? ` (${changes})` : ""}: ${STATE_FILE_PURPOSE}`;
}
