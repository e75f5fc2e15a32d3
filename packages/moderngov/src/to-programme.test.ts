import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { hasSamples, homeAddressValues, sample, sampleFiles, samplesNote } from "../test/samples.js";
import { ModernGovImportError } from "./errors.js";
import { parseResponse } from "./parse-response.js";
import { programmeYaml } from "./programme-yaml.js";
import type { SourcedResponse } from "./records.js";
import { modernGovSite, siteOfResponses } from "./site.js";
import { importProgramme } from "./to-programme.js";

const responses = (): SourcedResponse[] =>
  sampleFiles().map((f) => ({ source: f.name, response: parseResponse(f.text) }));
const manchester = modernGovSite("https://democracy.manchester.gov.uk");

describe(`importing Manchester's Audit Committee from the saved responses${samplesNote}`, () => {
  it.skipIf(!hasSamples)("tells the site from the responses' own links", () => {
    expect(siteOfResponses(responses())).toEqual(manchester);
  });

  it.skipIf(!hasSamples)(
    "makes a programme the model accepts: the cancelled meeting cancelled, times in London wall clock, titles decoded",
    () => {
      const { programme, input } = importProgramme(responses(), {
        site: manchester,
        committee: "144",
        year: "2025/26",
      });
      expect(programme.commission).toMatchObject({
        id: "manchester-committee-144",
        name: "Audit Committee",
        municipalYear: "2025/26",
        start: "10:00",
        plannedEnd: "14:00",
        venue: "Council Antechamber, Level 2, Town Hall Extension",
        webpage: "https://democracy.manchester.gov.uk/mgCommitteeDetails.aspx?ID=144",
      });
      expect(programme.meetings.map((m) => [m.id, m.date, m.start, m.status])).toEqual([
        ["manchester-meeting-4966", "2026-01-13", "10:00", "cancelled"],
        ["manchester-meeting-4967", "2026-02-10", "10:00", "scheduled"],
      ]);
      const feb = programme.meetings[1]!;
      expect([feb.plannedEnd, feb.venue, feb.agenda]).toEqual([
        "14:00",
        "Council Antechamber, Level 2, Town Hall Extension",
        ["manchester-item-18831", "manchester-item-18833"],
      ]);
      expect(programme.items.map((i) => [i.title, i.procedural])).toEqual([
        ["Minutes", true],
        ["Work Programme", true],
      ]);
      expect(programme.items[1]?.notes).toBe(
        'ModernGov: printed as item 9.\nModernGov: paper "DRAFT WP FEBRUARY 2026" https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909',
      );
      // An expected attendee is a member; nobody is marked present before the meeting.
      expect(programme.members).toEqual([
        { id: "manchester-member-192", name: "Councillor Basil Curley", role: "member" },
      ]);
      expect(feb.attendance).toBeUndefined();
      const text = programmeYaml(input, manchester, 144);
      const reparsed = parseProgramme(text);
      expect(reparsed.ok, JSON.stringify(reparsed.errors)).toBe(true);
      expect(reparsed.programme).toEqual(programme);
    },
  );

  it.skipIf(!hasSamples)("names a committee by title, and says which exist when it cannot find one", () => {
    expect(
      importProgramme(responses(), { site: manchester, committee: "audit committee", year: "2025/26" }).committee,
    ).toEqual({ id: 144, title: "Audit Committee" });
    expect(() => importProgramme(responses(), { site: manchester, committee: "Planning", year: "2025/26" })).toThrow(
      /known: 312 Appointment Sub Committee/,
    );
    expect(() => importProgramme(responses(), { site: manchester, committee: "163", year: "2025/26" })).toThrow(
      ModernGovImportError,
    );
    expect(() => importProgramme(responses(), { site: manchester, committee: "Committee", year: "2025/26" })).toThrow(
      /names 3 committees/,
    );
  });

  it.skipIf(!hasSamples)("leaves out meetings outside the year, and says so", () => {
    const { programme, report } = importProgramme(responses(), { site: manchester, committee: "144", year: "2024/25" });
    expect(programme.meetings).toEqual([]);
    expect(report.filter((n) => n.code === "not-in-selection").map((n) => n.message)).toContain(
      "meeting 4966 on 2026-01-13 is outside 2024/25 (2024-05-01 to 2025-04-30)",
    );
  });

  it.skipIf(!hasSamples)("reports every element it could not map, with its value, and never a home address", () => {
    const { input, report } = importProgramme(responses(), { site: manchester, committee: "144", year: "2025/26" });
    const by = (code: string) => report.filter((n) => n.code === code);
    expect(by("other-install").map((n) => n.source)).toEqual([
      "london-fire_CouncillorsByWard.xml",
      "oadby-wigston_CouncillorsByWard.xml",
    ]);
    expect(by("not-mapped")).toContainEqual(
      expect.objectContaining({ element: "agendaitem[18833].fulldisplaynumberformat", value: "9." }),
    );
    expect(by("not-mapped")).toContainEqual(
      expect.objectContaining({ element: "attendee[192].politicalparty", value: "LAB" }),
    );
    expect(by("not-mapped")).toContainEqual(
      expect.objectContaining({ element: "attendee[192].ward", value: "Charlestown" }),
    );
    expect(by("not-mapped").find((n) => n.element === "agendaitem[18831].minutesnonemptyhtmlbody")?.value).toBe(
      "To approve the minutes of the meeting held on 25 November 2025 as a correct record.",
    );
    expect(by("not-mapped").map((n) => n.message)).toContain(
      "no GetMeeting response for meeting 4966 on 2026-01-13: its venue, finish, agenda and attendees are not known",
    );
    expect(by("unread-element")).toContainEqual(
      expect.objectContaining({ element: "meeting[4967].agendaid", value: "4967" }),
    );
    expect(by("filled-in").map((n) => n.element)).toEqual([
      "commission.council",
      "commission.jurisdiction",
      "commission.contact.name",
    ]);
    const everything = JSON.stringify(report) + programmeYaml(input, manchester, 144);
    expect(homeAddressValues().filter((v) => everything.includes(v))).toEqual([]);
  });

  it.skipIf(!hasSamples)(
    "uses a register of councillors from the same site, dropping its home addresses unread",
    () => {
      const oadby = modernGovSite("http://moderngov.oadby-wigston.gov.uk");
      const register = {
        source: "register.xml",
        response: parseResponse(sample("oadby-wigston_CouncillorsByWard.xml")),
      };
      const meetings = { source: "m.xml", response: parseResponse(sample("meetings.xml")) };
      const { report } = importProgramme([register, meetings], { site: oadby, committee: "144", year: "2025/26" });
      const dropped = report.find((n) => n.code === "personal-data-dropped");
      expect(dropped?.element).toBe("homeaddress");
      expect(dropped?.value).toBeUndefined();
      expect(JSON.stringify(report)).not.toMatch(/LE2 \dJP|Eden Road/);
    },
  );
});

