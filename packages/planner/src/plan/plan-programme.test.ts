import { readFileSync } from "node:fs";
import { agendaItemId, applyEditToSource, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, unrecorded, withItem } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { currentPlacements } from "../solve/model-builder.js";
import { changeEdit, planChanges, planEdits, plannedProgramme } from "./plan-programme.js";

const source = readFileSync(
  new URL("../../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url),
  "utf8",
);
const agenda = (p: ReturnType<typeof example>, id: string) =>
  p.meetings.find((m) => m.id === id)!.agenda.map(agendaItemId);

describe("plannedProgramme and planEdits", () => {
  const problem = planningProblem(withItem(example(), "admissions-review", { minutes: 30 }), { today: "2022-05-01" });
  const placements = currentPlacements(problem);
  placements.set("send-action-plan", "2022-10"); // a move
  placements.delete("foster-carers"); // off to the backlog
  placements.set("admissions-review", "2023-01"); // an addition
  const planned = plannedProgramme(problem, placements);

  it("keeps staying entries where they were and puts newcomers before the closing procedural items", () => {
    expect(agenda(planned, "2022-10")).toEqual([
      "exclusions-monitoring-2022",
      "ofsted-focused-visit",
      "food-poverty-fsm",
      "send-action-plan",
      "work-programme-2022-10",
    ]);
    expect(agenda(planned, "2023-01").slice(-3)).toEqual([
      "admissions-review",
      "work-programme-2023-01",
      "previous-minutes-2023-01",
    ]);
    // The front sheet's stated times stay with the entries that stay.
    expect(planned.meetings.find((m) => m.id === "2023-01")!.agenda[0]).toEqual({
      item: "chscp-annual-report-2022",
      statedStart: "19:05",
      pages: "9-200",
    });
    expect(planned.backlog).toEqual(["residential-placements", "graduated-send-provision", "foster-carers"]);
  });

  it("lists the changes in meeting order", () => {
    expect(planChanges(problem, placements).map((c) => [c.kind, c.item, c.from ?? "-", c.to ?? "-"])).toEqual([
      ["unschedule", "foster-carers", "2022-09", "-"],
      ["move", "send-action-plan", "2023-02", "2022-10"],
      ["add", "admissions-review", "-", "2023-01"],
    ]);
  });

  it("an alongside partner joins its partner rather than the end of the agenda", () => {
    // November as it stood before it was held: its recorded outcomes would tie the items there.
    const p = planningProblem(unrecorded(example(), "2022-11"), { today: "2022-05-01" });
    const place = currentPlacements(p);
    place.set("cfs-annual-report-2022", "2023-01");
    place.set("cfs-budget-monitoring-2022", "2023-01");
    expect(agenda(plannedProgramme(p, place), "2023-01")).toEqual([
      "chscp-annual-report-2022",
      "unregistered-settings-update",
      "exclusions-review-update",
      "fsm-letter",
      "cfs-annual-report-2022",
      "cfs-budget-monitoring-2022",
      "work-programme-2023-01",
      "previous-minutes-2023-01",
    ]);
  });

  it("each change is also an edit of its own, to accept or reject one by one", () => {
    const edits = planChanges(problem, placements).map(changeEdit);
    expect(edits).toEqual([
      { type: "move-item", item: "foster-carers", to: "backlog" },
      { type: "move-item", item: "send-action-plan", to: { meeting: "2022-10" } },
      { type: "move-item", item: "admissions-review", to: { meeting: "2023-01" } },
    ]);
    // Accepting only the second: the file holds that move and nothing else.
    const text = applyEditToSource(source, edits[1]!);
    const parsed = parseProgramme(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(agenda(parsed.programme, "2022-10")).toContain("send-action-plan");
    expect(agenda(parsed.programme, "2022-09")).toContain("foster-carers");
  });

  it("the edits, applied to the file with applyEdit, give exactly the planned programme and keep every comment", () => {
    let text = source;
    for (const edit of planEdits(problem.programme, planned)) text = applyEditToSource(text, edit);
    const parsed = parseProgramme(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.programme.meetings).toEqual(planned.meetings);
    expect(parsed.programme.backlog).toEqual(planned.backlog);
    for (const line of source.split("\n").filter((l) => l.trim().startsWith("#"))) expect(text).toContain(line);
  });
});
