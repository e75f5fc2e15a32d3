import { describe, expect, it } from "vitest";
import { example, programme } from "../test/fixtures.js";
import { agendaFindings } from "./agenda-findings.js";

describe("agendaFindings", () => {
  const p = example();
  const findings = agendaFindings(p, { today: "2023-01-10" });

  it("flags the real 16 Jan 2023 item allotted 45 minutes and given 50", () => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "item-given-more-time",
        meeting: "2023-01-16",
        item: "exclusions-review-update",
      }),
    );
  });

  it("includes the 30 Nov 2022 timing and attendance findings, and finds no error in the real year", () => {
    const nov = findings.filter((f) => f.meeting === "2022-11-30").map((f) => f.code);
    expect(nov).toContain("stated-starts-out-of-order");
    expect(nov).toContain("remote-not-counted");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives every finding a meeting date, in meeting order", () => {
    const dates = findings.map((f) => f.meeting!);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it("does not depend on today: the agenda's findings are facts of the programme", () => {
    expect(agendaFindings(p, { today: "2022-05-01" })).toEqual(findings);
    expect(agendaFindings(p, { today: "2024-01-01" })).toEqual(findings);
  });

  it("passes the slack threshold through", () => {
    const q = programme({
      items: [{ id: "long", title: "Long", minutes: 160 }],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["long"] }],
    });
    expect(agendaFindings(q, { today: "2024-12-01" }).map((f) => f.code)).toEqual([]);
    expect(agendaFindings(q, { today: "2024-12-01", slackWarningMinutes: 20 }).map((f) => f.code)).toEqual([
      "agenda-little-slack",
    ]);
  });

  it("puts a constructed inquorate item and the member who must leave into one list", () => {
    const q = programme({
      items: [{ id: "contract", title: "Contract", minutes: 30 }],
      meetings: [
        {
          id: "m",
          date: "2025-02-10",
          agenda: ["contract"],
          attendance: { present: ["cllr-1", "cllr-2", "cllr-3"] },
          declarations: [{ person: "cllr-1", items: ["contract"], kind: "disclosable-pecuniary", nature: "x" }],
        },
      ],
    });
    expect(agendaFindings(q, { today: "2025-01-01" }).map((f) => `${f.severity} ${f.code}`)).toEqual([
      "info member-must-leave",
      "error item-inquorate",
    ]);
  });
});
