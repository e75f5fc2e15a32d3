import { describe, expect, it } from "vitest";
import { parseHttpDate } from "../src/io/http-date.js";

const NOW = Date.UTC(2025, 5, 1);
const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe("parseHttpDate (RFC 9110 §5.6.7)", () => {
  it("reads the three forms of the RFC's own example as the same instant", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).toBe(NOV_6_1994);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).toBe(NOV_6_1994);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994", NOW)).toBe(NOV_6_1994);
  });

  it("reads a two-digit year as the nearest, unless that is more than 50 years ahead", () => {
    // Now is 1 June 2025: up to 1 June 2075 is this century, later the last.
    expect(parseHttpDate("Thursday, 01-Jan-70 00:00:00 GMT", NOW)).toBe(Date.UTC(2070, 0, 1));
    expect(parseHttpDate("Tuesday, 01-Jan-75 00:00:00 GMT", NOW)).toBe(Date.UTC(2075, 0, 1));
    expect(parseHttpDate("Monday, 01-Dec-75 00:00:00 GMT", NOW)).toBe(Date.UTC(1975, 11, 1));
    expect(parseHttpDate("Thursday, 01-Jan-76 00:00:00 GMT", NOW)).toBe(Date.UTC(1976, 0, 1));
    expect(parseHttpDate("Sunday, 01-Jun-25 00:00:00 GMT", NOW)).toBe(Date.UTC(2025, 5, 1));
  });

  it.each([
    "2030",
    "2030-01-01",
    "2030-01-01T00:00:00Z",
    "tomorrow",
    "",
    "Sun, 06 Nov 1994 08:49:37 UTC",
    "Sun, 06 Nov 1994 08:49:37 gmt",
    "sun, 06 nov 1994 08:49:37 GMT",
    "Sun, 6 Nov 1994 08:49:37 GMT",
    "Sun, 31 Feb 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 24:00:00 GMT",
    "Sun, 06 Nov 1994 08:49 GMT",
    "Sun, 06 Nov 1994 08:49:37 +0000",
    "1994-11-06 08:49:37",
    "784111777",
  ])("refuses %j", (text) => {
    expect(parseHttpDate(text, NOW)).toBeUndefined();
  });
});
