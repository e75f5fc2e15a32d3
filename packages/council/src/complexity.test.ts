import { indexProgramme, Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs generator shared with the bench, without types
import { syntheticCouncil } from "../bench/synthetic-council.mjs";
import type { CouncilFolder } from "./council-committees.js";
import { Council } from "./council-file.js";
import { councilFindings } from "./council-findings.js";

function folder(committees: number, perDay: number): CouncilFolder {
  const { council, programmes } = syntheticCouncil({ committees, meetingsPerCommittee: 10, perDay });
  const parsed = Council.parse(council);
  return {
    council: parsed,
    committees: parsed.committees.map((entry, i) => ({
      entry,
      file: entry.programme,
      index: indexProgramme(Programme.parse(programmes[i])),
    })),
  };
}

/** Pairs of meetings compared by the cross-committee check (counted, never timed). */
function comparisons(committees: number, perDay: number): number {
  const counter = { comparisons: 0 };
  councilFindings(folder(committees, perDay), counter);
  return counter.comparisons;
}

describe("the cross-committee check grows with the meetings, not with their pairs", () => {
  it("compares only meetings on the same day: twice the council, twice the work at the same density", () => {
    // 40 committees × 10 meetings, 4 a day: 100 days of C(4,2) = 6 pairs each.
    expect(comparisons(40, 4)).toBe(600);
    const ratio = comparisons(80, 4) / comparisons(40, 4);
    // All pairs would be 4× (319,600 for 800 meetings against 79,800 for 400).
    expect(ratio).toBe(2);
  });

  it("finds the clashes the synthetic council plants (rooms, members and officers shared on busy days)", () => {
    const findings = councilFindings(folder(40, 4));
    const codes = new Set(findings.map((f) => f.code));
    expect([...codes].sort()).toEqual(["member-clash", "officer-clash", "support-load", "venue-clash"]);
  });
});
