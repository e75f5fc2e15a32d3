import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

describe("scrutineer slots", () => {
  it("prints the generated dates as JSON", async () => {
    const { code, stdout, stderr } = await run([
      "slots",
      "--rule",
      "second Monday monthly except August, May",
      "--year",
      "2024/25",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.rrule).toBe("FREQ=MONTHLY;BYDAY=2MO;BYMONTH=1,2,3,4,6,7,9,10,11,12");
    expect(plan.slots.map((s: { date: string }) => s.date)).toEqual([
      "2024-06-10",
      "2024-07-08",
      "2024-09-09",
      "2024-10-14",
      "2024-11-11",
      "2024-12-09",
      "2025-01-13",
      "2025-02-10",
      "2025-03-10",
      "2025-04-14",
    ]);
    expect(plan.slots[4]).toEqual({
      date: "2024-11-11",
      label: "Mon 11 Nov 2024",
      start: "19:00",
      startsAt: "2024-11-11T19:00:00.000Z",
      utcOffset: "+00:00",
    });
  });

  it("accepts an RRULE, a start time, skipped ranges and closure days", async () => {
    const { code, stdout } = await run([
      "slots",
      "--rule",
      "FREQ=WEEKLY;BYDAY=MO",
      "--year",
      "2022/23",
      "--start",
      "18:30",
      "--skip",
      "2022-07-25..2022-09-02",
      "--skip",
      "2022-10-24",
      "--closed",
      "2022-12-28",
      "--json",
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    const dates = plan.slots.map((s: { date: string }) => s.date);
    expect(dates).not.toContain("2022-08-01");
    expect(dates).not.toContain("2022-10-24");
    expect(dates).not.toContain("2022-09-19"); // the Queen's funeral
    expect(plan.slots[0]).toMatchObject({ date: "2022-05-09", start: "18:30", startsAt: "2022-05-09T17:30:00.000Z" });
    expect(plan.skipped.map((s: { date: string }) => s.date)).toContain("2022-12-26");
  });

  it("prints a readable list with GMT and BST", async () => {
    const { stdout } = await run(["slots", "--rule", "last Thursday monthly except August", "--year", "2024/25"]);
    expect(stdout).toMatch(/^last Thursday monthly except August {2}→ {2}RRULE:FREQ=MONTHLY;BYDAY=-1TH;BYMONTH=/);
    expect(stdout).toMatch(/ {2}Thu 26 Sep 2024 {2}19:00 BST\n {2}Thu 31 Oct 2024 {2}19:00 GMT\n/);
  });

  it.each([
    [
      ["--rule", "whenever the Chair likes", "--year", "2024/25"],
      /^--rule "whenever the Chair likes": cannot read the rule/,
    ],
    [["--rule", "a Monday each month except August and May", "--year", "2024/25"], /say which Monday/],
    [["--rule", "FREQ=MONTHLY;BYDAY=XX", "--year", "2024/25"], /"XX" is not a weekday/],
    [["--rule", "every Monday", "--year", "2024/26"], /^--year 2024\/26: the municipal year runs May to May/],
    [
      ["--rule", "every Monday", "--year", "2150/51"],
      /^--year 2150\/51: expected a municipal year from 1972\/73 to 2098\/99/,
    ],
    [["--rule", "every Monday", "--year", "2024"], /^--year 2024:/],
    [["--rule", "every Monday", "--year", "2024/25", "--start", "7pm"], /^--start 7pm/],
    [["--rule", "every Monday", "--year", "2024/25", "--skip", "2024-09-01..2024-08-01"], /ends before it starts/],
    [["--rule", "every Monday", "--year", "2024/25", "--skip", "summer"], /^--skip summer: expected FROM..TO/],
    [["--rule", "every Monday"], /^usage: scrutineer slots/],
  ])("exits 2 for %j", async (args, message) => {
    const { code, stdout, stderr } = await run(["slots", ...(args as string[])]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message as RegExp);
  });
});

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");

describe.runIf(existsSync(cli))("the built CLI", () => {
  it("gives the same slots in any time zone", () => {
    const outputs = ["UTC", "America/New_York", "Asia/Tokyo"].map((TZ) =>
      execFileSync("node", [cli, "slots", "--rule", "every Monday", "--year", "2024/25", "--json"], {
        env: { ...process.env, TZ },
        encoding: "utf8",
      }),
    );
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(JSON.parse(outputs[0] ?? "").slots[0].date).toBe("2024-05-13");
  });

  it("reads 01:30 on the nights the clocks change the same way under every TZ (issue 12, item 15)", () => {
    const argv = [cli, "slots", "--rule", "last Sunday monthly", "--year", "2024/25", "--start", "01:30", "--json"];
    const zones = ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo"];
    const plans = zones.map((TZ) =>
      JSON.parse(execFileSync("node", argv, { env: { ...process.env, TZ }, encoding: "utf8" })),
    );
    for (const [i, plan] of plans.entries()) {
      const on = (date: string) => plan.slots.find((s: { date: string }) => s.date === date);
      // RFC 5545 §3.3.5: the first of the two 01:30s, in BST.
      expect([zones[i], on("2024-10-27")]).toMatchObject([
        zones[i],
        { start: "01:30", startsAt: "2024-10-27T00:30:00.000Z", utcOffset: "+01:00" },
      ]);
      // 01:30 does not exist on 30 Mar 2025: the clocks show 02:30 BST.
      expect([zones[i], on("2025-03-30")]).toMatchObject([
        zones[i],
        { start: "02:30", startsAt: "2025-03-30T01:30:00.000Z", utcOffset: "+01:00" },
      ]);
    }
    const text = execFileSync("node", argv.slice(0, -1), { env: { ...process.env, TZ: "UTC" }, encoding: "utf8" });
    expect(text).toContain(
      "  Sun 30 Mar 2025  02:30 BST  ⚠ weekend  ⚠ 01:30 does not exist in London on Sun 30 Mar 2025 (the clocks go forward from 01:00 GMT to 02:00 BST): the meeting would start at 02:30 BST\n",
    );
    expect(text).toContain(
      "  Sun 27 Oct 2024  01:30 BST  ⚠ weekend  ⚠ 01:30 happens twice in London on Sun 27 Oct 2024",
    );
    expect(text).not.toMatch(/30 Mar 2025 {2}01:30/);
  });

  it("exits 2 for an unknown rule", () => {
    const r = spawnSync("node", [cli, "slots", "--rule", "now and then", "--year", "2024/25"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--rule "now and then": cannot read the rule/);
  });
});
