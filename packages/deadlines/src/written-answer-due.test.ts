// Source: Living in Hackney Scrutiny Commission, 9 Dec 2024 (seed 004 line 111): "any
// outstanding questions on CCTV and public surveillance would be answered in writing after the
// meeting"; the seed names neither who owes the answer nor by when, so the due date here is
// constructed.
import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { programmeOf } from "../test/helpers.js";
import { writtenAnswerFindings } from "./written-answer-due.js";

function withAnswer(answer: Record<string, unknown>) {
  return indexProgramme(
    programmeOf({
      cabinetMembers: [
        {
          id: "susan-fajana-thomas",
          name: "Cllr Susan Fajana-Thomas",
          portfolio: "Community Safety and Regulatory Services",
        },
      ],
      items: [{ id: "cabinet-qa", title: "Cabinet Question Time" }],
      meetings: [
        {
          id: "2022-12",
          date: "2022-12-12",
          agenda: [
            {
              item: "cabinet-qa",
              writtenAnswers: [{ id: "cctv", question: "CCTV and public surveillance", ...answer }],
            },
          ],
        },
      ],
    } as never),
  );
}

describe("writtenAnswerFindings", () => {
  it("reports an answer outstanding after its due date, naming who owes it", () => {
    const index = withAnswer({ owedBy: "susan-fajana-thomas", due: "2023-01-09" });
    expect(writtenAnswerFindings(index, { today: "2023-01-09" })).toEqual([]);
    const [f] = writtenAnswerFindings(index, { today: "2023-01-10" });
    expect(f).toMatchObject({
      severity: "warning",
      code: "written-answer-overdue",
      meetingId: "2022-12",
      item: "cabinet-qa",
    });
    expect(f?.message).toContain("Cllr Susan Fajana-Thomas");
    expect(f?.message).toContain('"CCTV and public surveillance"');
  });

  it("is silent once answered, and when no due date was set", () => {
    expect(
      writtenAnswerFindings(withAnswer({ due: "2023-01-09", answered: "2023-01-20" }), { today: "2023-02-01" }),
    ).toEqual([]);
    expect(writtenAnswerFindings(withAnswer({}), { today: "2030-01-01" })).toEqual([]);
  });
});
