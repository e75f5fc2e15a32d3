import { describe, expect, it } from "vitest";
import { attendanceMark, attendeeKind, bareName, coOpteeVoting, substituteFor } from "./attendance.js";

describe("attendees", () => {
  it("reads roles onto the programme's people, substitutes apart", () => {
    expect(attendeeKind("Committee Member", "Councillor Basil Curley")).toBe("member");
    expect(attendeeKind("Chair", "Councillor A")).toBe("chair");
    expect(attendeeKind("Vice-Chair", "Councillor A")).toBe("vice-chair");
    expect(attendeeKind("Substitute", "Councillor A")).toBe("substitute");
    expect(attendeeKind("Co-opted Member", "Mrs B")).toBe("co-optee");
    expect(attendeeKind("Officer", "Jane Clerk")).toBe("officer");
    expect(attendeeKind(undefined, "Cllr C")).toBe("member");
  });

  it("reads attendance words", () => {
    expect(attendanceMark("Present")).toBe("present");
    expect(attendanceMark("Present as substitute")).toBe("present");
    expect(attendanceMark("Apologies")).toBe("apologies");
    expect(attendanceMark("Present, virtual")).toBe("remote");
    expect(attendanceMark("Expected")).toBe("expected");
    expect(attendanceMark("Absent")).toBe("absent");
    expect(attendanceMark("Late")).toBe("unknown");
  });
});

describe("co-optees' votes and substitutes' members, from the role", () => {
  it("reads what a co-optee may vote on", () => {
    expect(coOpteeVoting("Co-opted Member (voting)")).toBe("full");
    expect(coOpteeVoting("Voting Co-optee")).toBe("full");
    expect(coOpteeVoting("Co-opted Member (non-voting)")).toBe("none");
    expect(coOpteeVoting("Diocesan Representative")).toBe("education");
    expect(coOpteeVoting("Parent Governor Representative")).toBe("education");
    expect(coOpteeVoting("Co-opted Member")).toBeUndefined();
  });

  it("reads whom a substitute replaced, and matches names without Councillor or Cllr", () => {
    expect(substituteFor("Substitute for Cllr John Mann")).toBe("Cllr John Mann");
    expect(substituteFor("Substituting for Councillor A Smith")).toBe("Councillor A Smith");
    expect(substituteFor("Reserve in place of Cllr B Jones")).toBe("Cllr B Jones");
    expect(substituteFor("Substitute")).toBeUndefined();
    expect(bareName("Cllr John  Mann")).toBe(bareName("Councillor John Mann"));
    expect(bareName("County Councillor Andrew Lee")).toBe("andrew lee");
  });
});
