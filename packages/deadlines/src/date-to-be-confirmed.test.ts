import { describe, expect, it } from "vitest";
import { dateToBeConfirmedFinding } from "./date-to-be-confirmed.js";

const meeting = { id: "m", date: "2024-01", dateConfirmed: false, status: "scheduled" as const };

describe("dateToBeConfirmedFinding", () => {
  it("notes a meeting known only by its month", () => {
    expect(dateToBeConfirmedFinding({ ...meeting, agenda: [], declarations: [] })).toEqual({
      severity: "info",
      code: "date-to-be-confirmed",
      message:
        "the meeting in January 2024 has no day yet: its papers deadline and agenda dispatch are worked out once the date is set",
      meeting: "2024-01",
      meetingId: "m",
    });
  });

  it("says nothing for a day, or for a cancelled month", () => {
    expect(dateToBeConfirmedFinding({ ...meeting, date: "2024-01-15", agenda: [], declarations: [] })).toBeUndefined();
    expect(dateToBeConfirmedFinding({ ...meeting, status: "cancelled", agenda: [], declarations: [] })).toBeUndefined();
  });
});
