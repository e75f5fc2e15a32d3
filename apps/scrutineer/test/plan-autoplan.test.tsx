import { readFileSync } from "node:fs";
import { checkProgramme } from "@scrutineer/checks";
import type { IcalState } from "@scrutineer/ical";
import { agendaItemId, applyEditToSource, type Programme, parseProgramme } from "@scrutineer/model";
import { highsSolver, type Solver, verifyPlan } from "@scrutineer/planner";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { hashSource, type Journal } from "../src/io/journal.js";
import { Planner } from "../src/planner/app.js";
import type { PlannerIo } from "../src/planner/hooks/use-side-effects.js";
import type { Size } from "../src/planner/view/layout.js";
import { cells } from "../src/planner/view/text.js";
import { example } from "./helpers.js";

// time-zone passes: out, it is about the auto-planner in the screen; its dates are checked by packages/planner and src/planner/state/*.test.ts

/**
 * The auto-plan in the planner, driven by keys on the real 2022/23 programme as on 1 May 2022
 * (before the year, so every meeting is open to the planner): `p` proposes, `y`/`n` decide,
 * Enter applies through ordinary edits, Esc discards or stops. HiGHS runs in this thread
 * (`highsSolver`) except in the tests of the default, the worker thread.
 */

const source = readFileSync(example, "utf8");
const TODAY = "2022-05-01";

const KEY = { up: "\x1b[A", down: "\x1b[B", right: "\x1b[C", enter: "\r", escape: "\x1b" };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One HiGHS for the file: it compiles its WebAssembly once. */
const highs = highsSolver();

function mount(options: { size?: Size; text?: string; solver?: Solver | "worker" } = {}) {
  const text = options.text ?? source;
  const journals: (Journal | null)[] = [];
  const io: PlannerIo = {
    diskHash: async () => hashSource(text),
    save: async (t) => hashSource(t),
    writeJournal: async (journal) => {
      journals.push(journal);
    },
    writeExports: async (files) => files.map((f) => `exports/${f.name}`),
    readIcalState: async () => undefined as IcalState | undefined,
  };
  const solver = options.solver === "worker" ? undefined : (options.solver ?? highs);
  const app = render(
    <Planner
      init={{ file: "programme.yaml", source: text, baseHash: hashSource(text), today: TODAY }}
      io={io}
      now="2022-05-01T12:00:00Z"
      size={options.size ?? { columns: 140, rows: 40 }}
      colour={false}
      {...(solver ? { solver } : {})}
    />,
  );
  const frame = () => app.lastFrame() ?? "";
  async function until(test: (frame: string) => boolean, what: string, seconds = 20) {
    for (let i = 0; i < seconds * 40; i++) {
      if (test(frame())) return;
      await sleep(25);
    }
    throw new Error(`the screen never showed ${what}:\n${frame()}`);
  }
  async function press(...keys: string[]) {
    for (const k of keys) {
      app.stdin.write(k);
      await sleep(30);
    }
  }
  /** The programme the planner holds now (from its journal of unsaved edits). */
  const held = () => {
    const last = journals.at(-1);
    const parsed = parseProgramme(last ? last.source : text, "programme.yaml");
    if (!parsed.ok) throw new Error("the journal does not parse");
    return parsed.programme;
  };
  /** Wait until the programme held (its journal catches up with the screen) passes `test`. */
  async function heldWhen(test: (programme: Programme) => boolean, what: string) {
    for (let i = 0; i < 400; i++) {
      const programme = held();
      if (test(programme)) return programme;
      await sleep(25);
    }
    throw new Error(`the planner never held ${what}`);
  }
  return { app, frame, until, press, journals, held, heldWhen };
}

afterEach(() => cleanup());

function lineWith(frame: string, text: string): string {
  return frame.split("\n").find((l) => l.includes(text)) ?? "";
}

function yearRow(frame: string, label: string): string {
  return frame.split("\n").find((l) => /^(▸ |→ |• | {2})/.test(l) && l.slice(2).startsWith(label)) ?? "";
}

