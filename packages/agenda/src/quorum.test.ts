import { indexProgramme, type ProgrammeInput } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, meetingOn, programme } from "../test/fixtures.js";
import { quorumByItem, quorumFindings, quorumRequired } from "./quorum.js";

describe("voting and quorum at the real 30 Nov 2022 meeting", () => {
  const p = example();
  const nov = meetingOn(p, "2022-11-30");
  const rows = quorumByItem(indexProgramme(p), nov);
  const councillors = [
    "sophie-conway",
    "margaret-gordon",
    "midnight-ross",
    "caroline-selman",
    "sheila-suso-runge",
    "lynne-troughton",
  ];

  it("counts the six councillors in the room (of ten) as the voters on every item: quorate throughout", () => {
    expect(rows.map((r) => r.item)).toEqual(nov.agenda.map((e) => (typeof e === "string" ? e : e.item)));
    for (const r of rows) {
      expect(r.voters).toEqual(councillors);
      expect(r.required).toBe(3);
      expect(r.quorate).toBe(true);
      expect(r.mustLeave).toEqual([]);
    }
  });

  it("lists Salmah Kansara as present but not voting (her scope is none), and Jo Macleod as remote", () => {
    const send = rows.find((r) => r.item === "send-strategy")!;
    expect(send.present).toEqual([...councillors, "salmah-kansara"]);
    expect(send.remote).toEqual(["jo-macleod"]);
    expect(send.voters).not.toContain("salmah-kansara");
    expect(send.voters).not.toContain("jo-macleod");
  });

  it("reports only that Jo Macleod attended remotely and was not counted", () => {
    const findings = quorumFindings(indexProgramme(p), nov);
    expect(findings).toEqual([
      {
        severity: "info",
        code: "remote-not-counted",
        message: "Jo Macleod attended remotely (connected virtually): not counted towards the quorum and cannot vote.",
        meeting: "2022-11-30",
        meetingId: "2022-11",
      },
    ]);
  });

  it("lets an education co-optee in the room vote on the education items only; never one attending remotely", () => {
    const q = structuredClone(p);
    for (const c of q.coOptees) if (c.id === "salmah-kansara" || c.id === "jo-macleod") c.voting = "education";
    const by = new Map(quorumByItem(indexProgramme(q), meetingOn(q, "2022-11-30")).map((r) => [r.item, r.voters]));
    expect(by.get("send-strategy")).toEqual([...councillors, "salmah-kansara"]); // education: true
    expect(by.get("cfs-budget-monitoring-2022")).toEqual(councillors); // not an education matter
    for (const voters of by.values()) expect(voters).not.toContain("jo-macleod");
  });

  it("has no rows for a meeting with no attendance recorded", () => {
    expect(quorumByItem(indexProgramme(p), meetingOn(p, "2023-01-16"))).toEqual([]);
    expect(quorumFindings(indexProgramme(p), meetingOn(p, "2023-01-16"))).toEqual([]);
  });
});

describe("quorumRequired", () => {
  it("is the larger of the minimum number and the fraction of councillors, rounded up", () => {
    expect(quorumRequired(example())).toBe(3); // ten councillors: a quarter is 2.5 → 3; minimum 3
    expect(
      quorumRequired(programme({ councillors: 12, commission: { quorum: { minVoting: 3, minFraction: 0.5 } } })),
    ).toBe(6);
    expect(
      quorumRequired(programme({ councillors: 13, commission: { quorum: { minVoting: 2, minFraction: 0.25 } } })),
    ).toBe(4);
    expect(
      quorumRequired(programme({ councillors: 4, commission: { quorum: { minVoting: 3, minFraction: 0.25 } } })),
    ).toBe(3);
  });

  it("forgives floating-point dust: a tenth of 30 is 3, not 4", () => {
    expect(
      quorumRequired(programme({ councillors: 30, commission: { quorum: { minVoting: 1, minFraction: 0.1 } } })),
    ).toBe(3);
  });
});

