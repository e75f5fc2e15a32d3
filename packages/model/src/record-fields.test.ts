import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { Item } from "./item.js";
import { ItemFields } from "./programme-edit.js";
import { recordNode } from "./record-fields.js";

describe("editableFields", () => {
  it("takes any field of the record but those left out, null to remove one, and nothing else", () => {
    expect(ItemFields.safeParse({ title: "New", must: null }).success).toBe(true);
    expect(ItemFields.parse({})).toEqual({}); // no defaults filled in: only what is given changes
    expect(ItemFields.safeParse({ id: "other" }).success).toBe(false);
    expect(ItemFields.safeParse({ tittle: "typo" }).success).toBe(false);
    expect(ItemFields.safeParse({ minutes: "45-30" }).success).toBe(false);
  });
});

describe("recordNode", () => {
  const doc = parseDocument("{}");
  it("writes short records of plain values on one line and longer ones, or ones with lists, as blocks", () => {
    const preparation = recordNode(doc, Item.shape.preparation, [{ kind: "briefing", description: "Background" }]);
    expect(stringify(preparation, { flowCollectionPadding: true }).trim()).toBe(
      "- { kind: briefing, description: Background }",
    );
    const item = recordNode(doc, Item, { id: "x", title: "X", officers: ["a"], standing: false, status: "confirmed" });
    // Defaults left out, keys in the schema's order, the list of ids inline.
    expect(stringify(item).trim()).toBe("id: x\ntitle: X\nofficers: [ a ]");
  });
});
