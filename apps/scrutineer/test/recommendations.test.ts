// Real data: the example's School Exclusions review (Cabinet response 14 Mar 2022, 17 of 18
// accepted, recommendation 10 partly: hackney.moderngov.co.uk/mgAi.aspx?ID=40330) and
// Unregistered Educational Settings review (seed 001 line 4829). The care-leavers review and the
// written answer below are constructed (the papers give neither the recommendations nor a
// date: seed 003 lines 263-269, seed 004 line 111), to show the overdue findings.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfExample, example, run } from "./helpers.js";

/** A copy of the example with a review whose response is due and a written answer owed. */
function withOverdue(extraReview = ""): string {
  const { file } = copyOfExample();
  let text = readFileSync(file, "utf8");
  text = text.replace(
    "\nreviews:\n",
    `\nreviews:
  - id: care-leavers
    title: Housing Support for Care Leavers
    kind: letter
    to: { kind: cabinet-member, id: anntoinette-bramble }
    received: 2022-12-01
    recommendations:
      - { id: cl-1, number: "1", text: That care leavers may join the Housing Register at 18. }
${extraReview}`,
  );
  text = text.replace(
    '      - { item: fsm-letter, statedStart: "21:10", pages: 281-290 }',
    `      - item: fsm-letter
        statedStart: "21:10"
        pages: 281-290
        writtenAnswers:
          - { id: fsm-uptake, question: Free school meal uptake by ward, owedBy: paul-senior, due: 2023-02-13 }`,
  );
  writeFileSync(file, text);
  return file;
}

