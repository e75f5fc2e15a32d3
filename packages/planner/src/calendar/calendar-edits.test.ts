import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CouncilFolder, councilFolder, parseCommittee, parseCouncil } from "@scrutineer/council";
import { applyEditToSource, formatProgrammeError } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { calendarEdits } from "./calendar-edits.js";
import { meetingIdFor } from "./meeting-id.js";
import type { CalendarProposal } from "./propose-calendar.js";

const root = new URL("../../../../", import.meta.url).pathname;
const hackney = join(root, "examples/hackney-council-2022-23");

function hackneyFolder(): CouncilFolder {
  const parsed = parseCouncil(readFileSync(join(hackney, "council.yaml"), "utf8"), "council.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
  return councilFolder(
    parsed.council,
    parsed.council.committees.map((entry) => {
      const programme = parseCommittee(
        parsed.council,
        entry,
        readFileSync(join(hackney, entry.programme), "utf8"),
        entry.programme,
      );
      if (!programme.ok) throw new Error(programme.errors.map(formatProgrammeError).join("\n"));
      return { entry, file: entry.programme, programme };
    }),
  );
}

const proposal = (meetings: Array<[string, string]>): CalendarProposal => ({
  municipalYear: "2022/23",
  status: "optimal",
  gap: 0,
  seconds: 0,
  unmet: [],
  leftOut: [],
  meetings: meetings.map(([committee, date]) => ({ committee, date, start: "19:00", venue: "Council Chamber" })),
});

describe("calendarEdits", () => {
  it("adds each proposed meeting once, with an id free in its programme, and not on a day it already meets", () => {
    const edits = calendarEdits(
      hackneyFolder(),
      proposal([
        ["scrutiny-panel", "2022-07-14"], // the Panel already meets that day
        ["scrutiny-panel", "2022-07-28"], // 2022-07 is taken: the date is the id
        ["scrutiny-panel", "2022-09-08"],
        ["living-in-hackney", "2022-10-03"],
      ]),
    );
    expect(edits.map((e) => e.committee)).toEqual(["scrutiny-panel", "living-in-hackney"]);
    const [panel] = edits;
    expect(panel?.file).toBe("scrutiny-panel.yaml");
    expect(panel?.edits).toEqual([
      { type: "add-meeting", meeting: { id: "2022-07-28", date: "2022-07-28" } },
      { type: "add-meeting", meeting: { id: "2022-09", date: "2022-09-08" } },
    ]);
    expect(panel?.alreadyThere.map((m) => m.date)).toEqual(["2022-07-14"]);
  });

  it("gives edits that keep the file's comments, and adds nothing the second time", () => {
    const folder = hackneyFolder();
    const plan = proposal([
      ["scrutiny-panel", "2022-09-08"],
      ["scrutiny-panel", "2022-11-10"],
    ]);
    const source = readFileSync(join(hackney, "scrutiny-panel.yaml"), "utf8");
    let text = source;
    for (const edit of calendarEdits(folder, plan)[0]?.edits ?? []) text = applyEditToSource(text, edit);
    expect(text).toContain("# CId=567 MId=5541");
    expect(text).toContain("  - id: 2022-09\n    date: 2022-09-08\n");
    const parsed = parseCommittee(folder.council, folder.committees[1]!.entry, text, "scrutiny-panel.yaml");
    if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
    expect(parsed.programme.meetings.map((m) => m.date)).toEqual([
      "2022-07-14",
      "2022-09-08",
      "2022-11-10",
      "2023-04-24",
    ]);
    const again = councilFolder(folder.council, [
      { entry: folder.committees[1]!.entry, file: "scrutiny-panel.yaml", programme: parsed },
    ]);
    expect(calendarEdits(again, plan)[0]?.edits).toEqual([]);
  });

  it("names a new meeting by its month, else its date, else the date and a number", () => {
    const taken = new Set(["2023-03", "2023-03-06"]);
    expect([
      meetingIdFor("2023-04-03", taken),
      meetingIdFor("2023-03-06", taken),
      meetingIdFor("2023-03-06", taken),
    ]).toEqual(["2023-04", "2023-03-06-2", "2023-03-06-3"]);
  });
});
