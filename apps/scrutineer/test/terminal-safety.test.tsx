import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseProgramme } from "@scrutineer/model";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import { forTerminal } from "../src/io/terminal.js";
import { example, run, tempDir } from "./helpers.js";
import { renderPlanner } from "./render-planner.js";

// time-zone passes: out, it is about control characters on the terminal

// Issue 12, item 11: escape sequences in the data (a title that retitles the terminal window
// and clears the screen) must be shown, never obeyed, by every command and by the planner.

/** Window title (OSC 0 … BEL), clear screen (CSI 2J), an 8-bit CSI, a bidi override, NUL, DEL, a lone CR. */
const HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\x00\x7f\rend";

/** Every control character a terminal acts on; CRLF line ends (the .ics feeds) are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u;

const TEXT_FIELDS = new Set([
  "name",
  "shortName",
  "council",
  "venue",
  "phone",
  "title",
  "objective",
  "description",
  "directorate",
  "notes",
  "nature",
  "grantedBy",
  "reference",
  "represents",
  "organisation",
  "portfolio",
  "topics",
  "urgentReasons",
]);

/** The example with HOSTILE appended to every free-text field, written as YAML escapes ("\e", "\a"…). */
function hostileSource(): string {
  const doc = parseDocument(readFileSync(example, "utf8"));
  let touched = 0;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !TEXT_FIELDS.has(String(pair.key.value))) return;
      const values = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const v of values) {
        if (isScalar(v) && typeof v.value === "string") {
          v.value = `${v.value}${HOSTILE}`;
          v.type = "QUOTE_DOUBLE";
          touched++;
        }
      }
    },
  });
  expect(touched).toBeGreaterThan(50);
  expect(isMap(doc.contents)).toBe(true);
  return doc.toString({ lineWidth: 0 });
}

const source = hostileSource();

function hostileFile(): { dir: string; file: string } {
  const dir = tempDir("scrutineer-hostile-");
  const file = join(dir, "programme.yaml");
  writeFileSync(file, source);
  return { dir, file };
}

describe("the hostile programme", () => {
  it("reads (the escapes are in the data) and carries them in its titles", () => {
    const parsed = parseProgramme(source, "programme.yaml");
    if (!parsed.ok) {
      // The model may refuse control characters at the door; then every command below reports
      // that, and what it prints must still be free of them.
      expect(parsed.errors.length).toBeGreaterThan(0);
      return;
    }
    expect(parsed.programme.items[0]?.title.endsWith(HOSTILE)).toBe(true);
  });
});

