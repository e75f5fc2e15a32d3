import { describe, expect, it } from "vitest";
import { parseProgramme } from "./parse-programme.js";
import type { ProgrammeInput } from "./programme.js";
import { programmeText } from "./programme-text.js";

const input: ProgrammeInput = {
  version: 1,
  commission: {
    id: "health",
    name: "Health Scrutiny Committee",
    shortName: "Health",
    council: "Anytown Borough Council",
    municipalYear: "2025/26",
    venue: "Town Hall",
    start: "18:30",
    contact: { name: "A. Officer" },
  },
  members: [{ id: "jo-bloggs", name: "Cllr Jo Bloggs", role: "chair" }],
  meetings: [{ id: "2025-06", date: "2025-06-09", agenda: [], notes: "first line\nsecond line" }],
  backlog: [],
};

describe("programmeText", () => {
  const text = programmeText(input, {
    header: ["Health Scrutiny Committee, 2025/26.", "", "Edit freely."],
    comments: [
      { path: ["meetings", 0], lines: ["Monday 9 June 2025: papers due Friday 23 May"] },
      { path: ["members"], lines: ["The chair first."] },
    ],
  });

  it("reads back as the same programme", () => {
    const parsed = parseProgramme(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.programme?.meetings[0]?.notes).toBe("first line\nsecond line");
    expect(parsed.programme?.commission.start).toBe("18:30");
  });

  it("writes the file as the example is written: header, comments, people on one line, times quoted", () => {
    expect(text.startsWith("# Health Scrutiny Committee, 2025/26.\n\n# Edit freely.\n")).toBe(true);
    expect(text).toContain('  start: "18:30"\n');
    expect(text).toContain(
      "\n# The chair first.\nmembers:\n  - { id: jo-bloggs, name: Cllr Jo Bloggs, role: chair }\n",
    );
    expect(text).toContain("meetings:\n  # Monday 9 June 2025: papers due Friday 23 May\n  - id: 2025-06\n");
    expect(text).toContain("    agenda: []\n");
    expect(text).toContain("    notes: |-\n      first line\n      second line\n");
    // A blank line between the top-level sections.
    expect(text).toContain("\n\nbacklog: []\n");
  });
});
