import { describe, expect, it } from "vitest";
import { meetingEventStatus, statusTitle } from "./event-status.js";

describe("meetingEventStatus", () => {
  it("maps the programme's status and date confirmation to RFC 5545 words", () => {
    expect(meetingEventStatus({ status: "scheduled", dateConfirmed: true })).toBe("CONFIRMED");
    expect(meetingEventStatus({ status: "moved", dateConfirmed: true })).toBe("CONFIRMED");
    expect(meetingEventStatus({ status: "scheduled", dateConfirmed: false })).toBe("TENTATIVE");
    expect(meetingEventStatus({ status: "moved", dateConfirmed: false })).toBe("TENTATIVE");
    // Cancelled wins over an unconfirmed date.
    expect(meetingEventStatus({ status: "cancelled", dateConfirmed: false })).toBe("CANCELLED");
    expect(meetingEventStatus({ status: "cancelled", dateConfirmed: true })).toBe("CANCELLED");
  });

  it("says it in the title too, for clients that ignore STATUS", () => {
    expect(statusTitle("CONFIRMED", "CYP")).toBe("CYP");
    expect(statusTitle("CANCELLED", "CYP")).toBe("Cancelled: CYP");
    expect(statusTitle("TENTATIVE", "CYP")).toBe("CYP (date to be confirmed)");
  });
});
