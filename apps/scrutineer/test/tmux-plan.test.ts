import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agendaItemId, parseProgramme } from "@scrutineer/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journalPath } from "../src/io/journal.js";
import { example, tempDir } from "./helpers.js";
import { cli, tmuxServer, tmuxSkip } from "./tmux-session.js";

// time-zone passes: out, it drives a real terminal; the planner's dates are checked by plan-app and src/planner/state/*.test.ts

/**
 * The built binary in a real terminal: tmux runs `scrutineer plan`, the test types keys with
 * send-keys and reads the screen with capture-pane, as an officer at a keyboard would.
 */

const server = tmuxServer("scrutineer-test");
const skip = tmuxSkip;

// One session for the whole file keeps one tmux server up from the first test to the last.
beforeAll(() => {
  if (!skip) server.keep();
});
afterAll(() => {
  if (!skip) server.kill();
});

const exampleText = readFileSync(example, "utf8");
/** The officer's comments in the example: every `# …` that starts a line. */
const exampleComments = exampleText
  .split("\n")
  .filter((l) => l.trimStart().startsWith("#"))
  .map((l) => l.trim());

let sessions = 0;

/** Start the planner on a copy of the example in a fresh terminal of the given size. */
function open(
  dir: string,
  options: { env?: Record<string, string>; columns?: number; rows?: number; now?: string } = {},
) {
  const name = `plan${++sessions}`;
  const env = Object.entries(options.env ?? {})
    .map(([k, v]) => `${k}=${v} `)
    .join("");
  const command = `cd '${dir}' && env ${env}node '${cli}' plan programme.yaml --now ${options.now ?? "2023-01-09"}`;
  return server.open(name, command, { columns: options.columns ?? 120, rows: options.rows ?? 32 });
}

function copyOfExample(): string {
  const dir = tempDir("scrutineer-tmux-");
  copyFileSync(example, join(dir, "programme.yaml"));
  return dir;
}

function checkJson(
  file: string,
  now = "2023-01-09",
): { ok: boolean; findings: { code: string; meeting?: string; item?: string; severity: string; message: string }[] } {
  const out = spawnSync(process.execPath, [cli, "check", file, "--json", "--now", now], { encoding: "utf8" });
  return JSON.parse(out.stdout);
}

