import { indexProgramme, SENSITIVE_NATURE } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, meetingOn, programme } from "../test/fixtures.js";
import { interestsReport, interestsReportText } from "./interests-report.js";
import { quorumFindings } from "./quorum.js";
import { mustLeaveFindings } from "./who-must-leave.js";

const COUNCILLORS = [
  "sophie-conway",
  "margaret-gordon",
  "midnight-ross",
  "caroline-selman",
  "sheila-suso-runge",
  "lynne-troughton",
];

describe("the real 30 Nov 2022 meeting", () => {
  const p = example();
  const index = indexProgramme(p);
  const nov = meetingOn(p, "2022-11-30");
  const findings = [...mustLeaveFindings(index, nov), ...quorumFindings(index, nov)];
  const report = interestsReport(index, nov, findings);
  const text = interestsReportText(index, nov, report);

  it("lists attendance by how each attended, the quorum rule, and every numbered item", () => {
    expect(report.attendance.present.map((a) => a.id)).toEqual([...COUNCILLORS, "salmah-kansara"]);
    expect(report.attendance.present[0]).toEqual({
      id: "sophie-conway",
      name: "Cllr Sophie Conway",
      kind: "councillor",
      role: "chair",
    });
    expect(report.attendance.remote).toEqual([
      { id: "jo-macleod", name: "Jo Macleod", kind: "co-optee", voting: "none" },
    ]);
    expect(report.quorumRule).toEqual({ required: 3, minVoting: 3, minFraction: 0.25, councillors: 10 });
    expect(report.items.map((i) => i.number)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(report.findings).toEqual(findings);
  });

  it("counts only those in the room as voters: the remote co-optee is listed but neither counted nor voting", () => {
    for (const item of report.items)
      expect(item.quorum).toMatchObject({ quorate: true, voters: COUNCILLORS, remote: ["jo-macleod"] });
    expect(text).toContain(
      "Remote (1), connected virtually: not counted for quorum, cannot vote: Jo Macleod (co-optee)",
    );
    expect(text).toContain("Jo Macleod: may take part and vote, but attends remotely so cannot vote.");
  });

  it("prints no declaration object, only the public form of each interest", () => {
    const send = report.items.find((i) => i.item === "send-strategy")!;
    expect(send.interests).toEqual([
      expect.objectContaining({ person: "jo-macleod", name: "Jo Macleod", action: "take-part-and-vote" }),
    ]);
    expect(send.interests[0]).not.toHaveProperty("declaration");
    expect(text.split("\n")[0]).toBe(
      "Children and Young People Scrutiny Commission · Wednesday 30 November 2022, 19.00",
    );
  });
});

describe("constructed meetings", () => {
  const secret = "Partner directs Secretco at 12 Hidden Road";
  const p = programme({
    councillors: 4,
    items: [
      { id: "budget", title: "Budget" },
      { id: "send", title: "SEND", education: true },
    ],
    meetings: [
      {
        id: "m",
        date: "2024-12-02",
        agenda: ["budget", "send"],
        attendance: { present: ["cllr-1", "cllr-2", "cllr-3"], remote: ["cllr-4"] },
        declarations: [
          { person: "cllr-3", items: ["budget"], kind: "disclosable-pecuniary", sensitive: true, nature: secret },
        ],
      },
    ],
  });
  const index = indexProgramme(p);
  const m = p.meetings[0]!;
  const findings = [...mustLeaveFindings(index, m), ...quorumFindings(index, m)];
  const report = interestsReport(index, m, findings);
  const text = interestsReportText(index, m, report);

  it("says who must leave and finds the item inquorate without them", () => {
    const budget = report.items.find((i) => i.item === "budget")!;
    expect(budget.quorum).toMatchObject({ quorate: false, voters: ["cllr-1", "cllr-2"], mustLeave: ["cllr-3"] });
    expect(text).toContain("4 Budget: INQUORATE: 2 may vote, 3 needed");
    expect(text).toContain("      must leave: Cllr C");
    expect(text).toContain("5 SEND (education matter): quorate, 3 may vote");
    expect(text).toContain('error: Item 4 "Budget" would be inquorate');
  });

  it("never carries a sensitive interest's nature, in the data or the words", () => {
    expect(JSON.stringify(report)).not.toContain("Secretco");
    expect(text).not.toContain("Secretco");
    expect(report.declarations[0]).toMatchObject({ sensitive: true, nature: SENSITIVE_NATURE });
  });

  it("says when no attendance is recorded, and evaluates no quorum", () => {
    const bare = { ...m, attendance: undefined, declarations: [] };
    const r = interestsReport(index, bare);
    expect(r.attendance.recorded).toBe(false);
    expect(r.items.every((i) => i.quorum === null)).toBe(true);
    expect(r.findings).toEqual([]);
    const words = interestsReportText(index, bare, r);
    expect(words).toContain("No attendance recorded for this meeting: quorum cannot be evaluated.");
    expect(words).toContain("Declarations of interest\n  None recorded.");
  });
});
