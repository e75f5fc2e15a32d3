// Recording on the night (or from the minutes) what became of an item: the minutes of 30 Nov 2022
// (seed 003) record the Child Q letter noted and agreed (line 259).
import { agendaOutcome } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { keyEvent } from "../input/key-names.js";
import { actionFor } from "../input/keys.js";
import { current, nextOutcome, programmeOf, selectedItem, unsavedCount } from "./index.js";

const [O, O_KEY] = keyEvent("O");

const outcomeOf = (s: ReturnType<typeof start>, meeting: string, item: string) => {
  const entry = programmeOf(s)
    .meetings.find((m) => m.id === meeting)
    ?.agenda.find((e) => (typeof e === "string" ? e : e.item) === item);
  return entry === undefined ? "not on the agenda" : agendaOutcome(entry);
};

describe("recording an item's outcome in the planner", () => {
  it("steps none → taken → noted → deferred → withdrawn → none", () => {
    expect([undefined, "taken", "noted", "deferred", "withdrawn"].map((o) => nextOutcome(o as never))).toEqual([
      "taken",
      "noted",
      "deferred",
      "withdrawn",
      null,
    ]);
  });

  it("records it with O (shift-o) on the agenda pane, as an undoable edit the checks see", () => {
    let s = run(start(), { type: "select-meeting", id: "2023-01" }, { type: "open-meeting" });
    expect(selectedItem(s)).toBe("chscp-annual-report-2022");
    const press = () => {
      const action = actionFor(s, O, O_KEY);
      expect(action).toBeDefined();
      s = run(s, action!);
    };
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("taken");
    expect(s.message?.text).toMatch(
      /^Record City & Hackney Safeguarding Children Partnership - Annual Report as considered at 16 Jan 2023 \(was not recorded\)/,
    );
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("noted");
    expect(unsavedCount(s)).toBe(2);
    s = run(s, { type: "undo" });
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("taken");
    // Deferred with no later agenda holding it: the checks say where it went, nowhere yet.
    press();
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("deferred");
    expect(current(s).findings.map((f) => f.code)).toContain("deferred-item-unplaced");
  });

  it("changes the real record of 30 Nov 2022 and keeps its resolutions", () => {
    let s = run(start(), { type: "select-meeting", id: "2022-11" }, { type: "open-meeting" });
    s = run(s, {
      type: "edit",
      edit: { type: "set-outcome", meeting: "2022-11", item: "child-q-letter", outcome: "taken" },
    });
    const entry = programmeOf(s).meetings.find((m) => m.id === "2022-11")!.agenda[3]!;
    expect(entry).toMatchObject({
      item: "child-q-letter",
      outcome: "taken",
      resolutions: ["Members noted and agreed the letter."],
    });
  });

  it("does nothing outside the agenda pane", () => {
    const s = run(start(), { type: "focus", pane: "backlog" });
    expect(actionFor(s, O, O_KEY)).toBeUndefined();
  });
});
