import { describe, expect, it } from "vitest";
import {
  contentHash,
  emptyState,
  formatState,
  IcalState,
  nextState,
  normaliseInstant,
  type StateInput,
} from "./ical-state.js";

const sept: StateInput = {
  key: "cyp/2022-23/2022-09",
  fingerprint: { start: "2022-09-08T19:00", end: "2022-09-08T22:00", location: "Council Chamber", status: "CONFIRMED" },
  content: "a",
};
const oct: StateInput = {
  key: "cyp/2022-23/2022-10",
  fingerprint: { start: "2022-10-31T19:00", end: "2022-10-31T22:00", location: "Council Chamber", status: "CONFIRMED" },
  content: "b",
};
const T0 = "2022-06-01T09:00:00Z";
const T1 = "2022-08-15T14:30:00Z";

describe("nextState", () => {
  it("numbers new events from 0, created and modified now", () => {
    const { state, changes } = nextState(undefined, [sept, oct], { now: T0 });
    expect(state.events[sept.key]).toEqual({
      ...sept.fingerprint,
      sequence: 0,
      created: T0,
      modified: T0,
      content: "a",
    });
    expect(changes.map((c) => c.kind)).toEqual(["added", "added"]);
  });

  it("keeps an unchanged programme's state exactly, whatever the time", () => {
    const first = nextState(undefined, [sept, oct], { now: T0 }).state;
    const again = nextState(first, [oct, sept], { now: T1 });
    expect(again.changes).toEqual([]);
    expect(formatState(again.state)).toBe(formatState(first));
  });

  it("raises SEQUENCE when the time moves (29 Sept, moved from 8 Sept) and records when", () => {
    const first = nextState(undefined, [sept, oct], { now: T0 }).state;
    const moved = { ...sept, fingerprint: { ...sept.fingerprint, start: "2022-09-29T19:00", end: "2022-09-29T22:00" } };
    const { state, changes } = nextState(first, [moved, oct], { now: T1 });
    expect(state.events[sept.key]).toMatchObject({ sequence: 1, created: T0, modified: T1, start: "2022-09-29T19:00" });
    expect(state.events[oct.key]).toEqual(first.events[oct.key]);
    expect(changes).toEqual([{ key: sept.key, kind: "moved", sequence: 1 }]);
  });

  it("raises SEQUENCE for a change of place or status, not for a change of wording", () => {
    const first = nextState(undefined, [sept], { now: T0 }).state;
    const place = nextState(first, [{ ...sept, fingerprint: { ...sept.fingerprint, location: "Room 102" } }], {
      now: T1,
    });
    expect(place.state.events[sept.key]?.sequence).toBe(1);
    const status = nextState(first, [{ ...sept, fingerprint: { ...sept.fingerprint, status: "CANCELLED" } }], {
      now: T1,
    });
    expect(status.state.events[sept.key]?.sequence).toBe(1);
    const wording = nextState(first, [{ ...sept, content: "retitled" }], { now: T1 });
    expect(wording.state.events[sept.key]).toMatchObject({ sequence: 0, modified: T1, content: "retitled" });
    expect(wording.changes).toEqual([{ key: sept.key, kind: "updated", sequence: 0 }]);
  });

  it("keeps a meeting that left the programme, cancelled, once; and numbers it on if it comes back", () => {
    const first = nextState(undefined, [sept, oct], { now: T0 }).state;
    const gone = nextState(first, [oct], { now: T1 });
    expect(gone.state.events[sept.key]).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
      removed: true,
      modified: T1,
    });
    expect(gone.changes).toEqual([{ key: sept.key, kind: "removed", sequence: 1 }]);
    const still = nextState(gone.state, [oct], { now: "2022-09-01T00:00:00Z" });
    expect(still.changes).toEqual([]);
    expect(formatState(still.state)).toBe(formatState(gone.state));
    const back = nextState(gone.state, [sept, oct], { now: "2022-09-01T00:00:00Z" });
    expect(back.state.events[sept.key]).toMatchObject({ status: "CONFIRMED", sequence: 2 });
    expect(back.state.events[sept.key]?.removed).toBeUndefined();
    expect(back.changes).toEqual([{ key: sept.key, kind: "restored", sequence: 2 }]);
  });

  it("never moves a change time backwards, even when the clock is behind the last export", () => {
    const first = nextState(undefined, [sept], { now: T1 }).state;
    const { state } = nextState(first, [{ ...sept, content: "x" }], { now: T0 });
    expect(state.events[sept.key]?.modified).toBe(T1);
  });

  it("refuses two events with one key", () => {
    expect(() => nextState(undefined, [sept, sept], { now: T0 })).toThrow(/two events share the key/);
  });
});

describe("the state file", () => {
  it("is sorted, ends in a newline and reads back through its schema", () => {
    const { state } = nextState(emptyState(), [oct, sept], { now: "2022-06-01T10:00:00.789+01:00" });
    const text = formatState(state);
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(state.events)).toEqual([sept.key, oct.key]);
    expect(state.events[sept.key]?.modified).toBe("2022-06-01T09:00:00Z");
    expect(IcalState.parse(JSON.parse(text))).toEqual(state);
  });

  it("writes the same text for the same state, however it was read back", () => {
    const { state } = nextState(undefined, [sept, oct], { now: T0 });
    const reread = IcalState.parse(JSON.parse(formatState(state)));
    expect(formatState(reread)).toBe(formatState(state));
    const shuffled = IcalState.parse(JSON.parse(JSON.stringify({ events: state.events, version: 1 })));
    expect(formatState(shuffled)).toBe(formatState(state));
  });

  it("rejects a malformed file", () => {
    expect(IcalState.safeParse({ version: 2, events: {} }).success).toBe(false);
    const bad = {
      version: 1,
      events: { k: { ...sept.fingerprint, sequence: -1, created: T0, modified: T0, content: "" } },
    };
    expect(IcalState.safeParse(bad).success).toBe(false);
    const local = {
      version: 1,
      events: { k: { ...sept.fingerprint, sequence: 0, created: T0, modified: "2022-06-01T09:00:00", content: "" } },
    };
    expect(IcalState.safeParse(local).success).toBe(false);
  });

  it("takes instants only with a zone", () => {
    expect(normaliseInstant("2022-06-01T09:00:00.5Z")).toBe("2022-06-01T09:00:00Z");
    expect(() => normaliseInstant("2022-06-01T09:00:00")).toThrow(RangeError);
  });
});

describe("contentHash", () => {
  it("is stable and tells texts apart", () => {
    expect(contentHash("Children and Young People")).toBe(contentHash("Children and Young People"));
    expect(contentHash("Children and Young People")).not.toBe(contentHash("Children and Young people"));
    expect(contentHash("")).toMatch(/^[0-9a-f]{14}$/);
  });
});
