import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_MARKER } from "../src/io/publish-site.js";
import { copyOfExample as copyOf, repoRoot, run, tempDir } from "./helpers.js";

// time-zone passes: out, it is about publishing a site atomically; the feeds' dates are checked by packages/ical and golden

// `export site` publishes the folder as a whole (issue 12, item 9): a reader finds the old site
// or the new one, never a mix, and the folder holds exactly what the programme says.

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");
const OLD = "2022-06-01";
const NEW = "2022-09-01";

const copyOfExample = () => copyOf("scrutineer-site-");

/** The programme after Steven Olalere left the commission and an item was retitled. */
function change(file: string): void {
  const text = readFileSync(file, "utf8");
  const next = text
    .replace("  - { id: steven-olalere, name: Steven Olalere }\n", "")
    .replace(
      "title: Free School Meals (Childhood Food Poverty)",
      "title: Free School Meals and Childhood Food Poverty",
    );
  expect(next).not.toBe(text);
  writeFileSync(file, next);
}

/** Every file under a folder with its bytes; undefined when the folder is not there. */
function snapshot(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const out = new Map<string, string>();
  const walk = (at: string, prefix: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(at, e.name), `${prefix}${e.name}/`);
      else out.set(`${prefix}${e.name}`, readFileSync(join(at, e.name), "utf8"));
    }
  };
  walk(dir, "");
  return out;
}

/** What a killed export may leave beside the folder. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(".site.scrutineer-"));

const exportArgs = (file: string, now: string) => ["export", "site", file, "--out-dir", "site", "--now", now];

describe("the site is exactly what the programme says", () => {
  it("a member who left loses their feed; the marker lists every file; nothing is left beside the folder", async () => {
    const { dir, file } = copyOfExample();
    expect((await run(exportArgs(file, OLD), { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, "site/members/steven-olalere.ics"))).toBe(true);
    change(file);
    const r = await run(exportArgs(file, NEW), { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "site/: index.html, 1 commission feed with their deadlines, 15 member feeds (18 files, 17 written)\n",
    );
    expect(existsSync(join(dir, "site/members/steven-olalere.ics"))).toBe(false);
    const marker = JSON.parse(readFileSync(join(dir, "site", SITE_MARKER), "utf8"));
    expect([...(snapshot(join(dir, "site"))?.keys() ?? [])].sort()).toEqual([SITE_MARKER, ...marker.files].sort());
    expect(marker.files).toHaveLength(18);
    expect(leftovers(dir)).toEqual([]);
  });

  it("says what it wrote: the state file and why to keep it, and that the feed links are relative without --base-url", async () => {
    const { dir, file } = copyOfExample();
    const r = await run(exportArgs(file, OLD), { cwd: dir });
    expect(r.stderr.split("\n")).toEqual([
      "wrote programme.ical-state.json (26 events added): keeps calendar sequence numbers; commit it beside the programme",
      "the feed links in site/index.html are relative (cyp.ics), so the page shows no full address to copy and no webcal:// link: give --base-url https://… (the address the folder will be published at) to make them absolute",
      "",
    ]);
    const absolute = await run([...exportArgs(file, NEW), "--base-url", "https://example.gov.uk/calendars/"], {
      cwd: dir,
    });
    expect(absolute.stderr).not.toContain("relative");
    expect(readFileSync(join(dir, "site/index.html"), "utf8")).toContain("webcal://example.gov.uk/calendars/cyp.ics");
  });

  it("an empty folder is published into", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "site"));
    expect((await run(exportArgs(file, OLD), { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, "site"))).toContain("index.html");
  });

  it("a folder holding someone else's files is refused, and left as it was", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "site"));
    writeFileSync(join(dir, "site", "notes.txt"), "mine");
    const r = await run(exportArgs(file, OLD), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "cannot publish site: the folder holds files a site export did not write (notes.txt); export to a new or empty folder, or move those files out (the folder is replaced as a whole)\n",
    );
    expect(readdirSync(join(dir, "site"))).toEqual(["notes.txt"]);
    expect(existsSync(join(dir, "programme.ical-state.json"))).toBe(false);
  });

  it("a previous site with a file added by hand is refused too: the export never deletes what it did not write", async () => {
    const { dir, file } = copyOfExample();
    await run(exportArgs(file, OLD), { cwd: dir });
    writeFileSync(join(dir, "site", "robots.txt"), "User-agent: *\n");
    const r = await run(exportArgs(file, NEW), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^cannot publish site: the folder holds files a site export did not write \(robots\.txt\)/,
    );
    expect(readFileSync(join(dir, "site", "robots.txt"), "utf8")).toBe("User-agent: *\n");
  });

  it("a symbolic link to the folder: the site is swapped in where it points, and the link stays", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "www"));
    symlinkSync("www", join(dir, "site"));
    expect((await run(exportArgs(file, OLD), { cwd: dir })).code).toBe(0);
    change(file);
    expect((await run(exportArgs(file, NEW), { cwd: dir })).code).toBe(0);
    expect(lstatSync(join(dir, "site")).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, "www/members/steven-olalere.ics"))).toBe(false);
    expect(existsSync(join(dir, "www/index.html"))).toBe(true);
  });

  it("keeps the folder's mode and the files' modes", async () => {
    const { dir, file } = copyOfExample();
    await run(exportArgs(file, OLD), { cwd: dir });
    chmodSync(join(dir, "site"), 0o750);
    chmodSync(join(dir, "site", "index.html"), 0o640);
    change(file);
    await run(exportArgs(file, NEW), { cwd: dir });
    expect(statSync(join(dir, "site")).mode & 0o777).toBe(0o750);
    expect(statSync(join(dir, "site", "index.html")).mode & 0o777).toBe(0o640);
  });
});

/** Wait for the child to exit after a kill; resolves to the signal. */
const exited = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));

