import { describe, expect, it } from "vitest";
import { newId } from "./new-id.js";
import { Id } from "./primitives.js";

describe("newId", () => {
  it("makes ids as the example's are made, from titles and names", () => {
    expect(newId("School Admissions", new Set())).toBe("school-admissions");
    expect(newId("Free School Meals (Childhood Food Poverty)", new Set())).toBe(
      "free-school-meals-childhood-food-poverty",
    );
    expect(newId("Cllr Sophie Conway", new Set(), { person: true })).toBe("sophie-conway");
    expect(newId("Early Help & Well-being", new Set())).toBe("early-help-well-being");
    expect(newId("Zoë Ångström", new Set(), { person: true })).toBe("zoe-angstrom");
  });

  it("is unique among the ids taken, and always an Id", () => {
    expect(newId("School Admissions", new Set(["school-admissions", "school-admissions-2"]))).toBe(
      "school-admissions-3",
    );
    expect(newId("!!!", new Set(), { fallback: "meeting" })).toBe("meeting");
    const long = newId(
      "A very long title that goes on and on about the many things the commission will look at",
      new Set(),
    );
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith("-")).toBe(false);
    for (const text of ["École", "  ", "2023/24 Budget", "Ünïcödé — dash", "-x-"])
      expect(Id.safeParse(newId(text, new Set())).success, text).toBe(true);
  });
});
