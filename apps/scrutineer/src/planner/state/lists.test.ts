import { describe, expect, it } from "vitest";
import { meetingOf, run, start } from "../../../test/planner-state.fixtures.js";
import { listRows, type PlannerState, programmeOf, unsavedCount } from "./index.js";

/** The lists' reducer, action by action, without drawing anything. */

const rowIndex = (s: PlannerState, text: RegExp) => listRows(s).findIndex((r) => text.test(r.text));
const to = (s: PlannerState, text: RegExp) => {
  const at = rowIndex(s, text);
  if (at < 0) throw new Error(`no row ${text}`);
  return run(s, { type: "list-cursor", delta: at - (s.mode.kind === "list" ? s.mode.cursor : 0) });
};

describe("the people list", () => {
  it("lists everyone, list by list; n, e and Enter open the person's form, Esc comes back", () => {
    let s = run(start(), { type: "list-open", list: { kind: "people" } });
    const rows = listRows(s);
    expect(rows[0]!.text).toMatch(/^member +Cllr Sophie Conway · Chair$/);
    expect(rows.filter((r) => r.text.startsWith("co-optee")).length).toBe(programmeOf(s).coOptees.length);
    s = run(s, { type: "list-new" });
    expect(s.mode).toMatchObject({ kind: "form", form: { target: { kind: "person" } } });
    s = run(s, { type: "cancel" });
    expect(s.mode.kind).toBe("list");
    s = run(to(s, /Jo Macleod/), { type: "list-edit" });
    expect(s.mode).toMatchObject({
      kind: "form",
      form: { target: { kind: "person", group: "coOptees", person: "jo-macleod" } },
    });
    s = run(s, { type: "cancel" }, { type: "cancel" });
    expect(s.mode.kind).toBe("normal");
  });

  it("the cursor stays on the rows", () => {
    let s = run(start(), { type: "list-open", list: { kind: "people" } }, { type: "list-cursor", delta: -3 });
    expect(s.mode).toMatchObject({ cursor: 0 });
    s = run(s, { type: "list-cursor", delta: 10_000 });
    expect(s.mode).toMatchObject({ cursor: listRows(s).length - 1 });
  });

  it("d asks first; no keeps them, yes deletes them as one undoable edit, the cursor kept on the rows", () => {
    let s = to(run(start(), { type: "list-open", list: { kind: "people" } }), /Cllr Lee Laudat-Scott/);
    const before = listRows(s).length;
    s = run(s, { type: "list-delete" });
    expect(s.mode).toMatchObject({ kind: "confirm-delete", what: "Cllr Lee Laudat-Scott (member)" });
    const kept = run(s, { type: "delete-answer", yes: false });
    expect(kept.mode.kind).toBe("list");
    expect(kept.message?.text).toBe("Nothing deleted");
    s = run(s, { type: "delete-answer", yes: true });
    expect(s.mode.kind).toBe("list");
    expect(listRows(s).length).toBe(before - 1);
    expect(programmeOf(s).members.some((m) => m.id === "lee-laudat-scott")).toBe(false);
    expect(unsavedCount(s)).toBe(1);
    expect(programmeOf(run(s, { type: "undo" })).members.some((m) => m.id === "lee-laudat-scott")).toBe(true);
  });

  it("refuses to delete someone the programme names, saying where, and changes nothing", () => {
    let s = to(run(start(), { type: "list-open", list: { kind: "people" } }), /Jo Macleod/);
    s = run(s, { type: "list-delete" }, { type: "delete-answer", yes: true });
    expect(s.message?.text).toMatch(/^Jo Macleod is named in the attendance of 30 Nov 2022/);
    expect(s.message?.tone).toBe("error");
    expect(unsavedCount(s)).toBe(0);
  });
});

describe("the night", () => {
  it("lists the meeting's declarations; deleting one changes only the declarations", () => {
    let s = run(start(), { type: "list-open", list: { kind: "declarations", meeting: "2022-11" } });
    const declared = meetingOf(s, "2022-11").declarations;
    expect(listRows(s).length).toBe(declared.length);
    expect(declared.length).toBeGreaterThan(0);
    const attendance = meetingOf(s, "2022-11").attendance;
    s = run(s, { type: "list-delete" }, { type: "delete-answer", yes: true });
    expect(meetingOf(s, "2022-11").declarations).toEqual(declared.slice(1));
    expect(meetingOf(s, "2022-11").attendance).toEqual(attendance);
    s = run(s, { type: "list-new" });
    expect(s.mode).toMatchObject({ kind: "form", form: { target: { kind: "declaration", meeting: "2022-11" } } });
  });
});
