import { describe, expect, it } from "vitest";
import { loadNorthYorkshire } from "../test/example.js";
import { workProgramme } from "./work-programme.js";
import { workProgrammeHtml } from "./work-programme-html.js";
import { workProgrammeMarkdown } from "./work-programme-markdown.js";

const today = "2022-12-01";

describe("the work programme of North Yorkshire's Scrutiny of Health Committee 2022/23", () => {
  const p = loadNorthYorkshire();
  const wp = workProgramme(p, { today });

  it("says the 9 September meeting was cancelled and postponed to 4 November, and where its item went", () => {
    const sep = wp.meetings.find((m) => m.id === "2022-09")!;
    expect(sep).toMatchObject({ cancelled: true, postponedTo: "postponed to Friday 4 November 2022" });
    expect(sep.items[0]?.outcome).toBe("Deferred to the meeting of Friday 4 November 2022.");
    expect(workProgrammeMarkdown(p, { today })).toContain(
      "Friday 9 September 2022 (cancelled: postponed to Friday 4 November 2022)",
    );
  });

  it("never lists the private mid-cycle briefing; lists a public event", () => {
    expect(wp.events).toEqual([]);
    for (const text of [workProgrammeMarkdown(p, { today }), workProgrammeHtml(p, { today })])
      expect(text).not.toContain("Mid cycle briefing");
    const open = structuredClone(p);
    open.events[0]!.public = true;
    expect(workProgramme(open, { today }).events).toEqual([
      {
        id: "briefing-2022-07",
        title: "Mid cycle briefing",
        kind: "Briefing",
        isoDate: "2022-07-22",
        date: "Friday 22 July 2022",
        items: ["Scarborough & York Hospitals Care Quality Commission Inspections and Action Plans"],
      },
    ]);
    expect(workProgrammeMarkdown(open, { today })).toContain("## Visits and other sessions");
  });

  it("shows a month to be confirmed with its deadlines to be confirmed", () => {
    const tbc = structuredClone(p);
    const mar = tbc.meetings.find((m) => m.id === "2023-03")!;
    mar.date = "2023-03";
    mar.dateConfirmed = false;
    const row = workProgramme(tbc, { today }).meetings.find((m) => m.id === "2023-03")!;
    expect(row).toMatchObject({
      date: "March 2023 (date to be confirmed)",
      papersDeadline: { basis: "to-be-confirmed", date: "to be confirmed" },
      dispatch: { basis: "to-be-confirmed" },
    });
    expect(workProgrammeHtml(tbc, { today })).toContain("March 2023 (date to be confirmed)");
  });

  it("cites the jurisdiction's law in the key: Wales's three clear days", () => {
    expect(wp.datesKey).toContain("5 clear working days before the meeting (Local Government Act 1972 s100B)");
    const welsh = structuredClone(p);
    welsh.commission.jurisdiction = "wales";
    expect(workProgramme(welsh, { today }).datesKey).toContain(
      "3 clear working days before the meeting (Local Government Act 1972 s100BA, as inserted by the Local Government and Elections (Wales) Act 2021)",
    );
  });
});
