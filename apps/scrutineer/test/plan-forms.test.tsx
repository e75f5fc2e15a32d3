import { readFileSync } from "node:fs";
import { parseProgramme } from "@scrutineer/model";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { hashSource } from "../src/io/journal.js";
import { Planner } from "../src/planner/app.js";
import type { PlannerIo } from "../src/planner/hooks/use-side-effects.js";
import { HELP } from "../src/planner/input/keys.js";
import type { Size } from "../src/planner/view/layout.js";
import { cells } from "../src/planner/view/text.js";
import { example } from "./helpers.js";

// time-zone passes: out, it is about typing into the forms at 80×24; what the forms write is checked by src/planner/state/forms.test.ts, the planner's dates under other zones by plan-app

/**
 * The forms and lists drawn by Ink, with the library's components taking the keys: what an
 * officer sees at 80×24, and that what they type and choose reaches the file.
 */

const source = readFileSync(example, "utf8");
const KEY = { up: "\x1b[A", down: "\x1b[B", right: "\x1b[C", enter: "\r", escape: "\x1b", tab: "\t", end: "\x1b[F" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => cleanup());

function mount(size: Size = { columns: 80, rows: 24 }) {
  const saved: string[] = [];
  const io: PlannerIo = {
    diskHash: async () => hashSource(saved.at(-1) ?? source),
    save: async (text) => {
      saved.push(text);
      return hashSource(text);
    },
    writeJournal: async () => undefined,
    writeExports: async (files) => files.map((f) => f.name),
    readIcalState: async () => undefined,
  };
  const app = render(
    <Planner
      init={{ file: "programme.yaml", source, baseHash: hashSource(source), today: "2023-01-09" }}
      io={io}
      now="2023-01-09T12:00:00Z"
      size={size}
      colour={false}
    />,
  );
  const frame = () => app.lastFrame() ?? "";
  async function until(test: (f: string) => boolean, what: string) {
    for (let i = 0; i < 1200; i++) {
      if (test(frame())) return;
      await sleep(25);
    }
    throw new Error(`never showed ${what}:\n${frame()}`);
  }
  /** Keys one at a time, each given time to reach its field (a field's component listens once it is drawn). */
  async function press(...keys: string[]) {
    for (const key of keys) {
      // Wait for the frame the key draws (a loaded machine is slow to draw), then a moment more
      // for the newly drawn field to listen; a key that changes nothing waits 2 s at most.
      const before = frame();
      app.stdin.write(key);
      for (let i = 0; i < 80 && frame() === before; i++) await sleep(25);
      await sleep(100);
    }
  }
  const fits = () => {
    const lines = frame().split("\n");
    expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
    for (const line of lines) expect(cells(line), line).toBeLessThanOrEqual(size.columns);
  };
  return { frame, until, press, saved, fits };
}

