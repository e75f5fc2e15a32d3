import { describe, expect, it } from "vitest";
import { londonVtimezone } from "./vtimezone.js";

describe("londonVtimezone", () => {
  const tz = londonVtimezone();
  const lines = tz.split("\r\n");

  it("is one VTIMEZONE for Europe/London, with CRLF line ends", () => {
    expect(lines[0]).toBe("BEGIN:VTIMEZONE");
    expect(lines).toContain("TZID:Europe/London");
    expect(tz.endsWith("END:VTIMEZONE\r\n")).toBe(true);
    expect(tz.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("defines summer and winter time by RRULE, never by RDATE lists (Outlook reads only rules)", () => {
    expect(tz).not.toMatch(/^RDATE/m);
    expect(lines).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(lines).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    // BST starts at 01:00 GMT (wall 01:00, offset +0000) and ends at 02:00 BST (wall 02:00, offset +0100).
    const daylight = tz.slice(tz.indexOf("BEGIN:DAYLIGHT"), tz.indexOf("END:DAYLIGHT"));
    expect(daylight).toMatch(/TZOFFSETFROM:\+0000\r\nTZOFFSETTO:\+0100/);
    expect(daylight).toMatch(/DTSTART:\d{4}0329T010000/);
    const standard = tz.slice(tz.indexOf("BEGIN:STANDARD"), tz.indexOf("END:STANDARD"));
    expect(standard).toMatch(/TZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0000/);
    expect(standard).toMatch(/DTSTART:\d{4}1025T020000/);
  });

  it("is read once", () => {
    expect(londonVtimezone()).toBe(tz);
  });
});
