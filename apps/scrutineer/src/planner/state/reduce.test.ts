import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { type Action, CONCERNS } from "./index.js";

/** Every action type, once: the compiler refuses a missing or unknown one. */
const ACTIONS: Record<Action["type"], true> = {
  cursor: true,
  "cursor-to": true,
  focus: true,
  "focus-next": true,
  "select-meeting": true,
  "open-meeting": true,
  "jump-to-finding": true,
  help: true,
  "help-scroll": true,
  edit: true,
  undo: true,
  redo: true,
  "begin-move": true,
  "move-target": true,
  "confirm-move": true,
  "begin-minutes": true,
  "begin-date": true,
  "prompt-type": true,
  "prompt-backspace": true,
  "prompt-step": true,
  "prompt-submit": true,
  "form-open": true,
  "form-field": true,
  "form-focus": true,
  "form-focus-to": true,
  "form-enter": true,
  "form-submit": true,
  "form-leave": true,
  "form-leave-answer": true,
  "list-open": true,
  "list-cursor": true,
  "list-new": true,
  "list-edit": true,
  "list-delete": true,
  "ask-delete": true,
  "delete-answer": true,
  "save-request": true,
  "save-finished": true,
  "save-failed": true,
  "save-conflict": true,
  recover: true,
  "quit-request": true,
  "quit-confirm": true,
  "export-menu": true,
  "export-start": true,
  "export-progress": true,
  "export-finished": true,
  "export-failed": true,
  "autoplan-request": true,
  "autoplan-progress": true,
  "autoplan-finished": true,
  "autoplan-failed": true,
  "review-cursor": true,
  "review-decide": true,
  "review-all": true,
  "review-apply": true,
  "checks-ready": true,
  cancel: true,
  notice: true,
};

describe("the planner's reducer, one per concern", () => {
  it("hands every action to exactly one concern", () => {
    const handled = Object.values(CONCERNS).flatMap((c) => [...c.handles]);
    expect(new Set(handled).size).toBe(handled.length);
    expect(handled.sort()).toEqual(Object.keys(ACTIONS).sort());
    expect(Object.keys(CONCERNS)).toEqual([
      "navigation",
      "editing",
      "forms",
      "lists",
      "persistence",
      "exporting",
      "review",
      "checks",
      "common",
    ]);
  });

  it("keeps a message until the next action, and says a notice", () => {
    const s = run(start(), { type: "notice", text: "hello", tone: "success" });
    expect(s.message).toEqual({ text: "hello", tone: "success" });
    expect(run(s, { type: "cursor", delta: 1 }).message).toBeUndefined();
  });

  it("Esc leaves a prompt or a pane for the year", () => {
    const agenda = run(start(), { type: "open-meeting" });
    expect(run(agenda, { type: "cancel" }).focus).toBe("year");
    const prompt = run(agenda, { type: "begin-minutes" });
    expect(run(prompt, { type: "cancel" }).mode.kind).toBe("normal");
  });
});
