import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { DEFAULT_PRIORITY, itemPriority, TOPICC_RECOMMENDED, topiccScore } from "./priority.js";

const item = (extra: object) => Item.parse({ id: "x", title: "X", ...extra });

describe("itemPriority", () => {
  it("an item with no score counts 1", () => {
    expect(itemPriority(item({}))).toBe(DEFAULT_PRIORITY);
  });

  it("a plain priority is taken as given", () => {
    expect(itemPriority(item({ priority: 3.5 }))).toBe(3.5);
    expect(itemPriority(item({ priority: 0 }))).toBe(0);
  });

  it("TOPICC sums its six scores (max 11) and wins over a plain priority", () => {
    const topicc = { timely: 2, organisational: 2, public: 1, impact: 2, performance: 1, cabinet: 1 };
    expect(topiccScore(topicc)).toBe(9);
    expect(itemPriority(item({ topicc, priority: 2 }))).toBe(9);
    expect(topiccScore({ timely: 2, organisational: 2, public: 2, impact: 2, performance: 2, cabinet: 1 })).toBe(11);
    expect(topiccScore(topicc)).toBeGreaterThanOrEqual(TOPICC_RECOMMENDED);
  });
});
