import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { agendaItemId } from "./meeting.js";
import { parseProgramme } from "./parse-programme.js";
import type { Programme } from "./programme.js";
import {
  applyEdit,
  applyEditToSource,
  describeEdit,
  ProgrammeEdit,
  ProgrammeEditError,
  spliceSource,
} from "./programme-edits.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");

function load(text: string): Programme {
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

const example = load(source);

/** Every comment in the example file: the text after `#` on each line that has one outside quotes. */
function comments(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let quoted: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === quoted) quoted = null;
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s[{:,]/.test(line[i - 1]!)) quoted = c;
      } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) {
        const text = line.slice(i + 1).trim();
        if (text) out.push(text);
        break;
      }
    }
  }
  return out;
}

const exampleComments = comments(source);

function agenda(p: Programme, meetingId: string): string[] {
  return p.meetings.find((m) => m.id === meetingId)!.agenda.map(agendaItemId);
}

/** Lines of `after` that are not in `before` and vice versa (a rough line diff). */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of cb) for (let i = 0; i < n - (ca.get(l) ?? 0); i++) added.push(l);
  for (const [l, n] of ca) for (let i = 0; i < n - (cb.get(l) ?? 0); i++) removed.push(l);
  return { added, removed };
}

/** Apply an edit both ways (document and source) and check what every edit must keep. */
function edit(e: ProgrammeEdit, text = source, dropped: string[] = []) {
  const doc = parseDocument(text);
  const before = String(doc);
  const edited = applyEdit(doc, e);
  expect(String(doc)).toBe(before); // never mutates
  const kept = comments(text).filter((c) => !dropped.includes(c));
  const printed = String(edited);
  for (const c of kept) expect(printed).toContain(c);
  const spliced = spliceSource(text, edited);
  for (const c of kept) expect(spliced).toContain(c);
  const occurrences = (t: string, c: string) => comments(t).filter((x) => x === c).length;
  for (const c of dropped) expect(occurrences(spliced, c)).toBe(occurrences(text, c) - 1);
  const fromDoc = load(String(edited));
  const fromText = load(spliced);
  expect(fromText).toEqual(fromDoc);
  expect(applyEditToSource(text, e)).toBe(spliced);
  return { programme: fromText, text: spliced, diff: changedLines(text, spliced) };
}

describe("the example's comments", () => {
  it("are found by the test's own comment reader", () => {
    expect(exampleComments).toContain("Standing orders: meetings close at 22.00 unless the meeting agrees to go on");
    expect(exampleComments).toContain('"David Court TBC"');
    expect(exampleComments).toContain("--- Meeting 5: Monday 16 January 2023 (times from the front sheet) ---");
    expect(exampleComments.length).toBeGreaterThan(30);
  });
});

