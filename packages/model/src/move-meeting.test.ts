import { describe, expect, it } from "vitest";
import { isModelError } from "./errors.js";
import type { Meeting } from "./meeting.js";
import { cancelMeeting, moveMeeting, reinstateMeeting } from "./move-meeting.js";

const september: Meeting = {
  id: "2022-09",
  date: "2022-09-08",
  status: "scheduled",
  dateConfirmed: true,
  dispatch: "2022-08-31",
  papersDeadline: "2022-08-26",
  agenda: ["send-strategy"],
  declarations: [],
};

describe('moving a meeting (seed 001: "29 Sept (moved from 8 Sept)")', () => {
  it("keeps its id and agenda, remembers where it moved from and drops the stated deadlines", () => {
    const moved = moveMeeting(september, "2022-09-29");
    expect(moved).toEqual({
      id: "2022-09",
      date: "2022-09-29",
      status: "moved",
      movedFrom: "2022-09-08",
      dateConfirmed: true,
      agenda: ["send-strategy"],
      declarations: [],
    });
    expect(september.date).toBe("2022-09-08"); // the argument is never changed
  });

  it("moved twice, keeps the FIRST original date", () => {
    const twice = moveMeeting(moveMeeting(september, "2022-09-29"), "2022-10-06");
    expect(twice).toMatchObject({ date: "2022-10-06", status: "moved", movedFrom: "2022-09-08" });
  });

  it("moved back to its original date, is an ordinary scheduled meeting again", () => {
    const back = moveMeeting(moveMeeting(moveMeeting(september, "2022-09-29"), "2022-10-06"), "2022-09-08");
    expect(back.status).toBe("scheduled");
    expect(back).not.toHaveProperty("movedFrom");
    expect(back.date).toBe("2022-09-08");
  });

  it("moved to its own date, is unchanged (the stated deadlines still apply)", () => {
    expect(moveMeeting(september, "2022-09-08")).toBe(september);
  });

  it("a cancelled meeting that moves stays cancelled, and comes back as moved when reinstated", () => {
    const cancelled = cancelMeeting(september);
    expect(cancelled).toMatchObject({ status: "cancelled", date: "2022-09-08", dispatch: "2022-08-31" });
    const moved = moveMeeting(cancelled, "2022-09-29");
    expect(moved).toMatchObject({ status: "cancelled", date: "2022-09-29", movedFrom: "2022-09-08" });
    expect(reinstateMeeting(moved)).toMatchObject({ status: "moved", movedFrom: "2022-09-08" });
    // Moved back while cancelled: still cancelled, with nothing to say it moved.
    const home = moveMeeting(moved, "2022-09-08");
    expect(home.status).toBe("cancelled");
    expect(home).not.toHaveProperty("movedFrom");
    expect(reinstateMeeting(home).status).toBe("scheduled");
  });

  it("refuses a date that is not real, with the code invalid-date and the value", () => {
    for (const bad of ["2022-09-31", "29 Sept", "2022-9-29"]) {
      let refused: unknown;
      try {
        moveMeeting(september, bad);
      } catch (error) {
        refused = error;
      }
      expect(isModelError(refused) && [refused.code, refused.value]).toEqual(["invalid-date", bad]);
      expect((refused as Error).message).toMatch(/real date written YYYY-MM-DD/);
    }
  });
});
