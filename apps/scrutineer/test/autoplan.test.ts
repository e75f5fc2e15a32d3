import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agendaItemId, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { brokenFixture, example, repoRoot, run, tempDir } from "./helpers.js";

const fixture = (name: string) => join(repoRoot, "packages/planner/src/__fixtures__", name);
const source = readFileSync(example, "utf8");

/** The real programme in a temp dir, with Joe Wilson (Head of SEND) away on 29 Sep 2022. */
function awayCopy(): string {
  const dir = tempDir("scrutineer-autoplan-");
  const file = join(dir, "programme.yaml");
  const line = "  - { id: joe-wilson, name: Joe Wilson, title: Head of SEND }";
  expect(source).toContain(line);
  writeFileSync(
    file,
    source.replace(line, "  - { id: joe-wilson, name: Joe Wilson, title: Head of SEND, unavailable: [2022-09-29] }"),
  );
  return file;
}

describe("scrutineer autoplan", () => {
  it("on the real programme: verified, no changes, the untimed items left in the backlog (exit 0)", async () => {
    const { code, stdout, stderr } = await run(["autoplan", example, "--now", "2022-05-01"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Verified: the plan keeps every rule. Priority scheduled 20 of at most 20 (proven gap 0.0 %); 0 changes to the current plan.",
    );
    expect(stdout).toContain("No changes: the current plan already keeps every rule and schedules the most it can.");
    expect(stdout).toContain("  · Residential Placements: no minutes allotted: allot it minutes to have it planned");
    expect(stdout).toContain("  Wed 30 Nov 2022  125 of 175  50 spare");
  });

  it("--json: the plan's shape", async () => {
    const { code, stdout } = await run(["autoplan", example, "--now", "2022-05-01", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      ok: true,
      verified: true,
      today: "2022-05-01",
      ranges: "upper",
      changeCount: 0,
      changes: [],
      applied: false,
    });
    expect(json.priority).toEqual({ scheduled: 20, bound: 20, gap: 0 });
    expect(json.meetings).toHaveLength(8);
    expect(json.meetings[0]).toMatchObject({
      meeting: "2022-07",
      date: "2022-07-11",
      capacity: 175,
      used: 130,
      spare: 45,
    });
    expect(json.backlog.map((b: { item: string }) => b.item)).toEqual([
      "admissions-review",
      "graduated-send-provision",
      "residential-placements",
    ]);
    expect(json.solver.stages.map((s: { stage: string }) => s.stage)).toEqual(["priority", "stability", "spread"]);
  });

  it("prints the move a rule forces, and --apply writes it keeping every comment", async () => {
    const file = awayCopy();
    const before = readFileSync(file, "utf8");
    const dry = await run(["autoplan", file, "--now", "2022-05-01"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /Changes\n {2}~ move {2}Demographics of EHCPs in Hackney \(40\): Thu 29 Sep 2022 → \w{3} \d+ \w{3} 202\d\n/,
    );
    expect(dry.stdout).toContain("Run again with --apply to write these changes to");
    expect(readFileSync(file, "utf8")).toBe(before);

    const applied = await run(["autoplan", file, "--now", "2022-05-01", "--apply", "--json"]);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ ok: true, applied: true, changeCount: 1 });
    const after = readFileSync(file, "utf8");
    const parsed = parseProgramme(after);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const sep = parsed.programme.meetings.find((m) => m.id === "2022-09")!;
    expect(sep.agenda.map(agendaItemId)).toEqual(["foster-carers", "exam-results-2022", "work-programme-2022-09"]);
    for (const line of before.split("\n").filter((l) => l.trim().startsWith("#"))) expect(after).toContain(line);
    // Only the two agenda lines changed.
    const changed = after.split("\n").filter((l, i) => l !== before.split("\n")[i]);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(readdirSync(join(file, "..")).filter((f) => f.includes(".tmp-"))).toEqual([]);

    const again = await run(["autoplan", file, "--now", "2022-05-01", "--apply"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes");
    expect(again.stdout).toContain("Nothing to apply:");
    expect(readFileSync(file, "utf8")).toBe(after);
  });

  it("exits 1 on a planted conflict, with the conflict and the smallest repair in words", async () => {
    const { code, stdout } = await run(["autoplan", fixture("over-full-pinned-meeting.yaml"), "--now", "2022-09-01"]);
    expect(code).toBe(1);
    expect(stdout).toContain("No plan keeps every rule.");
    expect(stdout).toContain(
      "  1. The October meeting has 155 minutes; the pinned items Budget monitoring (90), Annual report (60) and Standing item (15) need 165.",
    );
    expect(stdout).toMatch(/Smallest repair: unpin .+ \(it can then go to the (September|November) meeting\)\./);
    expect(stdout).toContain("[plan-pinned-over-time]");
  });

  it("--json on a conflict: the rule groups, the message and the repair", async () => {
    const { code, stdout } = await run([
      "autoplan",
      fixture("two-cabinet-qas-pinned.yaml"),
      "--now",
      "2022-09-01",
      "--json",
    ]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ ok: false, reason: "infeasible", complete: true });
    expect(json.conflicts).toEqual([
      {
        message:
          "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to the February meeting.",
        rules: [
          { id: "pin:cabinet-qa-bramble", kind: "pin", items: ["cabinet-qa-bramble"], meeting: "2023-02" },
          { id: "pin:cabinet-qa-woodley", kind: "pin", items: ["cabinet-qa-woodley"], meeting: "2023-02" },
          { id: "cabinet-qa:2023-02", kind: "cabinet-qa", items: [], meeting: "2023-02" },
        ],
      },
    ]);
    expect(json.repair.steps).toHaveLength(1);
    expect(json.repair.steps[0].rule).toMatch(/^pin:cabinet-qa-/);
  });

  it("--why ITEM explains, in words or JSON", async () => {
    const text = await run(["autoplan", example, "--now", "2022-05-01", "--why", "residential-placements"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "The planner does not place Residential Placements: it has no minutes allotted; allot it minutes (or pin it) to have it planned.",
    );
    const json = await run(["autoplan", example, "--now", "2022-05-01", "--why", "send-strategy", "--json"]);
    expect(JSON.parse(json.stdout).why).toMatchObject({
      item: "send-strategy",
      status: "not-planned",
      meeting: "2022-11",
    });
  });

  it("exits 2 on bad input or usage, naming the file or the flag", async () => {
    expect((await run(["autoplan"])).code).toBe(2);
    expect(await run(["autoplan", "no-such.yaml"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("no-such.yaml: no such file"),
    });
    const broken = await run(["autoplan", brokenFixture("07-impossible-date.yaml")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/07-impossible-date\.yaml:12:11: meetings\[0\]\.date: /);
    expect((await run(["autoplan", example, "--time-limit", "soon"])).stderr).toContain(
      "--time-limit soon: expected a number of seconds",
    );
    expect((await run(["autoplan", example, "--time-limit", "0"])).code).toBe(2);
    expect((await run(["autoplan", example, "--now", "2023-02-30"])).code).toBe(2);
    expect((await run(["autoplan", example, "--ranges", "middle"])).code).toBe(2);
    expect((await run(["autoplan", example, "--why", "nothing-here"])).stderr).toContain(
      '--why nothing-here: no item has the id "nothing-here"',
    );
    expect((await run(["autoplan", example, "--why", "send-strategy", "--apply"])).code).toBe(2);
    expect((await run(["autoplan", example, "--aply"])).code).toBe(2);
  });

  it("--ranges lower and --time-limit are accepted", async () => {
    const { code, stdout } = await run([
      "autoplan",
      example,
      "--now",
      "2022-05-01",
      "--ranges",
      "lower",
      "--time-limit",
      "20",
      "--json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.ranges).toBe("lower");
    // SEND Strategy (20-30) and budget monitoring (30-45) count at their lower ends: November uses 100, not 125.
    expect(json.meetings.find((m: { meeting: string }) => m.meeting === "2022-11").used).toBe(100);
  });
});
