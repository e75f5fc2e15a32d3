import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { cabinetQaItems, inEachZone, programmeOf } from "../test/helpers.js";
import { cabinetNoticeDue } from "./cabinet-notice.js";
import { meetingDeadlines } from "./meeting-deadlines.js";

describe("Cabinet Q&A notice (six weeks)", () => {
  it("is due six weeks before the real 2023 meetings, and the real notices were in time", () => {
    expect(cabinetNoticeDue("2023-02-27", 6)).toBe("2023-01-16");
    expect("2023-01-03" <= cabinetNoticeDue("2023-02-27", 6)).toBe(true); // notified 3 Jan 2023
    expect(cabinetNoticeDue("2023-04-17", 6)).toBe("2023-03-06");
    expect("2023-02-15" <= cabinetNoticeDue("2023-04-17", 6)).toBe(true); // notified 15 Feb 2023
  });

  it("takes the number of weeks from the commission", () => {
    expect(cabinetNoticeDue("2023-04-17", 4)).toBe("2023-03-20");
    expect(cabinetNoticeDue("2023-04-17", 0)).toBe("2023-04-17");
    expect(() => cabinetNoticeDue("2023-04-17", -1)).toThrow(RangeError);
  });

  it("counts calendar weeks across the clock change in any time zone", () => {
    for (const due of inEachZone(() => [
      cabinetNoticeDue("2023-04-17", 6),
      cabinetNoticeDue("2022-11-14", 6),
    ]).values()) {
      expect(due).toEqual(["2023-03-06", "2022-10-03"]);
    }
  });
});

describe("Cabinet Q&A notice findings", () => {
  const base = cabinetQaItems;

  it("reports Cabinet notice given late, overdue, or still to come", () => {
    const meeting = { id: "m", date: "2023-02-27", agenda: ["qa", "other"] };
    const late = programmeOf({
      ...base,
      items: [{ ...base.items[0]!, cabinetQA: { cabinetMember: "woodley", notified: "2023-01-20" } }, base.items[1]!],
      meetings: [meeting],
    });
    const lateFindings = meetingDeadlines(indexProgramme(late), late.meetings[0]!, { today: "2023-02-01" }).findings;
    expect(lateFindings.map((f) => [f.severity, f.code, f.item])).toEqual([["warning", "cabinet-notice-late", "qa"]]);
    expect(lateFindings[0]?.message).toMatch(/Fri 20 Jan 2023, after Mon 16 Jan 2023 \(six weeks before the meeting\)/);

    const none = programmeOf({ ...base, meetings: [meeting] });
    const overdue = meetingDeadlines(indexProgramme(none), none.meetings[0]!, { today: "2023-01-17" });
    expect(overdue.findings.map((f) => f.code)).toEqual(["cabinet-notice-overdue"]);
    expect(overdue.cabinetNotice?.status.overdue).toBe(true);

    const ahead = meetingDeadlines(indexProgramme(none), none.meetings[0]!, { today: "2023-01-09" });
    expect(ahead.findings.map((f) => [f.severity, f.code])).toEqual([["info", "cabinet-notice-due"]]);
    expect(ahead.findings[0]?.message).toBe(
      "tell the Cabinet member the Q&A topics by Mon 16 Jan 2023: seven days left (five working days)",
    );
    // on the day it is due, it is not yet overdue
    expect(meetingDeadlines(indexProgramme(none), none.meetings[0]!, { today: "2023-01-16" }).findings[0]?.code).toBe(
      "cabinet-notice-due",
    );
  });
});
