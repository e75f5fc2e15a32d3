import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Collected, collect, runSnippet, type Snippet, typeCheck } from "../src/snippets.js";

// The issue-11 promise: every TypeScript block of README.md, docs/*.md and packages/*/README.md,
// and every `@example` of a public docstring, compiles against the built packages and runs.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const work = fileURLToPath(new URL("../.blocks/", import.meta.url));

// Collected when the file loads, so that each snippet that runs is a test of its own, with its own
// timeout: one test running them all in turn timed out on a loaded two-core machine.
const collected: Collected = collect(root, work);
let errors: Map<string, string[]>;
beforeAll(() => {
  errors = typeCheck(collected.snippets);
});
const runnableBlocks = collected.snippets.filter((s) => s.path.includes("block-") && s.run);
const examples = (): Snippet[] => collected.snippets.filter((s) => s.path.includes("example-"));

// Blocks marked ```ts no-run: type-checked, not run. Raise this only for a block that shows a
// declaration (an interface, a signature) rather than a call.
const NO_RUN_BLOCKS = 3;

// The central exports: each shows a call in an `@example` that runs.
const CENTRAL: Record<string, string[]> = {
  "@scrutineer/dates": ["addDays", "longDate", "londonInstant", "todayInLondon", "municipalYearBounds"],
  "@scrutineer/model": ["parseProgramme", "indexProgramme", "applyEditToSource", "moveMeeting", "listJoin"],
  "@scrutineer/deadlines": ["workingCalendar", "latestDispatch", "meetingDeadlines", "generateSlots"],
  "@scrutineer/agenda": ["timeAgenda", "quorumByItem", "publicDeclarations"],
  "@scrutineer/checks": ["checkProgramme", "meetingFindings"],
  "@scrutineer/documents": ["frontSheetMarkdown", "workProgrammeMarkdown"],
  "@scrutineer/ical": ["programmeFeed", "commissionCalendar"],
  "@scrutineer/ocd": ["programmeToOcd"],
  "@scrutineer/planner": ["autoplan"],
};

describe("the docs' TypeScript blocks", () => {
  it("are found, and the ones not run are few and marked", () => {
    const blocks = collected.snippets.filter((s) => !s.path.includes("example-"));
    expect(blocks.length).toBeGreaterThanOrEqual(20);
    expect(blocks.filter((s) => !s.run).map((s) => s.label)).toHaveLength(NO_RUN_BLOCKS);
    const examples = collected.snippets.length - blocks.length;
    const stated = collected.snippets.reduce((n, s) => n + s.stated, 0);
    console.log(
      `${blocks.length} blocks (${NO_RUN_BLOCKS} type-checked only), ${examples} @examples, ${stated} stated results held`,
    );
  });

  it("each compiles against the built packages", () => {
    const failing = collected.snippets
      .filter((s) => s.path.includes("block-"))
      .flatMap((s) => errors.get(s.path) ?? []);
    expect(failing).toEqual([]);
  });

  it.each(runnableBlocks.map((s) => [s.label, s] as const))(
    "%s runs, and every result it states holds",
    async (_, s) => {
      await runSnippet(root, s);
    },
  );
});

describe("the docstrings' @examples", () => {
  it("cover every central export", () => {
    const missing = Object.entries(CENTRAL).flatMap(([pkg, names]) =>
      names
        .filter((name) => !collected.exports.some((e) => e.pkg === pkg && e.name === name && e.examples.length > 0))
        .map((n) => `${pkg} ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it("each compiles against the built packages", () => {
    expect(examples().flatMap((s) => errors.get(s.path) ?? [])).toEqual([]);
  });

  it.each(examples().map((s) => [s.label, s] as const))("%s runs, and every result it states holds", async (_, s) => {
    await runSnippet(root, s);
  });
});
