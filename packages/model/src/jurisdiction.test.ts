import { describe, expect, it } from "vitest";
import { commissionLaw, JURISDICTIONS } from "./index.js";

describe("the jurisdiction table", () => {
  it("gives England five clear days (s100B), Wales and Scotland three (s100BA, s50B)", () => {
    expect(JURISDICTIONS.england).toMatchObject({ clearDays: 5, dispatchLaw: { short: "LGA 1972 s100B" } });
    expect(JURISDICTIONS.wales).toMatchObject({ clearDays: 3, dispatchLaw: { short: "LGA 1972 s100BA" } });
    expect(JURISDICTIONS.scotland).toMatchObject({ clearDays: 3, dispatchLaw: { short: "LG(S)A 1973 s50B" } });
  });

  it("counts remote attendees as present in Wales and Scotland, not in England (Hertfordshire [2021])", () => {
    expect(JURISDICTIONS.england.remoteAttendance).toBe("not-present");
    expect(JURISDICTIONS.england.remoteAttendanceLaw.short).toContain("EWHC 1093");
    expect(JURISDICTIONS.wales.remoteAttendance).toBe("present");
    expect(JURISDICTIONS.wales.remoteAttendanceLaw.short).toBe("LG&E(W)A 2021 s47");
    expect(JURISDICTIONS.scotland.remoteAttendance).toBe("present");
  });

  it("names each bank-holiday calendar, Scotland's its own", () => {
    expect([JURISDICTIONS.england, JURISDICTIONS.wales, JURISDICTIONS.scotland].map((j) => j.bankHolidays)).toEqual([
      "england-and-wales",
      "england-and-wales",
      "scotland",
    ]);
  });

  it("says what is provisional for Wales and Scotland, and nothing for England", () => {
    expect(JURISDICTIONS.england.provisional).toEqual([]);
    expect(JURISDICTIONS.wales.provisional.join(" ")).toContain("s47");
    expect(JURISDICTIONS.scotland.provisional.join(" ")).toContain("bank holidays");
  });
});

describe("commissionLaw", () => {
  it("is England's law for a commission that names no jurisdiction (a Hackney file as it was)", () => {
    expect(commissionLaw({})).toMatchObject({
      jurisdiction: "england",
      clearDays: 5,
      remotePresent: false,
      clearDaysOverridden: false,
      remoteAttendanceOverridden: false,
    });
  });

  it("takes the jurisdiction's clear days and remote rule, and the file's own where it sets them", () => {
    expect(commissionLaw({ jurisdiction: "wales" })).toMatchObject({ clearDays: 3, remotePresent: true });
    expect(commissionLaw({ jurisdiction: "wales", deadlines: { clearDays: 5 } })).toMatchObject({
      clearDays: 5,
      clearDaysOverridden: true,
      dispatchLaw: { short: "LGA 1972 s100BA" },
    });
    expect(commissionLaw({ jurisdiction: "scotland", remoteAttendance: "not-present" })).toMatchObject({
      remotePresent: false,
      remoteAttendanceOverridden: true,
      bankHolidays: "scotland",
    });
    expect(commissionLaw({ jurisdiction: "england", remoteAttendance: "present" }).remotePresent).toBe(true);
  });
});
