import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example } from "../test/fixtures.js";
import { attendanceAllowsVote, entitledToVote, interestAllowsVote } from "./voting-rights.js";

describe("entitledToVote on the real 2022/23 commission", () => {
  const p = example();
  const index = indexProgramme(p);
  const send = index.items.get("send-strategy")!; // an education matter
  const budget = index.items.get("cfs-budget-monitoring-2022")!; // not one
  const person = (id: string) => index.people.get(id);

  it("lets a councillor vote on every item", () => {
    expect(entitledToVote(person("sophie-conway"), send)).toBe(true);
    expect(entitledToVote(person("sophie-conway"), budget)).toBe(true);
  });

  it("lets a co-optee with no voting scope vote on nothing (Salmah Kansara)", () => {
    expect(person("salmah-kansara")).toMatchObject({ kind: "co-optee", voting: "none" });
    expect(entitledToVote(person("salmah-kansara"), send)).toBe(false);
  });

  it("lets an education co-optee vote on education matters only", () => {
    const q = structuredClone(p);
    for (const c of q.coOptees) if (c.id === "salmah-kansara") c.voting = "education";
    const rep = indexProgramme(q).people.get("salmah-kansara");
    expect(entitledToVote(rep, send)).toBe(true);
    expect(entitledToVote(rep, budget)).toBe(false);
  });

  it("lets a co-optee with full votes vote on every item (a district councillor on a county committee)", () => {
    const q = structuredClone(p);
    for (const c of q.coOptees) if (c.id === "salmah-kansara") c.voting = "full";
    const rep = indexProgramme(q).people.get("salmah-kansara");
    expect(entitledToVote(rep, send)).toBe(true);
    expect(entitledToVote(rep, budget)).toBe(true);
  });

  it("lets nobody else vote: officers, Cabinet members, substitutes asked about themselves, unknown ids", () => {
    expect(entitledToVote({ kind: "substitute", id: "s", name: "A Substitute" }, send)).toBe(false);
    const officer = p.officers[0]!.id;
    expect(entitledToVote(person(officer), send)).toBe(false);
    expect(entitledToVote(person(p.cabinetMembers[0]!.id), send)).toBe(false);
    expect(entitledToVote(undefined, send)).toBe(false);
  });
});

describe("interestAllowsVote", () => {
  it("keeps the vote only for a member who may take part and vote", () => {
    expect(interestAllowsVote("take-part-and-vote")).toBe(true);
    for (const action of ["take-part-no-vote", "speak-then-leave", "representations-then-leave", "must-leave"] as const)
      expect(interestAllowsVote(action)).toBe(false);
  });
});

describe("attendanceAllowsVote", () => {
  it("lets only members in the room vote: those connected virtually are not present (Hertfordshire, 2021)", () => {
    expect(attendanceAllowsVote("present")).toBe(true);
    expect(attendanceAllowsVote("remote")).toBe(false);
    // Where remote attendees are present (Wales, Scotland, or the commission says so).
    expect(attendanceAllowsVote("remote", true)).toBe(true);
  });
});
