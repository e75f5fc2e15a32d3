import { indexProgramme, type Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { meetingOn, neathPortTalbot, northYorkshire, programme } from "../test/fixtures.js";
import { interestsReport, interestsReportText } from "./interests-report.js";
import { meetingAttendance, quorumByItem, quorumFindings, quorumRequired } from "./quorum.js";

const councillors16 = [
  "andrew-lee",
  "liz-colling",
  "caroline-dickinson",
  "richard-foster",
  "sam-gibbs",
  "paul-haslam",
  "nathan-hull",
  "peter-lacey",
  "rich-maw",
  "heather-moorhouse",
  "andrew-murday",
  "clive-pearson",
  "andy-solloway",
];

describe("substitutes at North Yorkshire's Scrutiny of Health Committee, 17 June 2022 (real minutes)", () => {
  const p = northYorkshire();
  const june = meetingOn(p, "2022-06-17");
  const [row] = quorumByItem(indexProgramme(p), june);

  it("is quorate as it really was: 13 councillors and 2 substitutes may vote, the quorum is 4 of 16", () => {
    expect(row).toMatchObject({ item: "overview-and-scrutiny-2022", required: 4, quorate: true });
    expect(row?.voters).toEqual([...councillors16, "andy-paraskos", "arnold-warneken"]);
    expect(quorumFindings(indexProgramme(p), june)).toEqual([]);
  });

  it("counts each substitute in the place of the member replaced: the membership and the quorum are unchanged", () => {
    expect(indexProgramme(p).membershipOn(june.date).councillors).toHaveLength(16);
    expect(quorumRequired(p, june.date)).toBe(4);
    // Entered as members instead, the three would raise the membership to 19 councillors and the quorum to 5.
    const asMembers: Programme = structuredClone(p);
    asMembers.members.push(
      ...["andy-paraskos", "arnold-warneken", "tom-watson"].map((id) => ({ id, name: id, role: "member" as const })),
    );
    expect(quorumRequired(asMembers, june.date)).toBe(5);
  });

  it("lets a substitute vote as the member replaced would: Tom Watson, for a co-optee without votes, does not", () => {
    expect(row?.present).toContain("tom-watson");
    expect(row?.voters).not.toContain("tom-watson");
    expect(row?.substitutes).toEqual(june.attendance?.substitutes);
    const full = structuredClone(p);
    for (const c of full.coOptees) c.voting = "full";
    const [withVotes] = quorumByItem(indexProgramme(full), meetingOn(full, "2022-06-17"));
    expect(withVotes?.voters).toEqual([
      ...councillors16,
      "pat-middlemiss",
      "andy-paraskos",
      "arnold-warneken",
      "tom-watson",
    ]);
  });
});

describe("minutes that record apologies only: North Yorkshire, 16 December 2022", () => {
  const p = northYorkshire();
  const dec = meetingOn(p, "2022-12-16");

  it("needs no quorum for its one known item, deferred at the meeting", () => {
    expect(quorumByItem(indexProgramme(p), dec)).toEqual([]);
  });

  it("reads everyone on the membership that day not sending apologies as present, with the substitutes", () => {
    const who = meetingAttendance(indexProgramme(p), dec);
    expect(who?.recorded).toBe("apologies-only");
    expect(who?.inRoom).toEqual([
      "lindsay-burr",
      "liz-colling",
      "caroline-dickinson",
      "richard-foster",
      "sam-gibbs",
      "paul-haslam",
      "nathan-hull",
      "peter-lacey",
      "andrew-lee",
      "rich-maw",
      "andrew-murday",
      "david-noland",
      "clive-pearson",
      "andy-solloway",
      "kevin-hardisty",
      "david-ireton",
      "sue-tucker",
    ]);
    expect(who?.substitutes.map((s) => s.id)).toEqual(["malcolm-taylor", "george-jabbour", "tom-watson"]);
  });

  it("would be quorate on an item taken that day: 14 councillors and 2 substitutes may vote", () => {
    const taken = structuredClone(p);
    const entry = meetingOn(taken, "2022-12-16").agenda[0] as { outcome?: string; deferredTo?: string };
    entry.outcome = "taken";
    delete entry.deferredTo;
    const [row] = quorumByItem(indexProgramme(taken), meetingOn(taken, "2022-12-16"));
    expect(row?.voters).toHaveLength(16);
    expect(row?.quorate).toBe(true);
  });
});

/** A commission of eight councillors: two in the room, three attending remotely, three sending apologies. */
function hybrid(commission: Parameters<typeof programme>[0]["commission"]) {
  const p = programme({
    commission: { municipalYear: "2022/23", ...commission },
    items: [{ id: "strategy", title: "Economy strategy", minutes: 30 }],
    meetings: [
      {
        id: "m",
        date: "2023-02-02",
        agenda: ["strategy"],
        attendance: {
          present: ["cllr-1", "cllr-2"],
          remote: ["cllr-3", "cllr-4", "cllr-5"],
          apologies: ["cllr-6", "cllr-7", "cllr-8"],
        },
      },
    ],
  });
  const index = indexProgramme(p);
  return { rows: quorumByItem(index, p.meetings[0]!), findings: quorumFindings(index, p.meetings[0]!) };
}

describe("remote attendance by jurisdiction (a multi-location meeting)", () => {
  it("in Wales counts the three remote members: five may vote, quorate (LG&E(W)A 2021 s47)", () => {
    const { rows, findings } = hybrid({ jurisdiction: "wales" });
    expect(rows[0]).toMatchObject({ quorate: true, required: 3 });
    expect(rows[0]?.voters).toEqual(["cllr-1", "cllr-2", "cllr-3", "cllr-4", "cllr-5"]);
    expect(findings).toEqual([
      {
        severity: "info",
        code: "remote-counted",
        message:
          "Cllr C, Cllr D and Cllr E attended remotely: present, counted towards the quorum and may vote (LG&E(W)A 2021 s47).",
        meeting: "2023-02-02",
        meetingId: "m",
      },
    ]);
  });

  it("in England counts only the two in the room: inquorate (Hertfordshire [2021])", () => {
    const { rows, findings } = hybrid({ jurisdiction: "england" });
    expect(rows[0]).toMatchObject({ quorate: false, voters: ["cllr-1", "cllr-2"] });
    expect(findings.map((f) => f.code)).toEqual(["remote-not-counted", "item-inquorate"]);
  });

  it("in Scotland counts them unless the commission's standing orders say otherwise", () => {
    expect(hybrid({ jurisdiction: "scotland" }).rows[0]?.quorate).toBe(true);
    const strict = hybrid({ jurisdiction: "scotland", remoteAttendance: "not-present" });
    expect(strict.rows[0]?.quorate).toBe(false);
    const england = hybrid({ jurisdiction: "england", remoteAttendance: "present" });
    expect(england.rows[0]?.quorate).toBe(true);
    expect(england.findings[0]?.message).toContain("(the commission's standing orders)");
  });
});

describe("a Welsh hybrid meeting, real minutes: Neath Port Talbot, 24 November 2022", () => {
  const p = neathPortTalbot();
  const nov = meetingOn(p, "2022-11-24");

  it("is quorate with the four councillors the minutes show there; the co-optee with a prejudicial interest withdraws", () => {
    const [row] = quorumByItem(indexProgramme(p), nov);
    expect(row).toMatchObject({ item: "pre-decision-2022-11", required: 4, quorate: true });
    expect(row?.voters).toEqual(["j-henton", "m-crowley", "s-hunt", "s-harris"]);
    expect(row?.mustLeave).toEqual(["marie-caddick"]);
  });

  it("would still be quorate had two of them joined remotely, as a multi-location meeting allows (LG&E(W)A 2021 s47)", () => {
    const hybridDay = structuredClone(p);
    const m = hybridDay.meetings.find((x) => x.id === "2022-11")!;
    m.attendance = {
      ...m.attendance!,
      present: ["j-henton", "m-crowley", "marie-caddick"],
      remote: ["s-hunt", "s-harris"],
    };
    const index = indexProgramme(hybridDay);
    const [row] = quorumByItem(index, meetingOn(hybridDay, "2022-11-24"));
    expect(row).toMatchObject({ quorate: true, voters: ["j-henton", "m-crowley", "s-hunt", "s-harris"] });
    expect(quorumFindings(index, meetingOn(hybridDay, "2022-11-24")).map((f) => f.code)).toEqual(["remote-counted"]);
  });

  it("says who was present without placing them in the room: the minutes do not say who was where", () => {
    const index = indexProgramme(p);
    const text = interestsReportText(index, nov, interestsReport(index, nov));
    expect(text).toContain(
      "Present (not recorded as remote) (5): Cllr J. Henton, Cllr M. Crowley, Cllr S. Hunt, Cllr S. Harris, Marie Caddick (co-optee, votes on education matters)",
    );
    expect(text).not.toContain("in the room");
    expect(text).toContain("Marie Caddick: personal and prejudicial interest in item 3");
  });
});

describe("membership on the day (from/until)", () => {
  it("counts only the councillors on the commission that day towards the quorum's fraction", () => {
    const p = programme({
      councillors: 13,
      commission: { quorum: { minVoting: 3, minFraction: 0.25 } },
    });
    expect(quorumRequired(p, "2024-06-01")).toBe(4); // a quarter of 13 is 3.25 → 4
    p.members[12]!.until = "2024-09-30";
    expect(quorumRequired(p, "2024-06-01")).toBe(4);
    expect(quorumRequired(p, "2024-10-01")).toBe(3); // a quarter of 12 is 3
  });

  it("takes a substitute out of the room with a pecuniary interest, like any member", () => {
    const p = northYorkshire();
    meetingOn(p, "2022-06-17").declarations.push({
      person: "andy-paraskos",
      items: ["overview-and-scrutiny-2022"],
      kind: "disclosable-pecuniary",
      sensitive: false,
      nature: "constructed for the test",
      publicMaySpeak: false,
    });
    const [row] = quorumByItem(indexProgramme(p), meetingOn(p, "2022-06-17"));
    expect(row?.mustLeave).toEqual(["andy-paraskos"]);
    expect(row?.voters).not.toContain("andy-paraskos");
    expect(row?.quorate).toBe(true);
  });
});