function checksHeading(frame: string): string {
  return /Checks \(\d+\): \d+ errors?, \d+ warnings?, \d+ notes?/.exec(frame)?.[0] ?? "";
}

function headingFor(text: string): string {
  const parsed = parseProgramme(text, "programme.yaml");
  if (!parsed.ok) throw new Error("does not parse");
  const f = checkProgramme(parsed.programme, { today: TODAY });
  const n = (s: string) => f.filter((x) => x.severity === s).length;
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  return `Checks (${f.length}): ${plural(n("error"), "error")}, ${plural(n("warning"), "warning")}, ${plural(n("info"), "note")}`;
}

function parse(text: string): Programme {
  const parsed = parseProgramme(text, "programme.yaml");
  if (!parsed.ok) throw new Error("the programme does not parse");
  return parsed.programme;
}

const original = () => parse(source);

const placeOf = (programme: Programme, item: string) =>
  programme.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === item))?.id ?? "backlog";

describe("p: the auto-plan, change by change", () => {
  it("proposes adding back an item sent to the backlog; y and Enter apply it as an undoable edit", async () => {
    const { app, frame, until, press, journals, held } = mount();
    await until((f) => f.includes("▸ Mon 11 Jul"), "the year, on the first meeting");
    expect(frame()).toContain("p plan");
    // 29 Sep: the third item, Demographics of EHCPs, to the backlog.
    await press(KEY.down, KEY.right, "j", "j");
    await until((f) => /▸ \d\d:\d\d +6 Demographics of EHCPs/.test(f), "the EHCP item selected");
    await press("b");
    await until((f) => f.includes("Backlog (4)"), "four items in the backlog");
    expect(yearRow(frame(), "Mon 17 Apr")).toMatch(/ 50\/180/);

    await press("p");
    await until((f) => f.includes("Auto-plan as on Sun 1 May 2022"), "the proposal");
    // The screen stayed live: the progress line was drawn while HiGHS worked.
    expect(app.frames.some((f) => f.includes("Auto-planning… "))).toBe(true);
    let f = frame();
    expect(f).toContain(
      "Verified: the plan keeps every rule. Priority scheduled 20 of at most 20 (proven gap 0.0 %); 1 change to the current plan.",
    );
    expect(f).toContain("Auto-plan as on Sun 1 May 2022 · 1 change: 1 to decide");
    expect(f).toMatch(/▸ · \+ add {3}Demographics of EHCPs in Hackney \(40\) → Mon 17 Apr 2023/);
    expect(f).toContain("Left in the backlog (3)");
    expect(f).toContain(
      "School Admissions [admissions-review]: no minutes allotted: allot it minutes to have it planned",
    );
    expect(f).toContain("Enter apply");
    expect(f).toContain("Esc discard");

    await press("y");
    await until((f) => f.includes("1 change: 1 accepted "), "the change accepted");
    expect(frame()).toMatch(/▸ ✓ \+ add/);
    const before = journals.length;
    await press(KEY.enter);
    await until((f) => f.includes("Applied 1 of 1 proposed change"), "the change applied");
    await until(() => journals.length > before, "the journal written");
    f = frame();
    // The agenda, the year and the checks answer as after any edit.
    expect(placeOf(held(), "ehcp-demographics")).toBe("2023-04");
    expect(yearRow(f, "Mon 17 Apr")).toMatch(/ 90\/180/);
    expect(f).toContain("Backlog (3)");
    expect(f).toContain("● 2 unsaved");
    expect(checksHeading(f)).toBe(headingFor(journals.at(-1)!.source));
    await press("h", KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down);
    await until((f) => f.includes("Mon 17 Apr 2023 19:00–22:00"), "the April meeting");
    expect(lineWith(frame(), "Demographics of EHCPs")).toMatch(/\d\d:\d\d +\d+ Demographics of EHCPs.* 40 /);
    // One edit, undone with u like any other.
    await press("u");
    await until((f) => f.includes("Backlog (4)"), "the item back in the backlog");
    expect(frame()).toContain("Undid: Add Demographics of EHCPs in Hackney from the backlog to 17 Apr 2023");
  });

  it("clears an overrun: the officer over-fills 16 Jan, accepts the plan's move, and the error goes", async () => {
    const { frame, until, press, journals, held } = mount();
    await until((f) => f.includes("▸ Mon 11 Jul") && /Checks \(\d+\)/.test(f), "the screen and its checks");
    expect(checksHeading(frame())).toMatch(/: 0 errors,/);
    // 27 Feb: SEND Action Plan (60 minutes) into 16 Jan, which then needs 195 of its 180.
    await press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.right, "j");
    await until((f) => /▸ 19:50 +5 SEND Action Plan/.test(f), "SEND Action Plan selected");
    await press("m", KEY.up, KEY.up, KEY.up, KEY.up, KEY.enter);
    await until((f) => /Checks \(\d+\): 1 error,/.test(f), "the overrun");
    expect(yearRow(frame(), "Mon 16 Jan")).toMatch(/195\/180 ✖1/);

    await press("p");
    await until((f) => f.includes("Auto-plan as on Sun 1 May 2022"), "the proposal");
    // The fewest changes that keep every rule: one item leaves 16 Jan.
    const f = frame();
    expect(f).toContain("1 change to the current plan.");
    expect(f).toMatch(/▸ · ~ move {2}.+: Mon 16 Jan 2023 → /);
    await press("y", KEY.enter);
    await until((f) => /Checks \(\d+\): 0 errors,/.test(f), "no error after the plan's move");
    expect(frame()).toMatch(/Applied 1 of 1 proposed change · 1 error fewer · u undo/);
    expect(yearRow(frame(), "Mon 16 Jan")).not.toContain("✖");
    // The programme as planned keeps every rule, by the planner package's own independent check.
    await until(() => journals.at(-1)?.edits.length === 2, "both edits in the journal");
    expect(verifyPlan(original(), held(), { today: TODAY })).toEqual([]);
  });

  it("applies only what was accepted: n rejects, Esc discards, and a rejected change is left alone", async () => {
    const { frame, until, press, heldWhen } = mount();
    await until((f) => f.includes("▸ Mon 11 Jul"), "the screen");
    // 29 Sep's Exam Results and Demographics of EHCPs to the backlog.
    await press(KEY.down, KEY.right, "j", "b");
    await until((f) => f.includes("Backlog (4)"), "one in the backlog");
    await press("b");
    await until((f) => f.includes("Backlog (5)"), "two in the backlog");

    await press("p");
    await until((f) => f.includes("2 changes: 2 to decide"), "two changes");
    // Esc throws the proposal away: nothing changes.
    await press(KEY.escape);
    await until((f) => f.includes("Auto-plan discarded: nothing changed"), "the proposal discarded");
    expect(frame()).toContain("Backlog (5)");

    await press("p");
    await until((f) => f.includes("2 changes: 2 to decide"), "two changes again");
    // Enter with nothing accepted applies nothing and keeps the proposal.
    await press(KEY.enter);
    await until((f) => f.includes("Nothing accepted yet"), "the hint");
    expect(frame()).toContain("2 changes: 2 to decide");
    // n on the first moves on to the second; y accepts it.
    await press("n");
    await until((f) => f.includes("2 changes: 1 rejected, 1 to decide"), "the first rejected");
    expect(frame()).toMatch(/ {2}✗ \+ add/);
    await press("y");
    await until((f) => f.includes("2 changes: 1 accepted, 1 rejected "), "the second accepted");
    const rows = frame()
      .split("\n")
      .filter((l) => /^[▸ ] [✓✗·] [+~-] /.test(l));
    expect(rows).toHaveLength(2);
    const accepted = /\+ add {3}(.+?) \(\d+\)/.exec(rows.find((l) => l.includes("✓"))!)![1]!;
    const rejected = /\+ add {3}(.+?) \(\d+\)/.exec(rows.find((l) => l.includes("✗"))!)![1]!;
    await press(KEY.enter);
    await until((f) => f.includes("Applied 1 of 2 proposed changes"), "one applied");
    expect(frame()).toContain("Backlog (4)");
    const idOf = (title: string) => programme.items.find((i) => i.title === title)!.id;
    const programme = await heldWhen((p) => p.backlog.length === 4, "four items in the backlog");
    expect(placeOf(programme, idOf(accepted))).not.toBe("backlog");
    expect(placeOf(programme, idOf(rejected))).toBe("backlog");
  });

  it("shows the conflicting rules and the smallest repair when no plan keeps every rule", async () => {
    // Both Cabinet Q&As pinned to February (one a meeting, and Cllr Bramble told only on 15 Feb).
    const text = source
      .replace(
        "    title: Cabinet Q&A - Cllr Woodley\n",
        "    title: Cabinet Q&A - Cllr Woodley\n    pinned: 2023-02\n",
      )
      .replace(
        "    title: Cabinet Q&A - Cllr Bramble\n",
        "    title: Cabinet Q&A - Cllr Bramble\n    pinned: 2023-02\n",
      );
    const { frame, until, press } = mount({ text, size: { columns: 80, rows: 24 } });
    await until((f) => f.includes("Year (8 meetings"), "the screen");
    await press("p");
    await until((f) => f.includes("no plan"), "the answer", 60);
    const f = frame();
    expect(f).toContain("No plan keeps every rule.");
    expect(f).toContain("2 conflicts");
    expect(f).toContain("Checks before solving");
    expect(f).toContain("Esc close");
    // Every conflict in full, wrapped in 80 columns, in the officer's words.
    const flat = f
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    expect(flat).toContain(
      "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to the February meeting.",
    );
    expect(flat).toContain(
      "Cabinet Q&A - Cllr Bramble is pinned to the February meeting, but it needs six weeks' notice and Cllr Anntoinette Bramble was told the topics on 15 February 2023, so no meeting before 29 March 2023.",
    );
    expect(flat).toContain("Smallest repair: unpin Cabinet Q&A - Cllr Bramble (it can then go to the April meeting).");
    for (const line of f.split("\n")) expect(cells(line)).toBeLessThanOrEqual(80);
    expect(f.split("\n").length).toBeLessThanOrEqual(23);
    // Nothing to accept; Enter closes and nothing changed.
    await press("y");
    await until((f) => f.includes("Nothing to accept: no plan keeps every rule"), "the hint");
    await press(KEY.enter);
    await until((f) => f.includes("Year (8 meetings"), "the planner again");
    expect(frame()).toContain("✓ saved");
  });
});

