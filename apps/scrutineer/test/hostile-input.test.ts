import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseProgramme, refusedCharacters } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { hostileCases, minimal, seededRandom } from "../../../packages/model/test/hostile.js";
import { run, tempDir } from "./helpers.js";

// time-zone passes: out, it is about the limits on hostile files

/**
 * Every hostile or careless programme file is the user's fault: exit 2, a message naming
 * file:line:column, no stack trace, nothing printed to stdout, and never exit 70 (which is for
 * our bugs). The corpus and each case's first error are in packages/model/test/hostile.ts.
 */
describe("hostile programme files", () => {
  const dir = tempDir("scrutineer-hostile-");
  const commands = (file: string) => [
    ["check", file],
    ["programme", file, "--format", "md"],
    ["agenda", file, "--meeting", "2023-01-16"],
    ["deadlines", file],
    ["export", "ics", file, "-o", join(dir, "out.ics")],
  ];

  it.each(hostileCases.map((c, i) => [c.name, c, i] as const))("%s: exit 2 with file:line:column", async (_, c, i) => {
    const file = join(dir, `case-${i}.yaml`);
    writeFileSync(file, c.bytes);
    for (const command of commands(file)) {
      const { code, stdout, stderr } = await run(command, { cwd: dir });
      expect(code, `${command.join(" ")}: ${stderr}`).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.startsWith(`${file}:`) || stderr.startsWith(`case-${i}.yaml:`), stderr).toBe(true);
      expect(stderr).toMatch(/^[^:]+:\d+:\d+: /);
      expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
      // The message never carries a control character to the terminal.
      expect(refusedCharacters(stderr, { lineBreaks: true })).toEqual([]);
    }
  });

  it("a directory, a missing file and an endless device are refused, exit 2", async () => {
    const folder = join(dir, "a-folder.yaml");
    mkdirSync(folder, { recursive: true });
    expect(await run(["check", folder])).toMatchObject({
      code: 2,
      stderr: `${folder}: is a directory, expected a programme .yaml file\n`,
    });
    const gone = join(dir, "vanished.yaml");
    expect(await run(["check", gone])).toMatchObject({ code: 2, stderr: `${gone}: no such file\n` });
    expect(await run(["check", "/dev/zero"])).toMatchObject({
      code: 2,
      stderr: "/dev/zero:1:1: the file is larger than 1 MiB; a programme file may be at most 1 MiB (docs/limits.md)\n",
    });
  });
});

const pieces = [
  "0",
  "1",
  "9",
  "-",
  "2",
  ":",
  " ",
  "\n",
  "45",
  "1440",
  "2099",
  "1972",
  "tbc",
  "withdrawn",
  "cancelled",
  "\n    status: moved",
  "\n    status: cancelled",
  "\n    movedFrom: 2023-01-09",
  '\n    start: "23:59"',
  '\n    plannedEnd: "00:01"',
  "\n    dispatch: 1972-01-03",
  "\n    papersDeadline: 2099-12-31",
  "\n    added: 2099-01-01",
  "\n  - id: x\n    date: 2023-01-16",
  "\n    priority: 100",
  "\n    must: true",
  "\n    pinned: 2023-01",
];
describe("valid but odd programmes (seeded fuzz)", () => {
  it("never crash a command: 60 mutations of the minimal programme that still load", async () => {
    const dir = tempDir();
    const next = seededRandom(5);
    let valid = 0;
    for (let i = 0; i < 3000 && valid < 60; i++) {
      let text = minimal;
      for (let e = 0; e < 1 + Math.floor(next() * 3); e++) {
        const at = Math.floor(next() * text.length);
        text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
      }
      if (!parseProgramme(text).ok) continue;
      valid++;
      const file = join(dir, `v${i}.yaml`);
      writeFileSync(file, text);
      for (const argv of [
        ["check", file, "--now", "2023-01-09"],
        ["programme", file],
        ["deadlines", file, "--now", "2023-01-09"],
        ["agenda", file, "--meeting", "2023-01", "--now", "2023-01-09"],
        ["interests", file, "--meeting", "2023-01"],
        ["export", "ics", file, "-o", join(dir, "o.ics")],
      ]) {
        let code: number;
        try {
          code = (await run(argv)).code;
        } catch (error) {
          throw new Error(`${argv.join(" ")}\n${text}\n${(error as Error).stack}`);
        }
        expect([0, 1, 2], argv.join(" ")).toContain(code);
      }
    }
    expect(valid).toBe(60);
  }, 120_000);
});
