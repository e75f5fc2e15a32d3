import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run, tempDir } from "./helpers.js";

const council = join(repoRoot, "examples/hackney-council-2022-23");

/** A copy of the council example (and the CYP programme it names, at the same relative path). */
function copyOfCouncil(): string {
  const root = tempDir("scrutineer-council-");
  cpSync(council, join(root, "hackney-council-2022-23"), { recursive: true });
  cpSync(join(repoRoot, "examples/hackney-cyp-2022-23"), join(root, "hackney-cyp-2022-23"), { recursive: true });
  return join(root, "hackney-council-2022-23");
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe("scrutineer check <council-folder>", () => {
  it("checks every committee of the bundled Hackney council and finds no clash across them in the dates known", async () => {
    const { code, stdout, stderr } = await run(["check", council, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.committees.map((c: { id: string }) => c.id)).toEqual([
      "cyp",
      "scrutiny-panel",
      "living-in-hackney",
      "health-in-hackney",
      "skills-economy-growth",
      "child-q-joint",
    ]);
    expect(report.council).toEqual([]);
    // The CYP programme's own findings are exactly those of checking it alone.
    const alone = JSON.parse(
      (await run(["check", join(repoRoot, "examples/hackney-cyp-2022-23/programme.yaml"), "--json"])).stdout,
    );
    expect(report.committees[0].findings).toEqual(alone.findings);
  });

  it("reports every planted clash, each code, and exits 1 on an error", async () => {
    const dir = copyOfCouncil();
    const seg = join(dir, "skills-economy-growth.yaml");
    const panel = join(dir, "scrutiny-panel.yaml");
    // SEG's Cabinet Question Time moves to CYP's evening of 27 Feb 2023 (CYP questions Cllr Woodley),
    // into the Council Chamber; the Panel (Gordon, who is on CYP; Anderson, who supports SEG) that evening too.
    edit(
      seg,
      'date: 2023-02-06 # CId=564 MId=5531\n    venue: "Room 102, Hackney Town Hall, Mare Street, London E8 1EA"',
      "date: 2023-02-27",
    );
    edit(seg, "cabinetMembers: [guy-nicholson]", "cabinetMembers: [guy-nicholson, caroline-woodley]");
    edit(seg, "cabinetQA: { cabinetMember: guy-nicholson }", "cabinetQA: { cabinetMember: caroline-woodley }");
    edit(seg, "date: 2023-03-08", "date: 2023-03-02");
    edit(panel, "date: 2023-04-24", "date: 2023-02-27");
    edit(
      join(dir, "council.yaml"),
      "avoidDates: [] # none stated in the papers found\nelections: [] # none in 2022/23 (see above)",
      [
        "avoidDates: [{ from: 2022-12-12, reason: a planted date to avoid }]",
        "elections: [{ poll: 2023-01-26, periodFrom: 2023-01-01, title: planted by-election }]",
      ].join("\n"),
    );
    edit(
      join(dir, "living-in-hackney.yaml"),
      "date: 2022-12-12 # CId=119 MId=5537",
      "date: 2022-12-12\n    jointWith: [cyp]",
    );

    const { code, stdout } = await run(["check", dir, "--json"]);
    expect(code).toBe(1);
    const found = (JSON.parse(stdout).council as Array<{ code: string; committees: string[]; person?: string }>).map(
      (f) => [f.code, f.committees.join("+"), f.person ?? ""].join(" "),
    );
    expect(found.sort()).toEqual(
      [
        "avoid-date living-in-hackney ",
        "cabinet-member-clash cyp+skills-economy-growth caroline-woodley",
        "joint-meeting-mismatch cyp+living-in-hackney ",
        "member-clash cyp+scrutiny-panel margaret-gordon",
        "officer-clash scrutiny-panel+skills-economy-growth tracey-anderson",
        "pre-election-period cyp ",
        "pre-election-period living-in-hackney ",
        "support-load scrutiny-panel+skills-economy-growth tracey-anderson",
        "venue-clash cyp+skills-economy-growth ",
      ].sort(),
    );
    const text = (await run(["check", dir])).stdout;
    expect(text).toContain(
      "✖ error   2023-02-27: CYP and Skills, Economy and Growth are both booked into Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA on Monday 27 February 2023 at 7.00 pm [venue-clash] (cyp, skills-economy-growth)",
    );
    expect(text).toMatch(/9 findings across committees: 3 errors, 6 warnings, 0 notes\n$/);
  });

  it("names file, line and column of an error in council.yaml and in a committee's programme, and exits 2", async () => {
    const dir = copyOfCouncil();
    edit(join(dir, "council.yaml"), "officers: [craig-player]", "officers: [craig-plyer]");
    const lines = readFileSync(join(dir, "council.yaml"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("craig-plyer")) + 1;
    const column = (lines[line - 1] ?? "").indexOf("craig-plyer") + 1;
    let result = await run(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${join(dir, "council.yaml")}:${line}:${column}: committees[2].officers[0]: no officer with id craig-plyer in register.officers\n`,
    );
    edit(join(dir, "council.yaml"), "officers: [craig-plyer]", "officers: [craig-player]");
    edit(
      join(dir, "scrutiny-panel.yaml"),
      "{ id: margaret-gordon, role: chair }",
      "{ id: margret-gordon, role: chair }",
    );
    result = await run(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /scrutiny-panel\.yaml:\d+:\d+: members\[0\]\.id: no councillor with id margret-gordon in council\.yaml's register/,
    );
    expect(result.stdout).toBe("");
  });

  it("reads a folder without council.yaml as before (not a programme file), and calendar names what is missing", async () => {
    const dir = tempDir();
    const result = await run(["check", dir]);
    expect([result.code, result.stderr]).toEqual([2, `${dir}: is a directory, expected a programme .yaml file\n`]);
    const calendar = await run(["calendar", dir, "--year", "2023/24"]);
    expect(calendar.code).toBe(2);
    expect(calendar.stderr).toMatch(/no council\.yaml in this folder/);
  });

  it("holds a joint meeting once across the council and counts each committee's quorum on its own members", async () => {
    const dir = tempDir("scrutineer-joint-");
    writeFileSync(
      join(dir, "council.yaml"),
      `council: Example Borough Council
municipalYear: 2022/23
register:
  councillors: [${["a1", "a2", "a3", "b1", "b2", "b3"].map((id) => `{ id: ${id}, name: Cllr ${id.toUpperCase()} }`).join(", ")}]
committees:
  - { id: alpha, programme: alpha.yaml }
  - { id: beta, programme: beta.yaml }
`,
    );
    const programme = (id: string, members: string, present: string) => `commission:
  id: ${id}
  name: ${id} Commission
  shortName: ${id}
  venue: Council Chamber
  contact: { name: Scrutiny Officer }
  plannedEnd: "22:00"
  quorum: { minVoting: 3, minFraction: 0.25 }
members: [${members}]
items:
  - { id: care-leavers, title: Housing Support for Care Leavers, minutes: 30 }
meetings:
  - id: joint-2022-06
    date: 2022-06-13
    jointWith: [${id === "alpha" ? "beta" : "alpha"}]
    agenda: [care-leavers]
    attendance: { present: [${present}] }
`;
    // All three of alpha's members came; only two of beta's.
    writeFileSync(join(dir, "alpha.yaml"), programme("alpha", "a1, a2, a3", "a1, a2, a3"));
    writeFileSync(join(dir, "beta.yaml"), programme("beta", "b1, b2, b3", "b1, b2"));
    const { code, stdout } = await run(["check", dir, "--json"]);
    const report = JSON.parse(stdout);
    const inquorate = (i: number) =>
      report.committees[i].findings.filter((f: { code: string }) => f.code === "item-inquorate").length;
    expect([inquorate(0), inquorate(1)]).toEqual([0, 1]);
    // One meeting in one room: no venue clash, no joint-meeting mismatch.
    expect(report.council).toEqual([]);
    expect(code).toBe(1); // beta's inquorate item is an error
  });
});
