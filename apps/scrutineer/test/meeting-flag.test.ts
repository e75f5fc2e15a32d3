import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, run, tempDir } from "./helpers.js";

/** The real programme with a second, morning meeting on 16 Jan 2023. */
function twoOnOneDay(): string {
  const file = join(tempDir(), "two.yaml");
  const source = readFileSync(example, "utf8").replace(
    /^meetings:\n/m,
    'meetings:\n  - id: 2023-01-morning\n    date: 2023-01-16\n    start: "10:00"\n    plannedEnd: "12:00"\n',
  );
  writeFileSync(file, source);
  return file;
}

describe("--meeting takes a date or an id, in every command", () => {
  const file = twoOnOneDay();
  const commands = (meeting: string) => [
    ["agenda", file, "--meeting", meeting, "--format", "json", "--now", "2023-01-09"],
    ["interests", file, "--meeting", meeting, "--json"],
    ["deadlines", file, "--meeting", meeting, "--json", "--now", "2023-01-09"],
  ];

  it("refuses a date two meetings share, naming the ids to choose from", async () => {
    for (const argv of commands("2023-01-16")) {
      const { code, stdout, stderr } = await run(argv);
      expect(code, argv[0]).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        `scrutineer ${argv[0]}: --meeting 2023-01-16: 2 meetings in ${file} are on that date; name one by its id: --meeting 2023-01-morning or --meeting 2023-01\n`,
      );
    }
  });

  it("takes the id of either meeting", async () => {
    const agenda = JSON.parse((await run(commands("2023-01-morning")[0]!)).stdout);
    expect(agenda).toMatchObject({ meeting: "2023-01-16", meetingId: "2023-01-morning", start: "10:00" });
    const evening = JSON.parse((await run(commands("2023-01")[0]!)).stdout);
    expect(evening).toMatchObject({ meeting: "2023-01-16", meetingId: "2023-01", start: "19:00" });
    const interests = await run(commands("2023-01")[1]!);
    expect(interests.code).toBe(0);
    const deadlines = JSON.parse((await run(commands("2023-01-morning")[2]!)).stdout);
    expect(deadlines.meetings.map((m: { meeting: string }) => m.meeting)).toEqual(["2023-01-16"]);
  });

  it("lists every meeting by date and id when a value names none", async () => {
    for (const argv of commands("2023-13")) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr).toContain(
        "has no meeting with that date or id; its meetings are 2022-07-11 (2022-07), 2022-09-29 (2022-09), 2022-10-31 (2022-10), 2022-11-30 (2022-11), 2023-01-16 (2023-01), 2023-01-16 (2023-01-morning),",
      );
    }
  });

  it("check says that two meetings share a date", async () => {
    const { stdout } = await run(["check", file, "--json", "--now", "2023-01-09"]);
    const same = JSON.parse(stdout).findings.filter((f: { code: string }) => f.code === "meetings-same-date");
    expect(same).toEqual([
      {
        severity: "warning",
        code: "meetings-same-date",
        message:
          "2 meetings are on 2023-01-16 (2023-01-morning, 2023-01): name them by id (--meeting 2023-01-morning), or move one",
        meeting: "2023-01-16",
      },
    ]);
  });

  it("the real programme, one meeting a date, has no such finding", async () => {
    const { stdout } = await run(["check", example, "--json", "--now", "2023-01-09"]);
    expect(JSON.parse(stdout).findings.map((f: { code: string }) => f.code)).not.toContain("meetings-same-date");
  });
});
