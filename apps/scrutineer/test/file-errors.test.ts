import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeFileError, unhandledFileError } from "../src/io/file-errors.js";
import { copyOfExample as copyOf, example, run, tempDir } from "./helpers.js";

// time-zone passes: out, it is about file-system faults

// File-system faults a user can cause (issue 12, item 3) are exit 2 with a sentence, never
// "internal error" (exit 70). Tests run as root here, and root writes into read-only folders,
// so the faults are injected: node:fs/promises is the real module except that the calls named
// in `inject` fail with the errno given, as the kernel would fail them.
const inject = vi.hoisted(() => ({
  fault: undefined as undefined | { call: "open" | "mkdir" | "readdir"; match: RegExp; code: string },
}));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const failing =
    <A extends unknown[], R>(call: "open" | "mkdir" | "readdir", fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const path = String(args[0]);
      const f = inject.fault;
      if (f && f.call === call && f.match.test(path)) {
        // Node names readdir's system call scandir.
        const syscall = call === "readdir" ? "scandir" : call;
        throw Object.assign(new Error(`${f.code}: injected, ${syscall} '${path}'`), { code: f.code, syscall, path });
      }
      return fn(...args);
    };
  return {
    ...real,
    open: failing("open", real.open),
    mkdir: failing("mkdir", real.mkdir),
    readdir: failing("readdir", real.readdir),
  };
});

afterEach(() => {
  inject.fault = undefined;
});

const agenda = (output: string) => ["agenda", example, "--meeting", "2023-01-16", "--now", "2023-01-09", "-o", output];

const copyOfExample = () => copyOf("scrutineer-errno-");

/** Every errno a user can cause, with the sentence `-o out/agenda.md` gets when creating its file fails. */
const FAULTS: [string, string][] = [
  ["EACCES", "the folder out is read-only to you (permission denied)"],
  ["EPERM", "the folder out is read-only to you (permission denied)"],
  ["EROFS", "the file system it is on is mounted read-only"],
  ["ENOSPC", "the disk is full"],
  ["EDQUOT", "your disk quota is used up"],
  ["EFBIG", "the file would be larger than the file system allows"],
  ["ENAMETOOLONG", "the name is too long for the file system"],
  ["ELOOP", "too many symbolic links on the way (a link that leads back to itself?)"],
  ["EMFILE", "too many files are open (raise the limit with ulimit -n, or close other programs)"],
  ["ENFILE", "the system has too many files open; try again later"],
  ["EIO", "the disk reported an input/output error"],
  ["EBUSY", "it is busy (a mount point, or in use by another program)"],
];

describe("a file-system fault is the user's: exit 2 and a sentence", () => {
  it.each(FAULTS)("%s while writing -o: exit 2, %j, nothing half-written", async (code, reason) => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    inject.fault = { call: "open", match: /\/out\/\.agenda\.md\.tmp-/, code };
    const r = await run(agenda("out/agenda.md"), { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: `cannot write out/agenda.md: ${reason}\n` });
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("a read-only folder for the calendar state: neither the feed nor the state is written (item 10)", async () => {
    const { dir, file } = copyOfExample();
    mkdirSync(join(dir, "public"));
    writeFileSync(join(dir, "public", "cyp.ics"), "old feed");
    inject.fault = { call: "open", match: /\/\.programme\.ical-state\.json\.tmp-/, code: "EACCES" };
    const r = await run(["export", "ics", file, "-o", "public/cyp.ics", "--now", "2022-06-01"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "cannot write programme.ical-state.json: the current folder is read-only to you (permission denied); " +
        "without the calendar state the next export cannot number changes (use --state FILE)\n",
    );
    expect(readFileSync(join(dir, "public", "cyp.ics"), "utf8")).toBe("old feed");
    expect(readdirSync(join(dir, "public"))).toEqual(["cyp.ics"]); // the feed's prepared copy was removed
    expect(readdirSync(dir).sort()).toEqual(["programme.yaml", "public"]);
  });

  it("a read-only file system under --out-dir: the old site stays", async () => {
    const { dir, file } = copyOfExample();
    expect((await run(["export", "site", file, "--out-dir", "public", "--now", "2022-06-01"], { cwd: dir })).code).toBe(
      0,
    );
    const before = readFileSync(join(dir, "public", "cyp.ics"), "utf8");
    inject.fault = { call: "mkdir", match: /\/\.public\.scrutineer-new-/, code: "EROFS" };
    const r = await run(["export", "site", file, "--out-dir", "public", "--now", "2022-09-01"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("cannot publish public: the file system it is on is mounted read-only\n");
    expect(readFileSync(join(dir, "public", "cyp.ics"), "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["programme.ical-state.json", "programme.yaml", "public"]);
  });

  it("a fault no command put into words (here reading a folder of programmes) still gets a sentence, naming the path", async () => {
    const { dir } = copyOfExample();
    inject.fault = { call: "readdir", match: new RegExp(`^${dir}$`), code: "EACCES" };
    const r = await run(["export", "site", dir, "--out-dir", join(dir, "..", "site-out"), "--now", "2022-06-01"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `cannot read ${dir}: permission denied\n` });
  });

  it("an errno that only a bug of ours can cause stays an internal error (exit 70 at the edge)", async () => {
    const dir = tempDir();
    inject.fault = { call: "open", match: /\.agenda\.md\.tmp-/, code: "EBADF" };
    await expect(run(agenda("agenda.md"), { cwd: dir })).rejects.toMatchObject({ code: "EBADF" });
    expect(existsSync(join(dir, "agenda.md"))).toBe(false);
  });
});

describe("the sentences, in one table", () => {
  const brief = ["EACCES", "EPERM", "EROFS", "EISDIR", "ENOTDIR", "EEXIST", "ENOENT", "ENOSPC", "EDQUOT", "ELOOP"];
  it.each([...brief, "ENAMETOOLONG", "EMFILE"])("%s has a sentence of its own, without the code", (code) => {
    const sentence = describeFileError(code, { action: "write", shown: "public/index.html", folder: "public" });
    expect(sentence).toMatch(/^cannot write public\/index\.html: [a-z]/);
    expect(sentence).not.toContain(code);
  });

  it("the folder or the file, for a permission fault", () => {
    expect(describeFileError("EACCES", { action: "write", shown: "public/index.html", folder: "public" })).toBe(
      "cannot write public/index.html: the folder public is read-only to you (permission denied)",
    );
    expect(describeFileError("EACCES", { action: "write", shown: "/dev/lp0" })).toBe(
      "cannot write /dev/lp0: the file is read-only to you (permission denied)",
    );
    expect(describeFileError("EACCES", { action: "read", shown: "programme.yaml" })).toBe(
      "cannot read programme.yaml: permission denied",
    );
  });

  it("an error without an errno a user causes is left to be reported as a bug", () => {
    expect(unhandledFileError(new TypeError("x is undefined"))).toBeUndefined();
    expect(unhandledFileError(Object.assign(new Error("bad fd"), { code: "EBADF", path: "/x" }))).toBeUndefined();
    expect(
      unhandledFileError(Object.assign(new Error("full"), { code: "ENOSPC", syscall: "write", path: "/x" }))?.message,
    ).toBe("cannot write /x: the disk is full");
  });
});
