import { describe, expect, it } from "vitest";
import { Composer, Parser } from "yaml";
import { programmeLimits } from "./limits.js";
import { pathAt, structureProblems, tooDeep } from "./yaml-structure.js";

const tokens = (text: string) => [...new Parser().parse(text)];
const doc = (text: string) => {
  const [d] = new Composer({ uniqueKeys: false }).compose(tokens(text), true, text.length);
  if (!d) throw new Error("no document");
  return d;
};

describe("tooDeep", () => {
  it("counts lists and maps inside each other, flow and block alike", () => {
    expect(tooDeep(tokens("a: [[1]]"), 3)).toBeUndefined();
    expect(tooDeep(tokens("a: [[[1]]]"), 3)).toEqual({ offset: 5, path: ["a", 0, 0] });
    // The root map, b's map, the list, the map "c: 1": four deep.
    expect(tooDeep(tokens("a:\n  b:\n    - c: 1"), 4)).toBeUndefined();
    expect(tooDeep(tokens("a:\n  b:\n    - c: 1"), 3)).toEqual({ offset: 14, path: ["a", "b", 0] });
    expect(tooDeep(tokens('x: 1\n"a": {b: {c: [1]}}'), 3)).toEqual({ offset: 18, path: ["a", "b", "c"] });
  });

  it("walks 100,000 levels without recursion", () => {
    expect(tooDeep(tokens(`${"[".repeat(100_000)}${"]".repeat(100_000)}`), programmeLimits.maxDepth)?.offset).toBe(20);
  });
});

describe("structureProblems", () => {
  it("lets aliases name earlier anchors and counts the values they stand for", () => {
    expect(structureProblems(doc("a: &x [1, 2]\nb: *x\nc: *x"), programmeLimits)).toEqual([]);
    const limits = { maxAliases: 100, maxAliasValues: 5 };
    expect(structureProblems(doc("a: &x [1, 2]\nb: *x\nc: *x"), limits)).toMatchObject([
      { code: "too-many-aliases", offset: 22, path: ["c"] },
    ]);
  });

  it("counts aliases inside aliases as the values they expand to", () => {
    const text = "a: &a [1, 1, 1]\nb: &b [*a, *a, *a]\nc: [*b, *b]";
    // *a stands for 4 values (the list and its three), *b for 1 + 3 × 4 = 13: 3 × 4 + 2 × 13 in all.
    expect(structureProblems(doc(text), { maxAliases: 100, maxAliasValues: 38 })).toEqual([]);
    expect(structureProblems(doc(text), { maxAliases: 100, maxAliasValues: 37 })).toMatchObject([
      { code: "too-many-aliases", path: ["c", 1] },
    ]);
  });

  it("finds a duplicate key in a map of 50,000 keys", () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`);
    const problems = structureProblems(doc(`${keys.join("\n")}\nk7: again`), programmeLimits);
    expect(problems).toMatchObject([{ code: "duplicate-key", path: ["k7"] }]);
  });

  it("refuses a key that is a list, a map or an alias", () => {
    expect(structureProblems(doc("? [a]\n: 1\n"), programmeLimits)[0]?.code).toBe("non-scalar-key");
    expect(structureProblems(doc("a: &k x\n*k : 1\n"), programmeLimits)[0]?.code).toBe("non-scalar-key");
  });
});

describe("pathAt", () => {
  it("names the field that holds an offset", () => {
    const text = "items:\n  - id: a\n    title: T\n";
    expect(pathAt(doc(text), text.indexOf("T"))).toEqual(["items", 0, "title"]);
    expect(pathAt(doc(text), 0)).toEqual(["items"]);
  });
});
