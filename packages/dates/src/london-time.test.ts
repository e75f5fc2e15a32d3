import { describe, expect, it, vi } from "vitest";
import { intlLondonWall } from "../test/intl-london.js";
import { refusal } from "../test/refusal.js";
import { ZONES } from "../test/zones.js";
import { InvalidDateError, InvalidTimeError } from "./errors.js";
import { londonInstant, londonWallClock, todayInLondon } from "./london-time.js";

const at = (date: string, time: string, disambiguation?: "compatible" | "earlier" | "later" | "reject") =>
  londonInstant(date, time, disambiguation ? { disambiguation } : {});

describe("londonInstant: London's wall clock to an instant", () => {
  it("reads 19:00 as BST in summer and GMT in winter, either side of the 30 Oct 2022 change", () => {
    expect(at("2022-07-11", "19:00")).toEqual({
      epochMilliseconds: Date.UTC(2022, 6, 11, 18, 0),
      iso: "2022-07-11T18:00:00.000Z",
      utcOffset: "+01:00",
      date: "2022-07-11",
      time: "19:00",
      kind: "unique",
    });
    expect(at("2022-10-29", "19:00").iso).toBe("2022-10-29T18:00:00.000Z");
    expect(at("2022-10-30", "19:00").iso).toBe("2022-10-30T19:00:00.000Z");
    expect(at("2022-10-31", "19:00").iso).toBe("2022-10-31T19:00:00.000Z");
    expect(at("2023-01-16", "19:00")).toMatchObject({ iso: "2023-01-16T19:00:00.000Z", utcOffset: "+00:00" });
    expect(at("2023-03-25", "19:00").iso).toBe("2023-03-25T19:00:00.000Z");
    expect(at("2023-03-26", "19:00")).toMatchObject({ iso: "2023-03-26T18:00:00.000Z", kind: "unique" });
  });

  it("takes the FIRST of a repeated autumn time by default (RFC 5545 §3.3.5), on every machine", () => {
    // 27 Oct 2024: 02:00 BST becomes 01:00 GMT, so 01:30 happens at 00:30Z and again at 01:30Z.
    expect(at("2024-10-27", "01:30")).toEqual({
      epochMilliseconds: Date.UTC(2024, 9, 27, 0, 30),
      iso: "2024-10-27T00:30:00.000Z",
      utcOffset: "+01:00",
      date: "2024-10-27",
      time: "01:30",
      kind: "ambiguous",
    });
    expect(at("2024-10-27", "01:30", "earlier").iso).toBe("2024-10-27T00:30:00.000Z");
    expect(at("2024-10-27", "01:30", "later")).toMatchObject({ iso: "2024-10-27T01:30:00.000Z", utcOffset: "+00:00" });
    expect(refusal(() => at("2024-10-27", "01:30", "reject"))).toMatchObject({
      code: "ambiguous-time",
      value: "01:30",
      name: "InvalidTimeError",
    });
    // The hour either side is not ambiguous.
    expect(at("2024-10-27", "00:59")).toMatchObject({ iso: "2024-10-26T23:59:00.000Z", kind: "unique" });
    expect(at("2024-10-27", "01:00")).toMatchObject({ iso: "2024-10-27T00:00:00.000Z", kind: "ambiguous" });
    expect(at("2024-10-27", "02:00")).toMatchObject({ iso: "2024-10-27T02:00:00.000Z", kind: "unique" });
    expect(at("2024-10-27", "02:00", "reject").iso).toBe("2024-10-27T02:00:00.000Z");
  });

  it("moves a skipped spring time forward by default, and says what the clocks show", () => {
    // 30 Mar 2025: 01:00 GMT becomes 02:00 BST, so 01:30 never shows on a London clock.
    expect(at("2025-03-30", "01:30")).toEqual({
      epochMilliseconds: Date.UTC(2025, 2, 30, 1, 30),
      iso: "2025-03-30T01:30:00.000Z",
      utcOffset: "+01:00",
      date: "2025-03-30",
      time: "02:30",
      kind: "skipped",
    });
    expect(at("2025-03-30", "01:30", "later").iso).toBe("2025-03-30T01:30:00.000Z");
    expect(at("2025-03-30", "01:30", "earlier")).toMatchObject({
      iso: "2025-03-30T00:30:00.000Z",
      utcOffset: "+00:00",
      time: "00:30",
      kind: "skipped",
    });
    expect(refusal(() => at("2025-03-30", "01:30", "reject"))).toMatchObject({
      code: "nonexistent-time",
      value: "01:30",
    });
    expect(at("2025-03-30", "01:00").kind).toBe("skipped");
    expect(at("2025-03-30", "00:59")).toMatchObject({ iso: "2025-03-30T00:59:00.000Z", kind: "unique" });
    expect(at("2025-03-30", "02:00")).toMatchObject({ iso: "2025-03-30T01:00:00.000Z", kind: "unique" });
  });

  it("agrees with Intl for every minute of every clock-change day from 2018 to 2030", () => {
    for (let year = 2018; year <= 2030; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March and of October.
        const last = new Date(Date.UTC(year, month + 1, 0));
        last.setUTCDate(last.getUTCDate() - last.getUTCDay());
        const date = last.toISOString().slice(0, 10);
        for (let minute = 0; minute < 24 * 60; minute++) {
          const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
          const got = at(date, time);
          const shown = intlLondonWall(got.epochMilliseconds, { zone: true });
          const zone = got.utcOffset === "+01:00" ? "BST" : "GMT";
          expect(shown, `${date} ${time}`).toBe(`${got.date} ${got.time} ${zone}`);
          if (got.kind !== "skipped" && got.time !== time) expect([date, time, got.time]).toEqual([date, time, time]);
          if (got.kind === "skipped") expect(month).toBe(2);
          if (got.kind === "ambiguous") expect(month).toBe(9);
        }
      }
    }
  });

  it("refuses a date or time that is not written YYYY-MM-DD and HH:MM, with a code", () => {
    expect(() => at("2022-7-1", "19:00")).toThrow(InvalidDateError);
    expect(() => at("2023-02-30", "19:00")).toThrow(InvalidDateError);
    expect(() => at("2022-07-01", "7pm")).toThrow(InvalidTimeError);
    expect(refusal(() => at("2022-07-01", "24:00"))).toMatchObject({ code: "invalid-time", value: "24:00" });
    expect(refusal(() => londonInstant(new Date() as unknown as string, "19:00"))).toMatchObject({
      code: "invalid-date",
    });
  });

  it("returns a frozen result, so a remembered answer cannot be changed by a caller", () => {
    const a = at("2023-01-16", "19:00");
    expect(Object.isFrozen(a)).toBe(true);
    expect(at("2023-01-16", "19:00")).toBe(a);
  });
});