describe("a long proposal in 80×24", () => {
  it("scrolls the changes with the cursor, a accepts them all, and Enter makes the whole plan", async () => {
    // Every meeting's topics but 30 Nov's (a declaration ties one there) in the backlog: a year to rebuild.
    const p = original();
    const topics = ["2022-07", "2022-09", "2022-10", "2023-01", "2023-02", "2023-03", "2023-04"].flatMap((id) =>
      p.meetings
        .find((m) => m.id === id)!
        .agenda.map(agendaItemId)
        .filter((item) => !p.items.find((i) => i.id === item)!.procedural),
    );
    let text = source;
    for (const item of topics) text = applyEditToSource(text, { type: "move-item", item, to: "backlog" });
    const { frame, until, press, journals, held } = mount({ text, size: { columns: 80, rows: 24 } });
    await until((f) => f.includes("Year (8 meetings"), "the screen");
    await press("p");
    await until((f) => /Auto-plan as on Sun 1 May 2022 · \d+ changes: \d+ to decide/.test(f), "the proposal", 60);
    const n = Number(/· (\d+) changes:/.exec(frame())![1]);
    expect(n).toBeGreaterThanOrEqual(topics.length - 1);
    expect(frame()).toContain("more below: ↑ ↓ to scroll");
    const fits = () => {
      const lines = frame().split("\n");
      expect(lines.length).toBeLessThanOrEqual(23);
      for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(80);
    };
    fits();
    // Down to the last change: the list scrolls to keep it in view.
    for (let i = 1; i < n; i++) await press(KEY.down);
    await until((f) => f.includes("above"), "the list scrolled");
    const selected = lineWith(frame(), "▸ · ");
    expect(selected).toMatch(/^▸ · [+~-] /);
    fits();
    await press("a");
    await until((f) => f.includes(`${n} changes: ${n} accepted `), "every change accepted");
    await press(KEY.enter);
    await until((f) => f.includes(`Applied ${n} of ${n} proposed changes`), "the plan applied", 30);
    await until(() => journals.at(-1)?.edits.length === n, "every edit journalled");
    expect(verifyPlan(parse(text), held(), { today: TODAY })).toEqual([]);
    expect(checksHeading(frame())).toMatch(/: 0 errors,/);
    fits();
  }, 120_000);
});

