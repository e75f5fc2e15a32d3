import { describe, expect, it } from "vitest";
import { hasSamples, homeAddressValues, sample, sampleFiles, samplesNote } from "../test/samples.js";
import { ModernGovResponseError } from "./errors.js";
import { parseResponse } from "./parse-response.js";

function failure(text: string): ModernGovResponseError {
  try {
    parseResponse(text);
  } catch (error) {
    if (error instanceof ModernGovResponseError) return error;
    throw error;
  }
  throw new Error("expected a ModernGovResponseError");
}

describe("responses the importer cannot read", () => {
  it("names an HTML page served in place of XML (status 200 error or sign-in pages)", () => {
    expect(
      failure("<!DOCTYPE html>\n<html><head><title>Runtime Error</title></head><body>Server Error</body></html>").code,
    ).toBe("html-page");
    expect(failure("<html><body><p>Please sign in</p></body></html>").code).toBe("html-page");
  });

  it("gives the line and column of malformed XML", () => {
    const e = failure('<?xml version="1.0"?>\n<committees>\n  <committee><committeeid>1</committeeid>\n</committees>');
    expect(e.code).toBe("not-xml");
    expect(e.line).toBe(4);
  });

  it("refuses another operation's answer and an empty body", () => {
    expect(failure("<getcommittee><x/></getcommittee>").code).toBe("unknown-root");
    expect(failure("  \n").code).toBe("empty");
    expect(failure("<committees><committee><committeetitle>No id</committeetitle></committee></committees>").code).toBe(
      "missing-element",
    );
  });

  it("reads a root element in any case and a lone committee as a list", () => {
    const r = parseResponse(
      "<Committees><Committee><CommitteeId> 7</CommitteeId><CommitteeTitle>Audit &amp;amp; Risk</CommitteeTitle></Committee></Committees>",
    );
    expect(r).toMatchObject({ kind: "committees", committees: [{ id: 7, title: "Audit & Risk", deleted: false }] });
  });
});

describe(`the saved responses${samplesNote}`, () => {
  it.skipIf(!hasSamples)("recognises each by its root element, whatever the file is called", () => {
    const kinds = Object.fromEntries(sampleFiles().map((f) => [f.name, parseResponse(f.text).kind]));
    expect(kinds).toEqual({
      "committees.xml": "committees",
      "london-fire_CouncillorsByWard.xml": "councillors-by-ward",
      "meeting_with_minutes.xml": "meeting",
      "meetings.xml": "meetings",
      "oadby-wigston_CouncillorsByWard.xml": "councillors-by-ward",
    });
  });

  it.skipIf(!hasSamples)("reads GetMeetings: dates, times, free-text status", () => {
    const r = parseResponse(sample("meetings.xml"));
    if (r.kind !== "meetings") throw new Error(r.kind);
    expect(r.committees[0]?.committeeId).toBe(144);
    expect(r.committees[0]?.meetings.map((m) => [m.id, m.date, m.time, m.status])).toEqual([
      [4966, "2026-01-13", "10:00", "Cancelled"],
      [4967, "2026-02-10", "10:00", "Confirmed"],
    ]);
  });

  it.skipIf(!hasSamples)(
    "reads GetMeeting: finish, venue, items with printed numbers, decoded text, papers, attendees",
    () => {
      const r = parseResponse(sample("meeting_with_minutes.xml"));
      if (r.kind !== "meeting") throw new Error(r.kind);
      const m = r.meeting;
      expect([m.time, m.plannedFinish, m.location, m.room, m.agendaPublished]).toEqual([
        "10:00",
        "14:00",
        "Council Antechamber, Level 2, Town Hall Extension",
        undefined,
        true,
      ]);
      expect(m.items.map((i) => [i.id, i.title, i.sortKey, i.printedNumber])).toEqual([
        [18831, "Minutes", 4, "1."],
        [18833, "Work Programme", 12, "9."],
      ]);
      expect(m.items[0]?.text).toBe(
        "To approve as a correct record the minutes of the meeting held on 25 November 2025.",
      );
      expect(m.items[1]?.documents[0]).toMatchObject({
        id: 60909,
        title: "DRAFT WP FEBRUARY 2026",
        published: "2026-02-02",
      });
      expect(m.attendees).toEqual([
        {
          memberId: 192,
          name: "Councillor Basil Curley",
          role: "Committee Member",
          attendance: "Expected",
          memberType: "U",
          party: "LAB",
          ward: "Charlestown",
          url: "https://democracy.manchester.gov.uk/mgUserInfo.aspx?UID=192",
        },
      ]);
      // Copies of the meeting's own date inside items are not "unread": they say nothing new.
      expect(m.items[0]?.unread.map((u) => u.element)).not.toContain("agendaitem[18831].meetingdate");
      expect(m.items[0]?.unread).toContainEqual({ element: "agendaitem[18831].commentlabel1", value: "Presented By" });
    },
  );

  it.skipIf(!hasSamples)(
    "reads GetCouncillorsByWard without any personal data: no address, phone or e-mail survives",
    () => {
      const r = parseResponse(sample("oadby-wigston_CouncillorsByWard.xml"));
      if (r.kind !== "councillors-by-ward") throw new Error(r.kind);
      expect(r.homeAddressesDropped).toBeGreaterThan(0);
      const darr = r.councillors.find((c) => c.id === 323);
      expect(darr).toMatchObject({ name: "Councillor M Latif Darr", ward: "Oadby Brocks Hill", keyPosts: "Mayor" });
      expect(darr?.terms).toEqual([
        { start: "2011-05-09", end: "2015-05-11" },
        { start: "2015-05-11", end: null },
      ]);
      const json = JSON.stringify(sampleFiles().map((f) => parseResponse(f.text)));
      const leaked = homeAddressValues().filter((v) => json.includes(v));
      expect(homeAddressValues().length).toBeGreaterThan(20);
      expect(leaked).toEqual([]);
      expect(json).not.toMatch(/@[a-z0-9-]+\.(gov\.uk|com)/i); // work e-mail addresses are dropped too
    },
  );
});
