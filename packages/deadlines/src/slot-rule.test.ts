import { describe, expect, it } from "vitest";
import { SlotRuleError } from "./errors.js";
import { parseSlotRule } from "./slot-rule.js";

const SECOND_MONDAY = "FREQ=MONTHLY;BYDAY=2MO;BYMONTH=1,2,3,4,6,7,9,10,11,12";

describe("slot rules in plain words", () => {
  it.each([
    "second Monday monthly except August, May",
    "second Monday of each month except August and May",
    "2nd Mon monthly except Aug, May",
    "Second MONDAY each month except may & aug",
    "second Mondays every month excluding August, May",
  ])("reads %j", (words) => {
    expect(parseSlotRule(words).rrule).toBe(SECOND_MONDAY);
  });

  it("reads weekly, fortnightly and last-weekday rules", () => {
    expect(parseSlotRule("every Wednesday").rrule).toBe("FREQ=WEEKLY;BYDAY=WE");
    expect(parseSlotRule("every other Thursday except August").rrule).toBe(
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;BYMONTH=1,2,3,4,5,6,7,9,10,11,12",
    );
    expect(parseSlotRule("fortnightly on Tuesday").rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(parseSlotRule("last Thursday of the month").rrule).toBe("FREQ=MONTHLY;BYDAY=-1TH");
    expect(parseSlotRule("first Tue a month except Sept").rrule).toBe(
      "FREQ=MONTHLY;BYDAY=1TU;BYMONTH=1,2,3,4,5,6,7,8,10,11,12",
    );
  });

  it("asks which weekday when the words do not say", () => {
    expect(() => parseSlotRule("a Monday each month except August and May")).toThrow(
      /say which Monday: first, second, third, fourth or last/,
    );
  });

  it("refuses words it does not know, with what it accepts", () => {
    expect(() => parseSlotRule("whenever the Chair likes")).toThrow(SlotRuleError);
    expect(() => parseSlotRule("whenever the Chair likes")).toThrow(/cannot read the rule .*second Monday monthly/);
    expect(() => parseSlotRule("second Funday monthly")).toThrow(/cannot read the rule/);
    expect(() => parseSlotRule("second Monday monthly except Smarch")).toThrow(/"Smarch" is not a month/);
    expect(() => parseSlotRule("fifth Monday monthly")).toThrow(/cannot read the rule/);
    expect(() => parseSlotRule("   ")).toThrow(/empty/);
    expect(() =>
      parseSlotRule(
        "every Monday except January, February, March, April, May, June, July, August, September, October, November, December",
      ),
    ).toThrow(/every month/);
  });
});

describe("slot rules as RRULEs", () => {
  it("reads RFC 5545 rules, with or without the RRULE: prefix", () => {
    expect(parseSlotRule("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2;BYMONTH=6,7,9,10,11,12,1,2,3,4").rrule).toBe(
      "FREQ=MONTHLY;BYDAY=MO;BYMONTH=6,7,9,10,11,12,1,2,3,4;BYSETPOS=2",
    );
    expect(parseSlotRule("RRULE:freq=weekly;interval=2;byday=th").rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    expect(parseSlotRule("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20250301").until).toBe("2025-03-01");
    expect(parseSlotRule("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6").count).toBe(6);
  });

  it.each([
    ["FREQ=BOGUS", /FREQ=BOGUS: meetings recur YEARLY, MONTHLY, WEEKLY or DAILY/],
    ["FREQ=HOURLY", /FREQ=HOURLY/],
    ["FREQ=MONTHLY;BYDAY=XX", /BYDAY=XX: "XX" is not a weekday/],
    ["FREQ=MONTHLY;BYDAY=0MO", /no such occurrence/],
    ["FREQ=MONTHLY;BYMONTH=13", /BYMONTH=13: "13" is not a whole number from 1 to 12/],
    ["FREQ=MONTHLY;BYHOUR=19", /dates only/],
    ["FREQ=MONTHLY;FOO=BAR", /FOO is not an RRULE part/],
    ["BYDAY=MO", /no FREQ/],
    ["FREQ=MONTHLY;FREQ=WEEKLY", /FREQ appears twice/],
    ["FREQ=MONTHLY;COUNT=3;UNTIL=20250101", /COUNT or UNTIL/],
    ["FREQ=MONTHLY;UNTIL=next-year", /UNTIL=NEXT-YEAR/],
  ])("refuses %s", (text, message) => {
    expect(() => parseSlotRule(text)).toThrow(message);
  });
});
