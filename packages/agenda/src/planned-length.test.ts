import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { codes, example, meetingOn, northYorkshire, timedAgenda } from "../test/fixtures.js";
import { timeAgenda } from "./agenda-timing.js";
import { LONGEST_PLAUSIBLE_MINUTES } from "./planned-length.js";

describe("planned length on real papers", () => {
  it("times North Yorkshire's 10.00 committee against 13.00 (three hours, assumed) and says so", () => {
    const p = northYorkshire();
    const timing = timeAgenda(indexProgramme(p), meetingOn(p, "2022-11-04"));
    expect(timing).toMatchObject({ start: "10:00", plannedEnd: "13:00", endFrom: "assumed", availableMinutes: 180 });
    expect(timing.findings.filter((f) => f.code === "planned-end-assumed")).toEqual([
      {
        severity: "info",
        code: "planned-end-assumed",
        message:
          "Nothing gives this meeting's planned end, so it is timed against 180 minutes from its start (10.00 to 13.00): set plannedEnd or usualLength under commission: from the standing orders.",
        meeting: "2022-11-04",
        meetingId: "2022-11",
      },
    ]);
  });

  it("says nothing of the end of Hackney's meetings: the commission states 22.00 (standing orders)", () => {
    const p = example();
    const timing = timeAgenda(indexProgramme(p), meetingOn(p, "2023-01-16"));
    expect(timing.endFrom).toBe("commission");
    expect(timing.findings.map((f) => f.code)).not.toContain("planned-end-assumed");
    expect(timing.findings.map((f) => f.code)).not.toContain("planned-length-implausible");
  });

  it("flags North Yorkshire's committee if it were given Hackney's 22.00 end: twelve hours", () => {
    const p = northYorkshire();
    p.commission.plannedEnd = "22:00";
    const timing = timeAgenda(indexProgramme(p), meetingOn(p, "2022-11-04"));
    expect(codes(timing.findings)).toEqual([
      "warning planned-length-implausible -",
      "warning item-no-minutes cqc-inspections",
    ]);
    expect(timing.findings[0]?.message).toBe(
      "The meeting is planned to run 10.00 to 22.00, 12 hours: check its start and planned end (a daytime committee has an end of its own, not an evening meeting's).",
    );
  });

  it("says nothing for a cancelled meeting (the postponed 9 September 2022)", () => {
    const p = northYorkshire();
    expect(timeAgenda(indexProgramme(p), meetingOn(p, "2022-09-09")).findings).toEqual([]);
  });
});

describe("planned length on constructed meetings", () => {
  const noEnd = { commission: { start: "10:00", plannedEnd: undefined } };

  it("notes an assumed end only when there are items to time", () => {
    expect(codes(timedAgenda([30], {}, noEnd).findings)).toEqual(["info planned-end-assumed -"]);
    expect(codes(timedAgenda([], {}, noEnd).findings)).toEqual([]);
  });

  it("takes a usual length without a note, and flags a usual length over six hours", () => {
    expect(
      timedAgenda([30], {}, { commission: { start: "10:00", plannedEnd: undefined, usualLength: 150 } }),
    ).toMatchObject({
      plannedEnd: "12:30",
      endFrom: "usual-length",
      findings: [],
    });
    expect(
      codes(
        timedAgenda([30], {}, { commission: { start: "10:00", plannedEnd: undefined, usualLength: 361 } }).findings,
      ),
    ).toEqual(["warning planned-length-implausible -"]);
  });

  it("accepts exactly six hours and flags a minute more", () => {
    expect(LONGEST_PLAUSIBLE_MINUTES).toBe(360);
    expect(codes(timedAgenda([30], { start: "10:00", plannedEnd: "16:00" }).findings)).toEqual([]);
    expect(codes(timedAgenda([30], { start: "10:00", plannedEnd: "16:01" }).findings)).toEqual([
      "warning planned-length-implausible -",
    ]);
  });

  it("flags a planned length of nothing: an end at the start (given to the rule; the loader refuses it in a file)", () => {
    const p = northYorkshire();
    const m = { ...meetingOn(p, "2022-11-04"), plannedEnd: "10:00" };
    const timing = timeAgenda(indexProgramme(p), m);
    expect(timing.findings[0]).toMatchObject({ code: "planned-length-implausible" });
    expect(timing.findings[0]?.message).toContain("10.00 to 10.00, no time at all");
  });
});