describe("scrutineer recommendations", () => {
  it("lists the real reviews' recommendations as JSON with the fields scripts rely on", async () => {
    const { code, stdout } = await run(["recommendations", example, "--json", "--now", "2023-01-16"]);
    expect(code).toBe(0);
    const { today, recommendations } = JSON.parse(stdout);
    expect(today).toBe("2023-01-16");
    expect(recommendations).toHaveLength(28);
    for (const r of recommendations) {
      for (const key of ["id", "review", "to", "received", "responseDue", "response", "status"])
        expect(r).toHaveProperty(key);
      if (r.responseDue !== null) expect(r.responseDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(recommendations.find((r: { id: string }) => r.id === "se-10")).toMatchObject({
      review: "school-exclusions",
      to: "Hackney Education Service",
      received: null,
      responseDue: null,
      response: { date: "2022-03-14", decision: "partly-accepted" },
      status: "partly-accepted",
    });
  });

  it("computes the response due by s9FE and marks it overdue as of --now", async () => {
    const file = withOverdue();
    const before = JSON.parse(
      (await run(["recommendations", file, "--json", "--review", "care-leavers", "--now", "2023-01-31"])).stdout,
    );
    expect(before.recommendations).toEqual([
      expect.objectContaining({
        id: "cl-1",
        received: "2022-12-01",
        responseDue: "2023-01-31",
        status: "awaiting-response",
      }),
    ]);
    const after = await run(["recommendations", file, "--review", "care-leavers", "--now", "2023-02-01"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("31 January 2023");
    expect(after.stdout).toContain("Response overdue");
    expect(after.stdout).toContain("1 recommendation as of 1 February 2023; 1 with a response overdue.");
  });

  it("writes the Markdown tracker to a file with -o", async () => {
    const file = withOverdue();
    const out = join(file, "..", "tracker.md");
    const { code, stdout } = await run(["recommendations", file, "--format", "md", "-o", out, "--now", "2023-02-01"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const md = readFileSync(out, "utf8");
    expect(md).toContain("## Housing Support for Care Leavers");
    expect(md).toContain(
      "| 1 | That care leavers may join the Housing Register at 18. | Cllr Anntoinette Bramble | none (due 31 January 2023) | Response overdue | none |",
    );
  });

  it("exits 2 on bad input: a date that does not exist (file:line:column), an unknown review, a bad format", async () => {
    const file = withOverdue();
    writeFileSync(file, readFileSync(file, "utf8").replace("received: 2022-12-01", "received: 2022-02-30"));
    const bad = await run(["recommendations", file, "--json"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: reviews\\[0\\]\\.received: `),
    );
    expect((await run(["recommendations", example, "--review", "nope"])).code).toBe(2);
    const pdf = await run(["recommendations", example, "--format", "pdf"]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("--format pdf: expected text, md, html or json");
    expect((await run(["recommendations", example, "--json", "--format", "md"])).code).toBe(2);
    expect((await run(["recommendations"])).code).toBe(2);
  });
});

/** A copy of the example as it was before the January review update: the School Exclusions review followed up by nothing but recommendation 1's standing item. */
function unplanned(): string {
  const { file } = copyOfExample();
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace("    items: [exclusions-cabinet-response, exclusions-monitoring-2022, exclusions-review-update]\n", "")
      .replaceAll("        followUp: { item: exclusions-review-update }\n", ""),
  );
  return file;
}
const commentLines = (text: string) => text.split("\n").filter((l) => /(^|\s)#/.test(l));

describe("scrutineer recommendations: the tracker in HTML", () => {
  it("writes the tracker as published to the commission with --format html -o", async () => {
    const { dir } = copyOfExample();
    const out = join(dir, "tracker.html");
    const { code, stdout } = await run([
      "recommendations",
      example,
      "--format",
      "html",
      "-o",
      out,
      "--now",
      "2023-01-16",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain("<caption>Outcome of School Exclusions: recommendations, responses and follow-up</caption>");
    expect(html.match(/<th scope="row"/g)).toHaveLength(28);
    const one = await run(["recommendations", example, "--format", "html", "--review", "unregistered-settings"]);
    expect(one.stdout.match(/<th scope="row"/g)).toHaveLength(10);
  });
});

describe("scrutineer recommendations --propose-follow-ups", () => {
  it("proposes nothing on the real example, where every accepted recommendation is followed up, and writes nothing", async () => {
    const { file } = copyOfExample();
    const before = readFileSync(file, "utf8");
    const { code, stdout } = await run(["recommendations", file, "--propose-follow-ups", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Nothing to propose: every accepted recommendation is followed up.");
    expect(stdout).toContain(
      "Left alone: 18 recommendations already followed up, 10 recommendations with no response recorded.",
    );
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("proposes one update item for the review, writes it with --apply keeping every comment, and check is satisfied", async () => {
    const file = unplanned();
    const missing = async () =>
      (
        JSON.parse((await run(["check", file, "--json", "--now", "2022-05-01"])).stdout).findings as { code: string }[]
      ).filter((f) => f.code === "follow-up-missing").length;
    expect(await missing()).toBe(17);
    const before = readFileSync(file, "utf8");
    const shown = await run(["recommendations", file, "--propose-follow-ups"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(
      "+ Outcome of School Exclusions: update on the recommendations [school-exclusions-update-2023] to the backlog\n    follows up recommendations 2 to 18 of Outcome of School Exclusions\n    due on 14 March 2023: the auto-planner takes it at a meeting on or after that date when one has room\n",
    );
    expect(shown.stdout).toContain(`Run again with --apply to write these to ${file}.`);
    expect(readFileSync(file, "utf8")).toBe(before);

    const applied = await run(["recommendations", file, "--propose-follow-ups", "--apply", "--json"]);
    expect(applied.code, applied.stderr).toBe(0);
    const json = JSON.parse(applied.stdout);
    expect(json).toMatchObject({ applied: true, afterMonths: 12 });
    expect(json.proposals[0]).toMatchObject({
      item: "school-exclusions-update-2023",
      due: "2023-03-14",
      timing: "in-year",
    });
    const after = readFileSync(file, "utf8");
    expect(commentLines(after)).toEqual(commentLines(before));
    expect(after).toContain("        followUp: { item: school-exclusions-update-2023, due: 2023-03-14 }\n");
    expect(after).toContain(
      "backlog: [admissions-review, residential-placements, graduated-send-provision, school-exclusions-update-2023]",
    );
    expect(await missing()).toBe(0);
    const again = await run(["recommendations", file, "--propose-follow-ups"]);
    expect(again.stdout).toContain("Nothing to propose");

    // The auto-planner takes it at a meeting on or after its due date.
    const plan = JSON.parse((await run(["autoplan", file, "--json", "--now", "2022-05-01"])).stdout);
    const added = plan.changes.find((c: { item: string }) => c.item === "school-exclusions-update-2023");
    expect(["2023-03", "2023-04"]).toContain(added.to);
  });

  it("refuses --apply without --propose-follow-ups, and a tracker format or -o with it (exit 2)", async () => {
    const file = unplanned();
    const before = readFileSync(file, "utf8");
    for (const argv of [
      ["--apply"],
      ["--propose-follow-ups", "--format", "md"],
      ["--propose-follow-ups", "--format", "html"],
      ["--propose-follow-ups", "-o", "x.md"],
    ]) {
      const { code, stdout, stderr } = await run(["recommendations", file, ...argv]);
      expect(code, argv.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^scrutineer recommendations: /);
    }
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("scrutineer check: what is owed after the meetings", () => {
  it("reports an overdue response and an outstanding written answer as of --now, and not before", async () => {
    const file = withOverdue();
    const codes = async (now: string) =>
      (JSON.parse((await run(["check", file, "--json", "--now", now])).stdout).findings as { code: string }[])
        .map((f) => f.code)
        .filter((c) => ["response-overdue", "written-answer-overdue"].includes(c));
    expect(await codes("2023-01-31")).toEqual([]);
    expect(await codes("2023-02-14")).toEqual(["response-overdue", "written-answer-overdue"]);
    const text = (await run(["check", file, "--now", "2023-02-14"])).stdout;
    expect(text).toContain(
      'cl-1: the response to recommendation 1 of "Housing Support for Care Leavers" (to Cllr Anntoinette Bramble) was due by Tuesday 31 January 2023',
    );
    expect(text).toContain(
      '2023-01-16 fsm-letter: the written answer to "Free school meal uptake by ward" owed by Paul Senior',
    );
  });

  it("reads the programme relative to the folder it is run in, as every command does", async () => {
    const { dir } = copyOfExample();
    const here = await run(["recommendations", "programme.yaml"], { cwd: dir });
    expect(here.code, here.stderr).toBe(0);
    expect(here.stdout).toBe((await run(["recommendations", example])).stdout);
  });
});
