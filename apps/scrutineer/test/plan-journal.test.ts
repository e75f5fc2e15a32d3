import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  hashSource,
  type Journal,
  journalPath,
  judgeJournal,
  readJournal,
  setJournalAside,
  writeJournal,
} from "../src/io/journal.js";
import { example, tempDir } from "./helpers.js";

const source = readFileSync(example, "utf8");
const edited = source.replace(
  "    agenda: [camhs-accessibility, cabinet-qa-bramble]",
  "    agenda: [cabinet-qa-bramble, camhs-accessibility]",
);

const journal: Journal = {
  version: 1,
  file: "programme.yaml",
  baseHash: hashSource(source),
  edits: [{ type: "reorder-item", item: "camhs-accessibility", delta: 1 }],
  descriptions: ["Move Accessibility of CAMHS down one place on 17 Apr 2023"],
  source: edited,
};

describe("the journal file", () => {
  it("sits beside the programme as a dot-file", () => {
    expect(journalPath("/work/cyp/programme.yaml")).toBe("/work/cyp/.programme.yaml.scrutineer-journal");
  });

  it("is written atomically, read back and removed", async () => {
    const dir = tempDir();
    const file = join(dir, "programme.yaml");
    writeFileSync(file, source);
    expect(await readJournal(file)).toEqual({ kind: "none" });
    await writeJournal(file, journal);
    expect(readdirSync(dir).sort()).toEqual([".programme.yaml.scrutineer-journal", "programme.yaml"]); // no temp files left
    expect(await readJournal(file)).toEqual({ kind: "ok", journal, path: journalPath(file) });
    await writeJournal(file, null);
    expect(existsSync(journalPath(file))).toBe(false);
    await writeJournal(file, null); // removing twice is fine
  });

  it("reports a damaged journal instead of replaying it, and can set it aside", async () => {
    const dir = tempDir();
    const file = join(dir, "programme.yaml");
    writeFileSync(journalPath(file), "{ not json");
    const read = await readJournal(file);
    expect(read.kind).toBe("unreadable");
    writeFileSync(journalPath(file), JSON.stringify({ ...journal, edits: [{ type: "explode" }] }));
    expect((await readJournal(file)).kind).toBe("unreadable");
    const aside = await setJournalAside(file);
    expect(aside).toMatch(/\.programme\.yaml\.scrutineer-journal\.rejected-[0-9a-f]{8}$/);
    expect(existsSync(journalPath(file))).toBe(false);
    expect(existsSync(aside)).toBe(true);
  });
});

describe("judging a journal at start-up", () => {
  it("offers it when the file is exactly what the edits were made to", () => {
    expect(judgeJournal(journal, source, "programme.yaml")).toEqual({ kind: "offer" });
  });

  it("drops it when the file already holds its result (killed after saving)", () => {
    expect(judgeJournal(journal, edited, "programme.yaml")).toEqual({ kind: "stale" });
  });

  it("refuses it when the file changed since, explaining why", () => {
    const verdict = judgeJournal(journal, `${source}# edited by hand\n`, "/x/programme.yaml");
    expect(verdict).toEqual({
      kind: "refused",
      reason:
        "programme.yaml has changed since the unsaved edit was made (it was saved or edited elsewhere), so replaying them could undo those changes. They were not applied.",
    });
  });
});
