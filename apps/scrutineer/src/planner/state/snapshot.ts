import { type ProgrammeReport, programmeReport } from "@scrutineer/checks";
import {
  describeEdit,
  editProgramme,
  formatProgrammeError,
  indexProgramme,
  type ParseOptions,
  type ParseResult,
  type ProgrammeEdit,
  ProgrammeEditError,
  parseProgramme,
} from "@scrutineer/model";
import { errorDelta, say, settle } from "./common.js";
import { current } from "./selectors.js";
import type { PlannerState, Result, Snapshot } from "./types.js";

/**
 * The programme's versions. Each is parsed once, indexed once and checked once
 * (`programmeReport`, which keeps each meeting's timing, deadlines and standing for the
 * screen); an edit starts from the previous version's parse (`editProgramme`), so only its
 * new text is parsed. Every edit goes through the model package and every finding comes
 * from the checks: the planner holds no scrutiny rules of its own.
 */

/**
 * A version of the programme from its parse: indexed and checked once. With `checked: false` it is
 * only indexed (no report, no findings yet): the planner draws its first frame from that and fills
 * the checks in afterwards (`checkedSnapshot`, the `checks-ready` action).
 */
export function snapshotFrom(
  source: string,
  parsed: ParseResult,
  today: string,
  { checked = true }: { checked?: boolean } = {},
): Result<Snapshot> {
  if (!parsed.ok) return { ok: false, error: parsed.errors.map(formatProgrammeError)[0] ?? "invalid programme" };
  const unchecked: Snapshot = {
    source,
    document: parsed.document,
    programme: parsed.programme,
    index: indexProgramme(parsed.programme),
    findings: [],
  };
  return { ok: true, value: checked ? checkedSnapshot(unchecked, today) : unchecked };
}

/** The snapshot's report; worked out now if its checks are not in yet (a form opened before the first check finished). */
export function reportOf(snapshot: Snapshot, today: string): ProgrammeReport {
  return snapshot.report ?? programmeReport(snapshot.index, { today });
}

/** The snapshot with the checks' report of its programme (`programmeReport`) and its findings. */
export function checkedSnapshot(snapshot: Snapshot, today: string): Snapshot {
  const report = programmeReport(snapshot.index, { today });
  return { ...snapshot, report, findings: report.findings };
}

/**
 * A version of the programme from a file's text, read with `parse` (a council committee's register);
 * `checked` as for `snapshotFrom`.
 */
export function snapshotOf(
  source: string,
  today: string,
  file = "programme.yaml",
  parse: ParseOptions = {},
  options: { checked?: boolean } = {},
): Result<Snapshot> {
  return snapshotFrom(source, parseProgramme(source, file, parse), today, options);
}

/**
 * Apply one edit as a new version after the current one (dropping any undone ones), saying
 * what it did and how the errors changed; a refused or invalid edit changes nothing and says why.
 */
export function applyOne(state: PlannerState, edit: ProgrammeEdit): PlannerState {
  const before = current(state);
  let edited: ReturnType<typeof editProgramme>;
  try {
    edited = editProgramme(before.source, before.document, edit, state.file, state.parse);
  } catch (error) {
    if (error instanceof ProgrammeEditError) return say(state, error.message, "error");
    throw error;
  }
  if (edited.source === before.source) return state;
  const next = snapshotFrom(edited.source, edited.parsed, state.today);
  if (!next.ok) return say(state, `Not applied: ${next.error}`, "error");
  const description = describeEdit(before.programme, edit, before.index);
  const history = [...state.history.slice(0, state.index + 1), { ...next.value, edit, description }];
  // A new edit after undoing past the save drops the saved snapshot from the list.
  const savedIndex = state.savedIndex !== null && state.savedIndex > state.index ? null : state.savedIndex;
  const { text: delta, worse } = errorDelta(before, next.value);
  return settle({
    ...state,
    history,
    index: history.length - 1,
    savedIndex,
    message: { text: `${description}${delta} · u undo`, tone: worse ? "error" : "success" },
  });
}
