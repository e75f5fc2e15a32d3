import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { source, start } from "../../../test/planner-state.fixtures.js";
import { current, isDirty, journalFor } from "./index.js";

describe("opening", () => {
  it("opens on the next meeting after today, in the year pane, with nothing unsaved", () => {
    const s = start();
    expect(s.meetingId).toBe("2023-01");
    expect(s.focus).toBe("year");
    expect(isDirty(s)).toBe(false);
    expect(journalFor(s)).toBeNull();
    // The checks come from checkProgramme: the example's stated times disagree with the computed ones.
    expect(current(s).findings.length).toBeGreaterThan(0);
  });

  it("opens on the last meeting when the year is over", () => {
    expect(start({ today: "2023-06-01" }).meetingId).toBe("2023-04");
  });

  it("opens from the caller's parse of the file when it has one (scrutineer plan parses it once)", () => {
    const parsed = parseProgramme(source);
    if (!parsed.ok) throw new Error("the example does not parse");
    const s = start({ parsed });
    expect(current(s).programme).toBe(parsed.programme);
    expect(current(s).document).toBe(parsed.document);
    expect(current(s).findings).toEqual(current(start()).findings);
  });
});
