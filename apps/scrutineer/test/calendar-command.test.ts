import { describe, expect, it } from "vitest";
import { councilWithCycles as copyWithCycles } from "./council.fixtures.js";
import { run } from "./helpers.js";

/** The council folder with five cycles (council.fixtures.ts). */
const councilWithCycles = () => copyWithCycles().dir;

describe("scrutineer calendar <council-folder>", () => {
  it("proposes the year for five committees, checked clash-free by the council's rules", async () => {
    const { code, stdout, stderr } = await run(["calendar", councilWithCycles(), "--year", "2023/24", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const count = (id: string) => result.meetings.filter((m: { committee: string }) => m.committee === id).length;
    expect(
      ["cyp", "scrutiny-panel", "living-in-hackney", "health-in-hackney", "skills-economy-growth"].map(count),
    ).toEqual([8, 6, 7, 7, 6]);
    expect([result.unmet, result.check, result.leftOut]).toEqual([[], [], ["Child Q joint scrutiny"]]);
  }, 60_000);

  it("prints a Markdown table as put to full Council", async () => {
    const { code, stdout } = await run(["calendar", councilWithCycles(), "--year", "2023/24"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Calendar of meetings 2023\/24: London Borough of Hackney\n/);
    expect(stdout).toContain("| Date | Time | Committee | Venue |");
    expect(stdout.match(/^\| \w+day \d+ \w+ 20\d\d \| 7\.00 pm \|/gm)).toHaveLength(34);
    expect(stdout).toContain("Checked with the council's rules (`scrutineer check`): no clash.");
  }, 60_000);

  it("refuses a missing or malformed year with exit 2", async () => {
    expect((await run(["calendar", councilWithCycles()])).code).toBe(2);
    const bad = await run(["calendar", councilWithCycles(), "--year", "2023"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("--year 2023: expected a municipal year")]);
  });
});
