// Real data: the School Exclusions review (Cabinet's response of 14 Mar 2022: 17 of 18 agreed in
// full, recommendation 10 partly; hackney.moderngov.co.uk/mgAi.aspx?ID=40330) and the
// Unregistered Educational Settings review (internal audit's statuses, seed 001 lines 4869-4876),
// as the bundled example carries them; constructed edges for the due dates and statuses.
import { indexProgramme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { loadExample as example } from "../test/example.js";
import { recommendationRows, recommendationsMarkdown } from "./recommendations-tracker.js";

function constructed(recs: unknown[], extra: Record<string, unknown> = {}) {
  const result = parseProgramme(
    JSON.stringify({
      commission: {
        id: "cyp",
        name: "Children and Young People Scrutiny Commission",
        shortName: "CYP",
        council: "London Borough of Hackney",
        municipalYear: "2022/23",
        venue: "Council Chamber",
        contact: { name: "Martin Bradford" },
      },
      cabinetMembers: [{ id: "bramble", name: "Cllr Anntoinette Bramble", portfolio: "Education" }],
      items: [{ id: "update", title: "Review | Update" }],
      meetings: [{ id: "2023-01", date: "2023-01-16", agenda: ["update"] }],
      reviews: [
        {
          id: "r",
          title: "Care leavers",
          to: { kind: "cabinet-member", id: "bramble" },
          ...extra,
          recommendations: recs,
        },
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return indexProgramme(result.programme);
}

describe("recommendationRows", () => {
  it("lists the real reviews' 28 recommendations with what the papers say and nothing more", () => {
    const rows = recommendationRows(indexProgramme(example()), { today: "2023-01-16" });
    expect(rows).toHaveLength(28);
    const se10 = rows.find((r) => r.id === "se-10")!;
    expect(se10).toMatchObject({
      review: "school-exclusions",
      number: "10",
      to: "Hackney Education Service",
      toKind: "council",
      received: null,
      responseDue: null,
      responseDueBasis: "date of receipt not recorded",
      response: { date: "2022-03-14", decision: "partly-accepted" },
      status: "partly-accepted",
      followUp: { item: "exclusions-review-update", meeting: "2023-01-16" },
    });
    expect(rows.filter((r) => r.review === "school-exclusions" && r.status === "accepted")).toHaveLength(17);
    expect(rows.find((r) => r.id === "ues-5")).toMatchObject({ status: "done", response: null });
    expect(rows.find((r) => r.id === "ues-9")).toMatchObject({
      toKind: "partner",
      responseDueBasis: "no statutory period",
    });
  });

  it("computes the due date by the cited rule and marks a missing response overdue only after it", () => {
    const index = constructed([{ id: "r-1", number: "1", text: "That …" }], { received: "2023-12-31" });
    const [due] = recommendationRows(index, { today: "2024-02-29" });
    expect(due).toMatchObject({
      to: "Cllr Anntoinette Bramble",
      responseDue: "2024-02-29",
      responseDueBasis: "Local Government Act 2000 s9FE: 2 months beginning with the later of receipt and notice",
      status: "awaiting-response",
      followUp: null,
    });
    expect(recommendationRows(index, { today: "2024-03-01" })[0]?.status).toBe("response-overdue");
  });
});

describe("recommendationsMarkdown", () => {
  it("gives each review a heading and a row per recommendation", () => {
    const text = recommendationsMarkdown(indexProgramme(example()), { today: "2023-01-16" });
    expect(text).toContain("## Outcome of School Exclusions");
    expect(text).toContain("## Unregistered Educational Settings");
    expect(text).toContain("Reported December 2021. 18 recommendations.");
    expect(text).toMatch(
      /\| 10 \| 1\) It is recommended .* \| Hackney Education Service \| Partly accepted \(14 March 2022\) \| Partly accepted \|/,
    );
    expect(text).toContain("| Implemented |");
  });

  it("escapes the file's text so a cell cannot break the table", () => {
    const index = constructed([{ id: "r-1", number: "1", text: "A | B", followUp: { item: "update" } }], {
      received: "2023-01-03",
    });
    const text = recommendationsMarkdown(index, { today: "2023-01-04" });
    expect(text).toContain("A \\| B");
    expect(text).toContain("Review \\| Update (16 January 2023)");
  });
});
