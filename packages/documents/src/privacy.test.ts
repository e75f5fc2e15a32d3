import { Declaration, indexProgramme, type Programme, ProgrammeEvent } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, meetingOn } from "../test/example.js";
import {
  frontSheet,
  frontSheetHtml,
  frontSheetMarkdown,
  recommendationsHtml,
  recommendationsMarkdown,
  workProgramme,
  workProgrammeHtml,
  workProgrammeMarkdown,
} from "./index.js";

/**
 * Localism Act 2011 s32: a sensitive interest is declared, but its nature is never published.
 * Every public output of this package is checked for the nature, raw and as each format
 * would escape it, with a positive control showing the check would catch a leak.
 */
const NATURE = "Member of the Zanzibar & O'Kelly Lodge (ref QX-7731)";
const TOKEN = "QX-7731";
const today = "2023-01-06";

function withDeclarations(sensitive: boolean): Programme {
  return exampleWith((p) => {
    meetingOn(p, "2023-01-16").declarations.push(
      Declaration.parse({
        person: "caroline-selman",
        items: ["exclusions-review-update"],
        kind: "disclosable-pecuniary",
        sensitive,
        nature: NATURE,
      }),
    );
    meetingOn(p, "2022-11-30").declarations.push(
      Declaration.parse({
        person: "salmah-kansara",
        items: ["send-strategy", "cfs-budget-monitoring-2022"],
        kind: "other-non-pecuniary",
        matter: "financial",
        sensitive,
        nature: `${NATURE}, second declaration`,
      }),
    );
  });
}

/** Every public output of the package for a programme: each meeting's front sheet, the work programme and the recommendations tracker, in every form. */
function everyOutput(p: Programme): string[] {
  const out: string[] = [
    workProgrammeMarkdown(p, { today }),
    workProgrammeHtml(p, { today }),
    JSON.stringify(workProgramme(p, { today })),
    recommendationsMarkdown(indexProgramme(p), { today }),
    recommendationsHtml(indexProgramme(p), { today }),
  ];
  for (const m of p.meetings) {
    out.push(
      frontSheetMarkdown(p, m, { today }),
      frontSheetHtml(p, m, { today }),
      JSON.stringify(frontSheet(p, m, { today })),
    );
  }
  return out;
}

const variants = [
  NATURE,
  TOKEN,
  "Zanzibar",
  "Member of the Zanzibar &amp; O&#x27;Kelly Lodge", // as React escapes it
  "Member of the Zanzibar & O'Kelly Lodge", // as Markdown leaves it
];

describe("a sensitive interest's nature", () => {
  it("appears in no Markdown, HTML or data output of any function", () => {
    const outputs = everyOutput(withDeclarations(true));
    expect(outputs).toHaveLength(5 + 3 * 8);
    for (const text of outputs) for (const v of variants) expect(text).not.toContain(v);
  });

  it("is replaced by the words every document uses, while the interest itself is published", () => {
    const p = withDeclarations(true);
    const md = frontSheetMarkdown(p, meetingOn(p, "2023-01-16"), { today });
    expect(md).toContain(
      "- **Cllr Caroline Selman**, item 6 (Outcome of School Exclusions - Review Update). Disclosable pecuniary interest: not published (sensitive interest). Leaves the meeting for the item and does not vote.",
    );
    const html = frontSheetHtml(p, meetingOn(p, "2022-11-30"), { today });
    expect(html).toContain(
      '<th scope="row">Salmah Kansara</th><td>6 SEND Strategy and 5 Children and Families - Budget Monitoring</td><td>other non-pecuniary interest</td><td>not published (sensitive interest)</td>',
    );
  });

  it("would be caught: the same interest, not sensitive, is published in full (positive control)", () => {
    const outputs = everyOutput(withDeclarations(false)).join("\n");
    expect(outputs).toContain("Member of the Zanzibar &amp; O&#x27;Kelly Lodge (ref QX-7731)");
    expect(outputs).toContain("Member of the Zanzibar & O'Kelly Lodge (ref QX-7731)");
  });
});

describe("the recommendations tracker as published", () => {
  // The officer's notes and sources, and the evidence behind a status, stay in the file: the
  // published tracker carries the recommendation, the response, the status and the follow-up.
  const SECRET = "ZQ-5512 officer's aside";
  const withNotes = () =>
    exampleWith((p) => {
      const [review] = p.reviews;
      review!.notes = `${SECRET}: review`;
      review!.source = `${SECRET}: source`;
      review!.recommendations[0]!.notes = `${SECRET}: recommendation`;
      review!.recommendations[0]!.implementation = { status: "in-progress", evidence: `${SECRET}: evidence` };
      p.events.push(
        ProgrammeEvent.parse({
          id: "private-briefing",
          kind: "briefing",
          title: `Briefing on exclusions ${SECRET}`,
          date: "2023-01-10",
          items: ["exclusions-review-update"],
        }),
      );
    });

  it("prints no note, source, evidence or private briefing, in Markdown or HTML", () => {
    const p = withNotes();
    const outputs = [
      recommendationsMarkdown(indexProgramme(p), { today }),
      recommendationsHtml(indexProgramme(p), { today }),
    ];
    for (const text of outputs) {
      expect(text).not.toContain("ZQ-5512");
      expect(text).toContain("In progress");
    }
  });

  it("would be caught: the same token in a recommendation's text is published (positive control)", () => {
    const p = exampleWith((x) => {
      x.reviews[0]!.recommendations[0]!.text = `${SECRET}: text`;
    });
    expect(recommendationsHtml(indexProgramme(p), { today })).toContain("ZQ-5512");
    expect(recommendationsMarkdown(indexProgramme(p), { today })).toContain("ZQ-5512");
  });
});
