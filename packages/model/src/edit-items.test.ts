import { describe, expect, it } from "vitest";
import { type Document, parseDocument } from "yaml";
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

describe("add-item", () => {
  it("writes a new item beside the one it follows on the agenda, leaving defaults out, and places it", () => {
    const { programme, text, diff } = edit({
      type: "add-item",
      item: {
        id: "school-meals",
        title: "School Meals",
        minutes: 30,
        officers: ["annie-gammon"],
        education: true,
        standing: false,
      },
      to: { meeting: "2023-01", index: 2 },
    });
    expect(agenda(programme, "2023-01").slice(1, 4)).toEqual([
      "unregistered-settings-update",
      "school-meals",
      "exclusions-review-update",
    ]);
    // Its record follows the record of the item before it, in the schema's order, without `standing: false`.
    const at = text.indexOf("  - id: school-meals");
    expect(text.slice(at, text.indexOf("  - id: exclusions-review-update"))).toBe(
      "  - id: school-meals\n    title: School Meals\n    minutes: 30\n    officers: [annie-gammon]\n    education: true\n",
    );
    expect(text.slice(0, at)).toContain("  - id: unregistered-settings-update");
    expect(diff.removed).toEqual([]);
    expect(programme.items.find((i) => i.id === "school-meals")).toMatchObject({
      standing: false,
      status: "confirmed",
    });
  });

  it("puts a new item in the backlog, at the end of the items", () => {
    const { programme, text } = edit({
      type: "add-item",
      item: { id: "youth-voice", title: "Youth Voice" },
      to: "backlog",
    });
    expect(programme.backlog.at(-1)).toBe("youth-voice");
    expect(programme.items.at(-1)?.id).toBe("youth-voice");
    expect(text).toContain(
      "backlog: [admissions-review, residential-placements, graduated-send-provision, youth-voice]",
    );
  });

  it("refuses an id in use and a field its schema refuses, naming the field", () => {
    expect(refusal({ type: "add-item", item: { id: "send-strategy", title: "Again" }, to: "backlog" })).toEqual([
      "duplicate-id",
      "send-strategy",
      'an item already has the id "send-strategy"',
    ]);
    const [code, value, message] = refusal({
      type: "add-item",
      item: { id: "late", title: "Late", added: "2023-02-30" },
      to: "backlog",
    }) as [string, unknown, string];
    expect([code, value]).toEqual(["invalid-field", { field: "added", value: "2023-02-30" }]);
    expect(message).toMatch(/^the new item: added: expected a real date/);
    expect(refusal({ type: "add-item", item: { id: "x", title: "" }, to: "backlog" })).toEqual([
      "invalid-field",
      { field: "title", value: "" },
      "the new item: title: title must not be empty",
    ]);
  });
});

