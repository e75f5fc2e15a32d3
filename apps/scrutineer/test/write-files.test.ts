import { spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/io/atomic-write.js";
import { hashSource, type Journal, journalPath, writeJournal } from "../src/io/journal.js";
import { fileIo } from "../src/planner/run.js";
import { copyOfExample as copyOf, example, repoRoot, run, tempDir } from "./helpers.js";

// time-zone passes: out, it is about writing files (links, devices, permissions)

// What `-o`, the state file, the planner's saves and its journal do to the files they write
// (issue 12, items 3, 7, 8 and 10). The faults only root cannot cause (a read-only folder) are
// injected in file-errors.test.ts.

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");
const isRoot = process.getuid?.() === 0;
const mode = (path: string) => statSync(path).mode & 0o777;

const copyOfExample = () => copyOf("scrutineer-write-");

/** The agenda of 16 Jan 2023 as `agenda` prints it: what every `-o` below must write. */
async function agendaText(): Promise<string> {
  const { stdout } = await run(["agenda", example, "--meeting", "2023-01-16", "--now", "2023-01-09"]);
  return stdout;
}

/** A journal of no edits: all it holds is the source, which is what makes it private. */
const noEdits = (source: string): Journal => ({
  version: 1,
  file: "programme.yaml",
  baseHash: hashSource(source),
  edits: [],
  descriptions: [],
  source,
});

const agendaArgs = (output: string) => [
  "agenda",
  example,
  "--meeting",
  "2023-01-16",
  "--now",
  "2023-01-09",
  "-o",
  output,
];

describe("-o and --out-dir naming the wrong kind of file: exit 2 and a sentence (item 3)", () => {
  it("-o naming a folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "public"));
    const r = await run(agendaArgs("public"), { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe("cannot write public: it is a folder: give a file name\n");
    expect(readdirSync(join(dir, "public"))).toEqual([]);
  });

  it("-o under a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes"), "x");
    const r = await run(agendaArgs("notes/agenda.md"), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("cannot write notes/agenda.md: a part of the path is a file, not a folder\n");
    expect(readFileSync(join(dir, "notes"), "utf8")).toBe("x");
  });

  it("--out-dir naming a file", async () => {
    const { dir, file } = copyOfExample();
    writeFileSync(join(dir, "public"), "x");
    const r = await run(["export", "site", file, "--out-dir", "public", "--now", "2022-06-01"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("cannot publish public: it is a file, not a folder\n");
    expect(readdirSync(dir).sort()).toEqual(["programme.yaml", "public"]); // no state written either
  });

  it("-o through a link that leads back to itself", async () => {
    const dir = tempDir();
    symlinkSync("b.md", join(dir, "a.md"));
    symlinkSync("a.md", join(dir, "b.md"));
    const r = await run(agendaArgs("a.md"), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "cannot write a.md: too many symbolic links on the way (a link that leads back to itself?)\n",
    );
  });

  it("a programme that is not there (ENOENT) is still exit 2", async () => {
    const r = await run(["check", "no-such.yaml"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^no-such\.yaml: no such file\n$/);
  });
});

describe("-o writes through links, devices and FIFOs, never renaming over them (item 7)", () => {
  it("a symbolic link: the file it names is replaced, the link stays a link", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.md"), "old");
    symlinkSync("real.md", join(dir, "link.md"));
    expect((await run(agendaArgs("link.md"), { cwd: dir })).code).toBe(0);
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.md"))).toBe("real.md");
    expect(readFileSync(join(dir, "real.md"), "utf8")).toBe(await agendaText());
    expect(readdirSync(dir).sort()).toEqual(["link.md", "real.md"]); // no temporary file left
  });

  it("a link to a link in another folder, and a dangling link (the file is created where it points)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "agenda.md"), "old");
    symlinkSync("docs/agenda.md", join(dir, "first.md"));
    symlinkSync("first.md", join(dir, "second.md"));
    symlinkSync("docs/new.md", join(dir, "dangling.md"));
    expect((await run(agendaArgs("second.md"), { cwd: dir })).code).toBe(0);
    expect((await run(agendaArgs("dangling.md"), { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "docs", "agenda.md"), "utf8")).toBe(await agendaText());
    expect(readFileSync(join(dir, "docs", "new.md"), "utf8")).toBe(await agendaText());
    for (const link of ["first.md", "second.md", "dangling.md"])
      expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
  });

  it("a FIFO is opened and written, and stays a FIFO", async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status !== 0) return void console.warn("mkfifo not available: skipping the FIFO case");
    // A reader first (a FIFO's writer waits for one): a child that copies the FIFO to its stdout.
    const reader = spawnSync(
      "sh",
      [
        "-c",
        `cat "$1" & node "$2" agenda "$3" --meeting 2023-01-16 --now 2023-01-09 -o "$1"; wait`,
        "sh",
        fifo,
        cli,
        example,
      ],
      { encoding: "utf8" },
    );
    expect(reader.status).toBe(0);
    expect(reader.stdout).toBe(await agendaText());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a character device is written through and stays a device", async (context) => {
    const dir = tempDir();
    const device = join(dir, "null");
    // A copy of /dev/null (1, 3) in a scratch folder: making device nodes needs root.
    if (spawnSync("mknod", [device, "c", "1", "3"]).status !== 0) {
      console.warn("cannot make a device node (not root): skipping the device case");
      return context.skip();
    }
    const r = await run(agendaArgs(device), { cwd: dir });
    expect(r.code).toBe(0);
    const info = lstatSync(device);
    expect(info.isCharacterDevice()).toBe(true);
    expect(info.rdev).toBe(statSync("/dev/null").rdev);
    expect(readdirSync(dir)).toEqual(["null"]);
  });

  it("-o /dev/stdout prints, and /dev/stdout stays what it was", async () => {
    const before = lstatSync("/dev/stdout");
    const target = before.isSymbolicLink() ? readlinkSync("/dev/stdout") : undefined;
    const r = spawnSync("node", [cli, ...agendaArgs("/dev/stdout")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(await agendaText());
    const after = lstatSync("/dev/stdout");
    expect(after.isSymbolicLink()).toBe(before.isSymbolicLink());
    expect(after.isCharacterDevice()).toBe(before.isCharacterDevice());
    if (target !== undefined) expect(readlinkSync("/dev/stdout")).toBe(target);
    expect(existsSync("/dev/.stdout.tmp")).toBe(false);
    expect(readdirSync("/dev").filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("-o /dev/stdout with stdout redirected to a file appends to it, as a shell's >> would", () => {
    const dir = tempDir();
    const out = join(dir, "out.md");
    writeFileSync(out, "before\n");
    const r = spawnSync("sh", ["-c", `node "$@" >> "$0"`, out, cli, ...agendaArgs("/dev/stdout")]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^before\n# Children and Young People Scrutiny Commission\n/);
  });
});

describe("modes and owners (item 8)", () => {
  it("-o over a 0600 file keeps 0600; a 0640 one keeps 0640", async () => {
    const dir = tempDir();
    for (const [name, bits] of [
      ["private.md", 0o600],
      ["group.md", 0o640],
    ] as const) {
      writeFileSync(join(dir, name), "old", { mode: bits });
      expect((await run(agendaArgs(name), { cwd: dir })).code).toBe(0);
      expect(mode(join(dir, name))).toBe(bits);
      expect(readFileSync(join(dir, name), "utf8")).toBe(await agendaText());
    }
  });

  it.skipIf(!isRoot)("keeps the owner and group of the file replaced (where permitted: as root)", async () => {
    const dir = tempDir();
    const path = join(dir, "theirs.md");
    writeFileSync(path, "old", { mode: 0o640 });
    chownSync(path, 1234, 5678);
    await writeFileAtomic(path, "new");
    expect(statSync(path)).toMatchObject({ uid: 1234, gid: 5678 });
    expect(mode(path)).toBe(0o640);
  });

  it("a new file gets 0666 less the umask (027 gives 0640)", () => {
    const dir = tempDir();
    const r = spawnSync("sh", ["-c", `umask 027 && exec node "$@"`, "sh", cli, ...agendaArgs("new.md")], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(mode(join(dir, "new.md"))).toBe(0o640);
  });

  it("the planner's save keeps a 0600 programme at 0600", async () => {
    const { dir, file } = copyOfExample();
    const { chmodSync } = await import("node:fs");
    chmodSync(file, 0o600);
    const source = `${readFileSync(file, "utf8")}# edited\n`;
    await fileIo(file, dir).save(source);
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(file, "utf8")).toBe(source);
  });

  it("the journal (the full source, sensitive natures included) is 0600, even under umask 000", async () => {
    const { file } = copyOfExample();
    const source = readFileSync(file, "utf8");
    const journal = noEdits(source);
    // Vitest runs each test file in its own child process: its umask is this file's to change.
    const before = process.umask(0);
    try {
      await writeJournal(file, journal);
    } finally {
      process.umask(before);
    }
    expect(mode(journalPath(file))).toBe(0o600);
  });

  it("an old journal left at 0644 is rewritten at 0600", async () => {
    const { file } = copyOfExample();
    writeFileSync(journalPath(file), "{}", { mode: 0o644 });
    const source = readFileSync(file, "utf8");
    await writeJournal(file, noEdits(source));
    expect(mode(journalPath(file))).toBe(0o600);
  });
});

describe("export ics writes the feed and the state together, or neither (item 10)", () => {
  // The state's own write failing (a read-only folder) is injected in file-errors.test.ts: as
  // root, no real fault stops the state's write while letting it be read first.
  it("a state that cannot even be read (a folder in its place) leaves -o's file untouched", async () => {
    const { dir, file } = copyOfExample();
    writeFileSync(join(dir, "cyp.ics"), "old feed");
    mkdirSync(join(dir, "state.json"));
    const r = await run(["export", "ics", file, "--state", "state.json", "-o", "cyp.ics", "--now", "2022-06-01"], {
      cwd: dir,
    });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "cannot read state.json: it is a folder, not a file\n" });
    expect(readFileSync(join(dir, "cyp.ics"), "utf8")).toBe("old feed");
    expect(readdirSync(dir).sort()).toEqual(["cyp.ics", "programme.yaml", "state.json"]);
  });

  it("the planner's calendar export too: no feed is written when its state cannot be", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "programme.ical-state.json"));
    const io = fileIo(file, dir);
    await expect(
      io.writeExports([
        { name: "cyp-2022-23.ics", content: "BEGIN:VCALENDAR" },
        { name: "ical-state", content: "{}" },
      ]),
    ).rejects.toThrow("cannot write programme.ical-state.json: it is a folder: give a file name");
    expect(existsSync(join(dir, "exports", "cyp-2022-23.ics"))).toBe(false);
    expect(readdirSync(join(dir, "exports"))).toEqual([]);
    rmSync(join(dir, "programme.ical-state.json"), { recursive: true });
    expect(
      await io.writeExports([
        { name: "cyp-2022-23.ics", content: "x" },
        { name: "ical-state", content: "{}" },
      ]),
    ).toEqual(["exports/cyp-2022-23.ics", "programme.ical-state.json"]);
  });

  it("a feed that cannot be written leaves the state as it was", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "cyp.ics"));
    const r = await run(["export", "ics", file, "-o", "cyp.ics", "--now", "2022-06-01"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("cannot write cyp.ics: it is a folder: give a file name\n");
    expect(existsSync(join(dir, "programme.ical-state.json"))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["cyp.ics", "programme.yaml"]);
  });
});
