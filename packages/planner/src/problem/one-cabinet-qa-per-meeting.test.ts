import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { extraCabinetQas, isCabinetQa } from "./one-cabinet-qa-per-meeting.js";

describe("one Cabinet Q&A per meeting", () => {
  const p = example();
  const get = (id: string) => p.items.find((i) => i.id === id)!;

  it("the 2022/23 programme keeps to one per meeting", () => {
    for (const m of p.meetings) {
      const items = m.agenda.map((e) => get(typeof e === "string" ? e : e.item));
      expect(extraCabinetQas(items)).toEqual([]);
    }
  });

  it("a second one is one too many; a withdrawn one does not count", () => {
    const both = [get("cabinet-qa-woodley"), get("send-action-plan"), get("cabinet-qa-bramble")];
    expect(extraCabinetQas(both).map((i) => i.id)).toEqual(["cabinet-qa-bramble"]);
    const withdrawn = { ...get("cabinet-qa-bramble"), status: "withdrawn" as const };
    expect(isCabinetQa(withdrawn)).toBe(false);
    expect(extraCabinetQas([get("cabinet-qa-woodley"), withdrawn])).toEqual([]);
  });
});
