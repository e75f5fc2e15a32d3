import { readFileSync } from "node:fs";
import { indexProgramme, type Programme, type ProgrammeInput, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { meetingFindings } from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

/** The real commission with eight councillors and the items and meetings given, validated like a file. */
function constructed(input: Pick<ProgrammeInput, "items" | "meetings">): Programme {
  const { commission } = example();
  const members = Array.from({ length: 8 }, (_, i) => ({ id: `cllr-${i + 1}`, name: `Cllr ${i + 1}` }));
  const result = parseProgramme(JSON.stringify({ commission, members, ...input }));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.programme;
}

const agendaOnly = ["timing", "interests", "quorum"] as const;

describe("meetingFindings on the real 2022/23 programme", () => {
  const p = example();
  const index = indexProgramme(p);
  const all = (today: string, only?: typeof agendaOnly) =>
    index.meetingsInOrder.flatMap((m) => meetingFindings(index, m, { today, ...(only ? { only } : {}) }));
  const findings = all("2023-01-10", agendaOnly);

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
    expect(all("2023-01-10").filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives every finding a meeting date, in meeting order", () => {
    const dates = all("2023-01-10").map((f) => f.meeting!);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it("does not depend on today for the agenda's findings: they are facts of the programme", () => {
    expect(all("2022-05-01", agendaOnly)).toEqual(findings);
    expect(all("2024-01-01", agendaOnly)).toEqual(findings);
  });

  it("adds the deadlines after the agenda's findings, and runs only the families asked for", () => {
    const jan = index.findMeeting("2023-01-16")!;
    const codes = (only?: readonly ("timing" | "interests" | "quorum" | "deadlines")[]) =>
      meetingFindings(index, jan, { today: "2023-01-09", ...(only ? { only } : {}) }).map((f) => f.code);
    expect(codes()).toEqual([...codes(agendaOnly), ...codes(["deadlines"])]);
    expect(codes(["deadlines"])).toEqual(["papers-deadline-override"]);
    expect(codes(["interests", "quorum"])).toEqual([]);
    const nov = index.findMeeting("2022-11-30")!;
    expect(meetingFindings(index, nov, { today: "2023-01-09", only: ["quorum"] }).map((f) => f.code)).toEqual([
      "remote-not-counted",
    ]);
  });
});

describe("meetingFindings on constructed meetings", () => {
  it("passes the slack threshold through", () => {
    const q = constructed({
      items: [{ id: "long", title: "Long", minutes: 160 }],
      meetings: [{ id: "m", date: "2022-12-12", agenda: ["long"] }],
    });
    const index = indexProgramme(q);
    const m = q.meetings[0]!;
    expect(meetingFindings(index, m, { today: "2022-12-01", only: agendaOnly }).map((f) => f.code)).toEqual([]);
    expect(
      meetingFindings(index, m, { today: "2022-12-01", slackWarningMinutes: 20, only: agendaOnly }).map((f) => f.code),
    ).toEqual(["agenda-little-slack"]);
  });

  it("puts a constructed inquorate item and the member who must leave into one list", () => {
    const q = constructed({
      items: [{ id: "contract", title: "Contract", minutes: 30 }],
      meetings: [
        {
          id: "m",
          date: "2023-02-13",
          agenda: ["contract"],
          attendance: { present: ["cllr-1", "cllr-2", "cllr-3"] },
          declarations: [{ person: "cllr-1", items: ["contract"], kind: "disclosable-pecuniary", nature: "x" }],
        },
      ],
    });
    const index = indexProgramme(q);
    expect(
      meetingFindings(index, q.meetings[0]!, { today: "2023-01-01", only: agendaOnly }).map(
        (f) => `${f.severity} ${f.code}`,
      ),
    ).toEqual(["info member-must-leave", "error item-inquorate"]);
  });
});
