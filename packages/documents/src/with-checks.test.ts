import { describe, expect, it } from "vitest";
import { loadExample, meetingOn } from "../test/example.js";
import { frontSheet } from "./front-sheet.js";
import { frontSheetHtml } from "./front-sheet-html.js";
import { frontSheetMarkdown } from "./front-sheet-markdown.js";
import { workProgramme } from "./work-programme.js";
import { workProgrammeHtml } from "./work-programme-html.js";
import { workProgrammeMarkdown } from "./work-programme-markdown.js";

const today = "2023-01-06";
const p = loadExample();

describe("a published document carries no checker's notes unless asked (withChecks)", () => {
  it("the front sheet of 16 January 2023: computed starts, no note that the stated ones differ", () => {
    const m = meetingOn(p, "2023-01-16");
    for (const text of [frontSheetMarkdown(p, m, { today }), frontSheetHtml(p, m, { today })]) {
      expect(text).not.toContain("The programme states");
      expect(text).not.toContain("Note:");
    }
    const plain = frontSheet(p, m, { today }).items.find((i) => i.number === 7);
    const checked = frontSheet(p, m, { today, withChecks: true }).items.find((i) => i.number === 7);
    expect(plain).toMatchObject({ start: "21.05" });
    expect(plain?.timeNote).toBeUndefined();
    expect(checked?.timeNote).toBe("The programme states 21.10; the allotted minutes give 21.05.");
    expect(frontSheetMarkdown(p, m, { today, withChecks: true })).toContain(
      "*Note: The programme states 21.10; the allotted minutes give 21.05.*",
    );
  });

  it("the work programme: no rule's date beside a stated one, no 'late', no 'more than the meeting has'", () => {
    const plain = workProgramme(p, { today });
    expect(plain.meetings.every((m) => !m.papersDeadline.rule && !m.dispatch.rule && !m.overAllotted)).toBe(true);
    const checked = workProgramme(p, { today, withChecks: true });
    expect(checked.meetings.some((m) => m.papersDeadline.rule)).toBe(true);
    for (const text of [workProgrammeMarkdown(p, { today }), workProgrammeHtml(p, { today })]) {
      expect(text).not.toContain("before dispatch gives");
      expect(text).not.toContain("the latest lawful date is");
    }
  });
});

describe("the front sheet shows a Cabinet Q&A's Cabinet member and topics, as the work programme does", () => {
  it("27 February 2023: Cllr Woodley's three topics", () => {
    const m = meetingOn(p, "2023-02-27");
    const item = frontSheet(p, m, { today }).items.find((i) => i.title.includes("Cabinet"));
    expect(item?.cabinetQA).toEqual({
      cabinetMember: expect.stringContaining("Cllr Caroline Woodley"),
      topics: [
        "Update on children's centres (and Family Hubs)",
        "Support for parents of children with SEND",
        "Waiting times and action plans for SLT and Ed Psychology",
      ],
    });
    expect(item?.attending).toContainEqual(expect.stringContaining("Cllr Caroline Woodley"));
    const md = frontSheetMarkdown(p, m, { today });
    expect(md).toContain("Cabinet member: Cllr Caroline Woodley");
    expect(md).toContain("Topics: (1) Update on children's centres (and Family Hubs); (2) Support for parents");
    const html = frontSheetHtml(p, m, { today });
    expect(html).toContain("Topics: (1) Update on children&#x27;s centres (and Family Hubs)");
    // The work programme words it the same.
    expect(workProgrammeMarkdown(p, { today })).toContain("Topics: (1) Update on children");
  });
});
