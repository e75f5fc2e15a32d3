import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { edit, source } from "../test/edits.js";
import { applyEdit } from "./apply-edit.js";
import { describeEdit } from "./describe-edit.js";
import { isModelError } from "./errors.js";
import { parseProgramme } from "./parse-programme.js";
import type { ProgrammeEdit } from "./programme-edit.js";

const northYorkshire = readFileSync(
  new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url),
  "utf8",
);

function refusal(e: ProgrammeEdit, text = source): [string, unknown, string] | string {
  try {
    applyEdit(parseDocument(text), e);
  } catch (error) {
    if (isModelError(error)) return [error.code, error.value, error.message];
    throw error;
  }
  return "nothing thrown";
}

describe("events", () => {
  it("adds the first event of a file as a new list after the meetings, before the backlog", () => {
    const visit: ProgrammeEdit = {
      type: "add-event",
      event: { id: "visit-fnp", title: "Visit Family Nurse Partnership", kind: "site-visit", date: "2023-01-10" },
    };
    const { programme, text } = edit(visit);
    expect(programme.events).toEqual([
      {
        id: "visit-fnp",
        title: "Visit Family Nurse Partnership",
        kind: "site-visit",
        date: "2023-01-10",
        attendees: [],
        items: [],
        public: false,
      },
    ]);
    expect(text.indexOf("\nevents:")).toBeGreaterThan(text.lastIndexOf("\nmeetings:"));
    expect(text.indexOf("\nevents:")).toBeLessThan(text.indexOf("\nbacklog:"));
    const parsed = parseProgramme(source);
    if (!parsed.ok) throw new Error("the example does not parse");
    expect(describeEdit(parsed.programme, visit)).toBe("New site visit Visit Family Nurse Partnership on 10 Jan 2023");
  });

  it("keeps events in date order, changes one's fields, and deletes one", () => {
    const added = edit(
      {
        type: "add-event",
        event: { id: "early", title: "Induction", kind: "workshop", date: "2022-06-01", public: true },
      },
      northYorkshire,
    );
    expect(added.programme.events.map((e) => e.id).slice(0, 2)).toEqual(["early", "briefing-2022-07"]);
    const changed = edit(
      { type: "set-event", event: "briefing-2022-07", fields: { venue: "County Hall, Northallerton", start: "10:00" } },
      northYorkshire,
    );
    expect(changed.programme.events.find((e) => e.id === "briefing-2022-07")).toMatchObject({
      venue: "County Hall, Northallerton",
      start: "10:00",
    });
    const gone = edit({ type: "delete-event", event: "briefing-2022-07" }, northYorkshire);
    expect(gone.programme.events.some((e) => e.id === "briefing-2022-07")).toBe(false);
  });

  it("refuses an unknown event, a taken id, a bad field, and an event a piece of preparation names", () => {
    expect(refusal({ type: "delete-event", event: "nothing" })[0]).toBe("unknown-event");
    expect(
      refusal(
        { type: "add-event", event: { id: "briefing-2022-07", title: "Again", kind: "briefing", date: "2022-08-01" } },
        northYorkshire,
      )[0],
    ).toBe("duplicate-id");
    expect(
      refusal(
        { type: "set-event", event: "briefing-2022-07", fields: { date: "22 July" as never } },
        northYorkshire,
      )[0],
    ).toBe("invalid-field");
    const named = northYorkshire.replace(
      /(\n {2}- id: cqc-inspections\n)/,
      "$1    preparation: [{ kind: briefing, description: Mid cycle briefing, event: briefing-2022-07 }]\n",
    );
    expect(named).toContain("event: briefing-2022-07 }");
    expect(refusal({ type: "delete-event", event: "briefing-2022-07" }, named)).toEqual([
      "still-named",
      "briefing-2022-07",
      expect.stringMatching(/^the preparation of .+ names Mid cycle briefing: take it out there first$/),
    ]);
  });
});