describe("while the auto-planner works", () => {
  /** HiGHS behind a gate: each solve waits until the test opens it. */
  function gated() {
    let open: () => void = () => undefined;
    let gate = new Promise<void>((r) => (open = r));
    let solves = 0;
    const solver: Solver = {
      name: "HiGHS (gated)",
      async solve(request) {
        solves++;
        await gate;
        return highs.solve(request);
      },
    };
    return {
      solver,
      solves: () => solves,
      release: () => {
        open();
        gate = Promise.resolve();
      },
    };
  }

  it("shows its progress, lets the officer move around but not edit, and Esc stops it: its answer is ignored", async () => {
    const g = gated();
    const { app, frame, until, press } = mount({ solver: g.solver });
    await until((f) => f.includes("▸ Mon 11 Jul"), "the screen");
    await press("p");
    await until((f) => f.includes("Auto-planning… scheduling the most priority"), "the progress line");
    expect(frame()).toContain("Esc stops it");
    // Moving around works; an edit is refused with a word on why.
    await press(KEY.down);
    await until((f) => f.includes("▸ Thu 29 Sep"), "the next meeting selected");
    await press("x");
    await until((f) => f.includes("The auto-planner is working on the programme: Esc stops it"), "the refusal");
    expect(frame()).toContain("✓ saved");
    await press(KEY.escape);
    await until((f) => f.includes("Auto-plan stopped: nothing changed"), "stopped");
    // The solve in flight ends; the plan it belonged to asks for no more and shows nothing. (HiGHS
    // in this thread answers in microtasks only, so the stop is given a moment to take effect first,
    // as it always has while a real solve runs.)
    await sleep(100);
    g.release();
    await sleep(1500);
    expect(g.solves()).toBe(1);
    expect(app.frames.some((f) => f.includes("Auto-plan as on"))).toBe(false);
    expect(frame()).toContain("✓ saved");
    // Edits work again.
    await press("x");
    await until((f) => f.includes("● 1 unsaved"), "the meeting cancelled");
    expect(yearRow(frame(), "Thu 29 Sep")).toContain("✕");
  });

  it("runs in a worker thread by default: the screen keeps drawing while HiGHS solves", async () => {
    const { app, frame, until, press } = mount({ solver: "worker" });
    await until((f) => f.includes("▸ Mon 11 Jul"), "the screen");
    await press(KEY.down, KEY.right, "j", "j", "b");
    await until((f) => f.includes("Backlog (4)"), "the item in the backlog");
    await press("p");
    await until((f) => f.includes("Auto-planning…"), "the progress line");
    // The event loop is free while the worker solves: keys are handled at once.
    await press(KEY.up);
    await until(
      (f) => f.includes("Auto-planning…") && /▸ \d\d:\d\d +5 School Exam Results 2022/.test(f),
      "the cursor moved during the solve",
    );
    await until((f) => f.includes("Auto-plan as on Sun 1 May 2022"), "the proposal", 60);
    expect(frame()).toMatch(/\+ add {3}Demographics of EHCPs in Hackney \(40\) → Mon 17 Apr 2023/);
    expect(app.frames.some((f) => /Auto-planning… .* · \d+ s/.test(f))).toBe(true);
    // Stopped mid-way, then asked again: a fresh worker answers.
    await press(KEY.escape, "p", KEY.escape);
    await until((f) => f.includes("Auto-plan stopped"), "stopped");
    await press("p");
    await until((f) => f.includes("Auto-plan as on Sun 1 May 2022"), "the proposal again", 60);
  });
});
