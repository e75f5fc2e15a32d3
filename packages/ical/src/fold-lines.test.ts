import { foldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { randomLines, stockFoldLines } from "../test/stock-fold-lines.js";

describe("the patched foldLines (patches/ical-generator@10.2.0.patch)", () => {
  it("is installed: no TextEncoder per character", () => {
    expect(foldLines.toString()).not.toContain("TextEncoder");
  });

  // Correctness on a sample; the speed of the patched fold against stock is in bench/fold-lines.bench.ts.
  it("gives exactly the stock output on 2,000 random lines of mixed widths", () => {
    for (const text of randomLines(2_000)) {
      const ours = foldLines(text);
      if (ours !== stockFoldLines(text)) expect({ text, ours }).toEqual({ text, ours: stockFoldLines(text) });
    }
  });

  it("folds at 75 octets exactly at the edges", () => {
    for (const text of [
      "x".repeat(74),
      "x".repeat(75),
      "x".repeat(149),
      `${"x".repeat(73)}é`,
      `${"x".repeat(73)}😀`,
      `${"x".repeat(24)}`,
      `${"é".repeat(24)}`,
      `${"😀".repeat(12)}`,
      `${"中".repeat(25)}`,
      `${"x".repeat(73)}\ud800`,
      "",
    ]) {
      expect(foldLines(text)).toBe(stockFoldLines(text));
      for (const physical of foldLines(text).split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    }
  });
});
