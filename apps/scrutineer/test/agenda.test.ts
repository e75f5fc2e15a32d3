import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleWith, exampleWithSensitiveInterest, SECRET } from "./agenda-command.fixtures.js";
import { example, run, tempDir } from "./helpers.js";

describe("scrutineer agenda --format json", () => {
  it("prints the 16 Jan 2023 agenda computed from the programme, with the front sheet's stated starts", async () => {
    const { code, stdout, stderr } = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ meeting: "2023-01-16", start: "19:00", end: "21:15", plannedEnd: "22:00" });
    expect(
      json.items.map((i: { number: number; start: string; statedStart?: string; minutes: unknown }) => [
        i.number,
        i.minutes,
        i.start,
        i.statedStart,
      ]),
    ).toEqual([
      [4, 45, "19:05", "19:05"],
      [5, 30, "19:50", "19:50"],
      [6, 45, "20:20", "20:20"],
      [7, 5, "21:05", "21:10"],
      [8, 5, "21:10", "21:15"],
      [9, null, "21:15", "21:20"],
    ]);
    expect(json.items[0]).toEqual({
      number: 4,
      item: "chscp-annual-report-2022",
      title: "City & Hackney Safeguarding Children Partnership - Annual Report",
      minutes: 45,
      start: "19:05",
      latestStart: "19:05",
      end: "19:50",
      latestEnd: "19:50",
      statedStart: "19:05",
      pages: "9-200",
    });
  });

  it("flags the item allotted 45 minutes that the front sheet gives 50", async () => {
    const { stdout } = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "json"]);
    const given = JSON.parse(stdout).findings.filter((f: { code: string }) => f.code === "item-given-more-time");
    expect(given).toEqual([
      {
        severity: "warning",
        code: "item-given-more-time",
        message:
          'Item 6 "Outcome of School Exclusions - Review Update" is allotted 45 minutes but the stated starts give it 50 (20.20 → 21.10).',
        meeting: "2023-01-16",
        meetingId: "2023-01",
        item: "exclusions-review-update",
      },
    ]);
  });

  it("writes a range as [min, max] and omits statedStart where none was printed", async () => {
    const { stdout } = await run(["agenda", example, "--meeting", "2022-11-30", "--format", "json"]);
    const json = JSON.parse(stdout);
    const budget = json.items.find((i: { item: string }) => i.item === "cfs-budget-monitoring-2022");
    expect(budget).toMatchObject({
      minutes: [30, 45],
      start: "19:50",
      latestStart: "19:50",
      end: "20:20",
      latestEnd: "20:35",
    });
    const last = json.items.at(-1);
    expect(last.item).toBe("previous-minutes-2022-11");
    expect("statedStart" in last).toBe(false);
    expect(json.end).toBe("20:45");
    expect(json.latestEnd).toBe("21:10");
    expect(json.findings.map((f: { code: string }) => f.code)).toContain("stated-starts-out-of-order");
    expect(json.findings.map((f: { code: string }) => f.code)).toContain("remote-not-counted");
  });

  it("exits 1 when the agenda overruns the planned end", async () => {
    const file = exampleWith((doc) => {
      doc.setIn(["commission", "plannedEnd"], "21:00");
    });
    const { code, stdout } = await run(["agenda", file, "--meeting", "2023-01-16", "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0]).toMatchObject({
      severity: "error",
      code: "agenda-overrun",
      item: "exclusions-review-update",
    });
  });

  it("writes the file atomically with -o, the same text it would print", async () => {
    const dir = tempDir();
    const out = join(dir, "agenda.json");
    const written = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "json", "-o", out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    const printed = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "json"]);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });
});