describe("quirks of other installs", () => {
  const site = modernGovSite("https://democracy.example.gov.uk");
  const meetings = `<getmeetings><committee><committeeid>9</committeeid><committeetitle>Overview &amp;amp; Scrutiny</committeetitle><committeemeetings>
    <meeting><meetingid>1</meetingid><meetingdate>02/06/2025</meetingdate><meetingstatus>Provisional</meetingstatus><meetingtime>6.30 pm</meetingtime></meeting>
    <meeting><meetingid>2</meetingid><meetingdate>07/07/2025</meetingdate><meetingstatus>Moved</meetingstatus><meetingtime>after Council</meetingtime></meeting>
  </committeemeetings></committee></getmeetings>`;
  const meeting = `<meeting><meetingid>1</meetingid><meetingdate>02/06/2025</meetingdate><meetingstatus>Provisional</meetingstatus><meetingtime>6.30 pm</meetingtime>
    <agendaitems><agendaitem><agendaitemid>5</agendaitemid><agendaitemtitle>Housing &amp;amp; Repairs</agendaitemtitle>
      <agendatext>&amp;lt;p&amp;gt;Report of the Director&amp;lt;/p&amp;gt;</agendatext><agendaitemnumber>5</agendaitemnumber><fulldisplaynumberformat>5.</fulldisplaynumberformat>
      <isrestricted>True</isrestricted><declarationcount> 2</declarationcount></agendaitem></agendaitems>
    <attendees>
      <attendee memberid="10" name="Councillor Ann Chair" roledescription="Chair" attendance="Present"/>
      <attendee memberid="11" name="Councillor Sub Stitute" roledescription="Substitute" attendance="Present"/>
      <attendee memberid="12" name="Mrs Co Optee" roledescription="Co-opted Member" attendance="Apologies"/>
    </attendees></meeting>`;
  const result = () =>
    importProgramme(
      [
        { source: "meetings", response: parseResponse(meetings) },
        { source: "meeting", response: parseResponse(meeting) },
      ],
      { site, committee: "overview & scrutiny", year: "2025/26", council: "Example Borough Council" },
    );

  it("decodes double-escaped titles and text, marks restricted items, and keeps the provisional date provisional", () => {
    const { programme } = result();
    expect(programme.commission.name).toBe("Overview & Scrutiny");
    expect(programme.items[0]).toMatchObject({ title: "Housing & Repairs", objective: "Report of the Director" });
    expect(programme.items[0]?.notes).toContain("ModernGov: restricted: exempt information, not for publication");
    expect(programme.meetings[0]).toMatchObject({ start: "18:30", dateConfirmed: false, status: "scheduled" });
  });

  it("records members' attendance, and reports the substitute, the moved status and the unreadable time", () => {
    const { programme, report } = result();
    expect(programme.members.map((m) => [m.id, m.role])).toEqual([["example-member-10", "chair"]]);
    expect(programme.coOptees.map((c) => c.id)).toEqual(["example-member-12"]);
    expect(programme.meetings[0]?.attendance).toEqual({
      recorded: "full",
      present: ["example-member-10"],
      remote: [],
      apologies: ["example-member-12"],
      substitutes: [],
    });
    // A substitute is never a member; whom they replaced is not said, so the report asks.
    expect(programme.substitutes.map((s) => s.id)).toEqual(["example-member-11"]);
    expect(programme.commission.kind).toBe("committee");
    const messages = report.map((n) => `${n.code} ${n.element ?? ""} ${n.value ?? ""}`);
    expect(messages).toContain("not-mapped attendee[11].roledescription Substitute");
    expect(messages).toContain("not-mapped meeting[2].meetingstatus Moved");
    expect(messages).toContain("unrecognised-value meeting[2].meetingtime after Council");
    expect(messages).toContain("not-mapped agendaitem[5].declarationcount 2");
    expect(programme.meetings[1]?.status).toBe("scheduled");
    expect(programme.meetings[1]?.start).toBeUndefined();
  });
});

