import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, repoRoot, run, tempDir } from "./helpers.js";

describe("scrutineer deadlines <programme.yaml>", () => {
  it("prints every meeting's computed and stated deadlines as JSON", async () => {
    const { code, stdout, stderr } = await run(["deadlines", example, "--json", "--now", "2023-02-01"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.ok).toBe(true);
    expect(json.today).toBe("2023-02-01");
    expect(
      json.meetings.map((m: { meeting: string; dispatch: { computed: string } }) => [m.meeting, m.dispatch.computed]),
    ).toEqual([
      ["2022-07-11", "2022-07-01"],
      ["2022-09-29", "2022-09-21"],
      ["2022-10-31", "2022-10-21"],
      ["2022-11-30", "2022-11-22"],
      ["2023-01-16", "2023-01-06"],
      ["2023-02-27", "2023-02-17"],
      ["2023-03-20", "2023-03-10"],
      ["2023-04-17", "2023-04-05"],
    ]);
    const sep = json.meetings[1];
    expect(sep).toMatchObject({
      meetingId: "2022-09",
      status: "moved",
      papersDeadline: { computed: "2022-09-15", stated: "2022-08-30", effective: "2022-08-30" },
    });
    expect(json.meetings[5].cabinetNotice).toMatchObject({ due: "2023-01-16", notified: "2023-01-03" });
    expect(json.findings.map((f: { code: string; meeting: string }) => [f.meeting, f.code])).toEqual([
      ["2022-09-29", "papers-deadline-override"],
      ["2022-11-30", "papers-deadline-override"],
      ["2023-01-16", "papers-deadline-override"],
    ]);
  });

  it("prints a readable table with where each meeting stands today", async () => {
    const { code, stdout } = await run(["deadlines", example, "--now", "2023-02-01"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^meeting\s+papers deadline\s+agenda dispatch\s+Cabinet Q&A notice\s+today 2023-02-01$/);
    expect(lines.find((l) => l.startsWith("Thu 29 Sep 2022"))).toMatch(
      /moved from Thu 8 Sep 2022\)\s+Tue 30 Aug 2022 \(rule Thu 15 Sep 2022\)\s+Wed 21 Sep 2022\s+held$/,
    );
    expect(lines.find((l) => l.startsWith("Mon 27 Feb 2023"))).toMatch(
      /Fri 17 Feb 2023\s+by Mon 16 Jan 2023, told Tue 3 Jan 2023\s+papers due in 13 days \(9 working\)$/,
    );
    expect(stdout).toMatch(/0 errors, 0 warnings, 3 notes/);
  });

  it("selects meetings with --meeting, and names the dates it has when one is unknown", async () => {
    const { stdout } = await run(["deadlines", example, "--json", "--meeting", "2023-04-17", "--now", "2023-04-06"]);
    const json = JSON.parse(stdout);
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0].dispatch.status).toEqual({
      date: "2023-04-05",
      daysLeft: -1,
      workingDaysLeft: -1,
      overdue: true,
    });
    const bad = await run(["deadlines", example, "--meeting", "2023-04-18"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--meeting 2023-04-18: .* has no meeting with that date or id; its meetings are 2022-07-11 \(2022-07\), /,
    );
  });

  it("exits 1 when a stated dispatch date is unlawful", async () => {
    const dir = tempDir();
    const file = join(dir, "late.yaml");
    const text = (await import("node:fs"))
      .readFileSync(example, "utf8")
      .replace("dispatch: 2023-04-05", "dispatch: 2023-04-06");
    writeFileSync(file, text);
    const { code, stdout } = await run(["deadlines", file, "--json", "--now", "2023-03-01"]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.ok).toBe(false);
    expect(json.findings[0]).toMatchObject({ severity: "error", code: "dispatch-too-late", meeting: "2023-04-17" });
  });

  it("refuses ad hoc rules alongside a programme file", async () => {
    const { code, stderr } = await run(["deadlines", example, "--papers-days", "2"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--papers-days is for dates without a programme/);
  });
});

describe("scrutineer deadlines --meeting (no programme)", () => {
  it("prints exactly meeting, dispatch and papersDeadline for each date", async () => {
    const { code, stdout, stderr } = await run([
      "deadlines",
      "--meeting",
      "2023-04-17",
      "--meeting",
      "2023-01-09",
      "--meeting",
      "2023-01-03",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(
      rows.map((r: Record<string, string>) => ({
        meeting: r.meeting,
        dispatch: r.dispatch,
        papersDeadline: r.papersDeadline,
      })),
    ).toEqual([
      { meeting: "2023-04-17", dispatch: "2023-04-05", papersDeadline: "2023-03-31" },
      { meeting: "2023-01-09", dispatch: "2022-12-29", papersDeadline: "2022-12-22" },
      { meeting: "2023-01-03", dispatch: "2022-12-21", papersDeadline: "2022-12-16" },
    ]);
    expect(rows[0]).toMatchObject({ clearDays: 5, papersWorkingDaysBeforeDispatch: 3, holidaySources: ["gov.uk"] });
  });

  it("takes the jurisdiction: Wales and Scotland three clear days, Scotland on its own bank holidays", async () => {
    const at = async (jurisdiction: string) =>
      JSON.parse(
        (await run(["deadlines", "--meeting", "2022-01-06", "--jurisdiction", jurisdiction, "--json"])).stdout,
      )[0];
    expect(await at("wales")).toMatchObject({ dispatch: "2021-12-30", clearDays: 3 });
    // 3 and 4 January 2022 are Scottish bank holidays, not English or Welsh ones.
    expect(await at("scotland")).toMatchObject({ dispatch: "2021-12-29", clearDays: 3, holidaySources: ["statute"] });
    expect(await at("england")).toMatchObject({ dispatch: "2021-12-24", clearDays: 5 });
    const bad = await run(["deadlines", "--meeting", "2022-01-06", "--jurisdiction", "ireland"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--jurisdiction ireland: expected england, wales or scotland");
  });

  it("takes the clear days, papers days and closure days as flags", async () => {
    const wales = JSON.parse(
      (await run(["deadlines", "--meeting", "2023-04-17", "--clear-days", "3", "--json"])).stdout,
    );
    expect(wales[0]).toMatchObject({ dispatch: "2023-04-11", papersDeadline: "2023-04-04", clearDays: 3 });
    const papers = JSON.parse(
      (await run(["deadlines", "--meeting", "2023-04-17", "--papers-days", "5", "--json"])).stdout,
    );
    expect(papers[0]).toMatchObject({ dispatch: "2023-04-05", papersDeadline: "2023-03-29" });
    const closed = JSON.parse(
      (
        await run([
          "deadlines",
          "--meeting",
          "2023-01-03",
          "--closed",
          "2022-12-28",
          "--closed",
          "2022-12-29",
          "--closed",
          "2022-12-30",
          "--json",
        ])
      ).stdout,
    );
    expect(closed[0]).toMatchObject({ dispatch: "2022-12-16" });
  });

  it("answers beyond the bundled list and says which source it used", async () => {
    const rows = JSON.parse((await run(["deadlines", "--meeting", "2028-05-02", "--json"])).stdout);
    expect(rows[0]).toMatchObject({ dispatch: "2028-04-21", holidaySources: ["statute-projected"] });
    const seam = JSON.parse((await run(["deadlines", "--meeting", "2028-01-04", "--json"])).stdout);
    expect(seam[0]).toMatchObject({ dispatch: "2027-12-22", holidaySources: ["gov.uk", "statute-projected"] });
  });

  it("counts over the royal wedding of 2011 and refuses years no source covers", async () => {
    const rows = JSON.parse((await run(["deadlines", "--meeting", "2011-05-09", "--json"])).stdout);
    expect(rows[0]).toMatchObject({ dispatch: "2011-04-27", holidaySources: ["statute"] });
    const before = await run(["deadlines", "--meeting", "1971-06-01"]);
    expect(before).toMatchObject({ code: 2, stdout: "" });
    expect(before.stderr).toBe("--meeting 1971-06-01: expected a date from 1972 to 2099 (docs/limits.md)\n");
    expect((await run(["deadlines", "--meeting", "2100-01-04"])).code).toBe(2);
  });

  it("refuses, as bad input, a Scottish meeting whose deadlines would count back into 1971 (exit 2, not a bug)", async () => {
    // England and Wales's days are known from 1971 (the trial under the 1967 arrangements), Scotland's
    // from 1972: a meeting on Tuesday 4 January 1972 publishes in December 1971.
    const early = await run(["deadlines", "--jurisdiction", "scotland", "--meeting", "1972-01-04"]);
    expect(early).toMatchObject({ code: 2, stdout: "" });
    expect(early.stderr).toBe(
      "scrutineer deadlines: cannot count working days here: no source of scotland bank holidays covers 1971: they are known from 1972 to 2099\n",
    );
    expect((await run(["deadlines", "--meeting", "1972-01-04"])).code).toBe(0);
  });

  it("warns on stderr when the meeting date is not a working day", async () => {
    const { code, stdout, stderr } = await run(["deadlines", "--meeting", "2023-05-08", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].meetingOnNonWorkingDay).toMatch(/coronation/i);
    expect(stderr).toMatch(/^warning: 2023-05-08 is a non-working day/);
  });

  it("prints a table without --json", async () => {
    const { stdout } = await run(["deadlines", "--meeting", "2023-04-17"]);
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      "meeting          papers deadline  agenda dispatch",
      "Mon 17 Apr 2023  Fri 31 Mar 2023  Wed 5 Apr 2023",
    ]);
  });

  it.each([
    [["--meeting", "2023-02-30"], /^--meeting 2023-02-30: expected a real date written YYYY-MM-DD\n$/],
    [["--meeting", "17/04/2023"], /--meeting 17\/04\/2023: expected a real date/],
    [["--meeting", "1066-10-14"], /^--meeting 1066-10-14: expected a date from 1972 to 2099/],
    [["--meeting", "2023-04-17", "--papers-days", "three"], /--papers-days three: expected a whole number/],
    [["--meeting", "2023-04-17", "--clear-days", "-1"], /--clear-days/],
    [["--meeting", "2023-04-17", "--closed", "2023-12-32"], /--closed 2023-12-32/],
    [[], /usage: scrutineer deadlines/],
    [["--meeting", "2023-04-17", "--bogus"], /Unknown option '--bogus'/],
  ])("exits 2 for %j", async (args, message) => {
    const { code, stdout, stderr } = await run(["deadlines", ...(args as string[])]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+\)/);
  });
});

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");

describe.runIf(existsSync(cli))("the built CLI", () => {
  it("prints the ad hoc JSON in any time zone", () => {
    for (const TZ of ["UTC", "America/New_York", "Asia/Tokyo"]) {
      const out = execFileSync("node", [cli, "deadlines", "--meeting", "2023-04-17", "--json"], {
        env: { ...process.env, TZ },
        encoding: "utf8",
      });
      expect(JSON.parse(out)[0]).toMatchObject({
        meeting: "2023-04-17",
        dispatch: "2023-04-05",
        papersDeadline: "2023-03-31",
      });
    }
  });

  it("exits 2 with one clear line for an impossible date", () => {
    const r = spawnSync("node", [cli, "deadlines", "--meeting", "2023-02-30"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("--meeting 2023-02-30: expected a real date written YYYY-MM-DD\n");
  });
});
