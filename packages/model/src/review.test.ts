// Real data: the School Exclusions review (18 recommendations, Dec 2021; Cabinet's response of
// 14 Mar 2022, 17 agreed in full and recommendation 10 partly: seed 001 line 5032 and
// hackney.moderngov.co.uk/mgAi.aspx?ID=40330) and the Unregistered Educational Settings review
// (ten recommendations, Jan 2018: seed 001 line 4829), as the bundled example carries them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addresseeLabel,
  entryOutcomes,
  indexProgramme,
  type ProgrammeError,
  parseProgramme,
  recommendationAddressee,
  recordedOutcomes,
} from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");

function example() {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.programme;
}

/** The errors `parseProgramme` gives for a file's text (none when it parses). */
function errorsOf(text: string): ProgrammeError[] {
  const result = parseProgramme(text);
  return result.ok ? [] : result.errors;
}

const head = `version: 1
commission: { id: cyp, name: CYP, shortName: CYP, council: Hackney, municipalYear: 2022/23, venue: Hall, contact: { name: M } }
cabinetMembers: [{ id: bramble, name: Cllr Bramble, portfolio: Education }]
officers: [{ id: senior, name: Paul Senior }]
items: [{ id: update, title: Update }, { id: letter, title: Letter }]
backlog: [update, letter]
`;

describe("reviews in the example", () => {
  it("carries the School Exclusions review: 18 recommendations, 17 accepted, recommendation 10 partly", () => {
    const review = example().reviews.find((r) => r.id === "school-exclusions");
    expect(review?.reported).toBe("2021-12");
    expect(review?.recommendations.map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const decisions = review?.recommendations.map((r) => r.response?.decision);
    expect(decisions?.filter((d) => d === "accepted")).toHaveLength(17);
    expect(review?.recommendations.find((r) => r.response?.decision === "partly-accepted")?.number).toBe("10");
    expect(new Set(review?.recommendations.map((r) => r.response?.date))).toEqual(new Set(["2022-03-14"]));
    // When the Executive received it is not in the papers: nothing invented.
    expect(review?.received).toBeUndefined();
  });

  it("carries the Unregistered Settings review: ten recommendations with internal audit's statuses", () => {
    const review = example().reviews.find((r) => r.id === "unregistered-settings");
    expect(review?.recommendations).toHaveLength(10);
    const status = (n: string) => review?.recommendations.find((r) => r.number === n)?.implementation?.status;
    expect([status("5"), status("7")]).toEqual(["done", "done"]);
    expect([status("4"), status("10")]).toEqual(["in-progress", "in-progress"]);
    for (const n of ["1", "2", "3", "6", "8", "9"]) expect(status(n)).toBe("partly-done");
    expect(review?.recommendations.some((r) => r.response)).toBe(false);
  });

  it("words the addressee from the report, the person, or the kind", () => {
    const review = example().reviews.find((r) => r.id === "school-exclusions")!;
    const rec2 = review.recommendations.find((r) => r.number === "2")!;
    expect(addresseeLabel(recommendationAddressee(review, rec2))).toBe("the Council");
    expect(addresseeLabel(recommendationAddressee(review, review.recommendations[0]!))).toBe(
      "Hackney Education Service",
    );
    expect(addresseeLabel({ kind: "cabinet-member", id: "b" }, new Map([["b", "Cllr Bramble"]]))).toBe("Cllr Bramble");
  });

  it("records what happened on 30 Nov 2022: the close, resolutions and the answered action", () => {
    const meeting = example().meetings.find((m) => m.id === "2022-11")!;
    expect(meeting.ended).toBe("21:15");
    expect(meeting.started).toBeUndefined();
    const first = entryOutcomes(meeting.agenda[0]!);
    expect(first.actions[0]).toMatchObject({ id: "residential-placements-location", done: "2023-01-06" });
    expect(entryOutcomes(meeting.agenda[3]!).resolutions).toEqual(["Members noted and agreed the letter."]);
    expect(entryOutcomes("bare-id")).toEqual({ resolutions: [], actions: [], writtenAnswers: [] });
  });

  it("lists the entries that record something, skipping a cancelled meeting's", () => {
    const p = example();
    const items = (q: typeof p) => recordedOutcomes(indexProgramme(q)).map((r) => `${r.meeting.id} ${r.item}`);
    expect(items(p)).toEqual([
      "2022-11 cfs-annual-report-2022",
      "2022-11 child-q-letter",
      "2022-11 care-leavers-housing-letter",
      "2022-11 work-programme-2022-11",
      "2022-11 previous-minutes-2022-11",
    ]);
    p.meetings.find((m) => m.id === "2022-11")!.status = "cancelled";
    expect(items(p)).toEqual([]);
  });
});

describe("cross-references of reviews and outcomes", () => {
  it("refuses an unknown follow-up item, a duplicate recommendation id and a wrong Cabinet member, at file:line:column", () => {
    const errors = errorsOf(`${head}reviews:
  - id: r
    title: R
    to: { kind: cabinet-member, id: senior }
    items: [nowhere]
    recommendations:
      - { id: r-1, number: "1", text: T }
      - { id: r-1, number: "2", text: T, followUp: { item: gone } }
`);
    expect(errors.map((e) => [e.code, e.path, e.line])).toEqual(
      expect.arrayContaining([
        ["unknown-item", "reviews[0].items[0]", 11],
        ["wrong-person", "reviews[0].to.id", 10],
        ["duplicate-id", "reviews[0].recommendations[1].id", 14],
        ["unknown-item", "reviews[0].recommendations[1].followUp.item", 14],
      ]),
    );
    expect(errors.every((e) => e.line > 0 && e.column > 0)).toBe(true);
  });

  it("refuses a recommendation addressed to nobody and a response before receipt", () => {
    const errors = errorsOf(`${head}reviews:
  - id: r
    title: R
    received: 2022-03-01
    recommendations:
      - { id: r-1, number: "1", text: T, response: { date: 2022-02-01, decision: accepted } }
`);
    expect(errors.map((e) => e.code).sort()).toEqual(["no-addressee", "response-before-received"]);
  });

  it("refuses actions of a deferred item, unknown owners and a reused action id", () => {
    const errors = errorsOf(`${head}meetings:
  - id: m1
    date: 2022-11-30
    agenda:
      - item: update
        outcome: deferred
        actions: [{ id: a1, text: T, owner: nobody }]
      - item: letter
        writtenAnswers: [{ id: a1, question: Q, owedBy: bramble }]
`);
    const ours = errors.filter((e) => e.path.includes("agenda[")).map((e) => e.code);
    expect(ours.sort()).toEqual(["duplicate-id", "resolved-not-taken", "unknown-person"]);
  });

  it("refuses an impossible date and an unknown decision at the edge", () => {
    const errors = errorsOf(`${head}reviews:
  - id: r
    title: R
    to: { kind: executive }
    received: 2022-02-30
    recommendations: [{ id: r-1, number: "1", text: T, response: { date: 2022-03-14, decision: maybe } }]
`);
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["reviews[0].received", "reviews[0].recommendations[0].response.decision"]),
    );
  });
});
