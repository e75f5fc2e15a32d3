import { readFileSync } from "node:fs";
import { weekdayOf } from "@scrutineer/dates";
import { describe, expect, it } from "vitest";
import {
  commissionLaw,
  crossReferenceProblems,
  indexProgramme,
  meetingTimes,
  orderLayout,
  parseProgramme,
} from "./index.js";

const file = new URL("../../../examples/neath-port-talbot-education-2022-23/programme.yaml", import.meta.url);
const source = readFileSync(file, "utf8");

/**
 * The third bundled example, Neath Port Talbot's Education, Skills and Wellbeing Scrutiny
 * Committee 2022/23, against what its public meeting pages give (democracy.npt.gov.uk, CId=496;
 * each fact's address is in the file): a Welsh committee meeting as a hybrid (multi-location)
 * meeting, with co-optees and declarations under the Welsh members' code.
 */
describe("the Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 example", () => {
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
  const p = result.programme;
  const index = indexProgramme(p);

  it("is a Welsh committee: three clear days, remote members present (LG&E(W)A 2021 s47)", () => {
    expect(p.commission).toMatchObject({
      name: "Education, Skills and Wellbeing Scrutiny Committee",
      kind: "committee",
      jurisdiction: "wales",
      start: "14:00",
      venue: "Port Talbot Civic Centre / Remotely - Hybrid",
      contact: { name: "Alison Thomas", email: "a.thomas6@npt.gov.uk" },
    });
    const law = commissionLaw(p.commission);
    expect(law).toMatchObject({ clearDays: 3, remotePresent: true });
    expect(law.remoteAttendanceLaw.short).toBe("LG&E(W)A 2021 s47");
  });

  it("has the meetings of the pages: 27 Sep (10.00), 27 Oct, 24 Nov, 8 Dec 2022, 25 Jan (a Wednesday), 16 Mar 2023", () => {
    expect(p.meetings.map((m) => [m.date, weekdayOf(m.date), meetingTimes(p, m).start])).toEqual([
      ["2022-09-27", 2, "10:00"],
      ["2022-10-27", 4, "14:00"],
      ["2022-11-24", 4, "14:00"],
      ["2022-12-08", 4, "14:00"],
      ["2023-01-25", 3, "14:00"],
      ["2023-03-16", 4, "14:00"],
    ]);
    expect(index.meetings.get("2023-01")?.venue).toBe(
      "Multi-Location Meeting - Council Chamber, Port Talbot & Microsoft Teams",
    );
    // No publication date is in the stored pages: none is stated.
    for (const m of p.meetings) expect(m.dispatch, m.date).toBeUndefined();
  });

  it("takes the Minutes only where the agenda had them (27 October 2022)", () => {
    const titles = (id: string) => {
      const m = index.meetings.get(id)!;
      return orderLayout(m.orderOfBusiness ?? p.commission.orderOfBusiness).opening.map((h) => h.title);
    };
    expect(titles("2022-10")).toEqual([
      "Chair's Announcements",
      "Declarations of Interest",
      "Minutes of Previous Meeting",
    ]);
    expect(titles("2022-09")).toEqual(["Chair's Announcements", "Declarations of Interest"]);
  });

  it("names the councillors and co-optees the minutes name, with no Chair or Vice-Chair (not in the pages)", () => {
    expect(p.members).toHaveLength(14);
    expect(p.members.every((m) => m.role === "member")).toBe(true);
    expect(p.coOptees.map((c) => [c.name, c.voting])).toEqual([
      ["Adam Amor", "education"],
      ["Marie Caddick", "education"],
    ]);
  });

  it("records the declarations with the Welsh code's kinds: one prejudicial, the governors' dispensations to vote", () => {
    const kinds = p.meetings.flatMap((m) => m.declarations.map((d) => `${m.date} ${d.person} ${d.kind}`));
    expect(kinds).toContain("2022-11-24 marie-caddick prejudicial");
    expect(kinds.filter((k) => k.endsWith("personal"))).toHaveLength(16); // 1 on 27 Sep, 3 on 24 Nov, 12 on 16 Mar
    const march = index.meetings.get("2023-03")!;
    expect(march.declarations.every((d) => d.dispensation?.scope === "vote")).toBe(true);
    expect(march.attendance?.present).toHaveLength(12);
    expect(index.meetings.get("2023-01")?.attendance?.apologies).toEqual(["n-goldup-john", "d-thomas"]);
  });

  it("has no cross-reference problem", () => {
    expect(crossReferenceProblems(p)).toEqual([]);
  });
});
