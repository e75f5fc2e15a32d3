import { readFileSync } from "node:fs";
import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { hasSamples, sampleFiles, samplesNote } from "../test/samples.js";
import { ModernGovMergeError } from "./errors.js";
import { mergeImport } from "./merge.js";
import { parseResponse } from "./parse-response.js";
import { programmeYaml } from "./programme-yaml.js";
import type { SourcedResponse } from "./records.js";
import { modernGovSite } from "./site.js";
import { importProgramme } from "./to-programme.js";

const site = modernGovSite("https://democracy.example.gov.uk");

interface Item {
  id: number;
  title: string;
  text?: string;
}
interface Mtg {
  id: number;
  date: string;
  status?: string;
  location?: string;
  items?: Item[];
  published?: boolean;
}

/** Responses of a small install, written as the service writes them (dd/MM/yyyy, "7.00 pm", escaped HTML). */
function responses(meetings: Mtg[]): SourcedResponse[] {
  const day = (iso: string) => iso.split("-").reverse().join("/");
  const list = `<getmeetings><committee><committeeid>9</committeeid><committeetitle>Scrutiny Panel</committeetitle><committeemeetings>${meetings
    .map(
      (m) =>
        `<meeting><meetingid>${m.id}</meetingid><meetingdate>${day(m.date)}</meetingdate><meetingstatus>${m.status ?? "Confirmed"}</meetingstatus><meetingtime>7.00 pm</meetingtime></meeting>`,
    )
    .join("")}</committeemeetings></committee></getmeetings>`;
  const details = meetings
    .filter((m) => m.items)
    .map((m) => ({
      source: `meeting-${m.id}.xml`,
      response: parseResponse(
        `<meeting><meetingid>${m.id}</meetingid><meetingdate>${day(m.date)}</meetingdate><meetingstatus>${m.status ?? "Confirmed"}</meetingstatus><meetingtime>7.00 pm</meetingtime><meetingplannedfinishtime>9.30 pm</meetingplannedfinishtime><meetinglocation>${m.location ?? "Council Chamber"}</meetinglocation><agendapublished>${m.published === false ? "False" : "True"}</agendapublished><agendaitems>${(
          m.items ?? []
        )
          .map(
            (i, n) =>
              `<agendaitem><agendaitemid>${i.id}</agendaitemid><agendaitemtitle>${i.title}</agendaitemtitle><agendatext>&lt;p&gt;${i.text ?? "To consider the report."}&lt;/p&gt;</agendatext><agendaitemnumber>${n + 1}</agendaitemnumber><fulldisplaynumberformat>${n + 1}.</fulldisplaynumberformat></agendaitem>`,
          )
          .join(
            "",
          )}</agendaitems><attendees><attendee memberid="10" name="Councillor Ann Chair" roledescription="Chair" attendance="Expected"><url>https://democracy.example.gov.uk/mgUserInfo.aspx?UID=10</url></attendee></attendees></meeting>`,
      ),
    }));
  return [{ source: "meetings.xml", response: parseResponse(list) }, ...details];
}

const year = [
  {
    id: 100,
    date: "2025-06-16",
    items: [
      { id: 1, title: "Minutes" },
      { id: 2, title: "Housing Repairs" },
      { id: 3, title: "Work Programme" },
    ],
  },
  { id: 101, date: "2025-09-15", status: "Provisional", items: [{ id: 4, title: "Libraries" }], published: false },
  { id: 102, date: "2025-11-17" },
];

const importOf = (meetings: Mtg[]) =>
  importProgramme(responses(meetings), { site, committee: "9", year: "2025/26", council: "Example Council" });
const first = () => programmeYaml(importOf(year).input, site, 9);

