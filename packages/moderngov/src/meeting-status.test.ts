import { describe, expect, it } from "vitest";
import { readMeetingStatus } from "./meeting-status.js";

describe("ModernGov's free-text meeting status", () => {
  it.each([
    ["Confirmed", "scheduled"],
    ["", "scheduled"],
    ["Cancelled", "cancelled"],
    ["CANCELED", "cancelled"],
    ["Postponed", "cancelled"],
    ["Provisional", "tentative"],
    ["Date to be confirmed", "tentative"],
    ["Moved", "moved"],
    ["Rescheduled", "moved"],
  ])("%j → %s", (text, status) => {
    expect(readMeetingStatus(text)).toEqual({ status, recognised: true });
  });

  it("reads an unknown word as scheduled, and says it did not recognise it", () => {
    expect(readMeetingStatus("Adjourned")).toEqual({ status: "scheduled", recognised: false });
  });
});
