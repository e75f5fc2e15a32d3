import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example } from "../test/example.js";
import { meetingsSameDateFindings } from "./meetings-same-date.js";

describe("meetingsSameDateFindings", () => {
  it("finds nothing in the real 2022/23 programme, one meeting a date", () => {
    expect(meetingsSameDateFindings(indexProgramme(example()))).toEqual([]);
  });

  it("names the date and both ids when a meeting is copied onto another's date", () => {
    const p = example();
    const jan = p.meetings.find((m) => m.date === "2023-01-16")!;
    p.meetings.push({ ...jan, id: "2023-01-special", agenda: [] });
    expect(meetingsSameDateFindings(indexProgramme(p))).toEqual([
      {
        severity: "warning",
        code: "meetings-same-date",
        message: `2 meetings are on 2023-01-16 (${jan.id}, 2023-01-special): name them by id (--meeting ${jan.id}), or move one`,
        meeting: "2023-01-16",
      },
    ]);
  });
});
