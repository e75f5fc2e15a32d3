import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CouncilFolder, councilFindings, councilFolder, parseCommittee, parseCouncil } from "@scrutineer/council";
import { formatProgrammeError } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { highsSolver } from "../solve/highs-solver.js";
import { buildCalendarLp, proposeCalendar, proposedFolder } from "./propose-calendar.js";

const root = new URL("../../../../", import.meta.url).pathname;
const hackney = join(root, "examples/hackney-council-2022-23");

/** The Hackney council folder, with council.yaml changed by `edit` (cycles are planning input, not in the papers). */
function folderOf(edit: (text: string) => string, files: Record<string, string> = {}): CouncilFolder {
  const parsed = parseCouncil(edit(readFileSync(join(hackney, "council.yaml"), "utf8")), "council.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
  return councilFolder(
    parsed.council,
    parsed.council.committees.map((entry) => {
      const text = files[entry.id] ?? readFileSync(join(hackney, entry.programme), "utf8");
      const programme = parseCommittee(parsed.council, entry, text, entry.programme);
      if (!programme.ok) throw new Error(programme.errors.map(formatProgrammeError).join("\n"));
      return { entry, file: entry.programme, programme };
    }),
  );
}

/** Give each committee (by id) a cycle. */
const withCycles = (cycles: Record<string, string>) => (text: string) =>
  Object.entries(cycles).reduce(
    (t, [id, cycle]) => t.replace(new RegExp(`(\\{ id: ${id}, [^}\\n]*)\\}`), `$1, cycle: ${cycle} }`),
    text,
  );

const FIVE = {
  cyp: '{ rule: "every Monday", meetings: 8 }',
  "scrutiny-panel": '{ rule: "FREQ=WEEKLY;BYDAY=MO,TH", meetings: 6 }',
  "living-in-hackney": '{ rule: "every Monday", meetings: 7 }',
  "health-in-hackney": '{ rule: "every Wednesday", meetings: 7 }',
  "skills-economy-growth": '{ rule: "FREQ=WEEKLY;BYDAY=MO,WE", meetings: 6 }',
};

describe("proposeCalendar (HiGHS)", () => {
  it("proposes a year for five Hackney committees with every meeting placed and no hard clash", async () => {
    const folder = folderOf(withCycles(FIVE));
    const proposal = await proposeCalendar(folder, { municipalYear: "2023/24", solver: highsSolver() });
    const count = (id: string) => proposal.meetings.filter((m) => m.committee === id).length;
    expect(Object.keys(FIVE).map(count)).toEqual([8, 6, 7, 7, 6]);
    expect(proposal.leftOut).toEqual(["Child Q joint scrutiny"]);
    expect(proposal.unmet).toEqual([]);
    // Checked by the council's own rules, independently of the model: nothing at all is found.
    expect(councilFindings(proposedFolder(folder, proposal))).toEqual([]);
    // No bank holiday: 25 Dec 2023 and 1 Jan 2024 are Mondays.
    expect(proposal.meetings.map((m) => m.date)).not.toContain("2024-01-01");
    for (const m of proposal.meetings) expect(m.date >= "2023-05-01" && m.date <= "2024-04-30").toBe(true);
  }, 60_000);

  it("keeps dates to avoid free and explains a committee that cannot have all its meetings", async () => {
    const folder = folderOf((text) =>
      withCycles({ cyp: '{ rule: "every Monday", meetings: 14 }' })(text).replace(
        "avoidDates: [] # none stated in the papers found",
        "avoidDates: [{ from: 2023-07-24, until: 2023-09-01, reason: school summer holiday }]",
      ),
    );
    const proposal = await proposeCalendar(folder, { municipalYear: "2023/24", solver: highsSolver() });
    const dates = proposal.meetings.map((m) => m.date);
    expect(dates.filter((d) => d >= "2023-07-24" && d <= "2023-09-01")).toEqual([]);
    // Fourteen meetings 28 days apart need 364 days; the year has 365 and the summer is out.
    expect(dates.length).toBeLessThan(14);
    // 53 Mondays, less 7 bank holidays (the coronation on 8 May 2023 among them) and 5 in the summer.
    expect(proposal.unmet).toEqual([
      expect.stringMatching(new RegExp(`^CYP: only ${dates.length} of 14 meetings fit\\. Its rule gives 41 dates`)),
    ]);
  }, 60_000);

  it("never puts two bodies sharing a member on one evening (a row per shared date)", () => {
    const { lp } = buildCalendarLp(folderOf(withCycles(FIVE)), "2023/24");
    // CYP and the Panel share Cllr Gordon and meet on Mondays: each shared Monday has a clash row.
    const clashes = lp.rows.filter((r) => r.name.startsWith("clash"));
    expect(clashes.length).toBeGreaterThan(40);
    for (const row of clashes) expect([row.terms.length, row.sense, row.rhs]).toEqual([2, "<=", 1]);
  });
});
