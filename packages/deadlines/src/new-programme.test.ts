import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { SlotRuleError } from "./errors.js";
import { newProgramme, shortNameOf } from "./new-programme.js";

const answers = {
  council: "Anytown Borough Council",
  name: "Health Scrutiny Committee",
  municipalYear: "2025/26",
  rule: "second Monday monthly except August",
};

describe("newProgramme (scrutineer init)", () => {
  it("writes the year's meetings from the rule, each with its computed deadlines in a comment", () => {
    const { programme, text, plan } = newProgramme(answers);
    expect(programme.meetings.map((m) => m.id)).toEqual([
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
    ]);
    expect(plan.slots).toHaveLength(11);
    // 9 June 2025: five clear working days before it end on Fri 30 May (Mon 26 May a bank holiday);
    // papers three working days before that.
    expect(text).toContain(
      "  # Monday 9 June 2025: papers due Tue 27 May 2025, agenda published by Fri 30 May 2025\n  - id: 2025-06\n",
    );
    // Computed, not stated: the dates follow the rules if the meeting moves.
    expect(programme.meetings.every((m) => !m.papersDeadline && !m.dispatch && !m.dateConfirmed)).toBe(true);
    expect(programme.backlog).toEqual([]);
    expect(programme.items).toEqual([]);
  });

  it("calls the body what its name says unless told (a committee, not a commission)", () => {
    expect(newProgramme(answers).programme.commission.kind).toBe("committee");
    expect(newProgramme({ ...answers, name: "Health Scrutiny Panel" }).programme.commission.kind).toBe("panel");
    expect(newProgramme({ ...answers, kind: "commission" }).programme.commission.kind).toBe("commission");
  });

  it("follows the jurisdiction's law: Scotland's bank holidays and three clear days (St Andrew's Day, Monday 1 December 2025)", () => {
    const rule = "first Monday monthly except August";
    const england = newProgramme({ ...answers, rule });
    const scotland = newProgramme({ ...answers, rule, jurisdiction: "scotland" });
    // 30 November 2025 is a Sunday: Scotland's St Andrew's Day holiday is Monday 1 December
    // (St Andrew's Day Bank Holiday (Scotland) Act 2007); England has no holiday that day.
    expect(england.programme.meetings.map((m) => m.date)).toContain("2025-12-01");
    expect(scotland.programme.meetings.map((m) => m.date)).not.toContain("2025-12-01");
    expect(scotland.programme.commission.jurisdiction).toBe("scotland");
    expect(scotland.text).toContain(
      "# Agenda published three clear working days before the meeting (Local Government (Scotland) Act 1973 s50B)",
    );
    expect(england.text).toContain(
      "# Agenda published five clear working days before the meeting (Local Government Act 1972 s100B)",
    );
    const parsed = parseProgramme(scotland.text, "programme.yaml");
    expect(parsed.ok, JSON.stringify(parsed.errors)).toBe(true);
  });

  it("is a file the loader accepts as it is, placeholders marked", () => {
    const { text, placeholders } = newProgramme(answers, { schema: "scrutineer.schema.json" });
    const parsed = parseProgramme(text, "programme.yaml");
    expect(parsed.ok, JSON.stringify(parsed.errors)).toBe(true);
    expect(text.startsWith("# yaml-language-server: $schema=scrutineer.schema.json\n")).toBe(true);
    expect(parsed.programme?.commission.venue).toBe("TO BE SET: the meeting room and address");
    expect(parsed.programme?.members[0]).toEqual({
      id: "chair",
      name: "TO BE SET: the chair's name (and an id from it)",
      role: "chair",
    });
    expect(placeholders).toEqual(["commission.venue", "commission.contact.name", "members[0].name"]);
  });

  it("takes every answer: short name, start, venue, contact, chair, vice-chair and members (ids from names)", () => {
    const { programme, placeholders } = newProgramme({
      ...answers,
      shortName: "Health",
      start: "18:30",
      venue: "Committee Room 1, Town Hall",
      contact: { name: "Ann Officer", email: "ann.officer@anytown.gov.uk" },
      chair: "Cllr Jo Bloggs",
      viceChair: "Cllr Sam Smith",
      members: ["Cllr Ali Khan", "Cllr Jo Bloggs"],
      skip: [{ from: "2025-12-01", to: "2025-12-31", reason: "December recess" }],
    });
    expect(programme.commission).toMatchObject({ id: "health", start: "18:30", venue: "Committee Room 1, Town Hall" });
    expect(programme.members.map((m) => [m.id, m.role])).toEqual([
      ["jo-bloggs", "chair"],
      ["sam-smith", "vice-chair"],
      ["ali-khan", "member"],
      ["jo-bloggs-2", "member"],
    ]);
    expect(programme.meetings.map((m) => m.id)).not.toContain("2025-12");
    expect(placeholders).toEqual([]);
  });

  it("refuses a rule it cannot read", () => {
    expect(() => newProgramme({ ...answers, rule: "whenever" })).toThrow(SlotRuleError);
  });

  it("makes a short name from the committee's name", () => {
    expect(shortNameOf("Health Scrutiny Committee")).toBe("Health");
    expect(shortNameOf("Children and Young People Scrutiny Commission")).toBe("CYP");
    expect(shortNameOf("Overview and Scrutiny Committee")).toBe("Overview and Scrutiny Committee");
  });
});
