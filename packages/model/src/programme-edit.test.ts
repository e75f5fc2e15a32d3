import { describe, expect, it } from "vitest";
import { ProgrammeEdit } from "./programme-edit.js";

describe("ProgrammeEdit", () => {
  it("reads edits back from JSON (the journal) and refuses malformed ones", () => {
    const edits = [
      { type: "move-item", item: "send-strategy", to: { meeting: "2023-01", index: 2 } },
      { type: "move-item", item: "send-strategy", to: "backlog" },
      { type: "set-minutes", item: "x", minutes: "30-45" },
      { type: "set-minutes", item: "x", minutes: null },
      { type: "move-meeting", meeting: "2023-01", date: "2023-01-23" },
    ];
    for (const e of edits) expect(ProgrammeEdit.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(ProgrammeEdit.safeParse({ type: "move-meeting", meeting: "2023-01", date: "2023-02-30" }).success).toBe(
      false,
    );
    expect(ProgrammeEdit.safeParse({ type: "delete-everything" }).success).toBe(false);
  });
});