describe("every command's output holds no control character from the data", () => {
  const file = hostileFile();
  const cases: [string, string[]][] = [
    ["check", ["check", file.file, "--now", "2023-01-09"]],
    ["check --json", ["check", file.file, "--now", "2023-01-09", "--json"]],
    ["agenda (Markdown)", ["agenda", file.file, "--meeting", "2023-01-16", "--now", "2023-01-09"]],
    ["agenda (HTML)", ["agenda", file.file, "--meeting", "2023-01-16", "--format", "html", "--now", "2023-01-09"]],
    ["agenda --format json", ["agenda", file.file, "--meeting", "2023-01-16", "--format", "json"]],
    ["interests", ["interests", file.file, "--meeting", "2022-11-30"]],
    ["interests --json", ["interests", file.file, "--meeting", "2022-11-30", "--json"]],
    ["programme (Markdown)", ["programme", file.file, "--now", "2023-01-09"]],
    ["programme (HTML)", ["programme", file.file, "--format", "html", "--now", "2023-01-09"]],
    ["deadlines", ["deadlines", file.file, "--now", "2023-01-09"]],
    ["deadlines --json", ["deadlines", file.file, "--now", "2023-01-09", "--json"]],
    ["export ics", ["export", "ics", file.file, "--now", "2022-06-01", "--state", join(file.dir, "a.json")]],
    ["export ics --deadlines", ["export", "ics", file.file, "--deadlines", "--state", join(file.dir, "b.json")]],
    ["export site", ["export", "site", file.file, "--out-dir", join(file.dir, "site"), "--now", "2022-06-01"]],
    ["autoplan", ["autoplan", file.file, "--now", "2022-05-01", "--time-limit", "20"]],
    ["autoplan --json", ["autoplan", file.file, "--now", "2022-05-01", "--time-limit", "20", "--json"]],
    ["--meeting with escapes in the flag", ["agenda", file.file, "--meeting", `x${HOSTILE}`]],
    ["an unknown command with escapes", [`x${HOSTILE}`]],
  ];
  it.each(cases)("%s", async (_, argv) => {
    const r = await run(argv, { cwd: file.dir });
    expect(r.stdout + r.stderr).not.toBe("");
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it("and shows them instead, visibly: ESC as ␛, BEL as ␇, C1 and the bidi override as \\u escapes", async () => {
    const r = await run(["check", file.file, "--now", "2023-01-09"], { cwd: file.dir });
    const parsed = parseProgramme(source, "programme.yaml");
    const shown = "␛]0;pwned␇␛[2J\\u009b31m\\u202eevil␀\\u007f␍end";
    if (parsed.ok) expect(r.stdout).toContain(`Children and Young People Scrutiny Commission${shown}`);
    else expect(r.stderr).not.toBe("");
  });

  it("JSON stays valid and keeps the value: C1, DEL and bidi controls become JSON escapes", async () => {
    const r = await run(["agenda", file.file, "--meeting", "2023-01-16", "--format", "json"], { cwd: file.dir });
    if (r.code === 2) return; // refused at the door
    const json = JSON.parse(r.stdout);
    expect(json.items[0].title.endsWith(HOSTILE)).toBe(true);
  });
});

describe("forTerminal", () => {
  it("keeps line feeds, tabs and CRLF; shows every other control", () => {
    expect(forTerminal("a\tb\nc\r\nd")).toBe("a\tb\nc\r\nd");
    expect(forTerminal("\x1b[2J\x07\r\x00")).toBe("␛[2J␇␍␀");
    expect(forTerminal("\x9b\x85\u2066\u202e\x7f")).toBe("\\u009b\\u0085\\u2066\\u202e\\u007f");
    expect(forTerminal("Café 漢字 ✅ 🇬🇧 e\u0301")).toBe("Café 漢字 ✅ 🇬🇧 e\u0301");
  });

  it("is idempotent (the planner applies it at more than one layer)", () => {
    expect(forTerminal(forTerminal(HOSTILE))).toBe(forTerminal(HOSTILE));
  });
});

describe("the planner's frames hold no control character from the data", () => {
  afterEach(() => cleanup());
  // Ink's own styling (SGR: ESC [ … m) is the only escape sequence a frame may hold.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding Ink's SGR sequences is the point
  const withoutStyling = (frame: string) => frame.replace(/\x1b\[[0-9;]*m/g, "");

  it.each([
    { columns: 80, rows: 24 },
    { columns: 140, rows: 40 },
  ])("at $columns×$rows, on every pane and the help", async (size) => {
    const parsed = parseProgramme(source, "programme.yaml");
    if (!parsed.ok) return; // refused at the door: the planner never starts on it
    const planner = await renderPlanner(source, size, { colour: true, ready: "Year (8 meetings" });
    const frames: string[] = [];
    for (const key of ["", "\x1b[C", "\t", "\t", "\t", "?"]) {
      await planner.press(key);
      frames.push(planner.frame());
    }
    expect(frames[0]).toContain("Year (8 meetings");
    expect(frames.at(-1)).toContain("help");
    for (const frame of frames) expect(withoutStyling(frame)).not.toMatch(CONTROL);
    expect(frames.join("\n")).toContain("␛]0;pwned␇");
  });
});
