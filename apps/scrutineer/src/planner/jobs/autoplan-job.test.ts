import { agendaItemId } from "@scrutineer/model";
import { highsSolver, type Solver, verifyPlan } from "@scrutineer/planner";
import { describe, expect, it } from "vitest";
import { BEFORE_THE_YEAR, early, placeOf, reviewing, run, source } from "../../../test/planner-state.fixtures.js";
import { current, programmeOf } from "../state/index.js";
import { AutoplanCancelled, propose } from "./autoplan-job.js";

const highs = highsSolver();

describe("the auto-plan: the real planner on the real programme", () => {
  const backlogged = (items: string[]) => {
    let s = early();
    for (const item of items) s = run(s, { type: "edit", edit: { type: "move-item", item, to: "backlog" } });
    return s;
  };

  it("proposes adding back an item sent to the backlog, in the planner's words, reporting each solve", async () => {
    const s = backlogged(["ehcp-demographics"]);
    const labels: string[] = [];
    const proposal = await propose(programmeOf(s), {
      today: BEFORE_THE_YEAR,
      solver: highs,
      onProgress: (l) => labels.push(l),
    });
    expect(labels).toEqual([
      "scheduling the most priority",
      "keeping items where they are",
      "evening out the spare time",
    ]);
    if (!proposal.ok) throw new Error(JSON.stringify(proposal));
    expect(proposal.summary).toBe(
      "Verified: the plan keeps every rule. Priority scheduled 20 of at most 20 (proven gap 0.0 %); 1 change to the current plan.",
    );
    expect(proposal.changes.map((c) => [c.text, c.edit])).toEqual([
      [
        "+ add   Demographics of EHCPs in Hackney (40) → Mon 17 Apr 2023",
        { type: "move-item", item: "ehcp-demographics", to: { meeting: "2023-04" } },
      ],
    ]);
    expect(proposal.waiting.map((w) => w.item)).toEqual([
      "admissions-review",
      "graduated-send-provision",
      "residential-placements",
    ]);
    expect(proposal.waiting[0]!.text).toBe(
      "School Admissions [admissions-review]: no minutes allotted: allot it minutes to have it planned",
    );
    // With nothing to change, the plan says so.
    const same = await propose(programmeOf(early()), { today: BEFORE_THE_YEAR, solver: highs });
    expect(same.ok && same.changes).toEqual([]);
    expect(same.ok && same.summary).toMatch(/No changes: the current plan already schedules the most it can\.$/);
    const closed = run(reviewing(early(), same), { type: "review-apply" });
    expect(closed.message?.text).toBe("Nothing to change: the plan is the current one");
  });

  it("accepting every change of a plan for emptied meetings gives the plan: every rule kept, every item where planned", async () => {
    // Four meetings' topics to the backlog (30 Nov keeps its own: a declaration ties SEND Strategy there).
    const emptied = ["2022-09", "2022-10", "2023-02", "2023-03"].flatMap((id) =>
      programmeOf(early())
        .meetings.find((m) => m.id === id)!
        .agenda.map(agendaItemId)
        .filter((item) => !programmeOf(early()).items.find((i) => i.id === item)!.procedural),
    );
    const s = backlogged(emptied);
    expect(emptied.length).toBeGreaterThan(8);
    const proposal = await propose(programmeOf(s), { today: BEFORE_THE_YEAR, solver: highs });
    if (!proposal.ok) throw new Error(JSON.stringify(proposal));
    expect(proposal.changes.length).toBeGreaterThanOrEqual(emptied.length - 1);
    const applied = run(reviewing(s, proposal), { type: "review-all", decision: "accept" }, { type: "review-apply" });
    expect(applied.history.length - s.history.length).toBe(proposal.changes.length);
    for (const { change } of proposal.changes) expect(placeOf(applied, change.item)).toBe(change.to ?? "backlog");
    expect(verifyPlan(programmeOf(s), programmeOf(applied), { today: BEFORE_THE_YEAR })).toEqual([]);
    // Standing items are back in their meetings, and the agendas fit: no error in the checks.
    expect(current(applied).findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 120_000);

  it("words the conflicts and the smallest repair when no plan keeps every rule, each finding once", async () => {
    const text = source
      .replace(
        "    title: Cabinet Q&A - Cllr Woodley\n",
        "    title: Cabinet Q&A - Cllr Woodley\n    pinned: 2023-02\n",
      )
      .replace(
        "    title: Cabinet Q&A - Cllr Bramble\n",
        "    title: Cabinet Q&A - Cllr Bramble\n    pinned: 2023-02\n",
      );
    const labels: string[] = [];
    const proposal = await propose(programmeOf(early(text)), {
      today: BEFORE_THE_YEAR,
      solver: highs,
      onProgress: (l) => labels.push(l),
    });
    if (proposal.ok) throw new Error("expected no plan");
    expect(proposal.headline).toBe("No plan keeps every rule.");
    expect(proposal.conflicts).toContain(
      "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to the February meeting.",
    );
    expect(proposal.repair).toBe(
      "Smallest repair: unpin Cabinet Q&A - Cllr Bramble (it can then go to the April meeting).",
    );
    // The check before solving that says what a conflict says is not said twice.
    expect(proposal.notes.some((n) => n.includes("are both pinned to the February meeting"))).toBe(false);
    expect(labels[0]).toBe("scheduling the most priority");
    expect(labels[1]).toMatch(
      /^no plan keeps every rule: finding which rules conflict and the smallest repair \(solve 2\)$/,
    );
  });

  it("stops at the next solve once the officer has cancelled", async () => {
    let solves = 0;
    let live = true;
    const counting: Solver = {
      name: "HiGHS (counted)",
      async solve(request) {
        solves++;
        live = false; // the officer presses Esc during the first solve
        return highs.solve(request);
      },
    };
    await expect(
      propose(programmeOf(backlogged(["ehcp-demographics"])), {
        today: BEFORE_THE_YEAR,
        solver: counting,
        isLive: () => live,
      }),
    ).rejects.toBeInstanceOf(AutoplanCancelled);
    expect(solves).toBe(1);
  });
});
