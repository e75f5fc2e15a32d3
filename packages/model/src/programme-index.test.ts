import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexProgramme, meetingsInOrder, type Programme, parseProgramme } from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
function example(): Programme {
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

/** A small programme through the schema alone (no cross-reference checks), for states the loader refuses. */
function constructed(items: Programme["items"], meetings: Array<Partial<Programme["meetings"][number]>>): Programme {
  const p = example();
  p.items = items;
  p.meetings = meetings.map((m, i) => ({ ...p.meetings[0]!, agenda: [], declarations: [], id: `m${i}`, ...m }));
  p.backlog = [];
  return p;
}

const item = (id: string, extra: Partial<Programme["items"][number]> = {}) => ({
  ...example().items[0]!,
  id,
  title: id.toUpperCase(),
  ...extra,
});

describe("indexProgramme on the real 2022/23 programme", () => {
  const p = example();
  const index = indexProgramme(p);

  it("finds everyone by id, with their kind", () => {
    expect(index.people.get("sophie-conway")).toMatchObject({ kind: "councillor", role: "chair" });
    expect(index.people.get("jo-macleod")).toMatchObject({ kind: "co-optee" });
    expect(index.people.get(p.officers[0]!.id)).toMatchObject({ kind: "officer" });
    expect(index.people.get("caroline-woodley")).toMatchObject({ kind: "cabinet-member" });
    expect(index.people.size).toBe(p.members.length + p.coOptees.length + p.officers.length + p.cabinetMembers.length);
  });

  it("finds items and meetings by id, and meetings in date order", () => {
    expect(index.items.get("fsm-letter")?.title).toBe("Free School Meals (Childhood Food Poverty)");
    expect(index.meetings.get("2023-01")?.date).toBe("2023-01-16");
    expect(index.meetingsInOrder.map((m) => m.date)).toEqual(meetingsInOrder(p).map((m) => m.date));
  });

  it("finds a meeting by its date, or else by its id", () => {
    expect(index.findMeeting("2022-09-29")).toMatchObject({ id: "2022-09", movedFrom: "2022-09-08" });
    expect(index.findMeeting("2022-09")?.date).toBe("2022-09-29");
    expect(index.findMeeting("2022-09-08")).toBeUndefined();
    expect(index.meetingsOn("2023-01-16").map((m) => m.id)).toEqual(["2023-01"]);
    expect(index.meetingsOn("2023-01-17")).toEqual([]);
  });

  it("knows the meeting of each item on an agenda, and none for the backlog's", () => {
    expect(index.meetingOfItem("exclusions-review-update")?.id).toBe("2023-01");
    expect(index.meetingsOfItem("exclusions-review-update").map((m) => m.id)).toEqual(["2023-01"]);
    expect(index.meetingOfItem("residential-placements")).toBeUndefined();
    expect(index.meetingsOfItem("residential-placements")).toEqual([]);
  });

  it("numbers the real 16 Jan 2023 agenda from 4 to 9, as the front sheet does", () => {
    expect(index.numberedAgenda(index.findMeeting("2023-01-16")!).map((s) => s.number)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("works each agenda out once and keeps it", () => {
    const jan = index.findMeeting("2023-01-16")!;
    expect(index.agenda(jan)).toBe(index.agenda(jan));
    expect(index.numberedAgenda(jan)).toBe(index.numberedAgenda(jan));
    expect(Object.isFrozen(index.numberedAgenda(jan))).toBe(true);
  });

  it("accounts for every item of the real programme: none is unplaced", () => {
    expect(index.unplacedItems).toEqual([]);
    expect([...index.backlog]).toEqual(["admissions-review", "residential-placements", "graduated-send-provision"]);
  });

  it("calls an item unplaced when it is on no agenda and not in the backlog, unless withdrawn", () => {
    const q = example();
    q.backlog = q.backlog.filter((id) => id !== "residential-placements");
    expect(indexProgramme(q).unplacedItems.map((i) => i.id)).toEqual(["residential-placements"]);
    q.items.find((i) => i.id === "residential-placements")!.status = "withdrawn";
    expect(indexProgramme(q).unplacedItems).toEqual([]);
  });
});

describe("indexProgramme on constructed programmes", () => {
  it("closes the gap a withdrawn item leaves in the numbering", () => {
    const p = constructed([item("a"), item("b", { status: "withdrawn" }), item("c")], [{ agenda: ["a", "b", "c"] }]);
    const index = indexProgramme(p);
    expect(index.agenda(p.meetings[0]!).map((s) => s.item.id)).toEqual(["a", "b", "c"]);
    expect(index.numberedAgenda(p.meetings[0]!).map((s) => [s.number, s.item.id])).toEqual([
      [4, "a"],
      [5, "c"],
    ]);
  });

  it("skips agenda ids with no item behind them, and resolves a meeting that is not in the programme", () => {
    const p = constructed([item("a")], [{ agenda: ["a"] }]);
    const index = indexProgramme(p);
    const edited = { ...p.meetings[0]!, agenda: ["gone", { item: "a", statedStart: "19:05", pages: "1-2" }] };
    expect(index.agenda(edited)).toEqual([{ item: p.items[0], statedStart: "19:05", pages: "1-2" }]);
    expect(index.agenda(p.meetings[0]!)).toEqual([{ item: p.items[0] }]);
  });

  it("lists every meeting of an item on more than one agenda, in date order, the earliest as its meeting", () => {
    const p = constructed(
      [item("deferred")],
      [
        { id: "march", date: "2023-03-10", agenda: ["deferred"] },
        { id: "feb", date: "2023-02-10", agenda: ["deferred", "deferred"] },
      ],
    );
    const index = indexProgramme(p);
    expect(index.meetingsOfItem("deferred").map((m) => m.id)).toEqual(["feb", "march"]);
    expect(index.meetingOfItem("deferred")?.id).toBe("feb");
  });

  it("lists the meetings that share a date, in file order", () => {
    const p = constructed(
      [],
      [
        { id: "b", date: "2023-02-10" },
        { id: "a", date: "2023-02-10" },
      ],
    );
    const index = indexProgramme(p);
    expect(index.meetingsOn("2023-02-10").map((m) => m.id)).toEqual(["b", "a"]);
    expect(index.meetingsInOrder.map((m) => m.id)).toEqual(["a", "b"]);
    // A shared date names no one meeting: findMeeting never picks the first of two (issue 12, item 6).
    expect(index.meetingsMatching("2023-02-10").map((m) => m.id)).toEqual(["b", "a"]);
    expect(index.findMeeting("2023-02-10")).toBeUndefined();
    expect(index.findMeeting("a")?.date).toBe("2023-02-10");
    expect(index.meetingsMatching("2023-02-11")).toEqual([]);
  });
});
