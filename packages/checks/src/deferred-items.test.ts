import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { northYorkshire } from "../test/example.js";
import { checkProgramme } from "./check-programme.js";
import { deferredItemFindings } from "./deferred-items.js";

const ny = northYorkshire;

describe("deferred items on North Yorkshire's real agendas", () => {
  it("passes check: the CQC item on 9 Sep and 4 Nov 2022, item 10 on 16 Dec 2022 and 10 Mar 2023", () => {
    const findings = checkProgramme(ny(), { today: "2022-12-01" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => f.code)).not.toContain("deferred-item-unplaced");
    expect(deferredItemFindings(indexProgramme(ny()))).toEqual([]);
  });

  it("warns when the deferred item is on no later agenda and not in the backlog", () => {
    const p = ny();
    p.meetings.find((m) => m.id === "2023-03")!.agenda = [];
    const entry = p.meetings.find((m) => m.id === "2022-12")!.agenda[0] as { deferredTo?: string };
    delete entry.deferredTo;
    expect(deferredItemFindings(indexProgramme(p))).toEqual([
      {
        severity: "warning",
        code: "deferred-item-unplaced",
        message:
          '"Item 10 of the 16 December 2022 agenda (title not in the sources)" was deferred at the meeting of 16 December 2022 and is on no later agenda and not in the backlog',
        meeting: "2022-12-16",
        meetingId: "2022-12",
        item: "item-10-2022-12",
      },
    ]);
    p.backlog.push("item-10-2022-12");
    expect(deferredItemFindings(indexProgramme(p))).toEqual([]);
  });
});
