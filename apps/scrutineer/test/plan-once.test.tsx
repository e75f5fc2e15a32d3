import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { example } from "./helpers.js";
import { renderPlanner } from "./render-planner.js";

/**
 * An edit costs one parse of the new text, one index, one run of the checks, and nothing more:
 * the screen reads each meeting's timing, deadlines and standing from the checks' report.
 * Counted by wrapping the real functions (each call still does its work), never timed.
 */
const calls = vi.hoisted(() => ({ parse: 0, index: 0, report: 0, timing: 0, deadlines: 0, standing: 0 }));

function counting<A extends unknown[], R>(key: keyof typeof calls, f: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    calls[key]++;
    return f(...args);
  };
}

// A parse is a call of parseDocument or of the Parser that parseProgramme drives.
vi.mock("yaml", async (original) => {
  const yaml = await original<typeof import("yaml")>();
  class CountingParser extends yaml.Parser {
    override *parse(source: string, incomplete?: boolean) {
      calls.parse++;
      yield* super.parse(source, incomplete);
    }
  }
  return { ...yaml, Parser: CountingParser, parseDocument: counting("parse", yaml.parseDocument) };
});
vi.mock("@scrutineer/model", async (original) => {
  const model = await original<typeof import("@scrutineer/model")>();
  return { ...model, indexProgramme: counting("index", model.indexProgramme) };
});
vi.mock("@scrutineer/checks", async (original) => {
  const checks = await original<typeof import("@scrutineer/checks")>();
  return { ...checks, programmeReport: counting("report", checks.programmeReport) };
});
vi.mock("@scrutineer/agenda", async (original) => {
  const agenda = await original<typeof import("@scrutineer/agenda")>();
  return { ...agenda, timeAgenda: counting("timing", agenda.timeAgenda) };
});
vi.mock("@scrutineer/deadlines", async (original) => {
  const deadlines = await original<typeof import("@scrutineer/deadlines")>();
  return {
    ...deadlines,
    meetingDeadlines: counting("deadlines", deadlines.meetingDeadlines),
    meetingStanding: counting("standing", deadlines.meetingStanding),
  };
});

afterEach(() => cleanup());

const MEETINGS = 8;
/** One version of the programme: one parse, one index, one check (each meeting timed and its deadlines read once). */
const ONE_VERSION = { parse: 1, index: 1, report: 1, timing: MEETINGS, deadlines: MEETINGS, standing: MEETINGS };

describe("the planner computes each version once", () => {
  it("opens with one parse, one index and one check", async () => {
    for (const key of Object.keys(calls) as (keyof typeof calls)[]) calls[key] = 0;
    await renderPlanner(readFileSync(example, "utf8"), { columns: 140, rows: 40 }, { ready: "Year (8" });
    expect(calls).toEqual(ONE_VERSION);
  });

  it("parses the new text once per edit, indexes and checks it once, and never calls the rules again to draw it", async () => {
    const planner = await renderPlanner(
      readFileSync(example, "utf8"),
      { columns: 140, rows: 40 },
      { ready: "Year (8" },
    );
    await planner.press("\x1b[C"); // open 16 Jan's agenda
    for (const [n, key] of [
      [1, "+"],
      [2, "c"],
      [3, "J"],
    ] as const) {
      for (const k of Object.keys(calls) as (keyof typeof calls)[]) calls[k] = 0;
      await planner.press(key);
      for (let i = 0; i < 100 && !planner.frame().includes(`${n} unsaved`); i++) await planner.press("");
      expect(planner.frame()).toContain(`● ${n} unsaved`);
      expect(calls).toEqual(ONE_VERSION);
    }
    // Moving around draws other meetings from the same report: nothing is computed.
    for (const k of Object.keys(calls) as (keyof typeof calls)[]) calls[k] = 0;
    await planner.press("\x1b");
    await planner.press("j");
    await planner.press("j");
    expect(calls).toEqual({ parse: 0, index: 0, report: 0, timing: 0, deadlines: 0, standing: 0 });
  });
});
