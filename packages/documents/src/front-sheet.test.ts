import { Declaration } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { frontSheet } from "./front-sheet.js";

const today = "2023-01-06";

describe("the front sheet of 16 January 2023", () => {
  const p = loadExample();
  const sheet = frontSheet(p, meetingOn(p, "2023-01-16"), { today, withChecks: true });

  it("heads the page as the real one does", () => {
    expect(sheet).toMatchObject({
      commission: "Children and Young People Scrutiny Commission",
      council: "London Borough of Hackney",
      date: "Monday 16 January 2023",
      time: "7.00 pm",
      venue: "Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA",
      livestream: "https://youtu.be/mO4tD64mIBk",
      contact: { name: "Martin Bradford", phone: "020 8356 3315", email: "martin.bradford@hackney.gov.uk" },
      cancelled: false,
      statusNotes: [],
    });
  });

  it("marks the Chair and Vice-Chair and lists the six co-optees", () => {
    expect(sheet.members.slice(0, 3)).toEqual([
      { name: "Cllr Sophie Conway", role: "Chair" },
      { name: "Cllr Margaret Gordon", role: "Vice-Chair" },
      { name: "Cllr Alastair Binnie-Lubbock" },
    ]);
    expect(sheet.members).toHaveLength(10);
    expect(sheet.coOptees.map((c) => c.name)).toEqual([
      "Richard Brown",
      "Andy English",
      "Salmah Kansara",
      "Jo Macleod",
      "Steven Olalere",
      "Monique Pink",
    ]);
  });

  it("numbers 1-3 procedural, the items from 4 with computed starts and pages, then Any Other Business", () => {
    expect(sheet.items.map((i) => [i.number, i.title, i.start ?? "", i.pages ?? ""])).toEqual([
      [1, "Apologies for Absence", "", ""],
      [2, "Declarations of Interest", "", ""],
      [3, "Urgent Items / Order of Business", "", ""],
      [4, "City & Hackney Safeguarding Children Partnership - Annual Report", "19.05", "Pages 9–200"],
      [5, "Unregistered Educational Settings - Review Update", "19.50", "Pages 201–224"],
      [6, "Outcome of School Exclusions - Review Update", "20.20", "Pages 225–280"],
      [7, "Free School Meals (Childhood Food Poverty)", "21.05", "Pages 281–290"],
      [8, "Work Programme - Update", "21.10", "Pages 291–304"],
      [9, "Minutes of the Previous Meeting", "21.15", "Pages 305–320"],
      [10, "Any Other Business", "", ""],
    ]);
  });

  it("notes where the printed start differs: item 6 was given 50 minutes for 45, so items 7-9 start 5 minutes early", () => {
    expect(sheet.items.filter((i) => i.timeNote).map((i) => [i.number, i.timeNote])).toEqual([
      [7, "The programme states 21.10; the allotted minutes give 21.05."],
      [8, "The programme states 21.15; the allotted minutes give 21.10."],
      [9, "The programme states 21.20; the allotted minutes give 21.15."],
    ]);
  });

  it("gives each item its purpose and who attends", () => {
    const item4 = sheet.items[3]!;
    expect(item4.purpose).toBe(
      "To review the 2021/22 annual report of the City and Hackney Safeguarding Children Partnership.",
    );
    expect(item4.attending).toEqual([
      "Jim Gamble, Independent Chair, City & Hackney Safeguarding Children Partnership",
      "Rory McCallum, Senior Professional Adviser, City & Hackney Safeguarding Children Partnership",
    ]);
    expect(sheet.timing).toBe("The items are expected to finish at 21.15; the meeting is planned to close at 22.00.");
  });
});

