import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { meetingState } from "./fixed-meetings.js";

describe("meetingState", () => {
  const p = example();
  const nov = p.meetings.find((m) => m.id === "2022-11")!;

  it("a meeting before the plan date has been held; on the day and after it is open", () => {
    expect(meetingState(nov, "2022-12-01")).toBe("held");
    expect(meetingState(nov, "2022-11-30")).toBe("open");
    expect(meetingState(nov, "2022-05-01")).toBe("open");
  });

  it("a cancelled meeting is left alone whatever its date", () => {
    expect(meetingState({ ...nov, status: "cancelled" }, "2022-05-01")).toBe("cancelled");
    expect(meetingState({ ...nov, status: "cancelled" }, "2023-05-01")).toBe("cancelled");
  });

  it("a moved meeting is open like any other (29 Sep 2022, moved from 8 Sep)", () => {
    const sep = p.meetings.find((m) => m.id === "2022-09")!;
    expect(sep.status).toBe("moved");
    expect(meetingState(sep, "2022-09-10")).toBe("open");
  });
});
