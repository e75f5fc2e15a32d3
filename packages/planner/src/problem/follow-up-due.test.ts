// A follow-up due within the year is an item the auto-planner must consider: taken at a meeting
// on or after its due date when one has room, else left in the backlog with the reason. On the
// real 2022/23 programme with the School Exclusions follow-up proposed (due 14 March 2023).
import { agendaItemId, applyEditToSource, type Programme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { solver, unplannedSource, withItem } from "../../test/support.js";
import { proposeFollowUps } from "../follow-ups/propose-follow-ups.js";
import { autoplan } from "../plan/autoplan.js";
import { verifyPlan } from "../plan/verify-plan.js";
import { followUpAllows, followUpsDue } from "./follow-up-due.js";
import { planningProblem } from "./planning-problem.js";

const load = (text: string): Programme => {
  const parsed = parseProgramme(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return parsed.programme;
};

/** The example with the proposed follow-up written in, in the backlog. */
function proposed(text = unplannedSource): Programme {
  let out = text;
  for (const edit of proposeFollowUps(load(text)).edits) out = applyEditToSource(out, edit);
  return load(out);
}
const ITEM = "school-exclusions-update-2023";
const today = "2022-05-01";
const meetingOf = (p: Programme, id: string) => p.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === id));

/** The same programme with every recommendation's follow-up of ITEM due on `due`. */
function dueOn(p: Programme, due: string): Programme {
  return {
    ...p,
    reviews: p.reviews.map((r) => ({
      ...r,
      recommendations: r.recommendations.map((rec) =>
        rec.followUp?.item === ITEM ? { ...rec, followUp: { item: ITEM, due } } : rec,
      ),
    })),
  };
}

describe("follow-up due", () => {
  it("reads each item's earliest due date from the recommendations it follows up; a date alone binds nothing", () => {
    const p = proposed();
    expect(followUpsDue(p).get(ITEM)).toEqual({
      item: ITEM,
      due: "2023-03-14",
      reviews: ["Outcome of School Exclusions"],
    });
    const earlier = {
      ...p,
      reviews: p.reviews.map((r, i) =>
        i === 0
          ? {
              ...r,
              recommendations: r.recommendations.map((rec, j) =>
                j === 4
                  ? { ...rec, followUp: { item: ITEM, due: "2023-01-31" } }
                  : j === 5
                    ? { ...rec, followUp: { due: "2022-06-01" } }
                    : rec,
              ),
            }
          : r,
      ),
    };
    expect(followUpsDue(earlier).get(ITEM)?.due).toBe("2023-01-31");
    expect([...followUpsDue(earlier).keys()]).toEqual([ITEM]);
    expect(followUpAllows(undefined, "2022-01-01")).toBe(true);
    expect(followUpAllows({ item: ITEM, due: "2023-03-14", reviews: [] }, "2023-03-14")).toBe(true);
    expect(followUpAllows({ item: ITEM, due: "2023-03-14", reviews: [] }, "2023-03-13")).toBe(false);
  });

  it("rules out the meetings before the due date, and only those", () => {
    const problem = planningProblem(proposed(), { today });
    const group = problem.groups.find((g) => g.id === `follow-up:${ITEM}`)!;
    expect(group.kind).toBe("follow-up");
    expect(group.excludes.map((e) => e.meeting)).toEqual([
      "2022-07",
      "2022-09",
      "2022-10",
      "2022-11",
      "2023-01",
      "2023-02",
    ]);
    expect(problem.items.find((i) => i.id === ITEM)?.followUp?.due).toBe("2023-03-14");
  });

  it("the auto-planner takes the follow-up at a meeting on or after its due date, and the plan checks", async () => {
    const before = proposed();
    const result = await autoplan(before, { today, solver });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const at = meetingOf(result.plan.programme, ITEM);
    expect(at!.date >= "2023-03-14").toBe(true);
    expect(verifyPlan(before, result.plan.programme, { today })).toEqual([]);
  });

  it("with no room on or after the due date it waits, and the backlog says it is a follow-up and why", async () => {
    const big = withItem(proposed(), ITEM, { minutes: 180 });
    const result = await autoplan(big, { today, solver });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const entry = result.plan.backlog.find((b) => b.item === ITEM)!;
    expect(entry.reasons[0]).toBe(
      "it follows up the recommendations of Outcome of School Exclusions, due on 14 March 2023",
    );
    expect(entry.reasons[1]).toMatch(
      /^no room: every meeting it could go to is full for its 180 minutes \(the March meeting has \d+ minutes left and the April meeting has \d+ minutes left\)$/,
    );
  });

  it("a follow-up due after the year's last meeting waits for next year's programme, and says so", async () => {
    const result = await autoplan(dueOn(proposed(), "2023-06-01"), { today, solver });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const entry = result.plan.backlog.find((b) => b.item === ITEM)!;
    expect(entry.reasons[1]).toBe(
      "no remaining meeting suits it: Outcome of School Exclusions: update on the recommendations follows up the recommendations of Outcome of School Exclusions and is due on 1 June 2023, after this year's last meeting: it is for next year's programme",
    );
  });

  it("the independent check refuses a follow-up taken before it is due", () => {
    const before = proposed();
    const after = {
      ...before,
      backlog: before.backlog.filter((id) => id !== ITEM),
      meetings: before.meetings.map((m) => (m.id === "2023-02" ? { ...m, agenda: [...m.agenda, ITEM] } : m)),
    };
    expect(verifyPlan(before, after, { today }).map((f) => [f.code, f.message])).toEqual([
      [
        "plan-before-follow-up-due",
        '"Outcome of School Exclusions: update on the recommendations" is taken on 27 February 2023, before its follow-up is due (14 March 2023)',
      ],
    ]);
  });
});
