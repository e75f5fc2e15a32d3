import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

const flags = [
  "--council",
  "Anytown Borough Council",
  "--name",
  "Health Scrutiny Committee",
  "--year",
  "2025/26",
  "--rule",
  "second Monday monthly except August",
];

describe("scrutineer init (flags, no terminal)", () => {
  it("writes a programme that check accepts at once: 11 meetings, their deadlines computed", async () => {
    const dir = tempDir();
    const made = await run(["init", ...flags], { cwd: dir, now: "2025-03-01T12:00:00Z" });
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(
      [
        "wrote programme.yaml: Health Scrutiny Committee, 2025/26, 11 meetings (Mon 12 May 2025 to Mon 13 Apr 2026), deadlines computed by the rules",
        "wrote scrutineer.schema.json: lets editors (VS Code with the YAML extension) complete and check the file; keep it beside programme.yaml",
        'still to set: commission.venue, commission.contact.name and members[0].name ("TO BE SET"; scrutineer check lists them)',
        "next: scrutineer check programme.yaml",
        "",
      ].join("\n"),
    );
    const text = readFileSync(join(dir, "programme.yaml"), "utf8");
    expect(text.startsWith("# yaml-language-server: $schema=scrutineer.schema.json\n")).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "scrutineer.schema.json"), "utf8")).type).toBe("object");

    const checked = await run(["check", "programme.yaml", "--json"], { cwd: dir, now: "2025-03-01T12:00:00Z" });
    expect(checked.code).toBe(0);
    const { ok, findings } = JSON.parse(checked.stdout);
    expect(ok).toBe(true);
    expect(findings.map((f: { code: string }) => f.code)).toEqual(["placeholder", "placeholder", "placeholder"]);

    const deadlines = await run(["deadlines", "programme.yaml", "--json", "--now", "2025-03-01"], { cwd: dir });
    const rows = JSON.parse(deadlines.stdout);
    expect(rows.meetings ?? rows).toHaveLength(11);
    // The comment above each meeting says what `deadlines` computes for it.
    const june = (rows.meetings ?? rows).find((m: { meeting: string }) => m.meeting === "2025-06-09");
    expect(june.dispatch.computed).toBe("2025-05-30");
    expect(june.papersDeadline.computed).toBe("2025-05-27");
    expect(text).toContain(
      "# Monday 9 June 2025: papers due Tue 27 May 2025, agenda published by Fri 30 May 2025\n  - id: 2025-06\n",
    );
  });

  it("takes the kind of body and the law: a Welsh committee's deadlines count three clear days", async () => {
    const dir = tempDir();
    const made = await run(["init", ...flags, "--kind", "panel", "--jurisdiction", "wales"], {
      cwd: dir,
      now: "2025-03-01T12:00:00Z",
    });
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, "programme.yaml"), "utf8");
    const parsed = parseProgramme(text, "programme.yaml");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.programme.commission.kind).toBe("panel");
    expect(parsed.programme.commission.jurisdiction).toBe("wales");
    const deadlines = await run(["deadlines", "programme.yaml", "--json", "--now", "2025-03-01"], { cwd: dir });
    const rows = JSON.parse(deadlines.stdout);
    const june = (rows.meetings ?? rows).find((m: { meeting: string }) => m.meeting === "2025-06-09");
    // Three clear working days (LGA 1972 s100BA), Wed 4, Thu 5 and Fri 6 June, between publication on
    // Tuesday 3 June and the meeting on Monday 9 June (neither day counts).
    expect(june.dispatch.computed).toBe("2025-06-03");
    expect(text).toContain("three clear working days");
  });

  it("refuses a law or a kind it does not know, naming the flag, and writes nothing", async () => {
    const dir = tempDir();
    const law = await run(["init", ...flags, "--jurisdiction", "france"], { cwd: dir });
    expect(law.code).toBe(2);
    expect(law.stderr).toContain("--jurisdiction france: expected england, wales or scotland");
    const kind = await run(["init", ...flags, "--kind", "club"], { cwd: dir });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind club: expected commission, committee, panel, board or sub-committee");
    expect(() => readFileSync(join(dir, "programme.yaml"))).toThrow();
  });

  it("takes the optional answers, leaving no placeholder", async () => {
    const dir = tempDir();
    const made = await run(
      [
        "init",
        ...flags,
        "--start",
        "18:30",
        "--venue",
        "Committee Room 1, Town Hall",
        "--contact",
        "Ann Officer",
        "--email",
        "ann.officer@anytown.gov.uk",
        "--chair",
        "Cllr Jo Bloggs",
        "--member",
        "Cllr Ali Khan",
        "--member",
        "Cllr Sam Smith",
        "-o",
        "health-2025-26.yaml",
      ],
      { cwd: dir },
    );
    expect(made.code).toBe(0);
    expect(made.stdout).not.toContain("still to set");
    const parsed = parseProgramme(readFileSync(join(dir, "health-2025-26.yaml"), "utf8"));
    expect(parsed.programme?.commission).toMatchObject({ start: "18:30", contact: { name: "Ann Officer" } });
    expect(parsed.programme?.members.map((m) => m.id)).toEqual(["jo-bloggs", "ali-khan", "sam-smith"]);
    const checked = await run(["check", "health-2025-26.yaml"], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain("11 meetings, 0 items: 0 errors, 0 warnings, 0 notes");
  });

  it("refuses to overwrite a file unless --force, and leaves it as it was", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "programme.yaml"), "# mine\n");
    const refused = await run(["init", ...flags], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("cannot write programme.yaml: it already exists: give --force to replace it\n");
    expect(readFileSync(join(dir, "programme.yaml"), "utf8")).toBe("# mine\n");
    const forced = await run(["init", ...flags, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "programme.yaml"), "utf8")).toContain("Health Scrutiny Committee");
  });

  it("without a terminal, names the answers it still needs", async () => {
    const { code, stderr } = await run(["init", "--council", "Anytown"], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "scrutineer init: give --name, --year and --rule (or run it in a terminal to be asked)",
    );
  });

  it.each([
    [["--year", "2025-26"], "--year 2025-26: expected a municipal year written 2022/23"],
    [["--rule", "whenever"], '--rule whenever: cannot read the rule "whenever"'],
    [["--start", "7pm"], '--start 7pm: expected a 24-hour time written "HH:MM"'],
    [["--email", "nobody"], "--email nobody: expected an email address"],
  ])("refuses a bad answer naming the flag: %s", async (bad, message) => {
    const args = [...flags];
    const at = args.indexOf(bad[0] as string);
    if (at >= 0) args.splice(at, 2);
    const dir = tempDir();
    const { code, stderr } = await run(["init", ...args, ...bad, "-o", "p.yaml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.startsWith(message)).toBe(true);
  });

  it("with -o /dev/stdout prints the file (no schema beside it) and says what it did on standard error", async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await run(["init", ...flags, "-o", "/dev/stdout"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("wrote /dev/stdout: Health Scrutiny Committee");
  });
});

describe("scrutineer slots --format yaml", () => {
  it("prints a meetings block to paste, each meeting's deadlines in a comment", async () => {
    const { code, stdout } = await run([
      "slots",
      "--rule",
      "second Monday monthly except August",
      "--year",
      "2025/26",
      "--format",
      "yaml",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 6)).toEqual([
      "meetings:",
      "  # Monday 12 May 2025: papers due Mon 28 Apr 2025, agenda published by Thu 1 May 2025",
      "  - id: 2025-05",
      "    date: 2025-05-12",
      "    dateConfirmed: false",
      "    agenda: []",
    ]);
    expect(stdout.match(/- id: /g)).toHaveLength(11);
  });

  it("computes the comments' deadlines with --papers-days and --clear-days", async () => {
    const { stdout } = await run([
      "slots",
      "--rule",
      "second Monday monthly",
      "--year",
      "2025/26",
      "--format",
      "yaml",
      "--clear-days",
      "3",
      "--papers-days",
      "0",
    ]);
    expect(stdout).toContain("# Monday 9 June 2025: papers due Tue 3 Jun 2025, agenda published by Tue 3 Jun 2025");
  });
});
