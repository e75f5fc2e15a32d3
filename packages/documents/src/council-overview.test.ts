import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CouncilFolder, councilFolder, parseCommittee, parseCouncil } from "@scrutineer/council";
import { Declaration, formatProgrammeError, type Programme, ProgrammeEvent } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { expectSelfContainedAccessiblePage } from "../test/html-checks.js";
import { councilOverview } from "./council-overview.js";
import { councilOverviewHtml } from "./council-overview-html.js";
import { councilOverviewMarkdown } from "./council-overview-markdown.js";

const hackney = new URL("../../../examples/hackney-council-2022-23/", import.meta.url).pathname;
const today = "2023-01-09";

/** The bundled Hackney council folder; `files` replaces a committee's programme text, `change` its parsed programme. */
function folder(
  files: Record<string, (text: string) => string> = {},
  change: Record<string, (p: Programme) => void> = {},
): CouncilFolder {
  const parsed = parseCouncil(readFileSync(join(hackney, "council.yaml"), "utf8"), "council.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
  return councilFolder(
    parsed.council,
    parsed.council.committees.map((entry) => {
      const text = readFileSync(join(hackney, entry.programme), "utf8");
      const programme = parseCommittee(parsed.council, entry, (files[entry.id] ?? ((t) => t))(text), entry.programme);
      if (!programme.ok) throw new Error(programme.errors.map(formatProgrammeError).join("\n"));
      change[entry.id]?.(programme.programme);
      return { entry, file: entry.programme, programme };
    }),
  );
}

describe("councilOverview", () => {
  it("gives each committee's year at a glance: Chair, meetings with date, time and venue, items", () => {
    const o = councilOverview(folder(), { today });
    expect([o.title, o.council, o.asAt]).toEqual([
      "Council overview 2022/23",
      "London Borough of Hackney",
      "Monday 9 January 2023",
    ]);
    expect(o.committees.map((c) => [c.id, c.chair ?? null, c.meetings.length])).toEqual([
      ["cyp", "Cllr Sophie Conway", 8],
      ["scrutiny-panel", "Cllr Margaret Gordon", 2],
      ["living-in-hackney", "Cllr Soraya Adejare", 2],
      ["health-in-hackney", "Cllr Ben Hayhurst", 2],
      ["skills-economy-growth", "Cllr Polly Billington", 3],
      ["child-q-joint", "Cllr Soraya Adejare", 1],
    ]);
    const cyp = o.committees[0]!;
    expect(cyp.items).toBeGreaterThan(20);
    expect(cyp.meetings[1]).toMatchObject({
      date: "Thursday 29 September 2022",
      time: "7.00 pm",
      venue: "Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA",
      movedFrom: "Thursday 8 September 2022",
      cancelled: false,
      clashes: [],
    });
    expect(cyp.meetings.reduce((n, m) => n + m.items, 0)).toBeGreaterThanOrEqual(cyp.items);
    // The Panel's April meeting is in Room 102, as its programme says.
    expect(o.committees[1]!.meetings[1]!.venue).toBe("Room 102, Hackney Town Hall, Mare Street, London E8 1EA");
    expect(o.clashes).toEqual([]);
  });

  it("names a venue given by its council.yaml id by its name, and marks joint meetings", () => {
    const o = councilOverview(
      folder({
        "living-in-hackney": (t) =>
          t.replace(
            "date: 2022-12-12 # CId=119 MId=5537",
            "date: 2022-12-12\n    venue: room-102\n    jointWith: [cyp]",
          ),
      }),
      { today },
    );
    const lih = o.committees[2]!.meetings[0]!;
    expect(lih.venue).toBe("Room 102, Hackney Town Hall, Mare Street, London E8 1EA");
    expect(lih.jointWith).toEqual(["Children and Young People Scrutiny Commission"]);
    // Not listed back by CYP: the council's check says so, at that meeting.
    expect(lih.clashes).toEqual(["joint-meeting-mismatch"]);
  });

  it("lists the clashes the council's checks find, at each meeting concerned", () => {
    // The Panel (Chair: Cllr Gordon, CYP's Vice-Chair) moves its April meeting to CYP's evening of 27 February.
    const o = councilOverview(folder({ "scrutiny-panel": (t) => t.replace("date: 2023-04-24", "date: 2023-02-27") }), {
      today,
    });
    expect(o.clashes.map((c) => [c.code, c.date, c.committees.join(" + ")])).toEqual([
      ["member-clash", "Monday 27 February 2023", "Children and Young People Scrutiny Commission + Scrutiny Panel"],
    ]);
    const on = (i: number) => o.committees[i]!.meetings.find((m) => m.isoDate === "2023-02-27")!;
    expect([on(0).clashes, on(1).clashes]).toEqual([["member-clash"], ["member-clash"]]);
    expect([o.committees[0]!.clashes, o.committees[1]!.clashes, o.committees[2]!.clashes]).toEqual([1, 1, 0]);
    const md = councilOverviewMarkdown(
      folder({ "scrutiny-panel": (t) => t.replace("date: 2023-04-24", "date: 2023-02-27") }),
      { today },
    );
    expect(md).toContain("1 clash found across committees (below)");
    expect(md).toMatch(
      /^- \*\*Warning\*\*, Monday 27 February 2023 \(Children and Young People Scrutiny Commission, Scrutiny Panel\): .*Gordon.* \[member-clash\]$/m,
    );
    expect(md).toContain(
      "| Monday 27 February 2023 | 7.00 pm | Room 102, Hackney Town Hall, Mare Street, London E8 1EA | 1 | clash: member-clash |",
    );
  });
});

describe("councilOverviewMarkdown", () => {
  it("has the committees' table, each committee's meetings and the clashes section", () => {
    const md = councilOverviewMarkdown(folder(), { today });
    expect(md.split("\n").slice(0, 6)).toEqual([
      "# Council overview 2022/23: London Borough of Hackney",
      "",
      "As at Monday 9 January 2023. 6 committees, 18 meetings; no clash found across committees.",
      "",
      "| Committee | Chair | Meetings | Items | Clashes |",
      "|---|---|---|---|---|",
    ]);
    expect(md).toMatch(/^\| Scrutiny Panel \| Cllr Margaret Gordon \| 2 \| 1 \| 0 \|$/m);
    expect(md).toContain("## Living in Hackney Scrutiny Commission");
    expect(md).toContain(
      "| Thursday 29 September 2022 | 7.00 pm | Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA |",
    );
    expect(md).toContain("moved from Thursday 8 September 2022");
    expect(md).toMatch(
      /## Clashes found across committees\n\nNone: the council's checks \(`scrutineer check`\) find no clash\.\n$/,
    );
  });

  it("escapes programme text: a pipe or a line break cannot break the tables", () => {
    const md = councilOverviewMarkdown(
      folder({}, { "scrutiny-panel": (p) => void (p.commission.name = "Panel | # One\nTwo") }),
      { today },
    );
    expect(md).toContain("| Panel \\| # One Two | Cllr Margaret Gordon |");
    expect(md).toContain("\n## Panel \\| # One Two\n");
  });
});

describe("councilOverviewHtml", () => {
  it("is a self-contained, accessible page with every committee and meeting", () => {
    const html = councilOverviewHtml(folder(), { today });
    expectSelfContainedAccessiblePage(html, "Council overview 2022/23: London Borough of Hackney");
    expect(html).toContain('<h2 id="committee-health-in-hackney">Health in Hackney Scrutiny Commission</h2>');
    expect(html.match(/<tr><th scope="row" class="nowrap"><time/g)).toHaveLength(18);
    expect(html).toContain('<time dateTime="2023-01-16">Monday 16 January 2023</time>');
  });

  it("escapes programme text", () => {
    const html = councilOverviewHtml(
      folder({}, { "scrutiny-panel": (p) => void (p.commission.name = "<script>alert(1)</script>") }),
      { today },
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("the overview keeps private things private", () => {
  const NATURE = "Member of the Zanzibar Lodge (ref QX-7731)";
  const BRIEFING = "Private briefing on the Ofsted letter QX-8842";
  const private_ = folder(
    {},
    {
      cyp: (p) => {
        p.meetings
          .find((m) => m.date === "2023-01-16")!
          .declarations.push(
            Declaration.parse({
              person: "caroline-selman",
              items: ["exclusions-review-update"],
              kind: "disclosable-pecuniary",
              sensitive: true,
              nature: NATURE,
            }),
          );
        p.events.push(
          ProgrammeEvent.parse({ id: "ofsted-briefing", title: BRIEFING, kind: "briefing", date: "2023-01-10" }),
        );
      },
    },
  );

  it("never shows a sensitive interest's nature, a private briefing or anyone's email or phone", () => {
    for (const text of [councilOverviewMarkdown(private_, { today }), councilOverviewHtml(private_, { today })]) {
      for (const secret of [
        "QX-7731",
        "Zanzibar",
        "QX-8842",
        "Ofsted letter",
        "@hackney.gov.uk",
        "020 8356",
        "mailto:",
      ])
        expect(text).not.toContain(secret);
    }
    // Positive control: the secrets are in what the overview was made from.
    const cyp = private_.committees[0]!.index.programme;
    expect(JSON.stringify(cyp)).toContain("QX-7731");
    expect(JSON.stringify(cyp)).toContain("QX-8842");
    expect(JSON.stringify(private_.council.register)).toContain("@hackney.gov.uk");
  });
});
