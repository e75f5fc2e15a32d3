import { describe, expect, it } from "vitest";
import { IsoDate, MunicipalYear } from "./primitives.js";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe("dates in the programme file", () => {
  it("takes real dates in the years the date rules work with, with one message per fault", () => {
    expect(IsoDate.safeParse("2023-01-16").success).toBe(true);
    expect(messages(IsoDate.safeParse("2023-02-30"))).toEqual([
      "expected a real date written YYYY-MM-DD (e.g. 2023-01-16)",
    ]);
    expect(messages(IsoDate.safeParse("1700-01-01"))).toEqual(["expected a date from 1972 to 2099 (docs/limits.md)"]);
    expect(messages(IsoDate.safeParse("2100-01-01"))).toEqual(["expected a date from 1972 to 2099 (docs/limits.md)"]);
  });

  it("takes a municipal year of two consecutive years", () => {
    expect(MunicipalYear.safeParse("2022/23").success).toBe(true);
    expect(messages(MunicipalYear.safeParse("2022/24"))).toEqual([
      "the municipal year runs May to May: write two consecutive years, e.g. 2022/23",
    ]);
    expect(messages(MunicipalYear.safeParse("2022-23"))).toEqual(["expected a municipal year written 2022/23"]);
    expect(messages(MunicipalYear.safeParse("2150/52"))).toEqual([
      "the municipal year runs May to May: write two consecutive years, e.g. 2022/23",
    ]);
    expect(messages(MunicipalYear.safeParse("1971/72"))).toEqual([
      "expected a municipal year from 1972/73 to 2098/99 (docs/limits.md)",
    ]);
  });
});