describe("move-item", () => {
  it("moves the Child Q letter from 30 Nov to 16 Jan, dropping the time stated on the old front sheet", () => {
    const { programme, diff } = edit({ type: "move-item", item: "child-q-letter", to: { meeting: "2023-01" } });
    expect(agenda(programme, "2022-11")).not.toContain("child-q-letter");
    // Without an index it goes before the closing procedural items (work programme, minutes).
    expect(agenda(programme, "2023-01")).toEqual([
      "chscp-annual-report-2022",
      "unregistered-settings-update",
      "exclusions-review-update",
      "fsm-letter",
      "child-q-letter",
      "work-programme-2023-01",
      "previous-minutes-2023-01",
    ]);
    const entry = programme.meetings.find((m) => m.id === "2023-01")!.agenda[4];
    expect(entry).toBe("child-q-letter");
    // Two lines: one out of the 30 Nov agenda, one into the 16 Jan agenda.
    expect(diff.removed).toEqual(['      - { item: child-q-letter, statedStart: "21:20" }']);
    expect(diff.added).toEqual(["      - child-q-letter"]);
  });

  it("refuses to move an item a declaration of interest at its meeting names", () => {
    // Jo Macleod declared an interest in SEND Strategy at 30 Nov 2022: the minutes record it there.
    expect(() =>
      applyEdit(parseDocument(source), { type: "move-item", item: "send-strategy", to: { meeting: "2023-01" } }),
    ).toThrow("Jo Macleod's declaration of interest at the meeting of 30 Nov 2022 names this item");
    expect(() => applyEdit(parseDocument(source), { type: "move-item", item: "send-strategy", to: "backlog" })).toThrow(
      ProgrammeEditError,
    );
    // Moving it within its own meeting is fine.
    const { programme } = edit({ type: "move-item", item: "send-strategy", to: { meeting: "2022-11", index: 0 } });
    expect(agenda(programme, "2022-11")[0]).toBe("send-strategy");
  });

  it("moves into a flow-style agenda at a given index, rewriting only that line", () => {
    const { programme, diff } = edit({ type: "move-item", item: "fsm-letter", to: { meeting: "2023-03", index: 0 } });
    expect(agenda(programme, "2023-03")).toEqual(["fsm-letter", "young-parents-support", "pupil-attainment-2023"]);
    expect(diff.added).toEqual(["    agenda: [fsm-letter, young-parents-support, pupil-attainment-2023]"]);
    expect(diff.removed.sort()).toEqual([
      '      - { item: fsm-letter, statedStart: "21:10", pages: 281-290 }',
      "    agenda: [young-parents-support, pupil-attainment-2023]",
    ]);
  });

  it("moves an item to the backlog and one from the backlog onto an agenda", () => {
    const out = edit({ type: "move-item", item: "camhs-accessibility", to: "backlog" });
    expect(agenda(out.programme, "2023-04")).toEqual(["cabinet-qa-bramble"]);
    expect(out.programme.backlog).toEqual([
      "admissions-review",
      "residential-placements",
      "graduated-send-provision",
      "camhs-accessibility",
    ]);
    const back = edit({ type: "move-item", item: "admissions-review", to: { meeting: "2023-04" } }, out.text);
    expect(back.programme.backlog).toEqual([
      "residential-placements",
      "graduated-send-provision",
      "camhs-accessibility",
    ]);
    expect(agenda(back.programme, "2023-04")).toEqual(["cabinet-qa-bramble", "admissions-review"]);
  });

  it("within the same meeting changes the position and keeps the stated time", () => {
    const { programme } = edit({ type: "move-item", item: "fsm-letter", to: { meeting: "2023-01", index: 0 } });
    const first = programme.meetings.find((m) => m.id === "2023-01")!.agenda[0];
    expect(first).toEqual({ item: "fsm-letter", statedStart: "21:10", pages: "281-290" });
  });

  it("adds a field when the meeting has no agenda or the file no backlog", () => {
    const text = source
      .replace("    agenda: [camhs-accessibility, cabinet-qa-bramble]\n", "")
      .replace("backlog: [admissions-review, residential-placements, graduated-send-provision]\n", "")
      .replace('# "Possible items noted for 2023/24"\n', "");
    const bare = load(text);
    expect(bare.backlog).toEqual([]);
    const one = edit({ type: "move-item", item: "camhs-accessibility", to: { meeting: "2023-04" } }, text);
    expect(agenda(one.programme, "2023-04")).toEqual(["camhs-accessibility"]);
    expect(one.text).toContain(
      "    dispatch: 2023-04-05 # across Easter: Good Friday 7 and Easter Monday 10 April 2023\n    agenda: [camhs-accessibility]\n",
    );
    const two = edit({ type: "move-item", item: "ofsted-focused-visit", to: "backlog" }, one.text);
    expect(two.programme.backlog).toEqual(["ofsted-focused-visit"]);
    expect(two.text).toContain("\nbacklog: [ofsted-focused-visit]\n");
  });

  it("refuses an unknown item or meeting", () => {
    const doc = parseDocument(source);
    expect(() => applyEdit(doc, { type: "move-item", item: "nope", to: "backlog" })).toThrow(ProgrammeEditError);
    expect(() => applyEdit(doc, { type: "move-item", item: "send-strategy", to: { meeting: "2031-01" } })).toThrow(
      /no meeting has the id "2031-01"/,
    );
  });
});

