import { describe, expect, it } from "vitest";
import { isProceduralTitle } from "./procedural.js";

describe("procedural agenda titles", () => {
  it("knows the opening and closing business", () => {
    for (const t of [
      "Minutes",
      "Apologies for Absence",
      "Declarations of Interest",
      "Urgent Business",
      "Work Programme",
      "Chair's announcements",
    ])
      expect(isProceduralTitle(t), t).toBe(true);
  });
  it("does not take a scrutiny topic for business", () => {
    for (const t of [
      "Minutes of the Health and Wellbeing Board: review",
      "Children's Safeguarding Annual Report",
      "Internal Audit Progress",
    ])
      expect(isProceduralTitle(t), t).toBe(false);
  });
});