describe("set-item", () => {
  it("changes the title and officers of an item on their own lines, its comments kept", () => {
    const { programme, diff } = edit({
      type: "set-item",
      item: "school-admissions-2022",
      fields: { title: "School Admissions and Places", officers: ["david-court"] },
    });
    const item = programme.items.find((i) => i.id === "school-admissions-2022")!;
    expect(item).toMatchObject({ title: "School Admissions and Places", officers: ["david-court"] });
    expect(diff.removed.sort()).toEqual([
      '    officers: [david-court, annie-gammon] # "David Court TBC"',
      "    title: School Admissions",
    ]);
    expect(diff.added.sort()).toEqual([
      '    officers: [david-court] # "David Court TBC"',
      "    title: School Admissions and Places",
    ]);
  });

  it("sets up a Cabinet Q&A as a block, and writes over one keeping the comment on its date", () => {
    const added = edit({
      type: "set-item",
      item: "send-strategy",
      fields: { cabinetQA: { cabinetMember: "anntoinette-bramble", topics: ["Exclusions", "SEND transport"] } },
    });
    expect(added.diff.added).toEqual([
      "    cabinetQA:",
      "      cabinetMember: anntoinette-bramble",
      "      topics: [Exclusions, SEND transport]",
    ]);
    const over = edit({
      type: "set-item",
      item: "cabinet-qa-woodley",
      fields: { cabinetQA: { cabinetMember: "caroline-woodley", topics: ["Play"], notified: "2022-12-01" } },
    });
    expect(over.diff.added).toContain(
      '      notified: 2022-12-01 # "to be notified of topics 6 weeks in advance (3rd January 2023)"',
    );
    expect(over.programme.items.find((i) => i.id === "cabinet-qa-woodley")!.cabinetQA?.topics).toEqual(["Play"]);
  });

  it("rewrites a folded objective as a folded block, removes a field set to null, keeps alongside mutual", () => {
    const { programme, text } = edit({
      type: "set-item",
      item: "childcare-sufficiency-2022",
      fields: { objective: "To review the 2022 assessment.", must: null, alongside: ["exclusions-cabinet-response"] },
    });
    expect(text).toContain("    objective: >-\n      To review the 2022 assessment.\n    minutes: 40");
    const item = programme.items.find((i) => i.id === "childcare-sufficiency-2022")!;
    expect(item.must).toBe(false);
    expect(programme.items.find((i) => i.id === "exclusions-cabinet-response")!.alongside).toEqual([
      "childcare-sufficiency-2022",
    ]);
  });

  it("refuses a field that is not an item's, or its id", () => {
    expect(refusal({ type: "set-item", item: "send-strategy", fields: { minutes: "45-30" } })[0]).toBe("invalid-field");
    const [code, value] = refusal({
      type: "set-item",
      item: "send-strategy",
      fields: { id: "other" } as never,
    }) as [string, unknown, string];
    expect([code, value]).toEqual(["invalid-field", { field: "id", value: "other" }]);
  });
});

describe("delete-item", () => {
  it("removes the item, its place on the agenda and the mentions of it alongside others", () => {
    // The comment on its minutes goes with it.
    const { programme, diff } = edit({ type: "delete-item", item: "fsm-letter" }, source, [
      "not in the work programme: what the front sheet's times leave it",
    ]);
    expect(diff.added).toEqual([]);
    expect(programme.items.some((i) => i.id === "fsm-letter")).toBe(false);
    expect(agenda(programme, "2023-01")).not.toContain("fsm-letter");
    for (const item of programme.items) expect(item.alongside).not.toContain("fsm-letter");
  });

  it("removes an item from the backlog", () => {
    const { programme } = edit({ type: "delete-item", item: "residential-placements" });
    expect(programme.backlog).toEqual(["admissions-review", "graduated-send-provision"]);
  });

  it("refuses while a declaration of interest names it", () => {
    expect(refusal({ type: "delete-item", item: "send-strategy" })).toEqual([
      "item-declared",
      "send-strategy",
      "Jo Macleod's declaration of interest at the meeting of 30 Nov 2022 names this item: change the declaration before deleting it",
    ]);
  });
});

describe("a list of records that starts empty (`items: []`, as `scrutineer init` writes it)", () => {
  it("becomes a block list with the first record, not one long line; lists of ids stay on one line", () => {
    let doc: Document = parseDocument("version: 1\nofficers: []\nitems: []\nbacklog: []\n");
    doc = applyEdit(doc, { type: "add-person", group: "officers", person: { id: "priya-shah", name: "Priya Shah" } });
    doc = applyEdit(doc, { type: "add-item", item: { id: "school-meals", title: "School Meals" }, to: "backlog" });
    doc = applyEdit(doc, {
      type: "add-item",
      item: { id: "youth-services", title: "Youth Services", officers: ["priya-shah"] },
      to: "backlog",
    });
    expect(String(doc)).toBe(
      [
        "version: 1",
        "officers:",
        "  - { id: priya-shah, name: Priya Shah }",
        "items:",
        "  - id: school-meals",
        "    title: School Meals",
        "  - id: youth-services",
        "    title: Youth Services",
        "    officers: [ priya-shah ]",
        "backlog: [ school-meals, youth-services ]",
        "",
      ].join("\n"),
    );
  });
});
