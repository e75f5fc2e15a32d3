import { FINDING_CATALOGUE, Finding, Programme, type ProgrammeInput } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, neathPortTalbot, northYorkshire } from "../test/example.js";
import { checkProgramme } from "./index.js";

describe("checkProgramme on the real 2022/23 programme", () => {
  const findings = checkProgramme(example(), { today: "2023-01-09" });
  const codes = (meeting: string) => findings.filter((f) => f.meeting === meeting).map((f) => f.code);

  it("finds no errors: the real programme was lawful", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gathers the findings of every package", () => {
    // agenda timing: the 16 Jan 2023 item allotted 45 minutes and given 50
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "item-given-more-time",
        meeting: "2023-01-16",
        meetingId: "2023-01",
        item: "exclusions-review-update",
      }),
    );
    // every finding about a meeting names it by date and by id
    for (const f of findings.filter((f) => f.meeting)) expect(f.meetingId, f.code).toBeDefined();
    // deadlines: the three papers deadlines the programme sets differently from the rule
    expect(findings.filter((f) => f.code === "papers-deadline-override").map((f) => f.meeting)).toEqual([
      "2022-09-29",
      "2022-11-30",
      "2023-01-16",
    ]);
    // interests and quorum: Jo Macleod connected virtually on 30 Nov 2022
    expect(codes("2022-11-30")).toContain("remote-not-counted");
  });

  it("sorts errors first, then warnings, then notes", () => {
    const p = example();
    p.meetings[4]!.dispatch = "2023-01-10"; // later than the latest lawful dispatch, 6 Jan
    const sorted = checkProgramme(p, { today: "2023-01-09" });
    const ranks = sorted.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sorted[0]).toMatchObject({ severity: "error", code: "dispatch-too-late", meeting: "2023-01-16" });
  });

  it("warns about an item on no agenda and not in the backlog", () => {
    const p = example();
    p.backlog = p.backlog.filter((id) => id !== "residential-placements");
    expect(checkProgramme(p, { today: "2023-01-09" })).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "item-unplaced", item: "residential-placements" }),
    );
  });

  it("never counts a withdrawn item as unplaced", () => {
    const p = example();
    p.backlog = p.backlog.filter((id) => id !== "residential-placements");
    p.items.find((i) => i.id === "residential-placements")!.status = "withdrawn";
    expect(checkProgramme(p, { today: "2023-01-09" }).some((f) => f.code === "item-unplaced")).toBe(false);
  });
});

/** A generated programme of `n` meetings, five items each (a range, a procedural item, stated starts), attendance and a declaration. */
function generated(n: number): Programme {
  const dates: string[] = [];
  for (let day = Date.UTC(2024, 4, 6); dates.length < n; day += 86_400_000) {
    const w = new Date(day).getUTCDay();
    if (w !== 0 && w !== 6) dates.push(new Date(day).toISOString().slice(0, 10));
  }
  const members = Array.from({ length: 10 }, (_, i) => ({ id: `cllr-${i}`, name: `Cllr ${i}` }));
  const items: ProgrammeInput["items"] = [];
  const meetings: ProgrammeInput["meetings"] = dates.map((date, m) => {
    const ids = [0, 1, 2, 3, 4].map((k) => `item-${m}-${k}`);
    items.push(
      { id: ids[0]!, title: `Report ${m}`, minutes: 45, education: true },
      { id: ids[1]!, title: `Review ${m}`, minutes: "30-45" },
      { id: ids[2]!, title: `Contract ${m}`, minutes: 20, added: date },
      { id: ids[3]!, title: `Update ${m}`, status: "withdrawn", minutes: 10 },
      { id: ids[4]!, title: `Minutes ${m}`, procedural: true },
    );
    return {
      id: `m-${m}`,
      date,
      dispatch: dates[Math.max(0, m - 1)]!,
      agenda: [
        { item: ids[0]!, statedStart: "19:05" },
        { item: ids[1]!, statedStart: "19:55" },
        ids[2]!,
        ids[3]!,
        ids[4]!,
      ],
      attendance: { present: members.slice(0, 6).map((c) => c.id), remote: ["cllr-6"], apologies: ["cllr-7"] },
      declarations: [{ person: "cllr-0", items: [ids[2]!], kind: "disclosable-pecuniary" as const, nature: "a" }],
    };
  });
  items.push({ id: "waiting", title: "Waiting" }, { id: "lost", title: "Lost" });
  return Programme.parse({
    commission: {
      id: "gen",
      name: "Generated Scrutiny Commission",
      shortName: "Gen",
      council: "London Borough of Hackney",
      municipalYear: "2024/25",
      venue: "Town Hall",
      contact: { name: "An Officer" },
    },
    members,
    items,
    meetings,
    backlog: ["waiting"],
  });
}

