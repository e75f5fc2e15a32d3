import { describe, expect, it } from "vitest";

import { bankHolidaysInYear } from "./bank-holidays.js";
import { cabinetNoticeDue } from "./cabinet-notice.js";
import { latestDispatch } from "./clear-days.js";
import { DeadlinesError, isDeadlinesError, SlotRuleError } from "./errors.js";
import { papersDeadline } from "./papers-deadline.js";
import { parseSlotRule } from "./slot-rule.js";
import { generateSlots } from "./slots.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();

/** What a call throws, as [name, code, value], or the error itself if it is not this package's. */
function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return isDeadlinesError(error) ? [error.name, error.code, error.value] : error;
  }
  return "nothing thrown";
}

describe("the package's errors", () => {
  it("carry a stable code and the value refused, and are RangeErrors", () => {
    const error = new SlotRuleError("invalid-slot-rule", "FREQ=HOURLY", "meetings recur …");
    expect(error).toBeInstanceOf(DeadlinesError);
    expect(error).toBeInstanceOf(RangeError);
    expect([error.name, error.code, error.value]).toEqual(["SlotRuleError", "invalid-slot-rule", "FREQ=HOURLY"]);
  });

  it("name each way a slot rule, year, start or range can be refused", () => {
    expect(refusal(() => parseSlotRule("FREQ=HOURLY"))).toEqual(["SlotRuleError", "invalid-slot-rule", "HOURLY"]);
    expect(refusal(() => parseSlotRule("whenever the Chair likes"))).toEqual([
      "SlotRuleError",
      "invalid-slot-rule",
      "whenever the Chair likes",
    ]);
    expect(refusal(() => parseSlotRule("every Monday except Smarch"))).toEqual([
      "SlotRuleError",
      "invalid-slot-rule",
      "Smarch",
    ]);
    const slots = (o: Partial<Parameters<typeof generateSlots>[0]>) => () =>
      generateSlots({ rule: "every Monday", municipalYear: "2024/25", calendar, ...o });
    expect(refusal(slots({ municipalYear: "2024-25" }))).toEqual([
      "SlotRuleError",
      "invalid-municipal-year",
      "2024-25",
    ]);
    expect(refusal(slots({ start: "7pm" }))).toEqual(["SlotRuleError", "invalid-time", "7pm"]);
    const backwards = { from: "2024-08-31", to: "2024-07-20" };
    expect(refusal(slots({ skip: [backwards] }))).toEqual(["SlotRuleError", "invalid-skip-range", backwards]);
  });

  it("name a year no bank holidays cover, and each count that is not a whole number of days or weeks", () => {
    expect(refusal(() => bankHolidaysInYear(1966))).toEqual([
      "BankHolidaysNotCoveredError",
      "bank-holidays-year-not-covered",
      1966,
    ]);
    expect(refusal(() => cabinetNoticeDue("2023-04-17", -1))).toEqual(["DeadlinesError", "invalid-notice-weeks", -1]);
    expect(refusal(() => latestDispatch("2023-01-16", { clearDays: 2.5, calendar }))).toEqual([
      "DeadlinesError",
      "invalid-clear-days",
      2.5,
    ]);
    expect(refusal(() => papersDeadline("2023-01-06", { workingDaysBeforeDispatch: -1, calendar }))).toEqual([
      "DeadlinesError",
      "invalid-working-days",
      -1,
    ]);
    expect(refusal(() => calendar.addWorkingDays("2023-01-16", 1.5))).toEqual([
      "DeadlinesError",
      "invalid-working-days",
      1.5,
    ]);
  });

  it("are recognised by name and code, as a copy from the other build (ESM or CommonJS) would be", () => {
    const fromOtherBuild = Object.assign(new RangeError("cannot read the rule"), {
      name: "SlotRuleError",
      code: "invalid-slot-rule",
      value: "whenever",
    });
    expect(fromOtherBuild).not.toBeInstanceOf(SlotRuleError);
    expect(isDeadlinesError(fromOtherBuild)).toBe(true);
    expect(
      isDeadlinesError(Object.assign(new RangeError("x"), { name: "DatesError", code: "invalid-time", value: 1 })),
    ).toBe(false);
    expect(isDeadlinesError(new RangeError("x"))).toBe(false);
    expect(isDeadlinesError("invalid-slot-rule")).toBe(false);
  });
});
