import { checkProgramme } from "@scrutineer/checks";
import { commissionCalendar, feedSite, programmeFeed } from "@scrutineer/ical";
import type { Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { bigProgramme } from "../bench/big-programme.js";

// time-zone passes: out, it is about how the work grows with the programme (a ratio of CPU time); the dates it computes are checked by the packages and golden

/**
 * Complexity, never speed: `check`, `export ics` and `export site` on a programme of 10× the meetings must cost
 * about 10× the CPU time, not 100× (a quadratic term, such as a lookup that walks every item for
 * each meeting). The bound is generous (25×) so a loaded machine cannot fail it, and the figure
 * is a ratio measured in this process, so it does not depend on how fast the machine is. The
 * timings themselves are in the benches (`pnpm bench`).
 */

const SMALL = 12; // copies of the example: 96 meetings
const LARGE = SMALL * 10;
const BOUND = 25;

/** The least CPU time (ms) of three runs: the one least disturbed by the rest of the machine. */
function cpuMs(work: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function growth(work: (p: Programme) => unknown): { small: number; large: number; ratio: number } {
  const small = bigProgramme(SMALL);
  const large = bigProgramme(LARGE);
  work(small); // warm: the first run in a process pays for compiling, not for size
  const s = cpuMs(() => work(small));
  const l = cpuMs(() => work(large));
  return { small: s, large: l, ratio: l / s };
}

describe("10× the meetings costs about 10× the work", () => {
  it(`check: ${SMALL * 8} → ${LARGE * 8} meetings grows by less than ${BOUND}×`, () => {
    const g = growth((p) => checkProgramme(p, { today: "2023-01-09" }));
    expect(g.ratio, `check took ${g.small.toFixed(1)} ms then ${g.large.toFixed(1)} ms of CPU`).toBeLessThan(BOUND);
  }, 120_000);

  it(`export ics: ${SMALL * 8} → ${LARGE * 8} meetings grows by less than ${BOUND}×`, () => {
    const g = growth((p) => commissionCalendar([programmeFeed(p, { now: "2023-01-09T12:00:00Z" })]));
    expect(g.ratio, `export took ${g.small.toFixed(1)} ms then ${g.large.toFixed(1)} ms of CPU`).toBeLessThan(BOUND);
  }, 120_000);

  it(`export site: ${SMALL * 8} → ${LARGE * 8} meetings grows by less than ${BOUND}×`, () => {
    // Every file of the site (the commission's feed, its deadlines, each member's feed, the index):
    // a member's feed that walked every meeting for each of the member's meetings would be quadratic.
    const g = growth((p) => feedSite([programmeFeed(p, { now: "2023-01-09T12:00:00Z" })]));
    expect(g.ratio, `export site took ${g.small.toFixed(1)} ms then ${g.large.toFixed(1)} ms of CPU`).toBeLessThan(
      BOUND,
    );
  }, 120_000);
});
