import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { edit, source } from "../test/edits.js";
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

describe("people", () => {
  it("adds a person to the end of their list, on one line as the example writes them", () => {
    const { programme, diff } = edit({
      type: "add-person",
      group: "coOptees",
      person: { id: "ruth-ames", name: "Ruth Ames", represents: "Diocese of London", voting: "education" },
    });
    expect(diff.added).toEqual([
      "  - { id: ruth-ames, name: Ruth Ames, represents: Diocese of London, voting: education }",
    ]);
    expect(programme.coOptees.at(-1)).toMatchObject({ id: "ruth-ames", voting: "education" });
  });

  it("makes a list the file does not have yet, after the lists before it", () => {
    const without = source.replace(/\ncabinetMembers:\n(?: {2}.*\n)+/, "\n");
    const { programme, text } = edit(
      { type: "add-person", group: "cabinetMembers", person: { id: "mayor", name: "Mayor Philip Glanville" } },
      without.replace(/cabinetMember: [a-z-]+/g, "cabinetMember: mayor"),
    );
    expect(programme.cabinetMembers).toEqual([{ id: "mayor", name: "Mayor Philip Glanville", unavailable: [] }]);
    expect(text.indexOf("cabinetMembers:")).toBeGreaterThan(text.indexOf("officers:"));
  });

  it("changes a member's role and a co-optee's voting, field by field", () => {
    const { programme, diff } = edit({
      type: "set-person",
      group: "members",
      person: "lee-laudat-scott",
      fields: { role: "vice-chair" },
    });
    expect(diff.added).toEqual(["  - { id: lee-laudat-scott, name: Cllr Lee Laudat-Scott, role: vice-chair }"]);
    expect(programme.members.find((m) => m.id === "lee-laudat-scott")!.role).toBe("vice-chair");
    const voting = edit({
      type: "set-person",
      group: "coOptees",
      person: "jo-macleod",
      fields: { voting: "education" },
    });
    expect(voting.programme.coOptees.find((c) => c.id === "jo-macleod")!.voting).toBe("education");
  });

  it("removes a person nobody names, and refuses one the programme names, saying where", () => {
    const { programme } = edit({ type: "delete-person", group: "members", person: "lee-laudat-scott" });
    expect(programme.members.some((m) => m.id === "lee-laudat-scott")).toBe(false);
    expect(refusal({ type: "delete-person", group: "coOptees", person: "jo-macleod" })).toEqual([
      "still-named",
      "jo-macleod",
      "Jo Macleod is named in the attendance of 30 Nov 2022, a declaration of interest on 30 Nov 2022: take them out there first",
    ]);
    expect(refusal({ type: "delete-person", group: "officers", person: "nobody" })[0]).toBe("unknown-person");
  });

  it("keeps substitutes on their own list: added after the co-optees, refused while an attendance names them", () => {
    const { programme, text } = edit({
      type: "add-person",
      group: "substitutes",
      person: { id: "ian-rathbone", name: "Cllr Ian Rathbone" },
    });
    expect(programme.substitutes).toEqual([{ id: "ian-rathbone", name: "Cllr Ian Rathbone" }]);
    expect(text.indexOf("substitutes:")).toBeGreaterThan(text.indexOf("coOptees:"));
    expect(text.indexOf("substitutes:")).toBeLessThan(text.indexOf("officers:"));
    const northYorkshire = readFileSync(
      new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url),
      "utf8",
    );
    const named = (person: string, group: "substitutes" | "members") => {
      try {
        applyEdit(parseDocument(northYorkshire), { type: "delete-person", group, person });
      } catch (error) {
        if (isModelError(error)) return error.message;
        throw error;
      }
      return "deleted";
    };
    expect(named("andy-paraskos", "substitutes")).toBe(
      "Cllr Andy Paraskos is named in the substitutes of 17 Jun 2022: take them out there first",
    );
  });

  it("refuses an id anyone has, and a field the list's schema refuses", () => {
    expect(refusal({ type: "add-person", group: "officers", person: { id: "sophie-conway", name: "S" } })[0]).toBe(
      "duplicate-id",
    );
    expect(
      refusal({
        type: "set-person",
        group: "members",
        person: "lee-laudat-scott",
        fields: { role: "boss" as never },
      })[0],
    ).toBe("invalid-field");
  });
});

describe("set-commission", () => {
  it("changes the commission's venue and contact, comments kept", () => {
    const { programme, diff } = edit({
      type: "set-commission",
      fields: { venue: "Room 102, Hackney Town Hall", contact: { name: "Tracey Anderson", email: "t@hackney.gov.uk" } },
    });
    expect(programme.commission.venue).toBe("Room 102, Hackney Town Hall");
    expect(programme.commission.contact).toEqual({ name: "Tracey Anderson", email: "t@hackney.gov.uk" });
    expect(diff.removed).toContain("    phone: 020 8356 3315");
  });
});