/**
 * The programme behind a proxy that counts every property read of every object in it: the work
 * the checks do on the data, whatever the machine's speed. `reads` counts all reads, `rootReads`
 * the reads of each top-level list (a rule that rebuilt a lookup of the items per meeting would
 * read `items` once per meeting).
 */
function counted(p: Programme) {
  let reads = 0;
  const rootReads = new Map<PropertyKey, number>();
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown, root = false): unknown => {
    if (typeof value !== "object" || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads++;
          if (root) rootReads.set(key, (rootReads.get(key) ?? 0) + 1);
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  return { programme: wrap(p, true) as Programme, reads: () => reads, rootReads };
}

describe("every finding as the catalogue documents it", () => {
  it("has a code and a severity its catalogue entry lists, in the shape of the Finding schema", () => {
    const findings = [
      ...checkProgramme(example(), { today: "2022-06-01" }),
      ...checkProgramme(generated(12), { today: "2024-05-01" }),
    ];
    for (const f of findings) {
      expect(Finding.parse(f)).toEqual(f);
      expect(FINDING_CATALOGUE[f.code].severities as readonly string[], f.code).toContain(f.severity);
    }
  });
});

describe("checkProgramme's work grows with the programme, not its square", () => {
  it("reads the data of 10× the meetings at most 12× as often, and indexes the items once", () => {
    const run = (n: number) => {
      const c = counted(generated(n));
      const findings = checkProgramme(c.programme, { today: "2024-05-01" });
      return { reads: c.reads(), items: c.rootReads.get("items") ?? 0, findings };
    };
    const one = run(12);
    const ten = run(120);
    // The generated year has findings of every family, ten times over.
    const codes = new Set(one.findings.map((f) => f.code));
    for (const code of [
      "item-unplaced",
      "stated-start-differs",
      "member-must-leave",
      "remote-not-counted",
      "late-item-no-urgent-reasons",
    ])
      expect(codes).toContain(code);
    expect(ten.findings.length).toBeGreaterThan(9 * one.findings.length);
    // Before the index, 10× the meetings read the data 59× as often (each meeting rebuilt a map of every item).
    expect(ten.reads / one.reads).toBeLessThanOrEqual(12);
    expect(ten.items).toBe(one.items);
  });
});

describe("checkProgramme on the North Yorkshire example (a 10.00 county committee)", () => {
  const findings = checkProgramme(northYorkshire(), { today: "2022-12-01" });

  it("finds no errors: the meetings as really held were quorate and the deferred items travel", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("notes that nothing gives the planned end, for each meeting with items, and nothing for the postponed one", () => {
    expect(findings.filter((f) => f.code === "planned-end-assumed").map((f) => f.meeting)).toEqual([
      "2022-06-17",
      "2022-11-04",
      "2022-12-16",
      "2023-03-10",
    ]);
    expect(findings.filter((f) => f.meeting === "2022-09-09")).toEqual([]);
  });

  it("has every finding in the catalogue's shape", () => {
    for (const f of findings) {
      expect(Finding.parse(f)).toEqual(f);
      expect(FINDING_CATALOGUE[f.code].severities as readonly string[], f.code).toContain(f.severity);
    }
  });
});

describe("checkProgramme on the Neath Port Talbot example (a Welsh hybrid committee)", () => {
  const findings = checkProgramme(neathPortTalbot(), { today: "2022-11-10" });

  it("finds no errors: every meeting whose attendance is known was quorate, dispatch dates are the law's", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says what the papers leave out: no minutes allotted, no planned end, items whose meeting is not known", () => {
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([
      "item-no-minutes",
      "item-unplaced",
      "member-must-leave",
      "planned-end-assumed",
    ]);
    expect(findings.filter((f) => f.code === "item-unplaced").map((f) => f.item)).toEqual([
      "forward-work-programme-2022-23",
      "covid-19-update",
      "elective-home-education",
    ]);
    // The prejudicial interest of 24 November 2022 (Welsh members' code, SI 2008/788 Sch para 14).
    expect(findings.find((f) => f.code === "member-must-leave")?.message).toContain(
      "Marie Caddick must leave the meeting. A personal and prejudicial interest and no dispensation",
    );
  });

  it("has every finding in the catalogue's shape", () => {
    for (const f of findings) {
      expect(Finding.parse(f)).toEqual(f);
      expect(FINDING_CATALOGUE[f.code].severities as readonly string[], f.code).toContain(f.severity);
    }
  });
});
