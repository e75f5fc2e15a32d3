import { describe, expect, it } from "vitest";
import { brokenFixture, example, run } from "./helpers.js";

describe("scrutineer check", () => {
  it("prints valid JSON describing the real programme", async () => {
    const { code, stdout } = await run(["check", example, "--json"]);
    const parsed = JSON.parse(stdout);
    expect(typeof parsed.ok).toBe("boolean");
    expect(Array.isArray(parsed.findings)).toBe(true);
    for (const f of parsed.findings) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.code).toBe("string");
      expect(typeof f.message).toBe("string");
      if (f.meeting !== undefined) expect(f.meeting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(code).toBe(parsed.ok ? 0 : 1);
  });

  it("exits 1 when a finding is an error, 0 otherwise", async () => {
    const { code, stdout } = await run(["check", example, "--json"]);
    const { findings } = JSON.parse(stdout);
    expect(code).toBe(findings.some((f: { severity: string }) => f.severity === "error") ? 1 : 0);
  });

  it("exits 2 on invalid input, naming file:line:column and field, with no stack trace", async () => {
    const file = brokenFixture("07-impossible-date.yaml");
    const { code, stdout, stderr } = await run(["check", file, "--json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${file}:12:11: meetings[0].date: expected a real date written YYYY-MM-DD (e.g. 2023-01-16)\n`);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it("exits 2 for a missing file, an unknown flag or a missing argument", async () => {
    expect((await run(["check", "no-such-file.yaml"])).stderr).toBe("no-such-file.yaml: no such file\n");
    expect((await run(["check", example, "--jsn"])).code).toBe(2);
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["check", example, "--now", "2023-02-30"])).code).toBe(2);
  });

  it("takes --now as a date or as an instant, the same way as every command", async () => {
    const byDate = await run(["check", example, "--json", "--now", "2023-01-09"]);
    // 23:30 UTC on 8 January is still 8 January in London (GMT); 23:30 UTC on 9 January is the 9th.
    const byInstant = await run(["check", example, "--json", "--now", "2023-01-09T23:30:00Z"]);
    expect(byInstant.stdout).toBe(byDate.stdout);
    const today = async (now: string) =>
      JSON.parse((await run(["deadlines", example, "--json", "--now", now])).stdout).today;
    expect(await today("2023-01-08T23:30:00Z")).toBe("2023-01-08");
    expect(await today("2022-06-30T23:30:00Z")).toBe("2022-07-01"); // BST: already 1 July in London
    expect((await run(["check", example, "--now", "2023-01-09T09:00"])).stderr).toMatch(
      /^--now 2023-01-09T09:00: expected a real date written YYYY-MM-DD or an instant with its offset/,
    );
  });

  it("exits 2 for an unknown command", async () => {
    const { code, stderr } = await run(["chek"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "chek"');
  });
});
