// Sources: Local Government Act 2000 s9FE (respond "within 2 months beginning with the date on
// which the authority or executive received the report or recommendations or (if later) the
// notice"); SI 2013/218 reg 22 (NHS bodies, 28 days); Dodds v Walker [1981] 1 WLR 1027 (the
// corresponding-date rule for periods of months). Real dates: the School Exclusions review
// reported in December 2021 and Cabinet agreed the response on 14 March 2022 (seed 001 line
// 5032; hackney.moderngov.co.uk/mgAi.aspx?ID=40330).
import { indexProgramme, type Programme, parseProgramme, type Review } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, programmeOf } from "../test/helpers.js";
import { monthsBeginningWith, RESPONSE_RULES, responseDue, responseFindings } from "./response-due.js";

function review(input: Record<string, unknown>): Review {
  const p = programmeOf({ reviews: [{ id: "r", title: "A review", recommendations: [], ...input }] } as never);
  return p.reviews[0]!;
}

const rec = (extra: Record<string, unknown> = {}) => ({ id: "r-1", number: "1", text: "That …", ...extra });

describe("monthsBeginningWith (a period of months including its first day)", () => {
  it("ends the day before the corresponding date", () => {
    expect(monthsBeginningWith("2022-01-15", 2)).toBe("2022-03-14");
    expect(monthsBeginningWith("2022-03-01", 2)).toBe("2022-04-30");
    expect(monthsBeginningWith("2022-11-30", 2)).toBe("2023-01-29");
  });

  it("ends on the later month's last day when it has no corresponding date (month ends)", () => {
    expect(monthsBeginningWith("2021-12-31", 2)).toBe("2022-02-28");
    expect(monthsBeginningWith("2022-12-30", 2)).toBe("2023-02-28");
    expect(monthsBeginningWith("2022-12-29", 2)).toBe("2023-02-28");
    expect(monthsBeginningWith("2022-07-31", 2)).toBe("2022-09-30");
  });

  it("knows leap years: 29 February exists in 2024, not in 2023", () => {
    expect(monthsBeginningWith("2023-12-31", 2)).toBe("2024-02-29");
    expect(monthsBeginningWith("2023-12-30", 2)).toBe("2024-02-29");
    expect(monthsBeginningWith("2023-12-29", 2)).toBe("2024-02-28"); // 29 Feb 2024 is the corresponding date
    expect(monthsBeginningWith("2024-01-01", 2)).toBe("2024-02-29");
    expect(monthsBeginningWith("2023-01-01", 2)).toBe("2023-02-28");
  });
});

describe("responseDue", () => {
  it("gives the executive 2 months beginning with receipt (LGA 2000 s9FE)", () => {
    const r = review({ to: { kind: "executive" }, received: "2021-12-31", recommendations: [rec()] });
    expect(responseDue(r, r.recommendations[0]!)).toEqual({
      kind: "computed",
      due: "2022-02-28",
      from: "2021-12-31",
      rule: RESPONSE_RULES.executive,
    });
  });

  it("runs from the notice when it came after the report", () => {
    const r = review({
      to: { kind: "council" },
      received: "2022-01-10",
      requested: "2022-01-20",
      recommendations: [rec()],
    });
    expect(responseDue(r, r.recommendations[0]!)).toMatchObject({ due: "2022-03-19", from: "2022-01-20" });
    const earlier = review({
      to: { kind: "council" },
      received: "2022-01-10",
      requested: "2022-01-05",
      recommendations: [rec()],
    });
    expect(responseDue(earlier, earlier.recommendations[0]!)).toMatchObject({ due: "2022-03-09", from: "2022-01-10" });
  });

  it("applies the s9FE rule to a Cabinet member and the council alike", () => {
    for (const kind of ["cabinet-member", "council", "executive"])
      expect(responseDue(review({ to: { kind }, received: "2023-12-31" }), rec() as never)).toMatchObject({
        due: "2024-02-29",
      });
  });

  it("gives an NHS body 28 days after the request (SI 2013/218 reg 22), across a leap day", () => {
    const r = review({ to: { kind: "nhs-body", name: "NHS North East London" }, received: "2024-02-01" });
    expect(responseDue(r, rec() as never)).toEqual({
      kind: "computed",
      due: "2024-02-29",
      from: "2024-02-01",
      rule: RESPONSE_RULES.nhs,
    });
    expect(responseDue(review({ to: { kind: "nhs-body" }, received: "2023-01-31" }), rec() as never)).toMatchObject({
      due: "2023-02-28",
    });
  });

  it("a recommendation's own addressee and dates win over the review's", () => {
    const r = review({
      to: { kind: "executive" },
      received: "2022-01-15",
      recommendations: [rec({ to: { kind: "nhs-body" }, received: "2022-02-01" })],
    });
    expect(responseDue(r, r.recommendations[0]!)).toMatchObject({ due: "2022-03-01", rule: RESPONSE_RULES.nhs });
  });

  it("takes a stated date over the rule, and a partner has no period without one", () => {
    const partner = review({ to: { kind: "partner", name: "Metropolitan Police Service" }, received: "2022-07-01" });
    expect(responseDue(partner, rec() as never)).toEqual({ kind: "unknown", reason: "no-period" });
    expect(responseDue(partner, rec({ responseDue: "2022-09-30" }) as never)).toEqual({
      kind: "stated",
      due: "2022-09-30",
    });
  });

  it("cannot compute a date without receipt (the School Exclusions papers give only the month it reported)", () => {
    const r = review({ to: { kind: "council" }, reported: "2021-12" });
    expect(responseDue(r, rec() as never)).toEqual({
      kind: "unknown",
      reason: "not-received",
      rule: RESPONSE_RULES.executive,
    });
  });
});

