import { describe, expect, it } from "vitest";
import { publicQuestionsDeadline } from "./public-questions.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();

describe("publicQuestionsDeadline", () => {
  it("North Yorkshire: three working days before Friday 16 December 2022 is Tuesday 13th, by midday (real)", () => {
    expect(
      publicQuestionsDeadline("2022-12-16", { workingDaysBefore: 3, clear: false, time: "12:00" }, calendar),
    ).toEqual({
      date: "2022-12-13",
      time: "12:00",
      notice: { workingDaysBefore: 3, clear: false, time: "12:00" },
    });
  });

  it("North Yorkshire Council: Wednesday 4 March 2026 for Monday 9 March (real)", () => {
    expect(publicQuestionsDeadline("2026-03-09", { workingDaysBefore: 3, clear: false }, calendar).date).toBe(
      "2026-03-04",
    );
  });

  it("Gloucestershire: three clear working days, 4.00 pm Wednesday 17 May for Tuesday 23 May 2023 (real)", () => {
    expect(publicQuestionsDeadline("2023-05-23", { workingDaysBefore: 3, clear: true }, calendar).date).toBe(
      "2023-05-17",
    );
  });

  it("skips a bank holiday: three working days before Wednesday 30 August 2023 is Thursday 24th", () => {
    expect(publicQuestionsDeadline("2023-08-30", { workingDaysBefore: 3, clear: false }, calendar).date).toBe(
      "2023-08-24",
    );
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => publicQuestionsDeadline("2023-05-23", { workingDaysBefore: -1, clear: false }, calendar)).toThrow(
      RangeError,
    );
    expect(() => publicQuestionsDeadline("2023-05-23", { workingDaysBefore: 1.5, clear: false }, calendar)).toThrow(
      RangeError,
    );
  });
});
