import { describe, expect, it } from "vitest";
import { meetingOf, run, source, start } from "../../../test/planner-state.fixtures.js";
import { hashSource, type Journal } from "../../io/journal.js";
import { current, isDirty, journalFor, unsavedCount } from "./index.js";

describe("saving", () => {
  const edited = () =>
    run(start(), { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } });

  it("asks the edge to save the current text, then records what is on disk", () => {
    let s = run(edited(), { type: "save-request" });
    expect(s.saving).toEqual({ index: 1, force: false });
    // A second request while one is running is ignored.
    expect(run(s, { type: "save-request" }).saving).toBe(s.saving);
    s = run(s, { type: "save-finished", index: 1, hash: hashSource(current(s).source) });
    expect(s.saving).toBeUndefined();
    expect(isDirty(s)).toBe(false);
    expect(s.baseHash).toBe(hashSource(current(s).source));
    expect(journalFor(s)).toBeNull();
    expect(s.message).toEqual({ text: "Saved programme.yaml", tone: "success" });
  });

  it("says so when there is nothing to save", () => {
    expect(run(start(), { type: "save-request" }).message?.text).toBe("No changes to save in programme.yaml");
  });

  it("asks before overwriting a file changed on disk", () => {
    let s = run(edited(), { type: "save-request" }, { type: "save-conflict" });
    expect(s.mode.kind).toBe("confirm-overwrite");
    expect(s.saving).toBeUndefined();
    s = run(s, { type: "save-request", force: true });
    expect(s.saving).toEqual({ index: 1, force: true });
  });

  it("reports a failed save and keeps the edits", () => {
    const s = run(edited(), { type: "save-request" }, { type: "save-failed", error: "EACCES" });
    expect(s.message).toEqual({ text: "Not saved: EACCES", tone: "error" });
    expect(isDirty(s)).toBe(true);
  });

  it("undoing past a save leaves the edits unsaved, and the journal holds the text", () => {
    let s = run(edited(), { type: "save-request" });
    s = run(s, { type: "save-finished", index: 1, hash: hashSource(current(s).source) }, { type: "undo" });
    expect(isDirty(s)).toBe(true);
    const j = journalFor(s)!;
    expect(j.source).toBe(source);
    expect(j.edits).toEqual([]);
  });
});

describe("the journal", () => {
  it("holds the base file's hash, every edit since it, their descriptions and the text", () => {
    const s = run(
      start(),
      { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } },
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
    );
    const j = journalFor(s)!;
    expect(j.baseHash).toBe(hashSource(source));
    expect(j.edits).toEqual([
      { type: "set-minutes", item: "camhs-accessibility", minutes: 45 },
      { type: "cancel-meeting", meeting: "2023-04" },
    ]);
    expect(j.descriptions).toEqual([
      "Give Accessibility of CAMHS 45 min (was no minutes)",
      "Cancel the meeting of 17 Apr 2023",
    ]);
    expect(j.source).toBe(current(s).source);
  });

  it("is offered back on the next start, replayed as separate undoable edits", () => {
    const before = run(
      start(),
      { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } },
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
    );
    const journal = journalFor(before) as Journal;
    let s = start({ recovery: { kind: "offer", journal } });
    expect(s.mode.kind).toBe("recover");
    expect(s.journalling).toBe(false); // no journal writes until the officer answers
    s = run(s, { type: "recover", accept: true });
    expect(s.journalling).toBe(true);
    expect(current(s).source).toBe(journal.source);
    expect(unsavedCount(s)).toBe(2);
    expect(s.message?.text).toBe("Recovered 2 unsaved edits (not saved yet: s to save, u to undo)");
    s = run(s, { type: "undo" });
    expect(meetingOf(s, "2023-04").status).toBe("scheduled");
  });

  it("can be declined, which discards it", () => {
    const journal = journalFor(run(start(), { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } }))!;
    const s = run(start({ recovery: { kind: "offer", journal } }), { type: "recover", accept: false });
    expect(current(s).source).toBe(source);
    expect(s.journalling).toBe(true);
    expect(journalFor(s)).toBeNull();
  });

  it("falls back to the journal's text when its edits no longer replay", () => {
    const journal: Journal = {
      version: 1,
      file: "programme.yaml",
      baseHash: hashSource(source),
      edits: [],
      descriptions: ["Unsaved changes"],
      source: source.replace("minutes: 75 # the summary grid says 60", "minutes: 70 # the summary grid says 60"),
    };
    expect(journal.source).not.toBe(source);
    const s = run(start({ recovery: { kind: "offer", journal } }), { type: "recover", accept: true });
    expect(current(s).source).toBe(journal.source);
    expect(isDirty(s)).toBe(true);
  });

  it("explains a refusal and opens the file as it is", () => {
    let s = start({ recovery: { kind: "refused", reason: "it changed", keptAt: "/tmp/x.rejected" } });
    expect(s.mode).toEqual({ kind: "refused", reason: "it changed", keptAt: "/tmp/x.rejected" });
    s = run(s, { type: "cancel" });
    expect(s.mode.kind).toBe("normal");
  });
});

describe("quitting", () => {
  it("quits at once with nothing unsaved", () => {
    expect(run(start(), { type: "quit-request" }).quit).toBe("clean");
  });

  it("asks first with unsaved edits: save, discard or keep for next time", () => {
    const s = run(
      start(),
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
      { type: "quit-request" },
    );
    expect(s.mode.kind).toBe("confirm-quit");
    expect(s.quit).toBeUndefined();
    expect(run(s, { type: "quit-confirm", choice: "discard" }).quit).toBe("discard");
    expect(run(s, { type: "quit-confirm", choice: "keep" }).quit).toBe("keep");
    expect(run(s, { type: "quit-request" }).quit).toBe("keep"); // Ctrl-C twice keeps the journal
    expect(run(s, { type: "cancel" }).mode.kind).toBe("normal");
    const saving = run(s, { type: "quit-confirm", choice: "save" });
    expect(saving.saving).toEqual({ index: 1, force: false, after: "quit" });
    const done = run(saving, { type: "save-finished", index: 1, hash: "f".repeat(64) });
    expect(done.quit).toBe("clean");
  });
});