describe("londonWallClock and todayInLondon: an instant to London's wall clock", () => {
  it("reads London's date and time, not UTC's", () => {
    expect(londonWallClock(new Date("2022-07-11T18:00:00Z"))).toEqual({
      date: "2022-07-11",
      time: "19:00",
      utcOffset: "+01:00",
    });
    expect(londonWallClock(Date.UTC(2023, 0, 16, 19))).toEqual({
      date: "2023-01-16",
      time: "19:00",
      utcOffset: "+00:00",
    });
    // Half past midnight BST is still the day before in UTC: London's date counts.
    expect(todayInLondon(new Date("2023-06-30T23:30:00Z"))).toBe("2023-07-01");
    expect(todayInLondon(new Date("2023-01-09T23:30:00Z"))).toBe("2023-01-09");
    expect(todayInLondon(new Date("2023-01-09T12:00:00Z"))).toBe("2023-01-09");
  });

  it("round-trips with londonInstant on either side of each change", () => {
    for (const [date, time] of [
      ["2024-10-27", "01:30"],
      ["2024-10-27", "02:30"],
      ["2025-03-30", "02:30"],
      ["2025-03-30", "00:30"],
      ["2023-01-16", "19:00"],
    ] as const) {
      const instant = at(date, time);
      expect(londonWallClock(instant.epochMilliseconds)).toEqual({ date, time, utcOffset: instant.utcOffset });
    }
  });

  it("refuses an invalid Date rather than returning NaN text", () => {
    expect(refusal(() => todayInLondon(new Date("yesterday")))).toMatchObject({ code: "invalid-time" });
    expect(() => londonWallClock(Number.NaN)).toThrow(InvalidTimeError);
  });
});

describe("the same instants whatever the machine's time zone", () => {
  it("under TZ=UTC, Europe/London, America/New_York, Asia/Tokyo and zones a day apart, each worked out afresh", async () => {
    const saved = process.env.TZ;
    const answers = new Map<string, unknown>();
    try {
      for (const zone of ZONES) {
        process.env.TZ = zone;
        vi.resetModules(); // a fresh module: nothing remembered from another zone
        const m = await import("./london-time.js");
        answers.set(zone, [
          m.londonInstant("2024-10-27", "01:30").iso,
          m.londonInstant("2024-10-27", "01:30", { disambiguation: "later" }).iso,
          m.londonInstant("2025-03-30", "01:30").iso,
          m.londonInstant("2025-03-30", "01:30").time,
          m.londonInstant("2022-07-11", "19:00").iso,
          m.londonInstant("2023-01-16", "19:00").utcOffset,
          m.todayInLondon(new Date("2023-06-30T23:30:00Z")),
          m.londonWallClock(Date.UTC(2024, 9, 27, 1, 30)),
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    for (const [zone, got] of answers)
      expect([zone, got]).toEqual([
        zone,
        [
          "2024-10-27T00:30:00.000Z",
          "2024-10-27T01:30:00.000Z",
          "2025-03-30T01:30:00.000Z",
          "02:30",
          "2022-07-11T18:00:00.000Z",
          "+00:00",
          "2023-07-01",
          { date: "2024-10-27", time: "01:30", utcOffset: "+00:00" },
        ],
      ]);
  });
});
