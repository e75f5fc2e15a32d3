import { describe, expect, it } from "vitest";
import { example, solver } from "../../test/support.js";
import { isPlannerError } from "../errors.js";
import { buildRepairLp } from "../explain/repair.js";
import { planningProblem } from "../problem/planning-problem.js";
import { isLpName, lpExpression, mergeTerms, writeLp } from "./lp-text.js";
import { allGroups, buildLp } from "./model-builder.js";

const x = (coef: number, name: string) => ({ coef, name });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("writeLp", () => {
  it("writes the sections in the format's order, zero fixed at 0 and named in the objective", () => {
    const text = writeLp({
      sense: "maximize",
      objective: [x(2, "a"), x(1, "b"), x(-1, "c")],
      rows: [{ name: "r0", terms: [x(1, "a"), x(1, "b"), x(3.5, "c")], sense: "<=", rhs: 4 }],
      bounds: [{ name: "c" }, { name: "f", lower: Number.NEGATIVE_INFINITY }, { name: "g", lower: -2, upper: 5 }],
      binaries: ["a", "b"],
      generals: ["g"],
    });
    expect(text).toBe(
      [
        "Maximize",
        " obj: 2 a + b - c + 0 zero",
        "Subject To",
        " r0: a + b + 3.5 c <= 4",
        "Bounds",
        " zero = 0",
        " c >= 0",
        " f free",
        " -2 <= g <= 5",
        "Binaries",
        " a b",
        "Generals",
        " g",
        "End",
        "",
      ].join("\n"),
    );
  });

  it("merges repeated terms into one per column, in the order of first appearance", () => {
    expect(mergeTerms([x(1, "a"), x(2, "b"), x(-1, "a"), x(3, "b")])).toEqual([x(0, "a"), x(5, "b")]);
    expect(lpExpression([x(1, "a"), x(2, "b"), x(-1, "a"), x(3, "b")])).toBe("0 a + 5 b");
    const text = writeLp({ sense: "minimize", objective: [x(1, "a"), x(1, "a")], rows: [] });
    expect(text).toContain(" obj: 2 a + 0 zero\n");
  });

  it("writes an empty expression as the column zero: an empty ≥ 1 row cannot hold", async () => {
    expect(lpExpression([])).toBe("zero");
    const lp = writeLp({
      sense: "maximize",
      objective: [x(1, "a")],
      rows: [{ name: "never", terms: [], sense: ">=", rhs: 1 }],
      binaries: ["a"],
    });
    expect(lp).toContain(" never: zero >= 1\n");
    expect((await solver.solve({ lp, timeLimitSeconds: 5, relativeGap: 0 })).status).toBe("infeasible");
  });

  it("keeps lines short: eight terms, or about 250 characters, to a line", () => {
    const eight = Array.from({ length: 17 }, (_, k) => x(1, `x${k}`));
    expect(
      lpExpression(eight)
        .split("\n")
        .map((l) => l.trim().split(" + ").length),
    ).toEqual([8, 8, 1]);
    const long = Array.from({ length: 6 }, (_, k) => x(1, `${"y".repeat(100)}${k}`));
    const lines = lpExpression(long).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(260);
  });

  it("follows the format's naming rules and refuses, with a code, what it cannot write", () => {
    for (const good of ["x0_1", "budget12", "zero", "_a", "a.b", "d(3)"]) expect(isLpName(good), good).toBe(true);
    for (const bad of ["", "3x", ".a", "e1", "E", "eels", "a b", "a:b", "a[1]", "end", "Free", "inf", "x".repeat(256)])
      expect(isLpName(bad), bad).toBe(false);
    const badName = thrown(() => writeLp({ sense: "minimize", objective: [x(1, "e1")], rows: [] }));
    expect(isPlannerError(badName) && [badName.code, badName.value]).toEqual(["invalid-lp", "e1"]);
    const twice = thrown(() =>
      writeLp({
        sense: "minimize",
        objective: [],
        rows: [
          { name: "r", terms: [x(1, "a")], sense: "<=", rhs: 1 },
          { name: "r", terms: [x(1, "b")], sense: "<=", rhs: 1 },
        ],
      }),
    );
    expect(isPlannerError(twice) && [twice.code, twice.value]).toEqual(["invalid-lp", "r"]);
    const nan = thrown(() => writeLp({ sense: "minimize", objective: [x(Number.NaN, "a")], rows: [] }));
    expect(isPlannerError(nan) && nan.code).toBe("invalid-lp");
    const rhs = thrown(() =>
      writeLp({
        sense: "minimize",
        objective: [],
        rows: [{ name: "r", terms: [x(1, "a")], sense: "<=", rhs: Number.NaN }],
      }),
    );
    expect(isPlannerError(rhs) && rhs.code).toBe("invalid-lp");
  });

  it("HiGHS reads what it writes: bounds, binaries and generals, solved to the optimum", async () => {
    // max 3a + 2g + c with a binary, 0 ≤ g ≤ 4 whole, 0 ≤ c ≤ 0.5 (bounded by a row): a + g + c ≤ 3.2.
    const lp = writeLp({
      sense: "maximize",
      objective: [x(3, "a"), x(2, "g"), x(1, "c")],
      rows: [
        { name: "cap", terms: [x(1, "a"), x(1, "g"), x(1, "c")], sense: "<=", rhs: 3.2 },
        { name: "cmax", terms: [x(1, "c")], sense: "<=", rhs: 0.5 },
      ],
      bounds: [{ name: "g", lower: 0, upper: 4 }, { name: "c" }],
      binaries: ["a"],
      generals: ["g"],
    });
    const result = await solver.solve({ lp, timeLimitSeconds: 5, relativeGap: 0 });
    expect(result.status).toBe("optimal");
    expect(result.values).toMatchObject({ a: 1, g: 2 });
    expect(result.objective).toBeCloseTo(3 + 4 + 0.2, 9);
  });

  it("HiGHS reads both models the planner writes, every column by its name", async () => {
    const problem = planningProblem(example(), { today: "2022-05-01" });
    const plan = buildLp(problem, { enabled: allGroups(problem), objective: { kind: "priority" } });
    const repair = buildRepairLp(problem);
    for (const model of [plan, repair]) {
      const result = await solver.solve({ lp: model.text, timeLimitSeconds: 20, relativeGap: 0 });
      expect(["optimal", "feasible"]).toContain(result.status);
      for (const c of model.columns) expect(result.values, c.name).toHaveProperty(c.name);
    }
  });
});
