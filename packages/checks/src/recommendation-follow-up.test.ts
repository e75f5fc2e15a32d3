// Source: "The Commission agreed to review progress against the recommendations 9 months after
// agreement by Cabinet" (seed 001 line 5034).
import { indexProgramme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { followUpFindings } from "./recommendation-follow-up.js";

function programme(reviewExtra: Record<string, unknown>, recs: Record<string, unknown>[]) {
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
      items: [{ id: "update", title: "Review Update" }],
      backlog: ["update"],
      reviews: [{ id: "r", title: "Exclusions", to: { kind: "executive" }, ...reviewExtra, recommendations: recs }],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return indexProgramme(result.programme);
}

const accepted = { date: "2022-03-14", decision: "accepted" };

describe("followUpFindings", () => {
  it("notes an accepted or partly accepted recommendation that nothing follows up", () => {
    const index = programme({}, [
      { id: "r-1", number: "1", text: "That …", response: accepted },
      { id: "r-2", number: "2", text: "That …", response: { ...accepted, decision: "partly-accepted" } },
      { id: "r-3", number: "3", text: "That …", response: { ...accepted, decision: "rejected" } },
      { id: "r-4", number: "4", text: "That …" },
    ]);
    expect(followUpFindings(index).map((f) => [f.code, f.recommendation])).toEqual([
      ["follow-up-missing", "r-1"],
      ["follow-up-missing", "r-2"],
    ]);
  });

  it("is silent when the recommendation names a follow-up or the review lists its items", () => {
    const rec = { id: "r-1", number: "1", text: "That …", response: accepted };
    expect(followUpFindings(programme({}, [{ ...rec, followUp: { item: "update" } }]))).toEqual([]);
    expect(followUpFindings(programme({}, [{ ...rec, followUp: { due: "2023-01-16" } }]))).toEqual([]);
    expect(followUpFindings(programme({ items: ["update"] }, [rec]))).toEqual([]);
  });
});
