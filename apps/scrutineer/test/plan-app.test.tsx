import { readFileSync } from "node:fs";
import type { IcalState } from "@scrutineer/ical";
import { parseProgramme } from "@scrutineer/model";
import type { Key } from "ink";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { hashSource, type Journal, type Recovery } from "../src/io/journal.js";
import { Planner } from "../src/planner/app.js";
import type { PlannerIo } from "../src/planner/hooks/use-side-effects.js";
import { HELP, splitKeys } from "../src/planner/input/keys.js";
import { initialState, journalFor, reduce } from "../src/planner/state/index.js";
import type { Size } from "../src/planner/view/layout.js";
import { cells } from "../src/planner/view/text.js";
import { example } from "./helpers.js";

const source = readFileSync(example, "utf8");
const TODAY = "2023-01-09";

const KEY = {
  up: "\x1b[A",
  down: "\x1b[B",
  right: "\x1b[C",
  left: "\x1b[D",
  enter: "\r",
  escape: "\x1b",
  tab: "\t",
  backspace: "\x7f",
  ctrlS: "\x13",
};

/** A fake edge that records what the planner asks of it. */
function fakeIo(options: { disk?: string } = {}) {
  const calls = {
    saved: [] as string[],
    journals: [] as (Journal | null)[],
    exports: [] as { name: string; content: string }[],
  };
  let disk = options.disk ?? source;
  const io: PlannerIo = {
    diskHash: async () => hashSource(disk),
    save: async (text) => {
      calls.saved.push(text);
      disk = text;
      return hashSource(text);
    },
    writeJournal: async (journal) => {
      calls.journals.push(journal);
    },
    writeExports: async (files) => {
      calls.exports.push(...files);
      // As the real edge names them: the calendar state beside the programme, the rest under exports/.
      return files.map((f) => (f.name === "ical-state" ? "programme.ical-state.json" : `exports/${f.name}`));
    },
    readIcalState: async () => undefined as IcalState | undefined,
  };
  return { io, calls, setDisk: (text: string) => (disk = text) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function mount(options: { size?: Size; recovery?: Recovery; disk?: string; text?: string } = {}) {
  const fake = fakeIo(options.disk === undefined ? {} : { disk: options.disk });
  const text = options.text ?? source;
  const app = render(
    <Planner
      init={{
        file: "programme.yaml",
        source: text,
        baseHash: hashSource(options.disk ?? text),
        today: TODAY,
        ...(options.recovery ? { recovery: options.recovery } : {}),
      }}
      io={fake.io}
      now="2023-01-09T12:00:00Z"
      size={options.size ?? { columns: 140, rows: 40 }}
      colour={false}
    />,
  );
  const frame = () => app.lastFrame() ?? "";
  /** Wait until the screen shows what is expected (edits re-run every check, which takes a moment). */
  async function until(test: (frame: string) => boolean, what: string) {
    for (let i = 0; i < 1200; i++) {
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
  return { app, frame, until, press, ...fake };
}

afterEach(() => cleanup());

/** The line of the screen that contains `text`. */
function lineWith(frame: string, text: string): string {
  return frame.split("\n").find((l) => l.includes(text)) ?? "";
}

/** A meeting's row in the year pane (the pane is at the start of each line). */
function yearRow(frame: string, label: string): string {
  return frame.split("\n").find((l) => /^(▸ |→ |• | {2})/.test(l) && l.slice(2).startsWith(label)) ?? "";
}

describe("the planner screen", () => {
  it("draws its first frame before the checks have run, saying so, and fills them in when they are in", async () => {
    const { frame, until } = mount();
    // The frame React committed on mounting, before any timer could run the checks.
    const first = frame();
    expect(first).toContain("Year (8 meetings");
    expect(yearRow(first, "Mon 16 Jan")).toMatch(/^▸ Mon 16 Jan +checking…/);
    expect(first).toContain("Mon 16 Jan 2023 19:00–22:00 · Council Chamber");
    expect(lineWith(first, "City & Hackney Safeguarding")).toMatch(/City & Hackney Safeguarding.*45 confirmed/);
    expect(first).toContain("Checks: checking…");
    expect(first).not.toMatch(/Checks \(\d+\)/);
    await until((f) => /Checks \(\d+\): 0 errors/.test(f), "the checks");
    expect(frame()).not.toContain("checking…");
    expect(yearRow(frame(), "Mon 16 Jan")).toMatch(/⚠4 agenda out +│/);
  });

  it("shows the year, the selected meeting with computed times, the backlog and the checks", async () => {
    const { frame, until } = mount();
    await until((f) => f.includes("Year (8 meetings") && /Checks \(\d+\)/.test(f), "the year pane and the checks");
    const f = frame();
    expect(f).toContain("Scrutineer · Children and Young People Scrutiny Commission · 2022/23 · programme.yaml");
    expect(f).toContain("today Mon 9 Jan 2023");
    // Every meeting with minutes used of available, the moved one marked.
    expect(yearRow(f, "Thu 29 Sep")).toMatch(/Thu 29 Sep ↷ █+░* +150\/180/);
    expect(yearRow(f, "Mon 16 Jan")).toMatch(/^▸ Mon 16 Jan/);
    // Each meeting's standing in the deadlines package's words (compact in a narrow column); held meetings say so.
    expect(yearRow(f, "Mon 27 Feb")).toMatch(/papers 26wd|papers due in 36 days \(26 working\)/);
    expect(yearRow(f, "Mon 16 Jan")).toMatch(/⚠4 agenda out +│/);
    expect(yearRow(f, "Mon 11 Jul")).toContain("held");
    expect(f).toContain("│  agenda out; meeting in 7 days · papers Wed 4 Jan (stated) · dispatch");
    // The 16 Jan meeting: start times computed from the minutes, as the front sheet printed them.
    expect(f).toContain("Mon 16 Jan 2023 19:00–22:00 · Council Chamber");
    expect(lineWith(f, "City & Hackney Safeguarding")).toMatch(/19:05 +4 City & Hackney Safeguarding.*45 confirmed/);
    expect(lineWith(f, "Unregistered Educational")).toMatch(/19:50 +5 /);
    expect(f).toContain("ends 21:15 · 45 min to spare before 22:00");
    expect(f).toContain("Backlog (3)");
    expect(lineWith(f, "Residential Placements")).toContain("TBC");
    expect(f).toMatch(/Checks \(\d+\): 0 errors, \d+ warnings, \d+ notes/);
    expect(f).toContain("? help");
  });

  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 100, rows: 30 },
    { columns: 160, rows: 50 },
  ]) {
    it(`fits ${size.columns}×${size.rows}: no line wider than the terminal, no line wrapped, one row spare`, async () => {
      const { frame, until, press } = mount({ size });
      await until((f) => f.includes("Year (8 meetings"), "the year pane");
      for (const keys of [[], [KEY.right], [KEY.tab], [KEY.tab], ["?"]]) {
        await press(...keys);
        const lines = frame().split("\n");
        expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
        for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(size.columns);
      }
    });
  }

  it("stacks the panes in 80 columns and cuts long titles with an ellipsis", async () => {
    const { frame, until } = mount({ size: { columns: 80, rows: 24 } });
    await until((f) => f.includes("Year (8 meetings"), "the year pane");
    const f = frame();
    expect(f).toContain("Scrutineer · CYP 2022/23 · programme.yaml");
    const title = lineWith(f, "Mon 16 Jan 2023 19:00–22:00");
    expect(title).toContain("…");
    expect(title.startsWith("──")).toBe(true);
    // The year pane above the meeting pane: stacked, not side by side.
    expect(f.indexOf("Year (8 meetings")).toBeLessThan(f.indexOf("Mon 16 Jan 2023 19:00"));
    expect(lineWith(f, "Year (8 meetings")).not.toContain("│");
  });
});

describe("navigation", () => {
  it("moves through meetings, opens one, moves through its items and changes pane", async () => {
    const { frame, until, press } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the next meeting selected");
    await press(KEY.down);
    await until((f) => f.includes("▸ Mon 27 Feb"), "27 Feb selected");
    expect(frame()).toContain("Mon 27 Feb 2023 19:00–22:00");
    expect(frame()).toContain("Cabinet Q&A - Cllr Woodley");
    await press(KEY.right);
    await until((f) => /▸ 19:05 +4 Cabinet Q&A/.test(f), "the first item selected");
    await press("j");
    await until((f) => /▸ 19:50 +5 SEND Action Plan/.test(f), "the second item selected");
    await press(KEY.tab);
    await until((f) => /▸ School Admissions/.test(f), "the backlog focused");
    await press(KEY.tab);
    await until((f) => f.includes("▸ ⚠") || f.includes("▸ ℹ") || f.includes("▸ ✖"), "a finding selected");
    await press(KEY.escape);
    await until((f) => f.includes("↑↓ meeting"), "the year's footer");
  });

  it("jumps from a finding to its meeting and item", async () => {
    const { frame, until, press } = mount();
    await until((f) => f.includes("Year (8"), "the screen");
    await press(KEY.tab, KEY.tab, KEY.tab);
    await until((f) => f.includes("↑↓ finding"), "the checks focused");
    // Down the list to the finding about CAMHS having no minutes, then Enter.
    const camhs = /▸ [⚠ℹ✖] 17 Apr: Item 4 "Accessibility of CAMHS"/;
    for (let i = 0; i < 40 && !camhs.test(frame()); i++) await press("j");
    expect(frame()).toMatch(camhs);
    await press(KEY.enter);
    await until((f) => /▸ 19:05 +4 Accessibility of CAMHS/.test(f), "the item selected");
    expect(frame()).toContain("Mon 17 Apr 2023 19:00–22:00");
    expect(frame()).toContain("↑↓ item");
  });
});

describe("keys typed together", () => {
  it("handles each key of a burst read at once (the planner was busy), none lost", async () => {
    const { until, press, app } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press(KEY.right);
    await until((f) => /▸ 19:05 +4 City/.test(f), "the first item");
    app.stdin.write("jj");
    await until((f) => /▸ 20:20 +6 Outcome of School Exclusions/.test(f), "two rows down");
    app.stdin.write("t9\r");
    await until(
      (f) => f.includes("Give Outcome of School Exclusions - Review Update 9 min (was 45 min)"),
      "typed minutes",
    );
  });

  it("splits a run of characters into keys: Enter, Tab, Backspace, Ctrl and capitals", () => {
    const blank = splitKeys("a", { ...({} as Key) })[0]![1];
    const keys = splitKeys("\rq\tK\x7f\x13", blank);
    expect(keys.map(([input]) => input)).toEqual(["", "q", "", "K", "", "s"]);
    expect(keys[0]![1].return).toBe(true);
    expect(keys[2]![1].tab).toBe(true);
    expect(keys[3]![1].shift).toBe(true);
    expect(keys[4]![1].backspace).toBe(true);
    expect(keys[5]![1].ctrl).toBe(true);
    expect(splitKeys("j", blank)).toEqual([["j", blank]]);
  });
});

describe("editing with keys", () => {
  it("moves a 60-minute item into a full meeting: the checks panel shows the overrun at once", async () => {
    const { frame, until, press } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan") && /Checks \(\d+\)/.test(f), "the screen and its checks");
    expect(frame()).toMatch(/Checks \(\d+\): 0 errors/);
    await press(KEY.down, KEY.right, "j");
    await until((f) => /▸ 19:50 +5 SEND Action Plan/.test(f), "SEND Action Plan selected");
    await press("m");
    await until((f) => f.includes("Move to…"), "the move picker");
    expect(frame()).toContain("→ Backlog (3)");
    await press(KEY.up, KEY.up, KEY.up, KEY.up);
    await until((f) => f.includes("→ Mon 16 Jan"), "16 Jan as the target");
    expect(frame()).toContain("Move SEND Action Plan to Mon 16 Jan 2023: Enter to move");
    await press(KEY.enter);
    await until((f) => /Checks \(\d+\): 1 error,/.test(f), "one error");
    const f = frame();
    expect(f).toContain("Move SEND Action Plan from 27 Feb 2023 to 16 Jan 2023 · 1 new error · u undo");
    expect(f).toMatch(/✖ 16 Jan: The agenda needs 195 minutes but the meeting has 180/);
    expect(yearRow(f, "Mon 16 Jan")).toMatch(/195\/180 ✖1/);
    expect(f).toContain("● 1 unsaved");
    // Undo puts it back and the error goes; redo brings both back.
    await press("u");
    await until((f) => /Checks \(\d+\): 0 errors/.test(f), "no errors after undo");
    expect(frame()).toContain("Undid: Move SEND Action Plan from 27 Feb 2023 to 16 Jan 2023 · r redo");
    expect(frame()).toContain("✓ saved");
    await press("r");
    await until((f) => /Checks \(\d+\): 1 error,/.test(f), "the error back after redo");
  });

  it("makes every kind of edit from the keyboard, then saves them all", async () => {
    const { frame, until, press, calls } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    // 17 Apr: minutes for CAMHS typed, then stepped, status cycled.
    await press(KEY.down, KEY.down, KEY.down, KEY.right);
    await until((f) => f.includes("▸ 19:05  4 Accessibility of CAMHS") || /▸ 19:05 +4 Accessibility/.test(f), "CAMHS");
    await press("t");
    await until((f) => f.includes("Minutes for Accessibility of CAMHS"), "the minutes prompt");
    await press("3", "0", "-", "4", "5", KEY.enter);
    await until((f) => f.includes("Give Accessibility of CAMHS 30-45 min (was no minutes)"), "typed minutes");
    await press("+");
    await until((f) => f.includes("Give Accessibility of CAMHS 35-50 min"), "stepped minutes");
    await press("c");
    await until((f) => f.includes("Mark Accessibility of CAMHS TBC (was to be scoped)"), "status cycled");
    // Reorder: CAMHS down below the Cabinet Q&A, then take them alongside each other.
    await press("J");
    await until((f) => f.includes("Move Accessibility of CAMHS down one place on 17 Apr 2023"), "reordered");
    await press("j", "a");
    await until((f) => f.includes("Take Accessibility of CAMHS alongside Cabinet Q&A - Cllr Bramble"), "alongside");
    // Send it to the backlog; add School Admissions from the backlog to this meeting.
    await press("b");
    await until((f) => f.includes("Move Accessibility of CAMHS from 17 Apr 2023 to the backlog"), "to the backlog");
    await press(KEY.tab);
    await until((f) => /▸ School Admissions/.test(f), "the backlog focused");
    await press(KEY.enter);
    await until((f) => f.includes("Add School Admissions from the backlog to 17 Apr 2023"), "added from the backlog");
    // The meeting: moved a week later, then 20 Mar cancelled.
    await press(KEY.escape, "t");
    await until((f) => f.includes("Move the meeting to (YYYY-MM-DD"), "the date prompt");
    await press(KEY.down, KEY.enter);
    await until((f) => f.includes("Move the meeting of 17 Apr 2023 to 24 Apr 2023"), "meeting moved");
    expect(yearRow(frame(), "Mon 24 Apr")).toContain("↷");
    await press("k", "x");
    await until((f) => f.includes("Cancel the meeting of 20 Mar 2023"), "meeting cancelled");
    expect(yearRow(frame(), "Mon 20 Mar")).toMatch(/✕.*cancelled/);
    expect(frame()).toContain("● 9 unsaved");

    await press(KEY.ctrlS);
    await until((f) => f.includes("Saved programme.yaml"), "saved");
    expect(frame()).toContain("✓ saved");
    expect(calls.saved).toHaveLength(1);
    const saved = parseProgramme(calls.saved[0]!);
    if (!saved.ok) throw new Error("the saved file does not parse");
    const p = saved.programme;
    const item = (id: string) => p.items.find((i) => i.id === id)!;
    expect(item("camhs-accessibility")).toMatchObject({
      minutes: "35-50",
      status: "tbc",
      alongside: ["cabinet-qa-bramble"],
    });
    expect(item("cabinet-qa-bramble").alongside).toEqual(["camhs-accessibility"]);
    expect(p.backlog).toEqual(["residential-placements", "graduated-send-provision", "camhs-accessibility"]);
    const april = p.meetings.find((m) => m.id === "2023-04")!;
    expect(april).toMatchObject({ date: "2023-04-24", status: "moved", movedFrom: "2023-04-17" });
    expect(april.agenda).toEqual(["cabinet-qa-bramble", "admissions-review"]);
    expect(p.meetings.find((m) => m.id === "2023-03")!.status).toBe("cancelled");
    // The officer's comments are still in the file.
    expect(calls.saved[0]).toContain(
      "# Status legend of the table: Bold = confirmed, Red = confirmed but to be scoped, TBC.",
    );
    expect(calls.saved[0]).toContain('officers: [david-court, annie-gammon] # "David Court TBC"');
    // After the save the journal is removed.
    await until(() => calls.journals.at(-1) === null, "the journal removed");
  });
});

describe("the journal", () => {
  it("is written after every edit with the base hash and the edits", async () => {
    const { until, press, calls } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press("x");
    await until(() => calls.journals.some((j) => j !== null), "a journal");
    const journal = calls.journals.findLast((j) => j !== null)!;
    expect(journal.baseHash).toBe(hashSource(source));
    expect(journal.edits).toEqual([{ type: "cancel-meeting", meeting: "2023-01" }]);
    expect(journal.descriptions).toEqual(["Cancel the meeting of 16 Jan 2023"]);
  });

  it("offers recovery at start, and recovers the edits as unsaved", async () => {
    const journal = journalFor(
      [
        { type: "edit" as const, edit: { type: "cancel-meeting" as const, meeting: "2023-04" } },
        { type: "edit" as const, edit: { type: "set-minutes" as const, item: "fsm-letter", minutes: 10 } },
      ].reduce(reduce, initialState({ file: "programme.yaml", source, baseHash: hashSource(source), today: TODAY })),
    )!;
    const { frame, until, press, calls } = mount({ recovery: { kind: "offer", journal } });
    await until((f) => f.includes("Unsaved edits from last time"), "the recovery question");
    expect(frame()).toContain("• Cancel the meeting of 17 Apr 2023");
    expect(frame()).toContain("• Give Free School Meals (Childhood Food Poverty) 10 min (was 5 min)");
    expect(calls.journals).toEqual([]); // nothing written, nothing removed, until the officer answers
    await press("y");
    await until((f) => f.includes("Recovered 2 unsaved edits"), "the recovery");
    expect(frame()).toContain("● 2 unsaved");
    expect(yearRow(frame(), "Mon 17 Apr")).toContain("✕");
    await until(() => calls.journals.length > 0, "the journal rewritten");
    expect(calls.journals.at(-1)?.source).toBe(journal.source);
  });

  it("explains why it refuses edits made to a file that has changed since", async () => {
    const { frame, until, press } = mount({
      recovery: {
        kind: "refused",
        reason:
          "programme.yaml has changed since the 2 unsaved edits were made (it was saved or edited elsewhere), so replaying them could undo those changes. They were not applied.",
        keptAt: "/tmp/.programme.yaml.scrutineer-journal.rejected-1234abcd",
      },
    });
    await until((f) => f.includes("Unsaved edits not recovered"), "the refusal");
    expect(frame()).toContain("has changed since the 2 unsaved edits were made");
    expect(frame()).toContain("rejected-1234abcd");
    await press(KEY.enter);
    await until((f) => f.includes("Year (8"), "the planner");
  });
});

describe("saving and quitting", () => {
  it("asks before overwriting a file changed on disk since it was opened", async () => {
    const { until, press, calls, setDisk, frame } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press("x");
    await until((f) => f.includes("● 1 unsaved"), "an edit");
    setDisk(`${source}\n# someone else's line\n`);
    await press("s");
    await until((f) => f.includes("The file changed on disk"), "the overwrite question");
    expect(calls.saved).toEqual([]);
    await press("o");
    await until((f) => f.includes("Saved programme.yaml"), "saved");
    expect(calls.saved).toHaveLength(1);
    expect(frame()).toContain("✓ saved");
  });

  it("asks before quitting with unsaved edits; discarding removes the journal", async () => {
    const { until, press, calls, frame } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press("x");
    await until(() => calls.journals.some((j) => j !== null), "a journal");
    await press("q");
    await until((f) => f.includes("Quit?"), "the quit question");
    expect(frame()).toContain("1 unsaved edit in programme.yaml.");
    await press(KEY.escape);
    await until((f) => f.includes("Year (8"), "back to the planner");
    await press("q", "d");
    await until(() => calls.journals.at(-1) === null, "the journal removed");
    expect(calls.saved).toEqual([]);
  });

  it("saves and quits from the quit question", async () => {
    const { until, press, calls } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press("x", "q");
    await until((f) => f.includes("Quit?"), "the quit question");
    await press("s");
    await until(() => calls.saved.length === 1, "saved");
    expect(calls.saved[0]).toContain("status: cancelled");
  });
});

describe("help and exports", () => {
  it("lists every key on ?, and any key closes it", async () => {
    const { frame, until, press } = mount({ size: { columns: 160, rows: 50 } });
    await until((f) => f.includes("Year (8"), "the screen");
    await press("?");
    await until((f) => f.includes("Keys (↑ ↓ scroll · any other key closes)"), "the help");
    for (const group of HELP) {
      expect(frame()).toContain(group.title);
      for (const k of group.keys) expect(frame()).toContain(k.keys);
    }
    await press("x");
    await until((f) => f.includes("Year (8"), "the planner again");
    expect(frame()).not.toContain("Cancel the meeting"); // the key only closed the help
  });

  it("scrolls the list of keys in 80×24, so every key can be read", async () => {
    const { frame, until, press } = mount({ size: { columns: 80, rows: 24 } });
    await until((f) => f.includes("Year (8"), "the screen");
    await press("?");
    await until((f) => f.includes("more below: ↑ ↓ to scroll"), "the help, longer than the screen");
    const seen = new Set<string>();
    // Down to the end of the list (every key of every mode is on it: it is several screens long).
    for (let i = 0; i < 100; i++) {
      for (const line of frame().split("\n")) seen.add(line.trim());
      if (!frame().includes("more below")) break;
      await press(KEY.down);
    }
    for (const group of HELP) {
      expect([...seen].some((l) => l.startsWith(group.title))).toBe(true);
      for (const k of group.keys) expect([...seen].some((l) => l.startsWith(k.keys))).toBe(true);
    }
    expect(frame()).toContain("above");
    await press("q");
    await until((f) => f.includes("Year (8"), "the planner again");
  });

  it("exports the work programme and the selected meeting's front sheet through the packages", async () => {
    const { frame, until, press, calls, app } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the screen");
    await press("o");
    await until((f) => f.includes("front sheet of the selected meeting"), "the export menu");
    await press("2");
    await until((f) => f.includes("Exported 2 files"), "the export");
    expect(calls.exports.map((e) => e.name)).toEqual([
      "cyp-2022-23-work-programme.md",
      "cyp-2022-23-work-programme.html",
    ]);
    expect(calls.exports[0]!.content).toContain("School Admissions");
    // The progress line showed each file as it was written.
    expect(app.frames.some((f) => f.includes("Exporting 1/2: work programme (Markdown)…"))).toBe(true);
    expect(app.frames.some((f) => f.includes("Exporting 2/2: work programme (HTML)…"))).toBe(true);
    await press("o", "3");
    await until((f) => f.includes("Exported 2 files: exports/cyp-2023-01-16-front-sheet.md"), "the front sheet");
    expect(calls.exports[2]!.content).toContain("City & Hackney Safeguarding Children Partnership");
    await press("o", "1");
    // The two feeds are counted; the calendar state is named apart, with why to keep it.
    await until((f) => f.includes("Exported 2 files: exports/cyp-2022-23.ics"), "the calendar feeds");
    const ics = calls.exports.find((e) => e.name === "cyp-2022-23.ics")!;
    expect(ics.content.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(calls.exports.map((e) => e.name)).toContain("ical-state");
    expect(frame()).not.toContain("Exporting");
  });
});