describe("re-importing into a programme", () => {
  it("changes nothing when ModernGov has not changed: same text, no change, no conflict", () => {
    const text = first();
    const again = mergeImport(text, importOf(year), site);
    expect(again).toEqual({ text, changes: [], conflicts: [] });
  });

  it("keeps the officer's minutes, objectives, priorities, backlog, notes and comments, and applies ModernGov's changes", () => {
    let text = first();
    // The officer plans: minutes, a priority, an own item in the backlog and one on June's agenda, comments, a note.
    text = text
      .replace(
        "  - id: example-item-2\n    title: Housing Repairs\n",
        "  - id: example-item-2 # the big one this year\n    title: Housing Repairs\n    minutes: 45\n    priority: 3\n",
      )
      .replace(
        '    objective: To consider the report.\n    notes: "ModernGov: printed as item 2."',
        "    objective: What has changed since the audit?\n    notes: |-\n      Site visit first.\n      ModernGov: printed as item 2.",
      )
      .replace(
        "meetings:\n",
        "  - id: estates\n    title: Estate regeneration\n  - id: youth\n    title: Youth services\nmeetings:\n",
      )
      .replace(
        "[ example-item-1, example-item-2, example-item-3 ]",
        "[ example-item-1, example-item-2, youth, example-item-3 ]",
      )
      .concat("backlog: [estates] # for next year\n");
    expect(parseProgramme(text).ok).toBe(true);

    // ModernGov: June's venue changes, an item is added and another retitled; September is
    // confirmed and moved a week; November is cancelled.
    const later = [
      {
        ...year[0]!,
        location: "Committee Room 1",
        items: [
          { id: 1, title: "Minutes" },
          { id: 2, title: "Housing Repairs and Damp" },
          { id: 5, title: "Call-in" },
          { id: 3, title: "Work Programme" },
        ],
      },
      { ...year[1]!, date: "2025-09-22", status: "Confirmed" },
      { ...year[2]!, status: "Cancelled" },
    ];
    const { text: merged, changes, conflicts } = mergeImport(text, importOf(later), site);
    const p = parseProgramme(merged);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    const item = (id: string) => p.programme.items.find((i) => i.id === id)!;
    expect(item("example-item-2")).toMatchObject({ title: "Housing Repairs and Damp", minutes: 45, priority: 3 });
    expect(item("example-item-2").objective).toBe("What has changed since the audit?");
    expect(item("example-item-2").notes).toBe("Site visit first.\nModernGov: printed as item 2.");
    expect(p.programme.backlog).toEqual(["estates"]);
    expect(merged).toContain("- id: example-item-2 # the big one this year");
    expect(merged).toContain("backlog: [estates] # for next year");
    const [june, sept, nov] = p.programme.meetings;
    expect(june?.venue).toBe("Committee Room 1");
    expect(june?.agenda).toEqual(["example-item-1", "example-item-2", "youth", "example-item-5", "example-item-3"]);
    expect(sept).toMatchObject({ date: "2025-09-22", status: "moved", movedFrom: "2025-09-15", dateConfirmed: true });
    expect(nov?.status).toBe("cancelled");
    expect(changes.map((c) => c.message)).toEqual([
      "moved from 2025-09-15 to 2025-09-22",
      "meeting of 2025-11-17 (example-meeting-102): cancelled",
      'title "Housing Repairs" → "Housing Repairs and Damp"',
      'added the item "Call-in"',
      '"Work Programme": ModernGov\'s notes (printed number, papers) updated',
      "meeting of 2025-06-16 (example-meeting-100): venue Council Chamber → Committee Room 1",
      "meeting of 2025-06-16 (example-meeting-100): item example-item-5 added to the agenda",
      "meeting of 2025-09-22 (example-meeting-101): date confirmed in ModernGov",
    ]);
    expect(conflicts.map((c) => c.message)).toEqual([
      "\"Housing Repairs and Damp\": ModernGov's agenda text differs from the objective in the file: the file's is kept",
      '"youth" is planned for the meeting of 2025-06-16 (example-meeting-100) but is not on ModernGov\'s published agenda: kept',
    ]);
    expect(mergeImport(merged, importOf(later), site)).toMatchObject({ text: merged, changes: [] });
  });

  it("puts an item back on a published agenda the officer moved it off, but not on an unpublished one", () => {
    const text = first()
      .replace("[ example-item-1, example-item-2, example-item-3 ]", "[ example-item-1, example-item-3 ]")
      .replace("agenda: [ example-item-4 ]", "agenda: [ example-item-4, example-item-2 ]");
    const { text: merged, conflicts } = mergeImport(text, importOf(year), site);
    const p = parseProgramme(merged);
    expect(p.programme?.meetings[0]?.agenda).toEqual(["example-item-1", "example-item-2", "example-item-3"]);
    expect(conflicts.map((c) => c.message)).toEqual([
      '"example-item-2" is on ModernGov\'s published agenda of the meeting of 2025-06-16 (example-meeting-100); the plan had it at the meeting of 2025-09-15: moved back',
    ]);
    const moved = first()
      .replace(
        "[ example-item-1, example-item-2, example-item-3 ]",
        "[ example-item-1, example-item-2, example-item-3, example-item-4 ]",
      )
      .replace("agenda: [ example-item-4 ]", "agenda: []");
    const kept = mergeImport(moved, importOf(year), site);
    expect(parseProgramme(kept.text).programme?.meetings[0]?.agenda).toContain("example-item-4");
    expect(kept.conflicts.map((c) => c.message)[0]).toMatch(
      /ModernGov lists "example-item-4" for the meeting of 2025-09-15.*not yet published.*kept there/,
    );
  });

  it("adds new meetings in date order and keeps meetings ModernGov no longer lists, saying so", () => {
    const { text, changes, conflicts } = mergeImport(
      first(),
      importOf([year[0]!, { id: 103, date: "2025-10-20" }, year[2]!]),
      site,
    );
    expect(parseProgramme(text).programme?.meetings.map((m) => m.id)).toEqual([
      "example-meeting-100",
      "example-meeting-101",
      "example-meeting-103",
      "example-meeting-102",
    ]);
    expect(changes.map((c) => c.message)).toContain("added the meeting of 2025-10-20 (example-meeting-103)");
    expect(conflicts.map((c) => c.message)).toContain(
      "ModernGov no longer lists the meeting of 2025-09-15 (example-meeting-101) for 2025/26: kept",
    );
  });

  it("refuses to merge into another committee's or another year's programme", () => {
    const hackney = readFileSync(
      new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url),
      "utf8",
    );
    expect(() => mergeImport(hackney, importOf(year), site)).toThrow(ModernGovMergeError);
    expect(() => mergeImport(hackney, importOf(year), site)).toThrow(
      /is the programme of "Children and Young People Scrutiny Commission"/,
    );
    const other = importProgramme(responses([{ id: 200, date: "2026-06-15" }]), {
      site,
      committee: "9",
      year: "2026/27",
    });
    expect(() => mergeImport(first(), other, site)).toThrow(/is for 2025\/26, the import for 2026\/27/);
  });
});

