import { Declaration, indexProgramme, type RegulatoryMatter, SENSITIVE_NATURE } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { declaredMeeting, example, meetingOn, SECRET_NATURE } from "../test/fixtures.js";
import { interestAction, interestOutcomes, publicDeclarations } from "./interests.js";
import { mustLeaveFindings } from "./who-must-leave.js";

const declare = (d: Partial<Declaration>) =>
  Declaration.parse({ person: "cllr-3", items: ["topic"], kind: "other-non-pecuniary", nature: "A nature", ...d });

describe("interests at the real 30 Nov 2022 meeting", () => {
  const p = example();
  const nov = meetingOn(p, "2022-11-30");

  it("lets Jo Macleod (other non-pecuniary, SEND Strategy, no regulatory matter) take part and vote", () => {
    const outcomes = interestOutcomes(indexProgramme(p), nov);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      person: "jo-macleod",
      name: "Jo Macleod",
      item: "send-strategy",
      action: "take-part-and-vote",
    });
    expect(outcomes[0]!.reason).toContain("other non-pecuniary interest");
  });

  it("publishes her declaration with its nature, since it is not sensitive", () => {
    expect(publicDeclarations(indexProgramme(p), nov)).toEqual([
      {
        person: "jo-macleod",
        name: "Jo Macleod",
        items: ["send-strategy"],
        kind: "other-non-pecuniary",
        nature: "Governor at a primary school in Hackney and a parent of a child with SEND.",
        sensitive: false,
        action: "take-part-and-vote",
      },
    ]);
  });
});

describe("interestAction follows the Advice to Members on Declaring Interests", () => {
  it("sends a member with a disclosable pecuniary interest out unless dispensed", () => {
    expect(interestAction(declare({ kind: "disclosable-pecuniary" })).action).toBe("must-leave");
    // The advice gives a DPI no right to speak as the public may: only a dispensation lets them stay.
    expect(interestAction(declare({ kind: "disclosable-pecuniary", publicMaySpeak: true })).action).toBe("must-leave");
  });

  it("does what the dispensation's scope says, for either kind of interest", () => {
    for (const kind of ["disclosable-pecuniary", "other-non-pecuniary"] as const) {
      const matter = kind === "other-non-pecuniary" ? { matter: "financial" as const } : {};
      const act = (scope: "representations" | "participate" | "vote") =>
        interestAction(declare({ kind, ...matter, dispensation: { scope, grantedBy: "Monitoring Officer" } }));
      expect(act("representations").action).toBe("representations-then-leave");
      expect(act("participate").action).toBe("take-part-no-vote");
      expect(act("vote").action).toBe("take-part-and-vote");
      expect(act("vote").reason).toContain("granted by Monitoring Officer");
    }
  });

  it("lets a member with an other non-pecuniary interest stay and vote when no regulatory matter is under consideration", () => {
    expect(interestAction(declare({})).action).toBe("take-part-and-vote");
    // A narrower dispensation never takes away what the code already allows.
    expect(interestAction(declare({ dispensation: { scope: "participate" } })).action).toBe("take-part-and-vote");
  });

  it("sends them out for each of the five regulatory matters, unless the public may speak", () => {
    const matters: RegulatoryMatter[] = ["contractual", "financial", "consent", "permission", "licence"];
    for (const matter of matters) {
      const out = interestAction(declare({ matter }));
      expect(out.action).toBe("must-leave");
      expect(out.reason).toContain(`${matter} matter`);
      expect(interestAction(declare({ matter, publicMaySpeak: true })).action).toBe("speak-then-leave");
    }
  });

  it("prefers the dispensation to the public's right to speak", () => {
    const d = declare({ matter: "licence", publicMaySpeak: true, dispensation: { scope: "participate" } });
    expect(interestAction(d).action).toBe("take-part-no-vote");
  });
});

describe("interestAction in Wales: the members' code (SI 2008/788 Sch paras 10-14)", () => {
  it("lets a member with a personal interest stay and vote (Neath Port Talbot, 24 Nov 2022: 'Personal, Non-Prejudicial')", () => {
    const personal = interestAction(declare({ kind: "personal" }));
    expect(personal).toEqual({
      action: "take-part-and-vote",
      reason: "A personal interest: may stay, take part and vote.",
    });
    // A regulatory matter is an English test (the council's code); it does not send a Welsh member out.
    expect(interestAction(declare({ kind: "personal", matter: "financial" })).action).toBe("take-part-and-vote");
  });

  it("sends a member with a prejudicial interest out (Marie Caddick, 24 Nov 2022: 'Personal, Prejudicial')", () => {
    const out = interestAction(declare({ kind: "prejudicial" }));
    expect(out.action).toBe("must-leave");
    expect(out.reason).toBe(
      "A personal and prejudicial interest and no dispensation: must withdraw while the business is considered and cannot vote.",
    );
  });

  it("lets them make representations as the public may, then withdraw (para 14(2))", () => {
    expect(interestAction(declare({ kind: "prejudicial", publicMaySpeak: true })).action).toBe("speak-then-leave");
  });

  it("follows a standards committee's dispensation ('has dispensation to speak and vote', 16 Mar 2023)", () => {
    const dispensed = interestAction(
      declare({
        kind: "prejudicial",
        publicMaySpeak: true,
        dispensation: { scope: "vote", grantedBy: "Standards Committee" },
      }),
    );
    expect(dispensed).toEqual({
      action: "take-part-and-vote",
      reason:
        "A personal and prejudicial interest with a dispensation to take part and vote (granted by Standards Committee).",
    });
  });
});

describe("declarations at a constructed meeting", () => {
  const secret = SECRET_NATURE;
  const { p, m } = declaredMeeting();

  it("gives one outcome per item the declaration names", () => {
    expect(interestOutcomes(indexProgramme(p), m).map((o) => [o.person, o.item, o.action])).toEqual([
      ["cllr-3", "contract", "must-leave"],
      ["cllr-3", "budget", "must-leave"],
      ["cllr-4", "dropped", "must-leave"],
    ]);
  });

  it("withholds a sensitive interest's nature from the public form, keeping that it was declared", () => {
    const pub = publicDeclarations(indexProgramme(p), m);
    expect(pub[0]).toMatchObject({ name: "Cllr C", nature: SENSITIVE_NATURE, sensitive: true, action: "must-leave" });
    expect(JSON.stringify(pub)).not.toContain(secret);
  });

  it("never puts the nature into a reason or a finding", () => {
    const text = JSON.stringify([
      interestOutcomes(indexProgramme(p), m).map((o) => o.reason),
      mustLeaveFindings(indexProgramme(p), m),
    ]);
    expect(text).not.toContain(secret);
    expect(text).not.toContain("Owns the site");
  });
});
