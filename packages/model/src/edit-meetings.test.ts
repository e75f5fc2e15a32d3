import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { agenda, edit, source } from "../test/edits.js";
import { applyEdit } from "./apply-edit.js";
import { isModelError } from "./errors.js";
import type { ProgrammeEdit } from "./programme-edit.js";

function refusal(e: ProgrammeEdit): [string, unknown, string] | string {
  try {
    applyEdit(parseDocument(source), e);
  } catch (error) {
    if (isModelError(error)) return [error.code, error.value, error.message];
    throw error;
  }
  return "nothing thrown";
}

const meeting = (p: ReturnType<typeof edit>["programme"], id: string) => p.meetings.find((m) => m.id === id)!;

describe("add-meeting", () => {
  it("adds a meeting in date order, set apart by a blank line as the others are", () => {
    const { programme, text } = edit({
      type: "add-meeting",
      meeting: { id: "2023-02-06", date: "2023-02-06", venue: "Room 102", dateConfirmed: false },
    });
    expect(programme.meetings.map((m) => m.id).slice(4, 7)).toEqual(["2023-01", "2023-02-06", "2023-02"]);
    expect(text).toContain(
      '      - { item: previous-minutes-2023-01, statedStart: "21:20", pages: 305-320 }\n\n  - id: 2023-02-06\n    date: 2023-02-06\n    venue: Room 102\n    dateConfirmed: false\n\n  - id: 2023-02\n',
    );
  });

  it("refuses an id in use and a date outside the years a programme may hold", () => {
    expect(refusal({ type: "add-meeting", meeting: { id: "2023-01", date: "2023-01-23" } })[0]).toBe("duplicate-id");
    expect(refusal({ type: "add-meeting", meeting: { id: "x", date: "2023-13-01" } })[0]).toBe("invalid-field");
  });
});

describe("set-meeting", () => {
  it("moves the meeting by the rule of move-meeting.ts when its date changes, then writes the other fields", () => {
    const { programme } = edit({
      type: "set-meeting",
      meeting: "2023-03",
      fields: { date: "2023-03-27", venue: "Room 1", papersDeadline: "2023-03-14" },
    });
    expect(meeting(programme, "2023-03")).toMatchObject({
      date: "2023-03-27",
      status: "moved",
      movedFrom: "2023-03-20",
      venue: "Room 1",
      papersDeadline: "2023-03-14",
    });
    // The stated dispatch belonged to the old date.
    expect(meeting(programme, "2023-03").dispatch).toBeUndefined();
  });

  it("records the attendance and a declaration on the night, as blocks like the example's", () => {
    const { programme, diff } = edit({
      type: "set-meeting",
      meeting: "2023-01",
      fields: {
        attendance: {
          recorded: "full",
          present: ["sophie-conway", "margaret-gordon"],
          remote: [],
          apologies: ["anya-sizer"],
          substitutes: [],
        },
        declarations: [
          {
            person: "margaret-gordon",
            items: ["fsm-letter"],
            kind: "disclosable-pecuniary",
            sensitive: false,
            nature: "Runs a food bank",
            publicMaySpeak: false,
          },
        ],
      },
    });
    expect(diff.removed).toEqual([]);
    expect(diff.added.sort()).toEqual(
      [
        "    attendance:",
        "      present: [sophie-conway, margaret-gordon]",
        "      apologies: [anya-sizer]",
        "    declarations:",
        "      - person: margaret-gordon",
        "        items: [fsm-letter]",
        "        kind: disclosable-pecuniary",
        "        nature: Runs a food bank",
      ].sort(),
    );
    expect(meeting(programme, "2023-01").declarations[0]?.person).toBe("margaret-gordon");
  });

  it("adds a second declaration after the first, keeping the first one's lines and comment", () => {
    const first = meeting(edit({ type: "cancel-meeting", meeting: "2022-11" }).programme, "2022-11").declarations[0]!;
    const { programme, diff } = edit({
      type: "set-meeting",
      meeting: "2022-11",
      fields: {
        declarations: [
          first,
          {
            person: "sophie-conway",
            items: ["child-q-letter"],
            kind: "other-non-pecuniary",
            sensitive: true,
            nature: "A family matter",
            publicMaySpeak: false,
          },
        ],
      },
    });
    expect(diff.removed).toEqual([]);
    expect(diff.added.sort()).toEqual(
      [
        "      - person: sophie-conway",
        "        items: [child-q-letter]",
        "        kind: other-non-pecuniary",
        "        sensitive: true",
        "        nature: A family matter",
      ].sort(),
    );
    expect(meeting(programme, "2022-11").declarations).toHaveLength(2);
  });

  it("refuses to set the agenda, the status or a date that is no date", () => {
    expect(refusal({ type: "set-meeting", meeting: "2023-01", fields: { agenda: [] } as never })[0]).toBe(
      "invalid-field",
    );
    expect(refusal({ type: "set-meeting", meeting: "2023-01", fields: { date: "16/01/2023" } })[0]).toBe(
      "invalid-field",
    );
    expect(refusal({ type: "set-meeting", meeting: "2023-01", fields: { date: null } })[0]).toBe("invalid-field");
  });
});

describe("delete-meeting", () => {
  it("sends its items to the backlog and unpins what was pinned to it", () => {
    const pinned = edit({ type: "set-item", item: "camhs-accessibility", fields: { pinned: "2023-04" } });
    const { programme } = edit({ type: "delete-meeting", meeting: "2023-04" }, pinned.text, [
      "across Easter: Good Friday 7 and Easter Monday 10 April 2023",
    ]);
    expect(programme.meetings.some((m) => m.id === "2023-04")).toBe(false);
    expect(programme.backlog.slice(-2)).toEqual(["camhs-accessibility", "cabinet-qa-bramble"]);
    expect(programme.items.find((i) => i.id === "camhs-accessibility")!.pinned).toBeUndefined();
    expect(agenda(programme, "2023-03")).toEqual(["young-parents-support", "pupil-attainment-2023"]);
  });

  it("refuses a meeting whose attendance or declarations are recorded", () => {
    expect(refusal({ type: "delete-meeting", meeting: "2022-11" })).toEqual([
      "meeting-recorded",
      "2022-11",
      "this meeting has its attendance or declarations recorded: cancel it (x) rather than delete it",
    ]);
  });
});
