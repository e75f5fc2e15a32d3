import { describe, expect, it } from "vitest";
import { example, fixture } from "../../test/support.js";
import { isPlannerError } from "../errors.js";
import { autoplan } from "../plan/autoplan.js";
import { highsSolver } from "./highs-solver.js";
import { warmUpRequest } from "./warm-up.js";
import { createWorkerSolver, solveInWorker } from "./worker-solver.js";

const lp =
  "Maximize\n obj: 30 chairs + 50 tables\nSubject To\n carpentry: chairs + 2 tables <= 40\n finishing: 2 chairs + tables <= 50\nGenerals\n chairs tables\nEnd\n";

describe("HiGHS in a worker thread", () => {
  it("solves in another thread while this one stays free", async () => {
    const solver = createWorkerSolver();
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      const result = await solver.solve({ lp, timeLimitSeconds: 10, relativeGap: 0 });
      clearInterval(timer);
      expect(result.status).toBe("optimal");
      expect(result.objective).toBe(1100);
      expect(result.values).toMatchObject({ chairs: 20, tables: 10 });
      // The event loop ran while the worker loaded HiGHS and solved.
      expect(ticks).toBeGreaterThan(0);
    } finally {
      await solver.close();
    }
  });

  it("the shared worker answers solveInWorker calls one after another", async () => {
    const [a, b] = await Promise.all([
      solveInWorker({ lp, timeLimitSeconds: 10, relativeGap: 0 }),
      solveInWorker({ lp: lp.replace("<= 40", "<= 20"), timeLimitSeconds: 10, relativeGap: 0 }),
    ]);
    expect([a.objective, b.objective]).toEqual([1100, 600]);
  });

  it("plans the same as HiGHS in this thread", async () => {
    const worker = createWorkerSolver();
    try {
      const p = example();
      const [here, there] = await Promise.all([
        autoplan(p, { today: "2022-05-01", solver: highsSolver() }),
        autoplan(p, { today: "2022-05-01", solver: worker }),
      ]);
      if (!here.ok || !there.ok) throw new Error("expected plans");
      expect([...there.plan.placements]).toEqual([...here.plan.placements]);
      const conflict = await autoplan(fixture("over-full-pinned-meeting.yaml"), {
        today: "2022-09-01",
        solver: worker,
      });
      expect(conflict.ok).toBe(false);
    } finally {
      await worker.close();
    }
  });

  it("warms up: HiGHS is loaded and has solved the warm-up model before the first plan", async () => {
    const worker = createWorkerSolver();
    const here = highsSolver();
    try {
      await worker.warm?.();
      await here.warm?.();
      // The warm-up model is a real one: HiGHS proves its optimum.
      const direct = await here.solve(warmUpRequest());
      expect(direct.status).toBe("optimal");
      expect(direct.objective).toBe(291);
      expect((await worker.solve(warmUpRequest())).objective).toBe(291);
    } finally {
      await worker.close();
    }
  });

  it("refuses pending solves once closed", async () => {
    const solver = createWorkerSolver();
    const pending = solver.solve({ lp, timeLimitSeconds: 10, relativeGap: 0 });
    await solver.close();
    const refused = await pending.catch((e: unknown) => e);
    expect(isPlannerError(refused) && refused.code).toBe("worker-failed");
    expect((refused as Error).message).toMatch(/HiGHS worker stopped/);
  });
});
