import { readFileSync } from "node:fs";
import { agendaItemId } from "@scrutineer/model";
import { changeEdit, type PlanChange } from "@scrutineer/planner";
import type { Key } from "ink";
import { hashSource } from "../src/io/journal.js";
import { actionFor, NO_KEY } from "../src/planner/input/keys.js";
import { changeText } from "../src/planner/jobs/autoplan-job.js";
import {
  type Action,
  current,
  initialState,
  type PlannerState,
  type Proposal,
  programmeOf,
  reduce,
} from "../src/planner/state/index.js";
import { example } from "./helpers.js";

/**
 * The planner's state on the real example, shared by the tests of each concern's reducer
 * (src/planner/state/*.test.ts) and of the auto-plan job.
 */

export const source = readFileSync(example, "utf8");
export const TODAY = "2023-01-09";

export function start(
  overrides: Partial<Parameters<typeof initialState>[0]> = {},
  options: Parameters<typeof initialState>[1] = {},
): PlannerState {
  return initialState(
    { file: "programme.yaml", source, baseHash: hashSource(source), today: TODAY, ...overrides },
    options,
  );
}

export function run(state: PlannerState, ...actions: Action[]): PlannerState {
  return actions.reduce(reduce, state);
}

export const meetingOf = (s: PlannerState, id: string) => programmeOf(s).meetings.find((m) => m.id === id)!;
export const agendaOf = (s: PlannerState, id: string) =>
  meetingOf(s, id).agenda.map((e) => (typeof e === "string" ? e : e.item));
export const codes = (s: PlannerState, meeting: string) =>
  current(s)
    .findings.filter((f) => f.meeting === meeting)
    .map((f) => f.code);

// --- The auto-plan (issue 8): p proposes, the officer accepts or rejects each change -----------

export const BEFORE_THE_YEAR = "2022-05-01";

const KEYS: Key = NO_KEY;
export const press = (s: PlannerState, input: string, key: Partial<Key> = {}) =>
  actionFor(s, input, { ...KEYS, ...key });

export function early(text = source): PlannerState {
  return initialState({ file: "programme.yaml", source: text, baseHash: hashSource(text), today: BEFORE_THE_YEAR });
}

export const placeOf = (s: PlannerState, item: string) =>
  programmeOf(s).meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === item))?.id ??
  (programmeOf(s).backlog.includes(item) ? "backlog" : "nowhere");

/** A proposal built by hand from changes to the real programme (the planner's own wording and edits). */
export function proposalOf(s: PlannerState, changes: PlanChange[]): Proposal {
  return {
    ok: true,
    today: BEFORE_THE_YEAR,
    summary: "Verified: the plan keeps every rule.",
    changes: changes.map((change) => ({
      change,
      edit: changeEdit(change),
      text: changeText(programmeOf(s), change),
    })),
    waiting: [{ item: "admissions-review", text: "School Admissions: no minutes allotted" }],
    notes: [],
    solver: "HiGHS",
    seconds: 0.4,
  };
}

export const THREE: PlanChange[] = [
  { kind: "add", item: "residential-placements", title: "Residential Placements", minutes: 0, to: "2023-04" },
  {
    kind: "move",
    item: "exam-results-2022",
    title: "School Exam Results 2022",
    minutes: 20,
    from: "2022-09",
    to: "2023-03",
  },
  {
    kind: "unschedule",
    item: "ehcp-demographics",
    title: "Demographics of EHCPs in Hackney",
    minutes: 40,
    from: "2022-09",
  },
];

export function reviewing(s: PlannerState, proposal: Proposal): PlannerState {
  const asked = run(s, { type: "autoplan-request" });
  const at = asked.mode.kind === "planning" ? asked.mode.run : -1;
  return run(asked, { type: "autoplan-finished", run: at, proposal });
}

export const decisionsOf = (s: PlannerState) => (s.mode.kind === "review" ? s.mode.decisions : []);
export const cursorOf = (s: PlannerState) => (s.mode.kind === "review" ? s.mode.cursor : -1);