describe(`importing the saved Manchester responses twice${samplesNote}`, () => {
  it.skipIf(!hasSamples)("changes nothing the second time", () => {
    const all = sampleFiles().map((f) => ({ source: f.name, response: parseResponse(f.text) }));
    const manchester = modernGovSite("https://democracy.manchester.gov.uk");
    const result = importProgramme(all, { site: manchester, committee: "144", year: "2025/26" });
    const text = programmeYaml(result.input, manchester, 144);
    expect(
      mergeImport(text, importProgramme(all, { site: manchester, committee: "144", year: "2025/26" }), manchester),
    ).toEqual({
      text,
      changes: [],
      conflicts: [],
    });
  });
});

describe("re-importing substitutes and an informal session", () => {
  const list = `<getmeetings><committee><committeeid>9</committeeid><committeetitle>Scrutiny Panel</committeetitle><committeemeetings>
    <meeting><meetingid>1</meetingid><meetingdate>17/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
    <meeting><meetingid>2</meetingid><meetingdate>22/07/2025</meetingdate><meetingstatus>Briefing</meetingstatus></meeting>
  </committeemeetings></committee></getmeetings>`;
  const detail = (extra: string) =>
    `<meeting><meetingid>1</meetingid><meetingdate>17/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime><attendees>
      <attendee memberid="10" name="Councillor Ann Chair" roledescription="Chair" attendance="Present"/>
      <attendee memberid="11" name="Councillor Bob Member" roledescription="Committee Member" attendance="Apologies"/>${extra}
    </attendees></meeting>`;
  const importWith = (extra: string) =>
    importProgramme(
      [
        { source: "meetings.xml", response: parseResponse(list) },
        { source: "meeting-1.xml", response: parseResponse(detail(extra)) },
      ],
      { site, committee: "9", year: "2025/26", council: "Example Council" },
    );

  it("adds the substitute under substitutes and in the member's place, and keeps the briefing as an event", () => {
    const text = programmeYaml(importWith("").input, site, 9);
    expect(parseProgramme(text).programme?.events.map((e) => e.id)).toEqual(["example-event-2"]);
    const later = importWith(
      '\n      <attendee memberid="12" name="Councillor Cy Sub" roledescription="Substitute for Councillor Bob Member" attendance="Present"/>',
    );
    const { text: merged, changes } = mergeImport(text, later, site);
    const p = parseProgramme(merged);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.programme.substitutes).toEqual([{ id: "example-member-12", name: "Councillor Cy Sub" }]);
    expect(p.programme.meetings[0]?.attendance?.substitutes).toEqual([
      { id: "example-member-12", for: "example-member-11" },
    ]);
    expect(p.programme.events).toHaveLength(1);
    expect(changes.map((c) => c.message)).toContain("added Councillor Cy Sub to substitutes");
    // Once merged, the same answer again changes nothing.
    expect(mergeImport(merged, later, site).changes).toEqual([]);
  });
});
