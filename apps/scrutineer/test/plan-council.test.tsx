import { indexProgramme } from "@scrutineer/model";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { hashSource, type Journal } from "../src/io/journal.js";
import { CouncilPlanner } from "../src/planner/council-app.js";
import type { PlannerIo } from "../src/planner/hooks/use-side-effects.js";
import type { CouncilInit } from "../src/planner/state/council.js";
import type { Size } from "../src/planner/view/layout.js";
import { cells } from "../src/planner/view/text.js";
import { councilInit } from "./council-state.fixtures.js";

const KEY = { down: "\x1b[B", up: "\x1b[A", enter: "\r", escape: "\x1b" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The council planner on the Hackney example, with an edge per committee that records what it is asked. */
function mount(init: CouncilInit = councilInit(), size: Size = { columns: 80, rows: 24 }) {
  const journals = new Map<string, (Journal | null)[]>();
  const saved = new Map<string, string[]>();
  const app = render(
    <CouncilPlanner
      init={init}
      ioFor={(slot): PlannerIo => {
        const id = slot.entry.id;
        let disk = slot.init.source;
        return {
          diskHash: async () => hashSource(disk),
          save: async (text) => {
            saved.set(id, [...(saved.get(id) ?? []), text]);
            disk = text;
            return hashSource(text);
          },
          writeJournal: async (journal) => {
            journals.set(id, [...(journals.get(id) ?? []), journal]);
          },
          writeExports: async (files) => files.map((f) => f.name),
          readIcalState: async () => undefined,
        };
      }}
      now="2023-01-09T12:00:00Z"
      size={size}
      colour={false}
    />,
  );
  const frame = () => app.lastFrame() ?? "";
  async function until(test: (frame: string) => boolean, what: string) {
    for (let i = 0; i < 200; i++) {
      if (test(frame())) return frame();
      await sleep(25);
    }
    throw new Error(`the screen never showed ${what}:\n${frame()}`);
  }
  async function press(...keys: string[]) {
    for (const k of keys) {
      app.stdin.write(k);
      await sleep(40);
    }
  }
  return { app, frame, until, press, journals, saved };
}

afterEach(() => cleanup());

function fits(frame: string, size: Size) {
  const lines = frame.split("\n");
  expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
  for (const line of lines) expect(cells(line), line).toBeLessThanOrEqual(size.columns);
}

describe("scrutineer plan <council-folder> (ink)", () => {
  it("opens the committees, opens one, switches, marks a clash made by an unsaved edit on the timeline, in 80×24", async () => {
    const { until, press, journals, saved } = mount();
    let f = await until((x) => x.includes("Committees (6)"), "the committees list");
    expect(f).toContain("Scrutineer · London Borough of Hackney · 2022/23 ");
    expect(f).toMatch(/▸ Children and Young Peo.*commission\s+2022\/23\s+8/);
    expect(f).toMatch(/Scrutiny Panel\s+panel\s+2022\/23\s+2/);
    fits(f, { columns: 80, rows: 24 });

    // Open the Scrutiny Panel: the planner on its file, on its next meeting (24 April 2023).
    await press(KEY.down, KEY.enter);
    f = await until((x) => x.includes("Year (2 meetings"), "the Panel's planner");
    expect(f).toContain("Scrutineer · Scrutiny Panel 2022/23 · scrutiny-pan");
    expect(f).toContain("Esc committees");
    // Move it to 27 February 2023, CYP's evening: Cllr Gordon sits on both.
    await press("t", "2023-02-27", KEY.enter);
    f = await until((x) => x.includes("● 1 unsaved"), "the move");
    expect(f).toMatch(/Mon 27 Feb/);

    // ] switches to the next committee, [ comes back: the Panel's unsaved edit is still there.
    await press("]");
    await until((x) => x.includes("Scrutineer · Living in Hackney 2022/23"), "Living in Hackney");
    await press("[");
    f = await until((x) => x.includes("Scrutineer · Scrutiny Panel 2022/23"), "back on the Panel");
    expect(f).toContain("● 1 unsaved");

    // T: every committee's meetings on one timeline; the clash marked on both meetings, explained below.
    await press("T");
    f = await until((x) => x.includes("Council timeline"), "the timeline");
    const clashes = f.split("\n").filter((l) => l.includes("⚠ member-clash") && !l.includes("member-clash:"));
    expect(clashes).toHaveLength(2);
    expect(clashes.some((l) => l.includes("CYP"))).toBe(true);
    expect(clashes.some((l) => l.includes("Scrutiny Panel"))).toBe(true);
    expect(f).toContain("Council timeline · 18 meetings · across committees ✖0 ⚠1");
    expect(f).toMatch(/⚠ member-clash: Cllr Margaret Gordon sits on CYP and/);
    fits(f, { columns: 80, rows: 24 });

    // Esc leaves the timeline; Esc on the year goes back to the committees, which count the unsaved edit.
    await press(KEY.escape);
    await until((x) => x.includes("Year (2 meetings"), "the Panel's year again");
    await press(KEY.escape);
    f = await until((x) => x.includes("Committees (6)"), "the committees list again");
    expect(f).toMatch(/Scrutiny Panel.*⚠ 1\s+● 1/);
    expect(f).toContain("● unsaved in 1 committee");

    // q asks; k keeps the edit in the Panel's journal (and only there), and nothing is saved.
    await press("q");
    f = await until((x) => x.includes("Quit?"), "the quit question");
    expect(f).toContain("1 unsaved edit in Scrutiny Panel (1).");
    await press("k");
    await sleep(200);
    const last = journals.get("scrutiny-panel")?.at(-1);
    expect(last?.file).toBe("scrutiny-panel.yaml");
    expect(last?.edits).toEqual([{ type: "move-meeting", meeting: "2023-04", date: "2023-02-27" }]);
    expect(journals.get("cyp") ?? []).toEqual([]);
    expect(saved.size).toBe(0);
  });

  it("s saves each committee's edits to its own file, then quits", async () => {
    const { until, press, saved, journals } = mount();
    await until((x) => x.includes("Committees (6)"), "the committees list");
    await press(KEY.enter);
    await until((x) => x.includes("Year (8 meetings"), "CYP's planner");
    await press("]");
    await until((x) => x.includes("Year (2 meetings"), "the Panel's planner");
    await press("t", "2023-02-27", KEY.enter);
    await until((x) => x.includes("● 1 unsaved"), "the move");
    await press("q");
    await until((x) => x.includes("Quit?"), "the quit question");
    await press("s");
    for (let i = 0; i < 100 && !saved.has("scrutiny-panel"); i++) await sleep(25);
    expect([...saved.keys()]).toEqual(["scrutiny-panel"]);
    expect(saved.get("scrutiny-panel")?.[0]).toContain("date: 2023-02-27");
    // Only the lines of the move changed: the register ids stay ids, the comments stay.
    expect(saved.get("scrutiny-panel")?.[0]).toContain("- { id: margaret-gordon, role: chair }");
    // Saved: the Panel's journal is removed; CYP, opened but unchanged, never had one.
    for (let i = 0; i < 100 && journals.get("scrutiny-panel")?.at(-1) !== null; i++) await sleep(25);
    expect(journals.get("scrutiny-panel")?.at(-1)).toBeNull();
    expect((journals.get("cyp") ?? []).every((j) => j === null)).toBe(true);
  });

  it("shows a committee name's control characters, never sends them to the terminal", async () => {
    // The parser refuses them (docs/limits.md); the screen still shows, never obeys, any that reach it.
    const init = councilInit();
    const panel = init.committees[1]!;
    const programme = panel.index.programme;
    const hostile = indexProgramme({
      ...programme,
      commission: { ...programme.commission, name: "Scrutiny \x1b[31mPanel\x1b]0;owned\x07" },
    });
    const committees = init.committees.map((c) => (c === panel ? { ...c, index: hostile } : c));
    const { until } = mount({ ...init, committees }, { columns: 160, rows: 30 });
    const f = await until((x) => x.includes("Committees (6)"), "the committees list");
    expect(f).toContain("Scrutiny ␛[31mPanel␛]0;owned␇");
    expect(f).not.toContain("\x1b[31mPanel");
    expect(f).not.toContain("\x1b]0;");
  });
});