describe("forms at 80×24", () => {
  it("n on the agenda: types a title, ticks an officer, saves; the item is on the agenda after the selected one", async () => {
    const { frame, until, press, saved, fits } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the planner");
    await press(KEY.right, "n");
    await until((f) => f.includes("New item on Mon 16 Jan 2023"), "the new item's form");
    fits();
    await sleep(300); // the title's TextInput listens once drawn
    await press("School Meals");
    await until((f) => f.includes("school-meals (made from the title"), "the id made from the title");
    // To the officers (a list of several): tick the first, Annie Gammon's.
    await press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.tab);
    await until((f) => /▸ Officers +❯ Martin Bradford/.test(f), "the officers' list");
    fits();
    await press(KEY.down, KEY.down, " ");
    await until((f) => f.includes("Annie Gammon, Director of Education and Head of HLT ✔"), "Annie Gammon ticked");
    await press(KEY.end);
    await until((f) => f.includes("▸ [ Save ]"), "the Save line");
    await press(KEY.enter);
    await until((f) => f.includes("New item School Meals on 16 Jan 2023"), "the item made");
    expect(frame()).toMatch(/▸ .*School Meals/);
    await press("s");
    await until((f) => f.includes("Saved programme.yaml"), "the save");
    const parsed = parseProgramme(saved[0]!);
    if (!parsed.ok) throw new Error("the saved file does not parse");
    expect(parsed.programme.items.find((i) => i.id === "school-meals")).toMatchObject({ officers: ["annie-gammon"] });
    const agenda = parsed.programme.meetings.find((m) => m.id === "2023-01")!.agenda;
    expect(agenda[1]).toBe("school-meals");
  });

  it("shows the schema's complaint beside the field, and keeps the form open", async () => {
    const { frame, until, press, fits } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the planner");
    await press(KEY.right, "e");
    await until((f) => f.includes("Edit item: City & Hackney Safeguarding"), "the item's form");
    await sleep(300);
    await press(KEY.tab, KEY.tab, "x");
    await until((f) => /▸ Minutes +45x/.test(f), "the minutes typed");
    await press(KEY.end, KEY.enter);
    await until((f) => f.includes("✖ expected minutes as a whole number (45) or a"), "the complaint");
    const lines = frame().split("\n");
    const at = lines.findIndex((l) => l.includes("▸ Minutes"));
    expect(lines[at + 1]).toContain("✖ expected minutes");
    expect(lines[at + 2]).toContain('("30-45")');
    fits();
    await press(KEY.escape);
    await until((f) => f.includes("Save the changes?"), "the question on leaving");
    await press("n");
    await until((f) => f.includes("Left the form: nothing changed"), "back, nothing changed");
  });

  it("the night: a declaration's member chosen from a list that starts with no one (↓ Enter), an item ticked, saved", async () => {
    const { frame, until, press, saved } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the planner");
    await press("v");
    await until((f) => f.includes("attendance and declarations"), "the night");
    await press("n");
    await until((f) => f.includes("New declaration of interest"), "the declaration form");
    await sleep(300);
    // The first choice is "" (no one yet): the arrows must still move from it.
    await press(KEY.down, KEY.enter);
    await until((f) => f.includes("❯ Cllr Sophie Conway ✔"), "Sophie Conway chosen");
    // Each field's component listens once it is drawn focused: wait for the focus to show, then type.
    await press(KEY.tab);
    await until((f) => /▸ Agenda items/.test(f), "the agenda items focused");
    await sleep(300);
    await press(" ");
    await until((f) => /4 City & Hackney Safeguarding Children Partnership.* ✔/.test(f), "the first item ticked");
    await press(KEY.tab, KEY.tab);
    await until((f) => /▸ Nature/.test(f), "the nature focused");
    await sleep(300);
    await press("Governor at a primary school");
    await until((f) => f.includes("Cllr Sophie Conway may take part and vote"), "what the rules say");
    await press(KEY.end, KEY.enter);
    await until((f) => /Record Cllr Sophie Conway's other non-pecuniary interest in/.test(f), "the declaration");
    await press(KEY.escape);
    await sleep(100);
    await press("s");
    await until((f) => f.includes("Saved programme.yaml"), "the save");
    const parsed = parseProgramme(saved[0]!);
    if (!parsed.ok) throw new Error("the saved file does not parse");
    const night = parsed.programme.meetings.find((m) => m.id === "2023-01")!;
    expect(night.declarations).toEqual([
      expect.objectContaining({ person: "sophie-conway", nature: "Governor at a primary school" }),
    ]);
    expect(frame()).not.toContain("✖");
  });

  it("every form and list fits 80×24", async () => {
    const { until, press, fits } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the planner");
    const screens: [string[], string][] = [
      [["n"], "New meeting"],
      [["e"], "Edit the meeting of Mon 16 Jan 2023"],
      [["v"], "attendance and declarations"],
      [["w"], "People:"],
      [["C"], "The commission:"],
      [["E"], "Events:"],
      [["R"], "Recommendations:"],
    ];
    for (const [keys, title] of screens) {
      await press(...keys);
      await until((f) => f.includes(title), title);
      fits();
      await press(KEY.escape);
      await until((f) => f.includes("Year (8"), "the year again");
    }
    await press("v", "a");
    await until((f) => f.includes("Attendance at the meeting"), "the attendance form");
    fits();
    await press(KEY.escape);
    await until((f) => f.includes("attendance and declarations"), "the night again");
    await press("n");
    await until((f) => f.includes("New declaration of interest"), "the declaration form");
    fits();
    await press(KEY.escape);
    await until((f) => f.includes("attendance and declarations"), "the night again");
    await press(KEY.escape);
    await until((f) => f.includes("Year (8"), "the year again");
    await press(KEY.right, "M");
    await until((f) => f.includes("At the meeting of Mon 16 Jan 2023: City & Hackney"), "the item's record");
    fits();
  });

  it("R: the recommendations; Enter on one records how far it is carried out, saved to the file", async () => {
    const { frame, until, press, saved, fits } = mount();
    await until((f) => f.includes("▸ Mon 16 Jan"), "the planner");
    await press("R");
    await until((f) => f.includes("Recommendations: 28 of 2 reviews"), "the recommendations");
    fits();
    expect(frame()).toContain("▸ Outcome of School Exclu…  1 · Accepted 14 Mar 2022 · due not known · to Hackn…");
    await press(KEY.enter);
    await until((f) => f.includes("Recommendation 1 of Outcome of School Exclusions"), "its form");
    fits();
    await sleep(300);
    // Response (a choice), its date, its words, then how far it is carried out.
    await press(KEY.tab, KEY.tab, KEY.tab);
    await until((f) => /▸ Carried out/.test(f), "the implementation status focused");
    await sleep(300);
    await press(KEY.down, KEY.down, KEY.enter);
    await until((f) => f.includes("In progress ✔"), "In progress chosen");
    await press(KEY.end, KEY.enter);
    await until(
      (f) => f.includes("Record recommendation 1 of Outcome of School Exclusions as in progress"),
      "the edit",
    );
    expect(frame()).toContain("Recommendations:");
    await press(KEY.escape);
    await sleep(100);
    await press("s");
    await until((f) => f.includes("Saved programme.yaml"), "the save");
    const parsed = parseProgramme(saved[0]!);
    if (!parsed.ok) throw new Error("the saved file does not parse");
    const rec = parsed.programme.reviews.find((r) => r.id === "school-exclusions")!.recommendations[0]!;
    expect(rec).toMatchObject({
      id: "se-1",
      response: { decision: "accepted" },
      implementation: { status: "in-progress" },
    });
  });

  it("the help lists the forms' and lists' keys", () => {
    const groups = HELP.map((g) => g.title);
    expect(groups).toContain("Forms (n new, e edit)");
    expect(groups).toContain("Create, edit, delete");
    const all = HELP.flatMap((g) => g.keys.map((k) => `${k.keys}: ${k.does}`));
    expect(all).toContain("n: new: an item after the selected one (agenda) or in the backlog; a meeting (year)");
    expect(all.some((k) => k.startsWith("letters ← → Backspace: a text field"))).toBe(true);
  });
});
