import { describe, expect, it } from "vitest";
import { deadlineStatus } from "./deadline-status.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();

describe("deadline status against today", () => {
  it("counts days and working days left", () => {
    // dispatch for 17 Apr 2023, seen on Fri 31 Mar: Mon 3, Tue 4, Wed 5 Apr
    expect(deadlineStatus("2023-04-05", "2023-03-31", calendar)).toEqual({
      date: "2023-04-05",
      daysLeft: 5,
      workingDaysLeft: 3,
      overdue: false,
    });
  });

  it("is due today with nothing left and not overdue", () => {
    expect(deadlineStatus("2023-04-05", "2023-04-05", calendar)).toEqual({
      date: "2023-04-05",
      daysLeft: 0,
      workingDaysLeft: 0,
      overdue: false,
    });
  });

  it("counts overdue working days over Easter", () => {
    // after Wed 5 Apr up to Tue 11 Apr: Thu 6 and Tue 11 (Good Friday, Easter Monday excluded)
    expect(deadlineStatus("2023-04-05", "2023-04-11", calendar)).toEqual({
      date: "2023-04-05",
      daysLeft: -6,
      workingDaysLeft: -2,
      overdue: true,
    });
  });

  it("gives no working days to a deadline on a weekend tomorrow", () => {
    expect(deadlineStatus("2023-04-01", "2023-03-31", calendar)).toMatchObject({ daysLeft: 1, workingDaysLeft: 0 });
  });
});
