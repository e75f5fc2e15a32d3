import { describe, expect, it } from "vitest";
import { fixture } from "../../test/support.js";
import { pinnedMeeting } from "./pin.js";

describe("pinnedMeeting", () => {
  const p = fixture("over-full-pinned-meeting.yaml");
  const get = (id: string) => p.items.find((i) => i.id === id)!;

  it("reads the meeting an item is pinned to", () => {
    expect(pinnedMeeting(get("annual-report"))).toBe("2022-10");
    expect(pinnedMeeting(get("foster-carers"))).toBeUndefined();
  });

  it("a withdrawn or procedural item pins nothing", () => {
    expect(pinnedMeeting({ ...get("annual-report"), status: "withdrawn" })).toBeUndefined();
    expect(pinnedMeeting({ ...get("annual-report"), procedural: true })).toBeUndefined();
  });
});
