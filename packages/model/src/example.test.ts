import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexProgramme, minutesRange, parseProgramme } from "./index.js";

const file = new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url);
const source = readFileSync(file, "utf8");

describe("the Hackney CYP 2022/23 example", () => {
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  const p = result.programme;
  const index = indexProgramme(p);

  it("has the eight meetings of the year, at 19:00 in the Council Chamber", () => {
    expect(p.meetings.map((m) => m.date)).toEqual([
      "2022-07-11",
      "2022-09-29",
      "2022-10-31",
      "2022-11-30",
      "2023-01-16",
      "2023-02-27",
      "2023-03-20",
      "2023-04-17",
    ]);
    expect(p.commission.start).toBe("19:00");
    expect(p.commission.plannedEnd).toBe("22:00");
  });

  it("has ten councillors with one Chair and one Vice-Chair, and six co-optees", () => {
    expect(p.members).toHaveLength(10);
    expect(p.members.filter((m) => m.role === "chair").map((m) => m.name)).toEqual(["Cllr Sophie Conway"]);
    expect(p.members.filter((m) => m.role === "vice-chair").map((m) => m.name)).toEqual(["Cllr Margaret Gordon"]);
    expect(p.coOptees).toHaveLength(6);
  });

  it("keeps the September meeting's move from 8 September", () => {
    const sep = index.findMeeting("2022-09-29");
    expect(sep).toMatchObject({ id: "2022-09", status: "moved", movedFrom: "2022-09-08" });
  });

  it("keeps the 16 Jan 2023 front sheet's stated times", () => {
    const jan = index.findMeeting("2023-01-16")!;
    expect(index.agenda(jan).map((s) => [s.item.id, s.statedStart])).toEqual([
      ["chscp-annual-report-2022", "19:05"],
      ["unregistered-settings-update", "19:50"],
      ["exclusions-review-update", "20:20"],
      ["fsm-letter", "21:10"],
      ["work-programme-2023-01", "21:15"],
      ["previous-minutes-2023-01", "21:20"],
    ]);
  });

  it("reads the budget monitoring range 30-45", () => {
    const item = p.items.find((i) => i.id === "cfs-budget-monitoring-2022")!;
    expect(minutesRange(item.minutes!)).toEqual({ min: 30, max: 45 });
  });

  it("records the 30 Nov 2022 attendance with Jo Macleod connected virtually", () => {
    const nov = index.findMeeting("2022-11-30")!;
    expect(nov.attendance?.remote).toEqual(["jo-macleod"]);
    expect(nov.attendance?.apologies).toEqual(["alastair-binnie-lubbock", "anya-sizer", "richard-brown"]);
    expect(nov.declarations[0]).toMatchObject({ person: "jo-macleod", kind: "other-non-pecuniary", sensitive: false });
  });

  it("records the Cabinet Q&A notices and the backlog for 2023/24", () => {
    const qa = p.items.filter((i) => i.cabinetQA).map((i) => [i.cabinetQA!.cabinetMember, i.cabinetQA!.notified]);
    expect(qa).toEqual([
      ["caroline-woodley", "2023-01-03"],
      ["anntoinette-bramble", "2023-02-15"],
    ]);
    expect(p.backlog).toEqual(["admissions-review", "residential-placements", "graduated-send-provision"]);
  });
});
