import { describe, expect, it } from "vitest";
import { loadNeathPortTalbot, loadNorthYorkshire, meetingOn } from "../test/example.js";
import { frontSheet } from "./front-sheet.js";
import { frontSheetHtml } from "./front-sheet-html.js";
import { frontSheetMarkdown } from "./front-sheet-markdown.js";

const today = "2022-12-01";

describe("the front sheet of North Yorkshire's Scrutiny of Health Committee, 16 December 2022", () => {
  const p = loadNorthYorkshire();
  const dec = meetingOn(p, "2022-12-16");
  const sheet = frontSheet(p, dec, { today });

  it("calls the body a Committee and the meeting the meeting of the Committee", () => {
    expect(sheet).toMatchObject({ body: "Committee", date: "Friday 16 December 2022", time: "10.00 am" });
    const md = frontSheetMarkdown(p, dec, { today });
    expect(md).toContain("are requested to attend the meeting of the Committee to be held as follows:");
    expect(md).not.toContain("Commission");
    expect(frontSheetHtml(p, dec, { today })).toContain("the meeting of the Committee to be held");
  });

  it("follows its order of business: the Minutes first, Chairman's Announcements, Public Questions, no Any Other Business", () => {
    expect(sheet.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Minutes of Committee meeting held on 4 November 2022"],
      [2, "Apologies for Absence"],
      [3, "Declarations of Interest"],
      [4, "Chairman's Announcements"],
      [5, "Public Questions or Statements"],
      [6, "Item 10 of the 16 December 2022 agenda (title not in the sources)"],
    ]);
  });

  it("gives the public-question notice as the real agenda does: midday on Tuesday 13 December 2022", () => {
    expect(sheet.items[4]?.purpose).toBe(
      "Members of the public may ask questions or make statements at this meeting if they have given notice to Christine Phillipson no later than midday on Tuesday 13 December 2022 (three working days before the meeting).",
    );
  });

  it("says the item was deferred to 10 March 2023", () => {
    expect(sheet.items[5]?.outcome).toBe("Deferred to the meeting of Friday 10 March 2023.");
  });

  it("lists the membership of the day: Jane Mortimer on 16 December, not on 17 June", () => {
    expect(sheet.coOptees.map((c) => c.name)).toContain("Cllr Jane Mortimer");
    const june = frontSheet(p, meetingOn(p, "2022-06-17"), { today });
    expect(june.coOptees.map((c) => c.name)).not.toContain("Cllr Jane Mortimer");
    expect(june.coOptees).toHaveLength(7);
    expect(june.members).toHaveLength(16);
    // Substitutes are never part of the membership.
    expect(june.members.map((m) => m.name)).not.toContain("Cllr Andy Paraskos");
  });
});

describe("a cancelled meeting's front sheet is a notice of cancellation: North Yorkshire, 9 September 2022", () => {
  const p = loadNorthYorkshire();
  const sep = meetingOn(p, "2022-09-09");

  it("says it is cancelled and when it will take place instead, and summons nobody", () => {
    expect(frontSheet(p, sep, { today }).cancellation).toEqual([
      "The meeting of the Scrutiny of Health Committee due to be held on Friday 9 September 2022 at 10.00 am, Council Chamber, County Hall, Northallerton, DL7 8AD, has been cancelled.",
      "It will now take place on Friday 4 November 2022 at 10.00 am.",
      "Postponed due to the death of Her Majesty Queen Elizabeth II.",
    ]);
    for (const text of [frontSheetMarkdown(p, sep, { today }), frontSheetHtml(p, sep, { today })]) {
      expect(text).toContain("Notice of cancellation");
      expect(text).not.toContain("requested to attend");
      expect(text).toContain(
        "Care Quality Commission Inspections and Action Plans (deferred to the meeting of Friday 4 November 2022)",
      );
    }
  });
});

describe("a meeting known only by its month", () => {
  it('prints the month with "date to be confirmed"', () => {
    const p = loadNorthYorkshire();
    const m = { ...meetingOn(p, "2023-03-10"), date: "2023-03", dateConfirmed: false };
    const sheet = frontSheet(p, m, { today });
    expect(sheet.date).toBe("March 2023 (date to be confirmed)");
    expect(sheet.statusNotes).toEqual(["The day is to be confirmed."]);
    // No day, so no notice date for public questions.
    expect(sheet.items[4]?.purpose).toBeUndefined();
  });
});

describe("the front sheets of Neath Port Talbot's Education, Skills and Wellbeing Scrutiny Committee (Wales, hybrid)", () => {
  const p = loadNeathPortTalbot();

  it("gives each meeting its own time and place: 10.00 am once, the multi-location meeting of 25 January 2023", () => {
    const sep = frontSheet(p, meetingOn(p, "2022-09-27"), { today: "2022-09-01" });
    expect(sep).toMatchObject({ body: "Committee", date: "Tuesday 27 September 2022", time: "10.00 am" });
    expect(sep.venue).toBe("Port Talbot Civic Centre / Remotely - Hybrid");
    const jan = frontSheet(p, meetingOn(p, "2023-01-25"), { today: "2023-01-01" });
    expect(jan).toMatchObject({ date: "Wednesday 25 January 2023", time: "2.00 pm" });
    expect(jan.venue).toBe("Multi-Location Meeting - Council Chamber, Port Talbot & Microsoft Teams");
  });

  it("follows its order of business: Chair's Announcements, Declarations, and the Minutes only where the agenda had them", () => {
    const oct = frontSheet(p, meetingOn(p, "2022-10-27"), { today: "2022-10-01" });
    expect(oct.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Chair's Announcements"],
      [2, "Declarations of Interest"],
      [3, "Minutes of Previous Meeting"],
      [4, "Participation and Engagement Strategy (Permission to Consult)"],
    ]);
    const sep = frontSheet(p, meetingOn(p, "2022-09-27"), { today: "2022-09-01" });
    expect(sep.items.map((i) => i.title)).toEqual([
      "Chair's Announcements",
      "Declarations of Interest",
      "Disposal of Land at Neath Leisure Centre",
    ]);
  });

  it("prints the Welsh code's kinds of interest and what each member may do", () => {
    const nov = frontSheet(p, meetingOn(p, "2022-11-24"), { today: "2022-11-01" });
    expect(nov.declarations.map((d) => [d.name, d.kind, d.action])).toEqual([
      ["Cllr M. Crowley", "personal interest", "may stay, take part and vote"],
      ["Marie Caddick", "personal and prejudicial interest", "leaves the meeting for the item and does not vote"],
      ["Cllr S. Hunt", "personal interest", "may stay, take part and vote"],
      ["Cllr S. Harris", "personal interest", "may stay, take part and vote"],
    ]);
    expect(frontSheetMarkdown(p, meetingOn(p, "2022-11-24"), { today: "2022-11-01" })).not.toContain("pecuniary");
  });
});