describe("what the model now holds: substitutes, co-optees' votes, apologies-only minutes, informal sessions, the kind of body", () => {
  const site = modernGovSite("https://democracy.example.gov.uk");
  const meetings = `<getmeetings><committee><committeeid>7</committeeid><committeetitle>Health Scrutiny Sub-Committee</committeetitle><committeemeetings>
    <meeting><meetingid>1</meetingid><meetingdate>17/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
    <meeting><meetingid>2</meetingid><meetingdate>22/07/2025</meetingdate><meetingstatus>Mid cycle briefing</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
    <meeting><meetingid>3</meetingid><meetingdate>16/09/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
  </committeemeetings></committee></getmeetings>`;
  const june = `<meeting><meetingid>1</meetingid><meetingdate>17/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime>
    <attendees>
      <attendee memberid="20" name="Councillor Andrew Lee" roledescription="Chair" attendance="Present"/>
      <attendee memberid="21" name="Councillor John Mann" roledescription="Committee Member" attendance="Apologies"/>
      <attendee memberid="22" name="Councillor Andy Paraskos" roledescription="Substitute for Cllr John Mann" attendance="Present"/>
      <attendee memberid="23" name="Councillor Pat Middlemiss" roledescription="Co-opted Member (voting)" attendance="Present"/>
      <attendee memberid="24" name="Mrs Parent" roledescription="Parent Governor Representative" attendance="Present"/>
      <attendee memberid="25" name="Mr Observer" roledescription="Co-opted Member (non-voting)" attendance="Present"/>
    </attendees></meeting>`;
  const september = `<meeting><meetingid>3</meetingid><meetingdate>16/09/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime>
    <attendees>
      <attendee memberid="20" name="Councillor Andrew Lee" roledescription="Chair" attendance="Apologies"/>
      <attendee memberid="21" name="Councillor John Mann" roledescription="Committee Member" attendance="Absent"/>
    </attendees></meeting>`;
  const result = () =>
    importProgramme(
      [
        { source: "meetings", response: parseResponse(meetings) },
        { source: "june", response: parseResponse(june) },
        { source: "september", response: parseResponse(september) },
      ],
      { site, committee: "7", year: "2025/26", council: "Example County Council" },
    );

  it("reads the kind of body from the committee's title", () => {
    expect(result().programme.commission.kind).toBe("sub-committee");
  });

  it("puts a substitute in the place of the member the role names, never in the membership", () => {
    const { programme } = result();
    expect(programme.members.map((m) => m.id)).toEqual(["example-member-20", "example-member-21"]);
    expect(programme.substitutes).toEqual([{ id: "example-member-22", name: "Councillor Andy Paraskos" }]);
    expect(programme.meetings[0]?.attendance?.substitutes).toEqual([
      { id: "example-member-22", for: "example-member-21" },
    ]);
    expect(programme.meetings[0]?.attendance?.apologies).toEqual(["example-member-21"]);
  });

  it("reads a co-optee's votes from the role: voting, a parent governor, non-voting", () => {
    expect(result().programme.coOptees.map((c) => [c.name, c.voting])).toEqual([
      ["Councillor Pat Middlemiss", "full"],
      ["Mrs Parent", "education"],
      ["Mr Observer", "none"],
    ]);
  });

  it("records a meeting whose attendees are all apologies or absent as apologies-only, and says so", () => {
    const { programme, report } = result();
    expect(programme.meetings.find((m) => m.date === "2025-09-16")?.attendance).toMatchObject({
      recorded: "apologies-only",
      present: [],
      apologies: ["example-member-20"],
    });
    expect(report.some((n) => n.code === "filled-in" && n.message.includes("recorded as apologies-only"))).toBe(true);
  });

  it("imports a briefing listed among the meetings as a private event, not a meeting", () => {
    const { programme, report } = result();
    expect(programme.meetings.map((m) => m.date)).toEqual(["2025-06-17", "2025-09-16"]);
    expect(programme.events).toEqual([
      {
        id: "example-event-2",
        title: "Health Scrutiny Sub-Committee: Mid cycle briefing",
        kind: "briefing",
        date: "2025-07-22",
        start: "10:00",
        attendees: [],
        items: [],
        public: false,
      },
    ]);
    expect(report.some((n) => n.element === "meeting[2].meetingstatus" && n.code === "filled-in")).toBe(true);
  });
});
