import { describe, expect, it } from "vitest";
import { example, moved, solver } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { allGroups, buildLp, currentPlacements, objectiveValue } from "../solve/model-builder.js";
import type { SolveRequest, Solver } from "../solve/solver.js";
import { plannedProgramme } from "./plan-programme.js";
import {
  improveByWindows,
  meetingWindows,
  neighbourhood,
  type StageSearch,
  WINDOW_MEETINGS,
  WINDOW_STRIDE,
} from "./search.js";
import { verifyPlan } from "./verify-plan.js";

const ids = (n: number) => Array.from({ length: n }, (_, k) => `m${k}`);

describe("windows of consecutive meetings", () => {
  it("cover every meeting, each window consecutive, the next starting at most a stride later", () => {
    for (const n of [4, 7, 10, 40]) {
      for (const offset of [0, 1]) {
        const windows = meetingWindows(ids(n), offset);
        expect(new Set(windows.flat())).toEqual(new Set(ids(n)));
        for (const w of windows) {
          expect(w).toHaveLength(WINDOW_MEETINGS);
          const first = ids(n).indexOf(w[0]!);
          expect(w).toEqual(ids(n).slice(first, first + WINDOW_MEETINGS));
        }
        for (let k = 1; k < windows.length; k++) {
          const step = ids(n).indexOf(windows[k]![0]!) - ids(n).indexOf(windows[k - 1]![0]!);
          expect(step).toBeGreaterThanOrEqual(1);
          expect(step).toBeLessThanOrEqual(WINDOW_STRIDE);
        }
      }
    }
    // Every other pass starts one meeting later, so that no two meetings are always apart.
    expect(meetingWindows(ids(10), 0).map((w) => w[0])).toEqual(["m0", "m2", "m4", "m6", "m7"]);
    expect(meetingWindows(ids(10), 1).map((w) => w[0])).toEqual(["m0", "m1", "m3", "m5", "m7"]);
  });

  it("a year of no more meetings than a window is one window", () => {
    expect(meetingWindows(ids(3), 0)).toEqual([ids(3)]);
    expect(meetingWindows(ids(2), 1)).toEqual([ids(2)]);
  });

  it("a neighbourhood frees the window's items and the waiting ones within the window; the rest stay", () => {
    const columns = ["a", "b", "c"].flatMap((item) =>
      ["m0", "m1", "m2"].map((meeting) => ({ name: `${item}${meeting}`, item, meeting })),
    );
    const plan = new Map([
      ["a", "m0"],
      ["b", "m2"],
    ]);
    expect([...neighbourhood(columns, plan, new Set(["m1", "m2"]))].sort()).toEqual(
      ["am0", "bm1", "bm2", "cm1", "cm2"].sort(),
    );
  });
});

describe("improving a plan window by window", () => {
  // The real programme with three topics taken off their agendas: room to put them back.
  const out = ["ehcp-demographics", "send-strategy", "young-parents-support"];
  const programme = out.reduce((p, id) => moved(p, id, "backlog"), example());
  const problem = planningProblem(programme, { today: "2022-05-01" });
  const request = { enabled: allGroups(problem), objective: { kind: "priority" as const } };

  it("never makes the plan worse, solves only neighbourhoods from the plan, and every plan keeps every rule", async () => {
    const seen: SolveRequest[] = [];
    const recording: Solver = {
      name: "recording",
      solve(r) {
        seen.push(r);
        return solver.solve(r);
      },
    };
    const search: StageSearch = { problem, solver: recording, request, sense: "maximize", left: () => 60, solves: 0 };
    const whole = buildLp(problem, request);
    const current = currentPlacements(problem);
    expect(verifyPlan(programme, plannedProgramme(problem, current), { today: "2022-05-01" })).toEqual([]);
    const start = { placements: current, objective: objectiveValue(problem, request.objective, current) };
    const best = await improveByWindows(search, whole.columns, start, { relativeGap: 0 }, () => false);

    expect(best.objective).toBeGreaterThan(start.objective);
    expect(best.objective).toBe(objectiveValue(problem, request.objective, best.placements));
    for (const id of out) expect(best.placements.has(id), id).toBe(true);
    expect(verifyPlan(programme, plannedProgramme(problem, best.placements), { today: "2022-05-01" })).toEqual([]);
    expect(seen.length).toBe(search.solves);
    const binaries = (lp: string) =>
      lp
        .slice(lp.indexOf("Binaries"))
        .split(/\s+/)
        .filter((w) => /^x\d+_\d+$/.test(w));
    for (const r of seen) {
      expect(binaries(r.lp).length).toBeLessThan(whole.columns.length);
      expect(r.start).toBeDefined();
    }
  });

  it("stops when told it is done, and when the stage's time is up", async () => {
    const current = currentPlacements(problem);
    const start = { placements: current, objective: objectiveValue(problem, request.objective, current) };
    const whole = buildLp(problem, request);
    const idle: StageSearch = { problem, solver, request, sense: "maximize", left: () => 0, solves: 0 };
    expect(await improveByWindows(idle, whole.columns, start, { relativeGap: 0 }, () => false)).toBe(start);
    expect(idle.solves).toBe(0);
    const content: StageSearch = { problem, solver, request, sense: "maximize", left: () => 60, solves: 0 };
    expect(await improveByWindows(content, whole.columns, start, { relativeGap: 0 }, () => true)).toBe(start);
    expect(content.solves).toBe(0);
  });
});