describe("scrutineer agenda --format md|html", () => {
  it("prints the front sheet in Markdown by default", async () => {
    const { code, stdout } = await run(["agenda", example, "--meeting", "2023-01-16"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Children and Young People Scrutiny Commission/);
    expect(stdout).toContain("Outcome of School Exclusions - Review Update");
  });

  it("prints the front sheet as an HTML page", async () => {
    const { code, stdout } = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe("scrutineer agenda: bad input", () => {
  it("exits 2 for a meeting date not in the programme, listing the programme's dates", async () => {
    const { code, stdout, stderr } = await run(["agenda", example, "--meeting", "2023-01-17", "--format", "json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--meeting 2023-01-17");
    expect(stderr).toContain(
      "has no meeting with that date or id; its meetings are 2022-07-11 (2022-07), 2022-09-29 (2022-09), 2022-10-31 (2022-10), 2022-11-30 (2022-11), 2023-01-16 (2023-01), 2023-02-27 (2023-02), 2023-03-20 (2023-03), 2023-04-17 (2023-04)",
    );
  });

  it("exits 2 without --meeting, for an impossible date, an unknown format or a missing file", async () => {
    expect((await run(["agenda", example])).code).toBe(2);
    expect((await run(["agenda", example, "--meeting", "2023-02-30"])).stderr).toContain("--meeting 2023-02-30");
    const format = await run(["agenda", example, "--meeting", "2023-01-16", "--format", "pdf"]);
    expect(format).toMatchObject({ code: 2 });
    expect(format.stderr).toContain("--format pdf: expected md, html or json");
    expect((await run(["agenda", "nope.yaml", "--meeting", "2023-01-16"])).stderr).toBe("nope.yaml: no such file\n");
  });

  it("also finds a meeting by its id", async () => {
    const { stdout } = await run(["agenda", example, "--meeting", "2023-01", "--format", "json"]);
    expect(JSON.parse(stdout).meeting).toBe("2023-01-16");
  });
});

describe("privacy: a sensitive interest's nature", () => {
  it("appears in no agenda output (JSON, Markdown or HTML), though the declaration does", async () => {
    const file = exampleWithSensitiveInterest();
    for (const meeting of ["2022-11-30", "2023-01-16"])
      for (const format of ["json", "md", "html"]) {
        const { code, stdout, stderr } = await run(["agenda", file, "--meeting", meeting, "--format", format]);
        expect(stderr).toBe("");
        expect(code).toBeLessThan(2);
        expect(stdout).not.toContain(SECRET);
        expect(stdout).not.toContain("Secretco");
      }
    const { stdout } = await run(["agenda", file, "--meeting", "2023-01-16", "--format", "json"]);
    expect(JSON.parse(stdout).declarations).toEqual([
      expect.objectContaining({
        person: "lynne-troughton",
        sensitive: true,
        nature: "not published (sensitive interest)",
      }),
    ]);
  });
});

describe("scrutineer check", () => {
  it("includes the agenda's timing and attendance findings", async () => {
    const { stdout } = await run(["check", example, "--json"]);
    const findings = JSON.parse(stdout).findings as { code: string; meeting?: string; item?: string }[];
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "item-given-more-time",
        meeting: "2023-01-16",
        item: "exclusions-review-update",
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "stated-starts-out-of-order", meeting: "2022-11-30" }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ code: "remote-not-counted", meeting: "2022-11-30" }));
  });
});

describe("scrutineer agenda and programme --with-checks", () => {
  it("the published front sheet has no checker's notes; --with-checks adds them", async () => {
    const args = ["agenda", example, "--meeting", "2023-01-16", "--format", "html"];
    const plain = await run(args);
    expect(plain.stdout).not.toContain("The programme states");
    const checked = await run([...args, "--with-checks"]);
    expect(checked.stdout).toContain("Note: The programme states 21.10; the allotted minutes give 21.05.");
  });

  it("the work programme likewise", async () => {
    const plain = await run(["programme", example]);
    expect(plain.stdout).not.toContain("before dispatch gives");
    const checked = await run(["programme", example, "--with-checks"]);
    expect(checked.stdout).toContain("(stated; 3 working days before dispatch gives Thursday 15 September 2022)");
  });
});
