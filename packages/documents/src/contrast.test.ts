import { describe, expect, it } from "vitest";
import { contrastRatio, textColourPairs } from "./contrast.js";

describe("contrast", () => {
  it("computes WCAG ratios: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d4f91", "#1d4f91")).toBe(1);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("gives every text colour of the published documents at least 4.5:1 against its background (WCAG 1.4.3)", () => {
    for (const pair of textColourPairs) {
      expect(contrastRatio(pair.foreground, pair.background), pair.use).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => contrastRatio("red", "#ffffff")).toThrow(RangeError);
  });
});