describe.skipIf(skip !== undefined)("scrutineer plan in a real terminal (tmux)", () => {
  // Each test starts the built planner once or twice; a loaded machine can take seconds per start.
  const slow = { timeout: 180_000 };
  it(
    "opens the example, moves an item, saves and quits; check --json shows the move and the comments are kept",
    slow,
    async () => {
      const dir = copyOfExample();
      const t = open(dir);
      await t.until(/Year \(8 meetings/, "the planner");
      await t.ready();
      // The first frame comes before the checks; they fill in a moment later.
      expect(await t.until(/Checks \(\d+\)/, "the checks")).toMatch(/Checks \(\d+\): 0 errors/);
      // 27 Feb → its agenda → SEND Action Plan → move to 16 Jan.
      await t.type("Down", "Right", "j");
      await t.until(/▸ 19:50 +5 SEND Action Plan/, "SEND Action Plan selected");
      await t.type("m", "Up", "Up", "Up", "Up");
      await t.until(/→ Mon 16 Jan/, "16 Jan as the target");
      await t.type("Enter");
      await t.until(/Move SEND Action Plan from 27 Feb 2023 to 16 Jan 2023 · 1 new error/, "the move");
      expect(t.screen()).toContain("● 1 unsaved");
      await t.type("s");
      await t.until(/Saved programme\.yaml/, "the save");
      await t.type("q");
      await t.until(/EXIT=0/, "the planner to exit 0");
      t.close();

      const file = join(dir, "programme.yaml");
      const saved = readFileSync(file, "utf8");
      const parsed = parseProgramme(saved);
      if (!parsed.ok) throw new Error("the saved file does not parse");
      const agenda = (id: string) => parsed.programme.meetings.find((m) => m.id === id)!.agenda.map(agendaItemId);
      expect(agenda("2023-01")).toContain("send-action-plan");
      expect(agenda("2023-02")).not.toContain("send-action-plan");
      const report = checkJson(file);
      expect(report.ok).toBe(false);
      expect(report.findings).toContainEqual(
        expect.objectContaining({ code: "agenda-overrun", meeting: "2023-01-16", severity: "error" }),
      );
      for (const comment of exampleComments) expect(saved).toContain(comment);
      expect(saved).toContain(
        'plannedEnd: "22:00" # Standing orders: meetings close at 22.00 unless the meeting agrees to go on',
      );
      // Only the two agenda lines changed.
      expect(saved.split("\n").length).toBe(exampleText.split("\n").length + 1);
      expect(existsSync(journalPath(file))).toBe(false);
    },
  );

  it(
    "through the forms: a new item, its title changed, the night's attendance and a declaration; saved, check --json shows them",
    slow,
    async () => {
      const dir = copyOfExample();
      const t = open(dir);
      await t.until(/Year \(8 meetings/, "the planner");
      await t.ready();
      // n on 16 Jan's agenda: a new item after the selected one.
      await t.type("Right", "n");
      await t.until(/New item on Mon 16 Jan 2023/, "the new item's form");
      await new Promise((r) => setTimeout(r, 300)); // the title's TextInput listens once drawn
      await t.type("School Meals");
      await t.until(/school-meals \(made from the title/, "the id made from the title");
      await t.type("End", "Enter");
      await t.until(/New item School Meals on 16 Jan 2023/, "the item made");
      // e on it: the title, typed on.
      await t.type("e");
      await t.until(/Edit item: School Meals/, "the item's form");
      await new Promise((r) => setTimeout(r, 300));
      await t.type(" Review", "End", "Enter");
      await t.until(/Edit School Meals Review: title|School Meals Review/, "the new title");
      // v: the night; a: the attendance, the first member ticked present.
      await t.type("v");
      await t.until(/attendance and declarations/, "the night");
      await t.type("a");
      await t.until(/Attendance at the meeting of/, "the attendance form");
      await t.type("Tab");
      await t.until(/▸ Present in the room/, "the present list");
      await t.type("Space");
      await t.until(/✔/, "a member ticked");
      await t.type("End", "Enter");
      await t.until(/Record the attendance at 16 Jan 2023: 1 present/, "the attendance recorded");
      // n: a declaration by the first member, on the first agenda item.
      await t.type("n");
      await t.until(/New declaration of interest/, "the declaration's form");
      await new Promise((r) => setTimeout(r, 300)); // the choice of who listens once drawn
      await t.type("Down", "Enter");
      await t.until(/❯ Cllr Sophie Conway ✔/, "who declares");
      await t.type("Tab");
      await t.until(/▸ Agenda items/, "the agenda items");
      await t.type("Space", "Tab", "Tab");
      await t.until(/▸ Nature/, "the nature");
      await t.type("Governor at a primary school", "End", "Enter");
      await t.until(/Record .+ interest in/, "the declaration recorded");
      // tmux holds an Esc for its escape-time (500 ms) to tell it from Alt and a key.
      await t.type("Escape");
      await new Promise((r) => setTimeout(r, 700));
      await t.type("s");
      await t.until(/Saved programme\.yaml/, "the save");
      await t.type("q");
      await t.until(/EXIT=0/, "the planner to exit 0");
      t.close();

      const file = join(dir, "programme.yaml");
      const saved = readFileSync(file, "utf8");
      const parsed = parseProgramme(saved);
      if (!parsed.ok) throw new Error("the saved file does not parse");
      const { items, meetings } = parsed.programme;
      expect(items.find((i) => i.id === "school-meals")?.title).toBe("School Meals Review");
      const night = meetings.find((m) => m.id === "2023-01")!;
      expect(night.agenda.map(agendaItemId)).toContain("school-meals");
      expect(night.attendance?.present).toHaveLength(1);
      expect(night.declarations).toHaveLength(1);
      expect(night.declarations[0]!.person).toBe(night.attendance!.present[0]);
      for (const comment of exampleComments) expect(saved).toContain(comment);
      const report = checkJson(file);
      expect(report.findings.some((f) => f.meeting === "2023-01-16")).toBe(true);
      expect(existsSync(journalPath(file))).toBe(false);
    },
  );

  it(
    "issue 14's officer: from `scrutineer init`, three items, one's title and officers, the night, a Cabinet Q&A; saved, check --json shows them, init's comments kept",
    slow,
    async () => {
      const dir = tempDir("scrutineer-tmux-init-");
      const file = join(dir, "programme.yaml");
      const made = spawnSync(
        process.execPath,
        [
          cli,
          "init",
          "--council",
          "Testshire Council",
          "--name",
          "Overview and Scrutiny",
          "--year",
          "2025/26",
          "--rule",
          "second Monday monthly except August",
          "--start",
          "19:00",
          "--venue",
          "Town Hall",
          "--contact",
          "Jo Bloggs",
          "--chair",
          "Cllr Ann Smith",
          "--member",
          "Cllr Bob Jones",
          "--member",
          "Cllr Cara Lee",
          "-o",
          file,
        ],
        { encoding: "utf8", cwd: dir },
      );
      expect(made.status, made.stderr).toBe(0);
      const initText = readFileSync(file, "utf8");
      const initComments = initText
        .split("\n")
        .filter((l) => l.trimStart().startsWith("#"))
        .map((l) => l.trim());
      expect(initComments.length).toBeGreaterThan(10);

      const t = open(dir, { now: "2025-05-01", rows: 40 });
      await t.until(/Year \(11 meetings/, "the planner");
      await t.ready();
      /** Tab through a form until the named field is the selected one. */
      async function tabTo(field: RegExp, what: string) {
        for (let i = 0; i < 30 && !field.test(t.screen()); i++) await t.type("Tab");
        await t.until(field, what);
      }

      // w: the people; an officer and a Cabinet member, so the item form can name them.
      await t.type("w");
      await t.until(/People: 3 on Overview and Scrutiny/, "the people");
      await t.type("n");
      await t.until(/New person/, "the person's form");
      await new Promise((r) => setTimeout(r, 300)); // the list's Select listens once drawn
      await t.type("Down", "Down", "Down", "Enter");
      await t.until(/❯ officers and guests ✔/, "the officers' list chosen");
      await tabTo(/▸ Name/, "the name");
      await t.type("Priya Shah", "Tab", "Head of School Meals");
      await t.until(/priya-shah \(made from the name/, "the officer's id");
      await t.type("End", "Enter");
      await t.until(/Add Priya Shah to the officers and guests/, "the officer added");
      await t.type("n");
      await t.until(/New person/, "the person's form");
      await new Promise((r) => setTimeout(r, 300));
      await t.type("Down", "Down", "Down", "Down", "Enter");
      await t.until(/❯ Cabinet members ✔/, "the Cabinet members' list chosen");
      await tabTo(/▸ Name/, "the name");
      await t.type("Cllr Chris Kennedy", "Tab", "Education");
      await t.until(/chris-kennedy \(made from the name/, "the Cabinet member's id");
      await t.type("End", "Enter");
      await t.until(/Add Cllr Chris Kennedy to the Cabinet members/, "the Cabinet member added");
      await t.type("Escape");
      await t.until(/Year \(11 meetings/, "back to the year");
      await new Promise((r) => setTimeout(r, 700)); // tmux's escape-time: the Esc must not join the next key

      // n three times on 12 May's agenda: each new item goes after the selected one.
      await t.type("Right");
      for (const title of ["School Meals", "Youth Services", "Library Opening Hours"]) {
        await t.type("n");
        await t.until(/New item on Mon 12 May 2025/, "the new item's form");
        await new Promise((r) => setTimeout(r, 300)); // the title's TextInput listens once drawn
        await t.type(title);
        await t.until(new RegExp(`${title} *\n`), `the title ${title} typed`);
        await t.type("End", "Enter");
        await t.until(new RegExp(`New item ${title} on 12 May 2025`), `${title} made`);
      }

      // e on School Meals: the title typed on, its officer ticked.
      await t.type("Up", "Up");
      await t.until(/▸ \S+ +\d+ School Meals/, "School Meals selected");
      await t.type("e");
      await t.until(/Edit item: School Meals/, "the item's form");
      await new Promise((r) => setTimeout(r, 300));
      await t.type(" Review");
      await t.until(/Title +School Meals Review/, "the new title typed");
      await tabTo(/▸ Officers/, "the officers");
      await t.type("Space");
      await t.until(/Priya Shah, Head of School Meals ✔/, "the officer ticked");
      await t.type("End", "Enter");
      await t.until(/Edit School Meals: title and officers/, "the title and officers changed");

      // e on Youth Services: a Cabinet Q&A with Cllr Chris Kennedy on two topics.
      await t.type("Down");
      await t.until(/▸ \S+ +\d+ Youth Services/, "Youth Services selected");
      await t.type("e");
      await t.until(/Edit item: Youth Services/, "the item's form");
      await new Promise((r) => setTimeout(r, 300));
      await tabTo(/▸ Cabinet Q&A with/, "the Cabinet Q&A");
      await t.type("Down", "Enter");
      await t.until(/❯ Cllr Chris Kennedy ✔/, "the Cabinet member chosen");
      await t.type("Tab", "Youth club closures", "Tab", "Holiday activities", "Tab", "Tab", "2025-04-07");
      await t.until(/Told the topics +2025-04-07/, "the topics and the date typed");
      await t.type("End", "Enter");
      await t.until(
        /Cabinet Q&A on Youth Services: Cllr Chris Kennedy on Youth club closures and Holiday activities/,
        "the Cabinet Q&A set",
      );

      // v: the night of 12 May; a: all three members present; n: the Chair's declaration.
      await t.type("v");
      await t.until(/The meeting of Mon 12 May 2025: attendance and declarations/, "the night");
      await t.type("a");
      await t.until(/Attendance at the meeting of/, "the attendance form");
      await tabTo(/▸ Present in the room/, "the present list");
      await t.type("Space", "Down", "Space", "Down", "Space");
      await t.until(/Cllr Cara Lee ✔/, "three members ticked");
      await t.type("End", "Enter");
      await t.until(/Record the attendance at 12 May 2025: 3 present/, "the attendance recorded");
      await t.type("n");
      await t.until(/New declaration of interest/, "the declaration's form");
      await new Promise((r) => setTimeout(r, 300)); // the choice of who listens once drawn
      await t.type("Down", "Enter");
      await t.until(/❯ Cllr Ann Smith ✔/, "who declares");
      await tabTo(/▸ Agenda items/, "the agenda items");
      await t.type("Space");
      await t.until(/Agenda items +❯ 4 School Meals Review ✔/, "the item ticked");
      await tabTo(/▸ Nature/, "the nature");
      await t.type("Governor at a primary school", "End", "Enter");
      await t.until(/Record Cllr Ann Smith's .+ interest in School Meals Review/, "the declaration recorded");
      await t.type("Escape");
      await new Promise((r) => setTimeout(r, 700));
      await t.type("s");
      await t.until(/Saved programme\.yaml/, "the save");
      await t.type("q");
      await t.until(/EXIT=0/, "the planner to exit 0");
      t.close();

      const saved = readFileSync(file, "utf8");
      const parsed = parseProgramme(saved);
      if (!parsed.ok) throw new Error("the saved file does not parse");
      const { items, meetings, officers, cabinetMembers } = parsed.programme;
      expect(officers.map((o) => o.id)).toEqual(["priya-shah"]);
      expect(cabinetMembers.map((c) => c.id)).toEqual(["chris-kennedy"]);
      expect(items.map((i) => [i.id, i.title])).toEqual([
        ["school-meals", "School Meals Review"],
        ["youth-services", "Youth Services"],
        ["library-opening-hours", "Library Opening Hours"],
      ]);
      expect(items[0]!.officers).toEqual(["priya-shah"]);
      expect(items[1]!.cabinetQA).toEqual({
        cabinetMember: "chris-kennedy",
        topics: ["Youth club closures", "Holiday activities"],
        notified: "2025-04-07",
      });
      const night = meetings.find((m) => m.id === "2025-05")!;
      expect(night.agenda.map(agendaItemId)).toEqual(["school-meals", "youth-services", "library-opening-hours"]);
      expect(night.attendance?.present).toEqual(["ann-smith", "bob-jones", "cara-lee"]);
      expect(night.declarations).toEqual([
        expect.objectContaining({
          person: "ann-smith",
          items: ["school-meals"],
          nature: "Governor at a primary school",
        }),
      ]);
      // The file's text: every edit written, every comment init wrote still there.
      for (const text of [
        "School Meals Review",
        "officers: [priya-shah]",
        "Library Opening Hours",
        "present: [ann-smith, bob-jones, cara-lee]",
        "nature: Governor at a primary school",
        "cabinetMember: chris-kennedy",
        "Youth club closures",
      ])
        expect(saved).toContain(text);
      for (const comment of initComments) expect(saved).toContain(comment);

      // check --json reads it all: no errors (quorate, the officer and Cabinet member known), a
      // finding on each of the three items under its new title, and the Cabinet Q&A's notice.
      const report = checkJson(file, "2025-05-01");
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(report.ok).toBe(true);
      for (const [id, title] of [
        ["school-meals", "School Meals Review"],
        ["youth-services", "Youth Services"],
        ["library-opening-hours", "Library Opening Hours"],
      ])
        expect(report.findings).toContainEqual(
          expect.objectContaining({ item: id, message: expect.stringContaining(`"${title}"`) }),
        );
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          code: "cabinet-notice-late",
          item: "youth-services",
          message: expect.stringContaining("told the Q&A topics on Mon 7 Apr 2025"),
        }),
      );
      expect(existsSync(journalPath(file))).toBe(false);
    },
  );

  it("after SIGKILL mid-edit keeps what was saved and offers the rest on the next start", slow, async () => {
    const dir = copyOfExample();
    const file = join(dir, "programme.yaml");
    const first = open(dir);
    await first.until(/Year \(8 meetings/, "the planner");
    await first.ready();
    // A saved edit: cancel 17 Apr.
    await first.type("Down", "Down", "Down", "x");
    await first.until(/Cancel the meeting of 17 Apr 2023/, "the cancellation");
    await first.type("s");
    await first.until(/Saved programme\.yaml/, "the save");
    // An unsaved edit: CAMHS gets 30 minutes, typed.
    await first.type("Right", "t", "3", "0", "Enter");
    await first.until(/Give Accessibility of CAMHS 30 min/, "the minutes");
    await first.until(/● 1 unsaved/, "one unsaved edit");
    for (let i = 0; i < 100 && !existsSync(journalPath(file)); i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(first.pid(), "SIGKILL");
    await first.until(/EXIT=137/, "the planner killed");
    first.close();

    const disk = parseProgramme(readFileSync(file, "utf8"));
    if (!disk.ok) throw new Error("the file does not parse after the kill");
    expect(disk.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled"); // saved: kept
    expect(disk.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBeUndefined(); // not saved
    expect(existsSync(journalPath(file))).toBe(true);

    const second = open(dir);
    await second.until(/Unsaved edits from last time/, "the recovery offer");
    await second.ready();
    expect(second.screen()).toContain("• Give Accessibility of CAMHS 30 min (was no minutes)");
    await second.type("y");
    await second.until(/Recovered 1 unsaved edit/, "the recovery");
    await second.type("s");
    await second.until(/Saved programme\.yaml/, "the save");
    await second.type("q");
    await second.until(/EXIT=0/, "the planner to exit");
    second.close();
    const after = parseProgramme(readFileSync(file, "utf8"));
    if (!after.ok) throw new Error("the file does not parse after recovery");
    expect(after.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBe(30);
    expect(after.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled");
    expect(existsSync(journalPath(file))).toBe(false);
  });

  it("refuses to replay a journal onto a file changed since, and keeps it aside", slow, async () => {
    const dir = copyOfExample();
    const file = join(dir, "programme.yaml");
    const first = open(dir);
    await first.until(/Year \(8 meetings/, "the planner");
    await first.ready();
    await first.type("x");
    await first.until(/Cancel the meeting of 16 Jan 2023/, "an edit");
    for (let i = 0; i < 100 && !existsSync(journalPath(file)); i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(first.pid(), "SIGKILL");
    await first.until(/EXIT=137/, "the planner killed");
    first.close();
    writeFileSync(file, `${readFileSync(file, "utf8")}# a line added by hand\n`);

    const second = open(dir);
    await second.until(/Unsaved edits not recovered/, "the refusal");
    await second.ready();
    expect(second.screen()).toMatch(/programme\.yaml has changed since the unsaved edit was made/);
    expect(readdirSync(dir).some((f) => f.startsWith(".programme.yaml.scrutineer-journal.rejected-"))).toBe(true);
    await second.type("Enter", "q");
    await second.until(/EXIT=0/, "the planner to exit");
    second.close();
    expect(readFileSync(file, "utf8")).toContain("# a line added by hand");
  });

  it("auto-plans in its worker thread, on the HiGHS the bundle ships (dist/vendor)", slow, async () => {
    const t = open(copyOfExample());
    await t.until(/Year \(8 meetings/, "the planner");
    await t.ready();
    await t.type("p");
    const shown = await t.until(/Auto-plan as on Mon 9 Jan 2023|HiGHS worker|failed/i, "the auto-planner's answer");
    expect(shown).toMatch(/Auto-plan as on Mon 9 Jan 2023 · \d+ changes?/);
    t.close();
  });

  it("uses colour, and none under NO_COLOR; an 80×24 terminal shows every pane", slow, async () => {
    const colour = new RegExp(`${String.fromCharCode(27)}\\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38)[;m]`);
    const coloured = open(copyOfExample());
    await coloured.until(/Year \(8 meetings/, "the planner");
    // SGR colour codes: 30-37, 90-97 or extended 38;…
    expect(coloured.screen(true)).toMatch(colour);
    coloured.close();
    const plain = open(copyOfExample(), { env: { NO_COLOR: "1" }, columns: 80, rows: 24 });
    await plain.until(/Year \(8 meetings/, "the planner");
    await plain.until(/Checks \(\d+\)/, "the checks");
    const text = plain.screen(true);
    expect(text).not.toMatch(colour);
    const lines = plain.screen().split("\n");
    for (const pane of ["Year (8 meetings", "Mon 16 Jan 2023 19:00", "Backlog (3)", "Checks ("])
      expect(lines.some((l) => l.includes(pane))).toBe(true);
    plain.close();
  });
});