describe("voting and quorum at constructed meetings", () => {
  // Eight councillors: quorum max(3, ⌈8 / 4⌉) = 3.
  const build = (
    meeting: Partial<NonNullable<ProgrammeInput["meetings"]>[number]>,
    extra: Partial<ProgrammeInput> = {},
  ) => {
    const p = programme({
      coOptees: [
        { id: "diocesan-rep", name: "Diocesan Representative", voting: "education" },
        { id: "youth-rep", name: "Youth Parliament Representative" },
      ],
      items: [
        { id: "school-places", title: "School places", minutes: 45, education: true },
        { id: "leisure-contract", title: "Leisure contract", minutes: 45 },
        { id: "dropped", title: "Withdrawn", minutes: 10, status: "withdrawn" },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["school-places", "leisure-contract", "dropped"], ...meeting }],
      ...extra,
    });
    return { p, m: p.meetings[0]! };
  };
  const threeInTheRoom = { present: ["cllr-1", "cllr-2", "cllr-3"], apologies: ["cllr-4"] };
  const dpi = (scope?: "representations" | "participate" | "vote") => ({
    person: "cllr-3",
    items: ["leisure-contract"],
    kind: "disclosable-pecuniary" as const,
    nature: "Director of a bidding company",
    ...(scope ? { dispensation: { scope } } : {}),
  });

  it("skips withdrawn items", () => {
    const { p, m } = build({ attendance: threeInTheRoom });
    expect(quorumByItem(indexProgramme(p), m).map((r) => r.item)).toEqual(["school-places", "leisure-contract"]);
  });

  it("makes an item inquorate when a member with a pecuniary interest and no dispensation must leave", () => {
    const { p, m } = build({ attendance: threeInTheRoom, declarations: [dpi()] });
    const [school, leisure] = quorumByItem(indexProgramme(p), m);
    expect(school).toMatchObject({ quorate: true, voters: ["cllr-1", "cllr-2", "cllr-3"], mustLeave: [] });
    expect(leisure).toMatchObject({
      quorate: false,
      voters: ["cllr-1", "cllr-2"],
      present: ["cllr-1", "cllr-2"],
      mustLeave: ["cllr-3"],
    });
    const findings = quorumFindings(indexProgramme(p), m);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      code: "item-inquorate",
      meeting: "2024-12-23",
      item: "leisure-contract",
    });
    expect(findings[0]!.message).toBe(
      'Item 5 "Leisure contract" would be inquorate: 2 (Cllr A and Cllr B) in the room may vote on it but the quorum is 3 (at least 3 voting members and 25% of the 8 councillors); Cllr C must leave for it.',
    );
    expect(findings[0]!.message).not.toContain("bidding");
  });

  it("follows the dispensation's scope: representations (leaves), participate (stays, no vote), vote", () => {
    const row = (scope: "representations" | "participate" | "vote") => {
      const { p, m } = build({ attendance: threeInTheRoom, declarations: [dpi(scope)] });
      return quorumByItem(indexProgramme(p), m)[1]!;
    };
    expect(row("representations")).toMatchObject({
      mustLeave: ["cllr-3"],
      present: ["cllr-1", "cllr-2"],
      quorate: false,
    });
    expect(row("participate")).toMatchObject({
      mustLeave: [],
      present: ["cllr-1", "cllr-2", "cllr-3"],
      voters: ["cllr-1", "cllr-2"],
      quorate: false,
    });
    expect(row("vote")).toMatchObject({ voters: ["cllr-1", "cllr-2", "cllr-3"], quorate: true });
  });

  it("counts an education co-optee towards the quorum on education items only", () => {
    const { p, m } = build({ attendance: { present: ["cllr-1", "cllr-2", "diocesan-rep", "youth-rep"] } });
    const [school, leisure] = quorumByItem(indexProgramme(p), m);
    expect(school).toMatchObject({ voters: ["cllr-1", "cllr-2", "diocesan-rep"], quorate: true });
    expect(leisure).toMatchObject({ voters: ["cllr-1", "cllr-2"], quorate: false });
    expect(school!.present).toContain("youth-rep");
    expect(quorumFindings(indexProgramme(p), m).map((f) => f.item)).toEqual(["leisure-contract"]);
  });

  it("finds an all-remote meeting inquorate on every item, and names everyone not counted", () => {
    const { p, m } = build({ attendance: { remote: ["cllr-1", "cllr-2", "cllr-3", "cllr-4", "diocesan-rep"] } });
    for (const r of quorumByItem(indexProgramme(p), m)) {
      expect(r).toMatchObject({ voters: [], present: [], quorate: false });
      expect(r.remote).toEqual(["cllr-1", "cllr-2", "cllr-3", "cllr-4", "diocesan-rep"]);
    }
    const findings = quorumFindings(indexProgramme(p), m);
    expect(findings.map((f) => `${f.severity} ${f.code} ${f.item ?? "-"}`)).toEqual([
      "info remote-not-counted -",
      "error item-inquorate school-places",
      "error item-inquorate leisure-contract",
    ]);
    expect(findings[0]!.message).toContain(
      "Cllr A, Cllr B, Cllr C, Cllr D and Diocesan Representative attended remotely",
    );
    expect(findings[1]!.message).toContain("nobody in the room may vote on it");
  });

  it("takes a remote member with a pecuniary interest off the call too (listed as leaving, not remote)", () => {
    const { p, m } = build({
      attendance: { present: ["cllr-1", "cllr-2", "cllr-4"], remote: ["cllr-3"] },
      declarations: [dpi()],
    });
    expect(quorumByItem(indexProgramme(p), m)[1]).toMatchObject({ remote: [], mustLeave: ["cllr-3"], quorate: true });
  });

  it("reports nothing for a cancelled meeting", () => {
    const { p, m } = build({ status: "cancelled", attendance: { remote: ["cllr-1"] } });
    expect(quorumFindings(indexProgramme(p), m)).toEqual([]);
  });
});
