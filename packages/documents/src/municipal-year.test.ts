import { describe, expect, it } from "vitest";
import { backlogHeading, nextMunicipalYear } from "./municipal-year.js";

describe("the backlog's municipal year", () => {
  it("is the year after the programme's, as in the 2022/23 work programme", () => {
    expect(backlogHeading("2022/23")).toBe("Possible items noted for 2023/24");
  });

  it("rolls over the century and keeps two digits", () => {
    expect(nextMunicipalYear("2098/99")).toBe("2099/00");
    expect(nextMunicipalYear("2099/00")).toBe("2100/01");
    expect(nextMunicipalYear("2007/08")).toBe("2008/09");
  });

  it("refuses anything else", () => {
    expect(() => nextMunicipalYear("2022-23")).toThrow(RangeError);
  });
});