describe("responseFindings", () => {
  const programme = (recs: unknown[], extra: Record<string, unknown> = {}): Programme =>
    programmeOf({
      reviews: [
        {
          id: "r",
          title: "Exclusions",
          to: { kind: "executive" },
          received: "2021-12-31",
          recommendations: recs,
          ...extra,
        },
      ],
    } as never);

  it("is silent up to and on the due date, and reports an overdue response the day after", () => {
    const p = programme([rec()]);
    expect(responseFindings(indexProgramme(p), { today: "2022-02-28" })).toEqual([]);
    const [f] = responseFindings(indexProgramme(p), { today: "2022-03-01" });
    expect(f).toMatchObject({ severity: "warning", code: "response-overdue", review: "r", recommendation: "r-1" });
    expect(f?.message).toContain("28 February 2022");
    expect(f?.message).toContain("Local Government Act 2000 s9FE");
    expect(f?.message).toContain("to the Executive");
  });

  it("notes a response recorded after its due date, and nothing for one on time", () => {
    const late = programme([rec({ response: { date: "2022-03-14", decision: "accepted" } })]);
    expect(responseFindings(indexProgramme(late), { today: "2023-01-01" })).toMatchObject([
      { severity: "info", code: "response-late", recommendation: "r-1" },
    ]);
    const onTime = programme([rec({ response: { date: "2022-02-28", decision: "partly-accepted" } })]);
    expect(responseFindings(indexProgramme(onTime), { today: "2023-01-01" })).toEqual([]);
  });

  it("says once per review that a due date cannot be worked out while a response is awaited", () => {
    const p = programme(
      [
        rec(),
        rec({ id: "r-2", number: "2" }),
        rec({ id: "r-3", number: "3", response: { date: "2022-03-14", decision: "accepted" } }),
      ],
      {
        received: undefined,
      },
    );
    expect(responseFindings(indexProgramme(p), { today: "2023-01-01" })).toEqual([
      expect.objectContaining({
        code: "response-due-unknown",
        review: "r",
        message: expect.stringContaining("2 recommendations"),
      }),
    ]);
  });

  it("on the real example: School Exclusions' responses are recorded; Unregistered Settings' due dates cannot be worked out", () => {
    const p = example();
    const exclusions = p.reviews.find((r) => r.id === "school-exclusions")!;
    for (const rec of exclusions.recommendations)
      expect(responseDue(exclusions, rec)).toEqual({
        kind: "unknown",
        reason: "not-received",
        rule: RESPONSE_RULES.executive,
      });
    const findings = responseFindings(indexProgramme(p), { today: "2023-01-16" });
    // Eight to the Council or the Mayor await a response in the file; two are to partners (DfE
    // and Ofsted, a contact group), which no statutory period covers.
    expect(findings).toEqual([
      expect.objectContaining({
        code: "response-due-unknown",
        review: "unregistered-settings",
        message: expect.stringContaining("8 recommendations"),
      }),
    ]);
  });

  it("parses the dates it counts from as the file gives them (a bad date is refused at the edge)", () => {
    const bad = parseProgramme(
      JSON.stringify({
        ...JSON.parse(JSON.stringify(programme([rec()]))),
        reviews: [{ id: "r", title: "x", received: "2022-02-30" }],
      }),
    );
    expect(bad.ok).toBe(false);
  });
});
