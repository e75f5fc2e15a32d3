import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { inWindow, itemWindow, windowsOverlap } from "./planning-window.js";

const item = (extra: object) => Item.parse({ id: "x", title: "X", ...extra });

describe("planning window", () => {
  it("a month covers the whole month", () => {
    const oct = item({ earliest: "2022-10", latest: "2022-10" });
    expect(itemWindow(oct)).toEqual({ from: "2022-10-01", to: "2022-10-31" });
    expect(inWindow(oct, "2022-10-31")).toBe(true);
    expect(inWindow(oct, "2022-11-01")).toBe(false);
    expect(inWindow(oct, "2022-09-30")).toBe(false);
  });

  it("February ends on the 28th, or the 29th in a leap year", () => {
    expect(itemWindow(item({ latest: "2023-02" })).to).toBe("2023-02-28");
    expect(itemWindow(item({ latest: "2024-02" })).to).toBe("2024-02-29");
  });

  it("December's window runs to New Year's Eve, across Christmas", () => {
    const dec = item({ earliest: "2022-12", latest: "2022-12" });
    expect(inWindow(dec, "2022-12-28")).toBe(true);
    expect(inWindow(dec, "2023-01-02")).toBe(false);
  });

  it("dates bound exactly and either end may be open", () => {
    expect(inWindow(item({ earliest: "2022-11-30" }), "2022-11-30")).toBe(true);
    expect(inWindow(item({ earliest: "2022-11-30" }), "2022-11-29")).toBe(false);
    expect(inWindow(item({ latest: "2023-01-16" }), "2023-04-17")).toBe(false);
    expect(inWindow(item({}), "2023-04-17")).toBe(true);
  });

  it("windows overlap when they share a day", () => {
    expect(windowsOverlap({ from: "2022-10-01", to: "2022-10-31" }, { from: "2022-10-31" })).toBe(true);
    expect(windowsOverlap({ to: "2022-10-31" }, { from: "2022-11-01" })).toBe(false);
    expect(windowsOverlap({}, { from: "2022-11-01", to: "2022-11-30" })).toBe(true);
  });
});