describe("an export killed midway leaves the old site or the new one, never a mix", () => {
  /** The old site (exported at OLD), and the new one the changed programme gives from the same state. */
  function fixtures() {
    const { dir, file } = copyOfExample();
    expect(spawnSync("node", [cli, ...exportArgs(file, OLD)], { cwd: dir }).status).toBe(0);
    const oldSite = snapshot(join(dir, "site"));
    const oldState = readFileSync(join(dir, "programme.ical-state.json"), "utf8");
    change(file);
    const probe = tempDir("scrutineer-site-new-");
    cpSync(dir, probe, { recursive: true });
    const started = Date.now();
    expect(spawnSync("node", [cli, ...exportArgs(join(probe, "programme.yaml"), NEW)], { cwd: probe }).status).toBe(0);
    const took = Date.now() - started;
    const newSite = snapshot(join(probe, "site"));
    expect(newSite).not.toEqual(oldSite);
    // The retitled item changes an event, so the export saves a new state (the FIFO test waits there).
    expect(readFileSync(join(probe, "programme.ical-state.json"), "utf8")).not.toBe(oldState);
    return { dir, file, oldSite, oldState, newSite, took };
  }

  it("killed with the new site built beside the old, before the swap: the old site, whole", {
    timeout: 90_000,
  }, async () => {
    const { dir, file, oldSite, oldState, newSite } = fixtures();
    // The state file as a FIFO holds the export at a known point: it reads the state (written
    // here), builds the new site beside the old, then waits to open the FIFO to save the new
    // state (written through: a FIFO is never renamed over), before it swaps the site in.
    const state = join(dir, "programme.ical-state.json");
    rmSync(state);
    expect(spawnSync("mkfifo", [state]).status).toBe(0);
    const child = spawn("node", [cli, ...exportArgs(file, NEW)], { cwd: dir, stdio: "ignore" });
    const fifo = await open(state, "w"); // waits for the export to open it for reading
    await fifo.writeFile(oldState);
    await fifo.close();
    // Built: the marker is the new site's last file.
    while (!leftovers(dir).some((n) => existsSync(join(dir, n, SITE_MARKER))))
      await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    expect(await exited(child)).toBe("SIGKILL");
    expect(snapshot(join(dir, "site"))).toEqual(oldSite);
    expect(leftovers(dir)).toHaveLength(1);

    rmSync(state);
    writeFileSync(state, oldState);
    expect(spawnSync("node", [cli, ...exportArgs(file, NEW)], { cwd: dir }).status).toBe(0);
    expect(snapshot(join(dir, "site"))).toEqual(newSite);
    expect(leftovers(dir)).toEqual([]);
  });

  // Twelve runs of the CLI: longer than the default timeout on a busy two-core machine.
  it("killed at any moment: the folder holds the old site or the new one; the next export finishes the job", {
    timeout: 180_000,
  }, async () => {
    const { dir, file, oldSite, oldState, newSite, took } = fixtures();
    const state = join(dir, "programme.ical-state.json");
    const pristine = tempDir("scrutineer-site-old-");
    cpSync(join(dir, "site"), pristine, { recursive: true });
    const seen: string[] = [];
    // Points spread over a whole export's run, from start-up to the end.
    for (const share of [0.3, 0.6, 0.75, 0.85, 0.95, 1.05]) {
      rmSync(join(dir, "site"), { recursive: true, force: true });
      for (const n of leftovers(dir)) rmSync(join(dir, n), { recursive: true });
      cpSync(pristine, join(dir, "site"), { recursive: true });
      writeFileSync(state, oldState);
      const child = spawn("node", [cli, ...exportArgs(file, NEW)], { cwd: dir, stdio: "ignore" });
      const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      await Promise.race([new Promise((r) => setTimeout(r, Math.round(took * share))), done]);
      child.kill("SIGKILL");
      await done;
      const site = snapshot(join(dir, "site"));
      if (site === undefined) {
        // Killed between the swap's two renames: the old site is whole beside the folder.
        const old = leftovers(dir).find((n) => n.startsWith(".site.scrutineer-old-"));
        expect(old && snapshot(join(dir, old))).toEqual(oldSite);
        seen.push("between");
      } else if (JSON.stringify([...site]) === JSON.stringify([...(oldSite ?? [])])) seen.push("old");
      else {
        expect(site).toEqual(newSite);
        seen.push("new");
      }
      // Whatever the moment, the next export publishes the new site and clears up.
      writeFileSync(state, oldState);
      expect(spawnSync("node", [cli, ...exportArgs(file, NEW)], { cwd: dir }).status).toBe(0);
      expect(snapshot(join(dir, "site"))).toEqual(newSite);
      expect(leftovers(dir)).toEqual([]);
    }
    expect(seen).toHaveLength(6);
  });

  it("killed between the swap's two renames (the folder briefly absent): the next export publishes and clears up", {
    timeout: 90_000,
  }, async () => {
    const { dir, file, newSite, oldState } = fixtures();
    // A process id that is surely free: one that has just exited.
    const gone = spawnSync("node", ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    renameSync(join(dir, "site"), join(dir, `.site.scrutineer-old-${gone.stdout}-0123abcd`));
    writeFileSync(join(dir, "programme.ical-state.json"), oldState);
    expect((await run(exportArgs(file, NEW), { cwd: dir })).code).toBe(0);
    expect(snapshot(join(dir, "site"))).toEqual(newSite);
    expect(leftovers(dir)).toEqual([]);
  });
});