describe("set-minutes", () => {
  it("changes an item's minutes in place, keeping the comment on that line", () => {
    const { programme, diff } = edit({ type: "set-minutes", item: "send-strategy", minutes: 40 });
    expect(programme.items.find((i) => i.id === "send-strategy")!.minutes).toBe(40);
    expect(diff.added).toEqual(["    minutes: 40 # the summary grid says 40"]);
    expect(diff.removed).toEqual(["    minutes: 20-30 # the summary grid says 40"]);
  });

  it("writes a range, adds the field where it was missing and clears it", () => {
    const range = edit({ type: "set-minutes", item: "camhs-accessibility", minutes: "30-45" });
    expect(range.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBe("30-45");
    expect(range.diff.added).toEqual(["    minutes: 30-45"]);
    expect(range.diff.removed).toEqual([]);
    const cleared = edit({ type: "set-minutes", item: "camhs-accessibility", minutes: null }, range.text);
    expect(cleared.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBeUndefined();
    expect(cleared.text).toBe(source);
  });

  it("refuses a range written the wrong way round", () => {
    expect(() =>
      applyEdit(parseDocument(source), { type: "set-minutes", item: "send-strategy", minutes: "45-30" }),
    ).toThrow(ProgrammeEditError);
  });
});

describe("set-status", () => {
  it("cycles an item's status, adding and rewriting the field", () => {
    const scoped = edit({ type: "set-status", item: "send-action-plan", status: "to-be-scoped" });
    expect(scoped.programme.items.find((i) => i.id === "send-action-plan")!.status).toBe("to-be-scoped");
    expect(scoped.diff.added).toEqual(["    status: to-be-scoped"]);
    const tbc = edit({ type: "set-status", item: "young-parents-support", status: "tbc" });
    expect(tbc.diff.added).toEqual(["    status: tbc"]);
    expect(tbc.diff.removed).toEqual(["    status: to-be-scoped"]);
  });

  it("leaves a confirmed item without the field (confirmed is the default)", () => {
    const doc = parseDocument(source);
    expect(String(applyEdit(doc, { type: "set-status", item: "send-action-plan", status: "confirmed" }))).toBe(
      String(doc),
    );
  });
});

describe("reorder-item", () => {
  it("moves an item up and down its agenda, clamped at the ends, keeping its stated time", () => {
    const up = edit({ type: "reorder-item", item: "exclusions-review-update", delta: -1 });
    expect(agenda(up.programme, "2023-01").slice(0, 3)).toEqual([
      "chscp-annual-report-2022",
      "exclusions-review-update",
      "unregistered-settings-update",
    ]);
    // A reorder moves whole lines: nothing is rewritten.
    expect(up.diff.added).toEqual([]);
    expect(up.diff.removed).toEqual([]);
    const top = edit({ type: "reorder-item", item: "exclusions-review-update", delta: -10 });
    expect(agenda(top.programme, "2023-01")[0]).toBe("exclusions-review-update");
    const down = edit({ type: "reorder-item", item: "young-parents-support", delta: 1 });
    expect(agenda(down.programme, "2023-03")).toEqual(["pupil-attainment-2023", "young-parents-support"]);
  });

  it("reorders the backlog too", () => {
    const { programme } = edit({ type: "reorder-item", item: "graduated-send-provision", delta: -2 });
    expect(programme.backlog[0]).toBe("graduated-send-provision");
  });

  it("refuses an item that is nowhere", () => {
    const text = source.replace(
      "    agenda: [camhs-accessibility, cabinet-qa-bramble]",
      "    agenda: [cabinet-qa-bramble]",
    );
    expect(() =>
      applyEdit(parseDocument(text), { type: "reorder-item", item: "camhs-accessibility", delta: 1 }),
    ).toThrow(/on no agenda/);
  });
});

describe("set-alongside", () => {
  it("is mutual: both items name each other, and unlinking removes both", () => {
    const linked = edit({ type: "set-alongside", item: "send-action-plan", with: ["he-budget-monitoring-2023"] });
    const items = new Map(linked.programme.items.map((i) => [i.id, i]));
    expect(items.get("send-action-plan")!.alongside).toEqual(["he-budget-monitoring-2023"]);
    expect(items.get("he-budget-monitoring-2023")!.alongside).toEqual(["send-action-plan"]);
    const apart = edit({ type: "set-alongside", item: "send-action-plan", with: [] }, linked.text);
    const after = new Map(apart.programme.items.map((i) => [i.id, i]));
    expect(after.get("send-action-plan")!.alongside).toEqual([]);
    expect(after.get("he-budget-monitoring-2023")!.alongside).toEqual([]);
    expect(apart.text).toBe(source);
  });

  it("unlinks the example's budget monitoring from the annual report on both sides", () => {
    const { programme } = edit({ type: "set-alongside", item: "cfs-annual-report-2022", with: [] });
    const items = new Map(programme.items.map((i) => [i.id, i]));
    expect(items.get("cfs-annual-report-2022")!.alongside).toEqual([]);
    expect(items.get("cfs-budget-monitoring-2022")!.alongside).toEqual([]);
  });
});

describe("move-meeting", () => {
  it("marks the meeting moved from its date, keeps its id and drops the stated deadlines", () => {
    const { programme, diff } = edit({ type: "move-meeting", meeting: "2023-01", date: "2023-01-23" }, source, [
      "stated: a day later than the three-working-day rule",
    ]);
    const m = programme.meetings.find((x) => x.id === "2023-01")!;
    expect(m).toMatchObject({ date: "2023-01-23", status: "moved", movedFrom: "2023-01-16" });
    expect(m.papersDeadline).toBeUndefined();
    expect(m.dispatch).toBeUndefined();
    expect(diff.added.sort()).toEqual(["    date: 2023-01-23", "    movedFrom: 2023-01-16", "    status: moved"]);
  });

  it("keeps the original date when a moved meeting moves again, and clears it on moving back", () => {
    // 29 Sep 2022 was already "moved from 8 Sept".
    const again = edit({ type: "move-meeting", meeting: "2022-09", date: "2022-10-06" }, source, [
      "stated: earlier than the three-working-day rule",
    ]);
    expect(again.programme.meetings.find((x) => x.id === "2022-09")).toMatchObject({
      date: "2022-10-06",
      status: "moved",
      movedFrom: "2022-09-08",
    });
    const twice = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-27" });
    const thrice = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-13" }, twice.text);
    expect(thrice.programme.meetings.find((x) => x.id === "2023-03")!.movedFrom).toBe("2023-03-20");
    const home = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-20" }, thrice.text);
    const m = home.programme.meetings.find((x) => x.id === "2023-03")!;
    expect(m.status).toBe("scheduled");
    expect(m.movedFrom).toBeUndefined();
  });
});

describe("cancel-meeting and reinstate-meeting", () => {
  it("cancels and reinstates a meeting, a moved one coming back as moved", () => {
    const cancelled = edit({ type: "cancel-meeting", meeting: "2023-04" });
    expect(cancelled.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled");
    expect(agenda(cancelled.programme, "2023-04")).toEqual(["camhs-accessibility", "cabinet-qa-bramble"]);
    const back = edit({ type: "reinstate-meeting", meeting: "2023-04" }, cancelled.text);
    expect(back.text).toBe(source);
    const moved = edit({ type: "cancel-meeting", meeting: "2022-09" });
    expect(moved.programme.meetings.find((m) => m.id === "2022-09")).toMatchObject({
      status: "cancelled",
      movedFrom: "2022-09-08",
    });
    const reinstated = edit({ type: "reinstate-meeting", meeting: "2022-09" }, moved.text);
    expect(reinstated.text).toBe(source);
  });

  it("a cancelled meeting that moves stays cancelled", () => {
    const cancelled = edit({ type: "cancel-meeting", meeting: "2023-04" });
    const moved = edit({ type: "move-meeting", meeting: "2023-04", date: "2023-04-24" }, cancelled.text, [
      "across Easter: Good Friday 7 and Easter Monday 10 April 2023",
    ]);
    expect(moved.programme.meetings.find((m) => m.id === "2023-04")).toMatchObject({
      status: "cancelled",
      movedFrom: "2023-04-17",
    });
  });
});

describe("a run of edits", () => {
  it("keeps the file valid, every comment, and every untouched line", () => {
    const edits: ProgrammeEdit[] = [
      { type: "move-item", item: "child-q-letter", to: { meeting: "2023-01" } },
      { type: "set-minutes", item: "child-q-letter", minutes: 10 },
      { type: "move-item", item: "residential-placements", to: { meeting: "2023-04", index: 1 } },
      { type: "set-status", item: "residential-placements", status: "to-be-scoped" },
      { type: "move-meeting", meeting: "2023-02", date: "2023-03-06" },
      { type: "cancel-meeting", meeting: "2023-03" },
      { type: "set-alongside", item: "camhs-accessibility", with: ["residential-placements"] },
      { type: "reorder-item", item: "camhs-accessibility", delta: 2 },
    ];
    let text = source;
    for (const e of edits) text = applyEditToSource(text, e);
    const { added, removed } = changedLines(source, text);
    expect(added.length).toBeLessThanOrEqual(14);
    expect(removed.length).toBeLessThanOrEqual(10);
    // The 27 Feb meeting moved: its stated deadlines (which had no comments) went with its old date.
    for (const c of exampleComments) expect(text).toContain(c);
    const p = load(text);
    expect(agenda(p, "2023-04")).toEqual(["residential-placements", "cabinet-qa-bramble", "camhs-accessibility"]);
  });
});

describe("spliceSource", () => {
  it("returns the source unchanged for an unchanged document", () => {
    expect(spliceSource(source, parseDocument(source))).toBe(source);
  });

  it("falls back to printing the whole document when the source does not match it", () => {
    const doc = parseDocument("a: 1\nb: [x, y]\n");
    expect(parseDocument(spliceSource("not: [the, same\n", doc)).toJS()).toEqual({ a: 1, b: ["x", "y"] });
  });
});

describe("ProgrammeEdit", () => {
  it("reads edits back from JSON (the journal) and refuses malformed ones", () => {
    const edits = [
      { type: "move-item", item: "send-strategy", to: { meeting: "2023-01", index: 2 } },
      { type: "move-item", item: "send-strategy", to: "backlog" },
      { type: "set-minutes", item: "x", minutes: "30-45" },
      { type: "set-minutes", item: "x", minutes: null },
      { type: "move-meeting", meeting: "2023-01", date: "2023-01-23" },
    ];
    for (const e of edits) expect(ProgrammeEdit.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(ProgrammeEdit.safeParse({ type: "move-meeting", meeting: "2023-01", date: "2023-02-30" }).success).toBe(
      false,
    );
    expect(ProgrammeEdit.safeParse({ type: "delete-everything" }).success).toBe(false);
  });
});

describe("describeEdit", () => {
  const d = (e: ProgrammeEdit) => describeEdit(example, e);
  it("says what each edit does in the officer's words", () => {
    expect(d({ type: "move-item", item: "send-strategy", to: { meeting: "2023-01" } })).toBe(
      "Move SEND Strategy from 30 Nov 2022 to 16 Jan 2023",
    );
    expect(d({ type: "move-item", item: "send-strategy", to: "backlog" })).toBe(
      "Move SEND Strategy from 30 Nov 2022 to the backlog",
    );
    expect(d({ type: "move-item", item: "residential-placements", to: { meeting: "2023-04" } })).toBe(
      "Add Residential Placements from the backlog to 17 Apr 2023",
    );
    expect(d({ type: "set-minutes", item: "send-strategy", minutes: 45 })).toBe(
      "Give SEND Strategy 45 min (was 20-30 min)",
    );
    expect(d({ type: "set-minutes", item: "send-strategy", minutes: null })).toBe(
      "Clear the minutes of SEND Strategy (was 20-30 min)",
    );
    expect(d({ type: "set-status", item: "send-strategy", status: "tbc" })).toBe(
      "Mark SEND Strategy TBC (was confirmed)",
    );
    expect(d({ type: "reorder-item", item: "send-strategy", delta: -1 })).toBe(
      "Move SEND Strategy up one place on 30 Nov 2022",
    );
    expect(d({ type: "set-alongside", item: "send-strategy", with: ["child-q-letter"] })).toBe(
      "Take SEND Strategy alongside Child Q Safeguarding Practice Review",
    );
    expect(d({ type: "move-meeting", meeting: "2023-01", date: "2023-01-23" })).toBe(
      "Move the meeting of 16 Jan 2023 to 23 Jan 2023",
    );
    expect(d({ type: "cancel-meeting", meeting: "2023-04" })).toBe("Cancel the meeting of 17 Apr 2023");
    expect(d({ type: "reinstate-meeting", meeting: "2023-04" })).toBe("Reinstate the meeting of 17 Apr 2023");
  });
});
