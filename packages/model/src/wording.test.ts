import { describe, expect, it } from "vitest";
import {
  bodyWord,
  ITEM_STATUS_LABELS,
  ITEM_STATUS_MEANINGS,
  interestKindLabel,
  listJoin,
  memberRoleLabel,
  plural,
  pluralInWords,
  SENSITIVE_INTEREST,
  SENSITIVE_NATURE,
} from "./wording.js";

describe("general wording", () => {
  it("counts in figures, plural unless exactly one", () => {
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(45, "minute")).toBe("45 minutes");
    expect(plural(0, "warning")).toBe("0 warnings");
    expect(plural(2, "proposed change")).toBe("2 proposed changes");
    expect(plural(2, "child", "children")).toBe("2 children");
  });

  it("counts in words to ten, as the deadline findings say it, and in figures beyond", () => {
    expect(pluralInWords(5, "clear working day")).toBe("five clear working days");
    expect(pluralInWords(1, "week")).toBe("one week");
    expect(pluralInWords(0, "day")).toBe("no days");
    expect(pluralInWords(10, "week")).toBe("ten weeks");
    expect(pluralInWords(11, "week")).toBe("11 weeks");
    expect(pluralInWords(-1, "day")).toBe("-1 days");
  });

  it("joins lists as the front sheet does, with no Oxford comma", () => {
    expect(listJoin([])).toBe("");
    expect(listJoin(["A"])).toBe("A");
    expect(listJoin(["A", "B"])).toBe("A and B");
    expect(listJoin(["A", "B", "C"])).toBe("A, B and C");
    expect(listJoin(["Mon 16 Jan", "Mon 27 Feb"], "or")).toBe("Mon 16 Jan or Mon 27 Feb");
  });

  it("labels statuses with the work programme's legend (seed 001)", () => {
    expect(ITEM_STATUS_LABELS).toEqual({
      confirmed: "confirmed",
      "to-be-scoped": "to be scoped",
      tbc: "TBC",
      withdrawn: "withdrawn",
    });
    expect(ITEM_STATUS_MEANINGS["to-be-scoped"]).toBe("confirmed but to be scoped");
    expect(ITEM_STATUS_MEANINGS.tbc).toBe("to be confirmed");
  });

  it("names interest kinds and roles in the papers' words", () => {
    expect(interestKindLabel("disclosable-pecuniary")).toBe("disclosable pecuniary interest");
    expect(interestKindLabel("disclosable-pecuniary", { article: true })).toBe("a disclosable pecuniary interest");
    expect(interestKindLabel("other-non-pecuniary", { article: true })).toBe("an other non-pecuniary interest");
    expect([memberRoleLabel("chair"), memberRoleLabel("vice-chair"), memberRoleLabel("member")]).toEqual([
      "Chair",
      "Vice-Chair",
      undefined,
    ]);
  });

  it("never words a sensitive interest with its nature", () => {
    expect(SENSITIVE_NATURE).toBe("not published (sensitive interest)");
    expect(SENSITIVE_INTEREST).toBe("a sensitive interest (its nature is not published)");
  });
});

describe("bodyWord", () => {
  it("calls each kind of body what papers call it", () => {
    expect(bodyWord("commission")).toBe("Commission");
    expect(bodyWord("committee")).toBe("Committee");
    expect(bodyWord("sub-committee")).toBe("Sub-Committee");
    expect(bodyWord("panel", { lower: true })).toBe("panel");
    expect(bodyWord("board", { plural: true })).toBe("Boards");
    expect(bodyWord("sub-committee", { lower: true, plural: true })).toBe("sub-committees");
  });
});
