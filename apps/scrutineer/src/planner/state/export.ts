import { plural } from "@scrutineer/model";
import { STATE_FILE_SUFFIX, stateFileNote } from "../../io/state-file.js";
import { say } from "./common.js";
import { selectedMeeting } from "./selectors.js";
import { concernReducer, type ExportKind } from "./types.js";

/** Exporting: the menu, then the edge's progress and answer (the files are written by the edge). */
export type ExportAction =
  | { type: "export-menu" }
  | { type: "export-start"; kind: ExportKind }
  | { type: "export-progress"; step: number; total: number; label: string }
  | { type: "export-finished"; paths: string[] }
  | { type: "export-failed"; error: string };

export const exporting = concernReducer<ExportAction>({
  "export-menu": (s) => (s.exporting ? s : { ...s, mode: { kind: "export" } }),
  "export-start": (s, a) => {
    if (s.exporting) return s;
    return {
      ...s,
      mode: { kind: "normal" },
      exporting: { kind: a.kind, meetingId: selectedMeeting(s)?.id, step: 0, total: 0, label: "starting" },
    };
  },
  "export-progress": (s, a) => (s.exporting ? { ...s, exporting: { ...s.exporting, ...a } } : s),
  "export-finished": (s, a) => {
    // The documents and feeds, then the calendar state apart: it is not an export but the record
    // the next one numbers from, and the officer should know to keep it.
    const states = a.paths.filter((p) => p.endsWith(STATE_FILE_SUFFIX));
    const files = a.paths.filter((p) => !p.endsWith(STATE_FILE_SUFFIX));
    const text = [
      files.length > 0 ? `Exported ${plural(files.length, "file")}: ${files.join(", ")}` : "Exported nothing",
      ...states.map((p) => stateFileNote(p)),
    ].join(" · ");
    return say({ ...s, exporting: undefined }, text, "success");
  },
  "export-failed": (s, a) => say({ ...s, exporting: undefined }, `Export failed: ${a.error}`, "error"),
});
