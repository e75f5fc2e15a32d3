import { describe, expect, it } from "vitest";
import { chooseCommittee } from "./choose-committee.js";
import { ModernGovImportError } from "./errors.js";
import { Committee, type SourcedResponse } from "./records.js";

const committees: SourcedResponse = {
  source: "GetCommittees.xml",
  response: {
    kind: "committees",
    hosts: [],
    committees: [
      Committee.parse({ id: 144, title: "Audit Committee" }),
      Committee.parse({ id: 145, title: "Audit Sub-Committee" }),
      Committee.parse({ id: 163, title: "Licensing Committee" }),
    ],
  },
};

function refusal(wanted: string): [string, string] | undefined {
  try {
    chooseCommittee([committees], wanted);
  } catch (error) {
    if (error instanceof ModernGovImportError) return [error.code, error.message];
  }
  return undefined;
}

describe("chooseCommittee", () => {
  it("finds a committee by id, by whole title in any case, or by a part only one title has", () => {
    expect(chooseCommittee([committees], "163")).toEqual({ id: 163, title: "Licensing Committee" });
    expect(chooseCommittee([committees], "audit committee")).toEqual({ id: 144, title: "Audit Committee" });
    expect(chooseCommittee([committees], "sub-committee")).toEqual({ id: 145, title: "Audit Sub-Committee" });
  });

  it("refuses an unknown or ambiguous committee, naming those known or those it could be", () => {
    expect(refusal("999")).toEqual([
      "unknown-committee",
      "no committee has the id 999 (known: 144 Audit Committee; 145 Audit Sub-Committee; 163 Licensing Committee)",
    ]);
    expect(refusal("Planning")?.[0]).toBe("unknown-committee");
    expect(refusal("Audit")).toEqual([
      "ambiguous-committee",
      '"Audit" names 2 committees: 144 Audit Committee; 145 Audit Sub-Committee; give the id',
    ]);
  });
});
