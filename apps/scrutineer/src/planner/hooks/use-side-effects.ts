import type { IcalState } from "@scrutineer/ical";
import { useApp } from "ink";
import { type Dispatch, useEffect, useRef } from "react";
import type { Journal } from "../../io/journal.js";
import { type ExportContext, exportJobs } from "../jobs/exports.js";
import { type Action, journalFor, type PlannerState, programmeOf } from "../state/index.js";

/** What the planner does to the outside world; the command passes real files, tests their own. */
export interface PlannerIo {
  /** Hash of the programme file on disk now; undefined if it is gone. */
  diskHash(): Promise<string | undefined>;
  /** Write the programme atomically; resolves to the hash written. */
  save(source: string): Promise<string>;
  /** Write the journal atomically, or remove it (null). */
  writeJournal(journal: Journal | null): Promise<void>;
  /**
   * Write an export's files, each atomically, all or none (a feed and the calendar state it was
   * numbered with go together); resolves to the paths to show, in order.
   */
  writeExports(files: readonly { name: string; content: string }[]): Promise<string[]>;
  /** The calendar state saved by the last export, if any. */
  readIcalState(): Promise<IcalState | undefined>;
}

/** Long enough for React to commit and Ink (at most 30 frames a second) to draw the progress line. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The planner's effects, driven by its state: the journal after every change, saving,
 * exporting and quitting. Writes to one file never overlap: each waits for the one before.
 * Quitting ends the app once the journal is written (or removed), unless `onQuit` is given: a
 * council's committee calls it instead, and the council leaves when every committee has quit.
 */
export function useSideEffects(
  state: PlannerState,
  dispatch: Dispatch<Action>,
  io: PlannerIo,
  context: ExportContext,
  onQuit?: () => void,
) {
  const { exit } = useApp();
  const journalQueue = useRef<Promise<void>>(Promise.resolve());
  const saving = useRef(false);
  const exporting = useRef(false);
  const quitting = useRef(false);

  // Journal: rewritten after every edit, undo, redo, save or recovery.
  const journal = state.journalling ? journalFor(state) : undefined;
  const journalKey =
    journal === undefined ? "off" : journal === null ? "none" : `${journal.baseHash}:${journal.source}`;
  useEffect(() => {
    if (journal === undefined) return;
    journalQueue.current = journalQueue.current
      .then(() => io.writeJournal(journal))
      .catch((error) =>
        dispatch({
          type: "notice",
          text: `The journal of unsaved edits could not be written: ${message(error)}`,
          tone: "error",
        }),
      );
  }, [journalKey]);

  useEffect(() => {
    const job = state.saving;
    if (!job || saving.current) return;
    saving.current = true;
    const source = state.history[job.index]!.source;
    (async () => {
      try {
        if (!job.force) {
          const disk = await io.diskHash();
          if (disk !== undefined && disk !== state.baseHash) {
            dispatch({ type: "save-conflict" });
            return;
          }
        }
        const hash = await io.save(source);
        dispatch({ type: "save-finished", index: job.index, hash });
      } catch (error) {
        dispatch({ type: "save-failed", error: message(error) });
      } finally {
        saving.current = false;
      }
    })();
  }, [state.saving, state.history, state.baseHash, io, dispatch]);

  useEffect(() => {
    const job = state.exporting;
    if (!job || exporting.current) return;
    exporting.current = true;
    const programme = programmeOf(state);
    const meeting = programme.meetings.find((m) => m.id === job.meetingId);
    (async () => {
      try {
        const needsState = job.kind === "ical" || job.kind === "all";
        const icalState = needsState ? await io.readIcalState() : undefined;
        const jobs = exportJobs(job.kind, programme, meeting, { ...context, ...(icalState ? { icalState } : {}) });
        const files: { name: string; content: string }[] = [];
        for (const [i, file] of jobs.entries()) {
          dispatch({ type: "export-progress", step: i + 1, total: jobs.length, label: file.label });
          await breathe(); // let the progress line draw before the work
          files.push({ name: file.name, content: file.build() });
        }
        dispatch({ type: "export-finished", paths: await io.writeExports(files) });
      } catch (error) {
        dispatch({ type: "export-failed", error: message(error) });
      } finally {
        exporting.current = false;
      }
    })();
  }, [state.exporting?.kind, state.exporting?.meetingId, state.exporting !== undefined]);

  useEffect(() => {
    if (!state.quit || quitting.current) return;
    quitting.current = true;
    const how = state.quit;
    journalQueue.current
      .then(() => (how === "discard" ? io.writeJournal(null) : undefined))
      .catch(() => undefined)
      .finally(() => (onQuit ?? exit)());
  }, [state.quit, io, exit]);
}
