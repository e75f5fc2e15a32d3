import { describe, expect, it } from "vitest";
import { beyondMunicipalYearFinding } from "./beyond-municipal-year.js";

const at = (date: string) => ({ id: "m", date });

describe("beyondMunicipalYearFinding", () => {
  it("says nothing up to 30 April, the year's last day", () => {
    expect(beyondMunicipalYearFinding(at("2023-04-30"), "2022/23")).toBeUndefined();
    expect(beyondMunicipalYearFinding(at("2023-04"), "2022/23")).toBeUndefined();
  });

  it("notes a forward plan from 1 May, a day or a month, and names the year it falls in", () => {
    expect(beyondMunicipalYearFinding(at("2023-05-01"), "2022/23")).toMatchObject({
      severity: "info",
      code: "beyond-municipal-year",
      meeting: "2023-05-01",
    });
    expect(beyondMunicipalYearFinding(at("2024-06"), "2022/23")?.message).toBe(
      "the meeting of June 2024 is after the municipal year 2022/23 (it ends on 30 April 2023): kept as a forward plan (it falls in 2024/25)",
    );
  });
});
