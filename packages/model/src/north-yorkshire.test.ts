import { readFileSync } from "node:fs";
import { weekdayOf } from "@scrutineer/dates";
import { describe, expect, it } from "vitest";
import { agendaItemId, commissionLaw, indexProgramme, meetingTimes, orderLayout, parseProgramme } from "./index.js";

const file = new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url);
const source = readFileSync(file, "utf8");

/**
 * The second bundled example, North Yorkshire CC's Scrutiny of Health Committee 2022/23, against
 * what its papers give (notes/research/second-council.md §1): the facts transcribed, and that the
 * file loads with them (a deferred item on two agendas, substitutes, a briefing, a month of a
 * postponement) without an error.
 */
describe("the North Yorkshire Scrutiny of Health Committee 2022/23 example", () => {
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
  const p = result.programme;
  const index = indexProgramme(p);

  it("is a committee of an English county council, meeting at 10.00 with no stated end", () => {
    expect(p.commission).toMatchObject({
      name: "Scrutiny of Health Committee",
      kind: "committee",
      council: "North Yorkshire County Council",
      jurisdiction: "england",
      start: "10:00",
      venue: "Council Chamber, County Hall, Northallerton, DL7 8AD",
    });
    expect(p.commission.plannedEnd).toBeUndefined();
    expect(p.commission.usualLength).toBeUndefined();
    expect(commissionLaw(p.commission).clearDays).toBe(5);
  });

  it("has the meetings of the papers, all on Fridays: 17 Jun, 9 Sep (postponed), 4 Nov, 16 Dec 2022, 10 Mar 2023", () => {
    expect(p.meetings.map((m) => [m.date, m.status])).toEqual([
      ["2022-06-17", "scheduled"],
      ["2022-09-09", "cancelled"],
      ["2022-11-04", "moved"],
      ["2022-12-16", "scheduled"],
      ["2023-03-10", "scheduled"],
    ]);
    for (const m of p.meetings) expect(weekdayOf(m.date), m.date).toBe(5);
    expect(index.meetings.get("2022-11")?.movedFrom).toBe("2022-09-09");
    for (const m of p.meetings) expect(meetingTimes(p, m)).toMatchObject({ start: "10:00", endFrom: "assumed" });
  });

  it("has sixteen county councillors (Chairman Andrew Lee, Vice-Chair Liz Colling) and district co-optees", () => {
    expect(p.members).toHaveLength(16);
    expect(p.members.filter((m) => m.role !== "member").map((m) => [m.name, m.role])).toEqual([
      ["Cllr Liz Colling", "vice-chair"],
      ["Cllr Andrew Lee", "chair"],
    ]);
    // Seven on the 17 June list; Jane Mortimer first shown on 16 December.
    expect(index.membershipOn("2022-06-17").coOptees).toHaveLength(7);
    expect(index.membershipOn("2022-12-16").coOptees.map((c) => c.id)).toContain("jane-mortimer");
    // Their votes are not in the sources: the model's default, chosen explicitly.
    for (const c of p.coOptees) expect(c.voting).toBe("none");
  });

  it("records the three substitutes of 17 June 2022 in their members' places, never in the membership", () => {
    const june = index.meetings.get("2022-06")!;
    expect(june.attendance?.substitutes).toEqual([
      { id: "andy-paraskos", for: "john-mann" },
      { id: "arnold-warneken", for: "david-noland" },
      { id: "tom-watson", for: "nigel-middlemass" },
    ]);
    expect(june.attendance?.present).toHaveLength(14);
    expect(p.members.map((m) => m.id)).not.toContain("andy-paraskos");
    expect(index.people.get("tom-watson")).toMatchObject({
      kind: "substitute",
      represents: "Harrogate Borough Council",
    });
  });

  it("records 16 December 2022 as the minutes do: apologies and three substitutes, no list of those present", () => {
    const dec = index.meetings.get("2022-12")!;
    expect(dec.attendance).toMatchObject({ recorded: "apologies-only", present: [] });
    expect(dec.attendance?.apologies).toHaveLength(7);
    expect(dec.attendance?.substitutes.map((s) => s.for)).toEqual([
      "john-mann",
      "heather-moorhouse",
      "nigel-middlemass",
    ]);
  });

  it("keeps the CQC item on the postponed and the held agenda, and item 10 on 16 December and 10 March", () => {
    expect(index.meetingsOfItem("cqc-inspections").map((m) => m.id)).toEqual(["2022-09", "2022-11"]);
    expect(index.agenda(index.meetings.get("2022-09")!)[0]).toMatchObject({
      outcome: "deferred",
      deferredTo: "2022-11",
    });
    expect(index.meetingsOfItem("item-10-2022-12").map((m) => m.date)).toEqual(["2022-12-16", "2023-03-10"]);
    expect(index.agenda(index.meetings.get("2022-12")!)[0]).toMatchObject({
      outcome: "deferred",
      deferredTo: "2023-03",
    });
  });

  it("takes the minutes third on 17 June and first on 16 December, each meeting in its own order", () => {
    const titles = (id: string) => {
      const m = index.meetings.get(id)!;
      return orderLayout(m.orderOfBusiness ?? p.commission.orderOfBusiness).opening.map((h) => h.title);
    };
    expect(titles("2022-06")).toEqual([
      "Apologies for Absence",
      "Declarations of Interest",
      "Minutes of the meeting held on 11 March 2022",
      "Chairman's Announcements",
      "Public Questions or Statements",
    ]);
    expect(titles("2022-12")[0]).toBe("Minutes of Committee meeting held on 4 November 2022");
    expect(index.numberedAgenda(index.meetings.get("2022-12")!).map((s) => s.number)).toEqual([6]);
  });

  it("lists the 22 July 2022 mid-cycle briefing as a private event, not a meeting", () => {
    expect(p.events).toEqual([
      expect.objectContaining({ id: "briefing-2022-07", kind: "briefing", date: "2022-07-22", public: false }),
    ]);
    expect(p.meetings.some((m) => m.date === "2022-07-22")).toBe(false);
    expect(p.meetings.flatMap((m) => m.agenda.map(agendaItemId))).not.toContain("briefing-2022-07");
  });

  it("states no dispatch or papers deadline: the sources give none", () => {
    for (const m of p.meetings) {
      expect(m.dispatch).toBeUndefined();
      expect(m.papersDeadline).toBeUndefined();
    }
  });
});