describe("the front sheet of 30 November 2022", () => {
  const p = loadExample();
  const sheet = frontSheet(p, meetingOn(p, "2022-11-30"), { today, withChecks: true });

  it("shows a start range after the 30-45 minute budget item, and keeps a stated start inside it", () => {
    const byNumber = new Map(sheet.items.map((i) => [i.number, i]));
    expect(byNumber.get(5)).toMatchObject({
      start: "19.50",
      timeNote: "The programme states 19.55; the allotted minutes give 19.50.",
    });
    expect(byNumber.get(6)).toMatchObject({ start: "20.30" });
    expect(byNumber.get(6)!.timeNote).toBeUndefined(); // 20.30 lies within 20.20–20.35
    expect(byNumber.get(7)!.start).toBe("20.40–21.05");
    expect(sheet.timing).toBe(
      "The items are expected to finish between 20.45 and 21.10; the meeting is planned to close at 22.00.",
    );
  });

  it("publishes Jo Macleod's declaration with the item it concerns and what she may do", () => {
    expect(sheet.declarations).toEqual([
      {
        name: "Jo Macleod",
        items: [{ number: 6, title: "SEND Strategy" }],
        kind: "other non-pecuniary interest",
        nature: "Governor at a primary school in Hackney and a parent of a child with SEND",
        sensitive: false,
        action: "may stay, take part and vote",
      },
    ]);
  });

  it("says a sensitive interest exists without its nature, and what the member must do", () => {
    const withSensitive = exampleWith((q) => {
      meetingOn(q, "2022-11-30").declarations.push(
        Declaration.parse({
          person: "midnight-ross",
          items: ["cfs-budget-monitoring-2022"],
          kind: "disclosable-pecuniary",
          sensitive: true,
          nature: "Lives at 12 Secret Street",
        }),
      );
    });
    const d = frontSheet(withSensitive, meetingOn(withSensitive, "2022-11-30"), { today }).declarations[1];
    expect(d).toEqual({
      name: "Cllr Midnight Ross",
      items: [{ number: 5, title: "Children and Families - Budget Monitoring" }],
      kind: "disclosable pecuniary interest",
      nature: "not published (sensitive interest)",
      sensitive: true,
      action: "leaves the meeting for the item and does not vote",
    });
  });
});

describe("moved, cancelled, provisional and withdrawn", () => {
  it("says the September meeting moved from 8 September", () => {
    const p = loadExample();
    const sheet = frontSheet(p, meetingOn(p, "2022-09-29"), { today });
    expect(sheet.date).toBe("Thursday 29 September 2022");
    expect(sheet.statusNotes).toEqual(["Moved from 8 September 2022."]);
  });

  it("says a meeting is cancelled and does not promise a finishing time", () => {
    const p = exampleWith((q) => {
      meetingOn(q, "2023-02-27").status = "cancelled";
    });
    const sheet = frontSheet(p, meetingOn(p, "2023-02-27"), { today });
    expect(sheet.cancelled).toBe(true);
    expect(sheet.statusNotes).toEqual(["This meeting has been cancelled."]);
    expect(sheet.timing).toBeUndefined();
  });

  it("says when the date is provisional", () => {
    const p = exampleWith((q) => {
      meetingOn(q, "2023-03-20").dateConfirmed = false;
    });
    expect(frontSheet(p, meetingOn(p, "2023-03-20"), { today }).statusNotes).toEqual(["The date is provisional."]);
  });

  it("drops a withdrawn item from the numbering and the times, and says it was withdrawn", () => {
    const p = exampleWith((q) => {
      q.items.find((i) => i.id === "unregistered-settings-update")!.status = "withdrawn";
    });
    const sheet = frontSheet(p, meetingOn(p, "2023-01-16"), { today });
    expect(sheet.items.slice(3, 5).map((i) => [i.number, i.title, i.start])).toEqual([
      [4, "City & Hackney Safeguarding Children Partnership - Annual Report", "19.05"],
      [5, "Outcome of School Exclusions - Review Update", "19.50"],
    ]);
    expect(sheet.withdrawn).toEqual(["Unregistered Educational Settings - Review Update"]);
  });

  it("uses a meeting's own start, venue and livestream", () => {
    const p = exampleWith((q) => {
      const m = meetingOn(q, "2023-03-20");
      m.start = "18:30";
      m.venue = "Assembly Halls, Hackney Town Hall";
      m.livestream = "https://youtu.be/other";
    });
    const sheet = frontSheet(p, meetingOn(p, "2023-03-20"), { today });
    expect(sheet).toMatchObject({
      time: "6.30 pm",
      venue: "Assembly Halls, Hackney Town Hall",
      livestream: "https://youtu.be/other",
    });
    expect(sheet.items[3]!.start).toBe("18.35");
  });

  it("still ends with Any Other Business when the agenda is empty", () => {
    const p = exampleWith((q) => {
      meetingOn(q, "2023-04-17").agenda = [];
    });
    const sheet = frontSheet(p, meetingOn(p, "2023-04-17"), { today });
    expect(sheet.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Apologies for Absence",
      "2 Declarations of Interest",
      "3 Urgent Items / Order of Business",
      "4 Any Other Business",
    ]);
    expect(sheet.timing).toBeUndefined();
  });
});
