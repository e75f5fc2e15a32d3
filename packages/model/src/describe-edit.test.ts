import { describe, expect, it } from "vitest";
import { example } from "../test/edits.js";
import { describeEdit } from "./describe-edit.js";
import type { Declaration } from "./interest.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { indexProgramme } from "./programme-index.js";

describe("describeEdit", () => {
  const d = (e: ProgrammeEdit) => describeEdit(example, e);
  it("says what each edit does in the officer's words", () => {
    expect(d({ type: "move-item", item: "send-strategy", to: { meeting: "2023-01" } })).toBe(
      "Move SEND Strategy from 30 Nov 2022 to 16 Jan 2023",
    );
    expect(d({ type: "move-item", item: "send-strategy", to: "backlog" })).toBe(
      "Move SEND Strategy from 30 Nov 2022 to the backlog",
    );
    expect(d({ type: "move-item", item: "residential-placements", to: { meeting: "2023-04" } })).toBe(
      "Add Residential Placements from the backlog to 17 Apr 2023",
    );
    expect(d({ type: "set-minutes", item: "send-strategy", minutes: 45 })).toBe(
      "Give SEND Strategy 45 min (was 20-30 min)",
    );
    expect(d({ type: "set-minutes", item: "send-strategy", minutes: null })).toBe(
      "Clear the minutes of SEND Strategy (was 20-30 min)",
    );
    expect(d({ type: "set-status", item: "send-strategy", status: "tbc" })).toBe(
      "Mark SEND Strategy TBC (was confirmed)",
    );
    expect(d({ type: "reorder-item", item: "send-strategy", delta: -1 })).toBe(
      "Move SEND Strategy up one place on 30 Nov 2022",
    );
    expect(d({ type: "set-alongside", item: "send-strategy", with: ["child-q-letter"] })).toBe(
      "Take SEND Strategy alongside Child Q Safeguarding Practice Review",
    );
    expect(d({ type: "move-meeting", meeting: "2023-01", date: "2023-01-23" })).toBe(
      "Move the meeting of 16 Jan 2023 to 23 Jan 2023",
    );
    expect(d({ type: "cancel-meeting", meeting: "2023-04" })).toBe("Cancel the meeting of 17 Apr 2023");
    expect(d({ type: "reinstate-meeting", meeting: "2023-04" })).toBe("Reinstate the meeting of 17 Apr 2023");
  });

  it("says what a new, changed or deleted record is, naming what changed", () => {
    expect(
      d({ type: "add-item", item: { id: "school-meals", title: "School Meals" }, to: { meeting: "2023-01" } }),
    ).toBe("New item School Meals on 16 Jan 2023");
    expect(d({ type: "add-item", item: { id: "youth-voice", title: "Youth Voice" }, to: "backlog" })).toBe(
      "New item Youth Voice in the backlog",
    );
    expect(d({ type: "set-item", item: "send-strategy", fields: { title: "SEND Strategy 2023" } })).toBe(
      "Retitle SEND Strategy as SEND Strategy 2023",
    );
    expect(d({ type: "set-item", item: "send-strategy", fields: { title: "SEND", officers: ["joe-wilson"] } })).toBe(
      "Edit SEND Strategy: title and officers",
    );
    expect(
      d({
        type: "set-item",
        item: "send-strategy",
        fields: { cabinetQA: { cabinetMember: "caroline-woodley", topics: ["Play", "Parks"] } },
      }),
    ).toBe("Cabinet Q&A on SEND Strategy: Cllr Caroline Woodley on Play and Parks");
    expect(d({ type: "set-item", item: "cabinet-qa-woodley", fields: { cabinetQA: null } })).toBe(
      "Remove the Cabinet Q&A from Cabinet Q&A - Cllr Woodley",
    );
    expect(d({ type: "delete-item", item: "fsm-letter" })).toBe(
      "Delete Free School Meals (Childhood Food Poverty) from 16 Jan 2023",
    );
    expect(d({ type: "add-meeting", meeting: { id: "2023-02-06", date: "2023-02-06" } })).toBe(
      "Add a meeting on 6 Feb 2023",
    );
    expect(d({ type: "set-meeting", meeting: "2023-01", fields: { venue: "Room 1", start: "18:30" } })).toBe(
      "Change the meeting of 16 Jan 2023: start and venue",
    );
    expect(
      d({
        type: "set-meeting",
        meeting: "2023-01",
        fields: {
          attendance: {
            recorded: "full",
            present: ["sophie-conway"],
            remote: ["jo-macleod"],
            apologies: [],
            substitutes: [],
          },
        },
      }),
    ).toBe("Record the attendance at 16 Jan 2023: 1 present, 1 remote, 0 apologies");
    expect(
      d({
        type: "set-meeting",
        meeting: "2023-01",
        fields: {
          attendance: {
            recorded: "apologies-only",
            present: [],
            remote: [],
            apologies: ["sophie-conway"],
            substitutes: [{ id: "jo-macleod", for: "sophie-conway" }],
          },
        },
      }),
    ).toBe("Record the attendance at 16 Jan 2023: 1 apology, 1 substitute");
    const declared: Declaration = {
      person: "margaret-gordon",
      items: ["fsm-letter"],
      kind: "disclosable-pecuniary",
      sensitive: false,
      nature: "Runs a food bank",
      publicMaySpeak: false,
    };
    expect(d({ type: "set-meeting", meeting: "2023-01", fields: { declarations: [declared] } })).toBe(
      "Record Cllr Margaret Gordon's disclosable pecuniary interest in Free School Meals (Childhood Food Poverty) at 16 Jan 2023",
    );
    expect(d({ type: "set-meeting", meeting: "2022-11", fields: { declarations: [] } })).toBe(
      "Remove Jo Macleod's declaration at 30 Nov 2022",
    );
    expect(d({ type: "delete-meeting", meeting: "2023-04" })).toBe(
      "Delete the meeting of 17 Apr 2023 (2 items to the backlog)",
    );
    expect(d({ type: "add-person", group: "officers", person: { id: "x", name: "Ann Ray" } })).toBe(
      "Add Ann Ray to the officers and guests",
    );
    expect(d({ type: "set-person", group: "members", person: "lee-laudat-scott", fields: { role: "chair" } })).toBe(
      "Edit Cllr Lee Laudat-Scott: role",
    );
    expect(d({ type: "delete-person", group: "coOptees", person: "monique-pink" })).toBe(
      "Remove Monique Pink from the co-optees",
    );
    expect(d({ type: "set-commission", fields: { venue: "Room 1" } })).toBe("Change the commission's venue");
  });

  it("says the same from the programme's index, when the caller has one", () => {
    const index = indexProgramme(example);
    for (const e of [
      { type: "move-item", item: "send-strategy", to: { meeting: "2023-01" } },
      { type: "reorder-item", item: "send-strategy", delta: 1 },
      { type: "move-item", item: "residential-placements", to: "backlog" },
    ] satisfies ProgrammeEdit[])
      expect(describeEdit(example, e, index)).toBe(d(e));
  });
});
