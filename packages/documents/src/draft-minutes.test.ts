// The real minutes of 30 Nov 2022 (seed 003): headings keep the agenda's printed times
// (19.05, 19.55, 20.30, 21.20, 21.25, 21.20: lines 51-271), resolutions close an item as a
// numbered paragraph ("7.3 Members noted and agreed the letter.", line 259), actions are bold
// "Agreed:" lines (line 99), the close is "The meeting closed at 9.15pm" (line 287). Constructed:
// a deferred item, a written answer and a sensitive interest (Localism Act 2011 s32).
import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { expectSelfContainedAccessiblePage } from "../test/html-checks.js";
import { draftMinutes, draftMinutesMarkdown, TO_COMPLETE } from "./draft-minutes.js";
import { draftMinutesHtml } from "./draft-minutes-html.js";

const options = { today: "2022-12-01" };

describe("draft minutes of 30 Nov 2022", () => {
  const p = loadExample();
  const index = indexProgramme(p);
  const meeting = meetingOn(p, "2022-11-30");
  const minutes = draftMinutes(index, meeting, options);
  const text = draftMinutesMarkdown(index, meeting, options);

  it("follows the real minutes' order, with the agenda's printed times in the headings", () => {
    expect(minutes.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      "1 Apologies for Absence",
      "2 Declarations of Interest",
      "3 Urgent Items / Order of Business",
      "4 Children and Families Annual Report (19.05)",
      "5 Children and Families - Budget Monitoring (19.55)",
      "6 SEND Strategy (20.30)",
      "7 Child Q Safeguarding Practice Review (21.20)",
      "8 Housing Support for Care Leavers (21.25)",
      "9 Work programme 2022/23 (21.20)",
      "10 Minutes of the Previous Meeting",
      "11 Any Other Business",
    ]);
  });

  it("records attendance as the real header does: Chair, councillors, apologies, co-optees present", () => {
    expect(minutes.chair).toBe("Cllr Sophie Conway in the Chair");
    expect(Object.fromEntries(minutes.table)).toMatchObject({
      Chair: "Cllr Sophie Conway",
      "Councillors in Attendance":
        "Cllr Margaret Gordon (Vice-Chair), Cllr Midnight Ross, Cllr Caroline Selman, Cllr Sheila Suso-Runge and Cllr Lynne Troughton",
      Apologies: "Cllr Alastair Binnie-Lubbock, Cllr Anya Sizer and Richard Brown",
      "Co-optees": "Salmah Kansara",
    });
    expect(text).toContain("1.1 Apologies for absence were received from the following members of the Commission:");
    expect(text).toContain("- Richard Brown (Co-opted member)");
    expect(text).toContain("1.2 The following members connected virtually:\n\n- Jo Macleod (Co-opted member)");
  });

  it("puts the minuted resolutions, the agreed action and the close in place, and leaves the discussion to the officer", () => {
    expect(text).toContain("7.1 \\[To complete");
    expect(text).toContain("7.2 Members noted and agreed the letter.");
    expect(text).toContain("8.2 The Commission noted and agreed to the recommendations.");
    expect(text).toContain(
      "**Agreed: That further data on the location of residential placements would be provided to the Commission.**",
    );
    expect(text).toContain("11.2 The meeting closed at 9.15 pm.");
    expect(text).toContain("Duration of the meeting: Times Not Specified");
    expect(minutes.sections[3]?.paragraphs[0]).toBe(TO_COMPLETE);
  });
});

describe("draft minutes: constructed edges", () => {
  it("says a deferred item was deferred, and records a written answer owed", () => {
    const p = exampleWith((p) => {
      const m = p.meetings.find((m) => m.id === "2023-01")!;
      m.agenda = m.agenda.map((e) =>
        typeof e !== "string" && e.item === "fsm-letter"
          ? {
              ...e,
              writtenAnswers: [
                { id: "q1", question: "Breakfast clubs by ward", owedBy: "paul-senior", due: "2023-02-13" },
              ],
            }
          : typeof e !== "string" && e.item === "unregistered-settings-update"
            ? { ...e, outcome: "deferred" as const, deferredTo: "2023-02" }
            : e,
      );
      p.meetings.find((m) => m.id === "2023-02")!.agenda.push("unregistered-settings-update");
    });
    const text = draftMinutesMarkdown(indexProgramme(p), meetingOn(p, "2023-01-16"), options);
    expect(text).toContain("5.1 This item was deferred to the meeting of Monday 27 February 2023.");
    expect(text).toContain(
      "It was agreed that the following would be answered in writing after the meeting (from Paul Senior by Monday 13 February 2023): Breakfast clubs by ward",
    );
    // Attendance is not recorded for 16 Jan 2023: no Chair is claimed, the gap is marked.
    expect(text).not.toContain("in the Chair");
    expect(text).toContain("\\[To complete: attendance is not recorded\\]");
  });

  it("never prints a sensitive interest's nature, and escapes the file's text", () => {
    const SECRET = "Lives at 12 Acacia Avenue";
    const p = exampleWith((p) => {
      const m = p.meetings.find((m) => m.id === "2022-11")!;
      m.declarations = [{ ...m.declarations[0]!, nature: SECRET, sensitive: true }];
      const entry = m.agenda[3];
      if (typeof entry !== "string" && entry) entry.resolutions = ["# Not a heading | nor a cell"];
    });
    const text = draftMinutesMarkdown(indexProgramme(p), meetingOn(p, "2022-11-30"), options);
    expect(text).not.toContain("Acacia");
    expect(text).toContain("not published");
    expect(text).toContain("7.2 # Not a heading \\| nor a cell");
  });
});

describe("draft minutes as HTML", () => {
  it("is a self-contained accessible page with the same paragraphs, escaping the file's text", () => {
    const p = exampleWith((p) => {
      const entry = p.meetings.find((m) => m.id === "2022-11")!.agenda[3];
      if (typeof entry !== "string" && entry) entry.resolutions = ["<script>alert(1)</script> noted."];
    });
    const html = draftMinutesHtml(indexProgramme(p), meetingOn(p, "2022-11-30"), options);
    expectSelfContainedAccessiblePage(
      html,
      "Children and Young People Scrutiny Commission: draft minutes, Wednesday 30 November 2022",
    );
    expect(html).toContain("7.2 &lt;script&gt;alert(1)&lt;/script&gt; noted.");
    expect(html).toContain(
      "<strong>Agreed: That further data on the location of residential placements would be provided to the Commission.</strong>",
    );
    expect(html).toContain("11.2 The meeting closed at 9.15 pm.");
  });
});
