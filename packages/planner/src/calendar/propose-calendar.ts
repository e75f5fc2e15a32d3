import { type CouncilFolder, roomOf } from "@scrutineer/council";
import { addDays, daysBetween, longDate, minutesOfDay, municipalYearBounds } from "@scrutineer/dates";
import { calendarFor, generateSlots } from "@scrutineer/deadlines";
import { ASSUMED_MEETING_MINUTES, indexProgramme, listJoin, Meeting, plural } from "@scrutineer/model";
import { type LpProgram, type LpRow, type LpTerm, writeLp } from "../solve/lp-text.js";
import { type Solver, solverFailed } from "../solve/solver.js";
import { meetingIdFor } from "./meeting-id.js";

/**
 * The council's calendar of meetings for a municipal year (issue 15): each committee with a
 * `cycle` in council.yaml gets its meetings on the days its rule gives (bank holidays, closure
 * days and council.yaml's dates to avoid left out), at least `minDaysApart` days apart, so that
 * no room, member, co-optee or supporting officer is due at two meetings at once (hard rules).
 * Soft rules, broken only when nothing else fits and then explained: every committee gets all its
 * meetings (a missing meeting costs 100), no officer supports more than `supportLoad` meetings
 * in seven days (10 per meeting over), no meeting in a pre-election period (5 each). Among
 * equal calendars, meetings nearer their evenly spaced ideal dates are preferred (at most 1 in
 * all, so never at the cost of a soft rule). The model is a MILP in CPLEX LP text, written by
 * the planner's one LP writer and solved by HiGHS, like the auto-planner's.
 */

/** The shortfall, support-load and pre-election costs, and the most the spacing preference can add. */
export const CALENDAR_COSTS = { missingMeeting: 100, supportOverLoad: 10, preElection: 5, spacing: 1 } as const;

/** What `proposeCalendar` needs: the year, the solver (HiGHS: `highsSolver()`), and how long it may search. */
export interface CalendarOptions {
  /** "2023/24". */
  municipalYear: string;
  solver: Solver;
  /** Default 10 seconds. */
  timeLimitSeconds?: number;
}

/** One proposed meeting. */
export interface ProposedMeeting {
  committee: string;
  date: string;
  start: string;
  venue: string;
}

/** What the calendar proposes, and each soft rule it had to break, in plain words. */
export interface CalendarProposal {
  municipalYear: string;
  status: "optimal" | "feasible";
  meetings: ProposedMeeting[];
  /** Plain sentences: a committee short of meetings, an officer over their load, a meeting in a pre-election period. */
  unmet: string[];
  /** Committees without a cycle in council.yaml, left out. */
  leftOut: string[];
  /** The solver's gap (0 when proven optimal). */
  gap: number;
  seconds: number;
}

/** One date a committee may meet on, and its column in the model. */
export interface Candidate {
  committee: number;
  slot: number;
  date: string;
  column: string;
}

/** A committee as the calendar sees it: its usual time and room, who it needs, its cycle and candidate dates. */
export interface CalendarBody {
  id: string;
  name: string;
  start: number;
  end: number;
  startText: string;
  venue: string;
  room: string;
  people: Set<string>;
  support: readonly string[];
  meetings: number;
  minDaysApart: number;
  candidates: Candidate[];
}

function bodiesOf(folder: CouncilFolder, municipalYear: string): { bodies: CalendarBody[]; leftOut: string[] } {
  const { from } = municipalYearBounds(municipalYear);
  const skip = folder.council.avoidDates.map((d) => ({ from: d.from, to: d.until ?? d.from, reason: d.reason }));
  const bodies: CalendarBody[] = [];
  const leftOut: string[] = [];
  for (const committee of folder.committees) {
    const { cycle } = committee.entry;
    const { commission, members, coOptees } = committee.index.programme;
    if (!cycle) {
      leftOut.push(commission.shortName);
      continue;
    }
    const start = minutesOfDay(commission.start);
    const end = commission.plannedEnd
      ? minutesOfDay(commission.plannedEnd)
      : start + (commission.usualLength ?? ASSUMED_MEETING_MINUTES);
    // Who sits on it next year: everyone whose term does not end before the year starts.
    const people = new Set(
      [...members, ...coOptees].filter((p) => p.until === undefined || p.until >= from).map((p) => p.id),
    );
    const slots = generateSlots({
      rule: cycle.rule,
      municipalYear,
      start: commission.start,
      skip,
      calendar: calendarFor(commission),
    }).slots;
    const index = bodies.length;
    bodies.push({
      id: committee.entry.id,
      name: commission.shortName,
      start,
      end: Math.max(end, start + 1),
      startText: commission.start,
      venue: commission.venue,
      room: roomOf(commission.venue, folder.council.venues),
      people,
      support: committee.entry.officers,
      meetings: cycle.meetings,
      minDaysApart: cycle.minDaysApart,
      candidates: slots.map((s, k) => ({ committee: index, slot: k, date: s.date, column: `x${index}_${k}` })),
    });
  }
  return { bodies, leftOut };
}

/** Whether two bodies can never meet on the same day: a shared room, member, co-optee or supporting officer at overlapping times. */
function conflict(a: CalendarBody, b: CalendarBody): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  if (a.room === b.room) return true;
  for (const id of a.support) if (b.support.includes(id)) return true;
  for (const id of a.people) if (b.people.has(id)) return true;
  return false;
}

/** The MILP of the calendar (see the module comment); pure, so the tests read its rows. */
export function buildCalendarLp(
  folder: CouncilFolder,
  municipalYear: string,
): { lp: LpProgram; bodies: CalendarBody[]; leftOut: string[] } {
  const { bodies, leftOut } = bodiesOf(folder, municipalYear);
  const { from, to } = municipalYearBounds(municipalYear);
  const yearDays = daysBetween(from, to);
  const rows: LpRow[] = [];
  const objective: LpTerm[] = [];
  const binaries: string[] = [];
  const bounds: { name: string; lower?: number; upper?: number }[] = [];
  const byDate = new Map<string, Candidate[]>();

  bodies.forEach((body, c) => {
    const terms: LpTerm[] = body.candidates.map((x) => ({ coef: 1, name: x.column }));
    // Every meeting it should have, or a shortfall that costs.
    rows.push({ name: `count${c}`, terms: [...terms, { coef: 1, name: `short${c}` }], sense: "=", rhs: body.meetings });
    objective.push({ coef: CALENDAR_COSTS.missingMeeting, name: `short${c}` });
    bounds.push({ name: `short${c}`, lower: 0, upper: body.meetings });
    // At most one meeting in any minDaysApart days.
    body.candidates.forEach((x, k) => {
      binaries.push(x.column);
      const window = body.candidates.filter((y) => y.slot >= k && daysBetween(x.date, y.date) < body.minDaysApart);
      if (window.length > 1)
        rows.push({
          name: `gap${c}_${k}`,
          terms: window.map((y) => ({ coef: 1, name: y.column })),
          sense: "<=",
          rhs: 1,
        });
      // Nearer the evenly spaced ideal dates is better; the whole preference stays below 1.
      const ideal = (n: number) => Math.round(((n + 0.5) * yearDays) / body.meetings);
      const day = daysBetween(from, x.date);
      let distance = yearDays;
      for (let n = 0; n < body.meetings; n++) distance = Math.min(distance, Math.abs(day - ideal(n)));
      const weight = (CALENDAR_COSTS.spacing * distance) / (yearDays * Math.max(1, body.meetings) * bodies.length);
      if (weight > 0) objective.push({ coef: Number(weight.toFixed(8)), name: x.column });
      const list = byDate.get(x.date);
      if (list) list.push(x);
      else byDate.set(x.date, [x]);
    });
  });

  // Hard: two bodies that share a room or a person never meet the same day at overlapping times.
  const clash = bodies.map((a, i) => bodies.map((b, j) => i !== j && conflict(a, b)));
  let r = 0;
  for (const [, candidates] of [...byDate].sort(([a], [b]) => a.localeCompare(b)))
    for (let i = 0; i < candidates.length; i++)
      for (let j = i + 1; j < candidates.length; j++) {
        const a = candidates[i] as Candidate;
        const b = candidates[j] as Candidate;
        if (clash[a.committee]?.[b.committee])
          rows.push({
            name: `clash${r++}`,
            terms: [
              { coef: 1, name: a.column },
              { coef: 1, name: b.column },
            ],
            sense: "<=",
            rhs: 1,
          });
      }

  // Soft: an officer's meetings in any seven days, beyond the council's limit, cost.
  const max = folder.council.supportLoad.maxMeetingsPerWeek;
  const officers = [...new Set(bodies.flatMap((b) => b.support))].sort();
  officers.forEach((officer, o) => {
    const theirs = [...byDate.values()]
      .flat()
      .filter((x) => (bodies[x.committee] as CalendarBody).support.includes(officer));
    const days = [...new Set(theirs.map((x) => x.date))].sort();
    days.forEach((day, d) => {
      const week = theirs.filter((x) => x.date >= day && x.date <= addDays(day, 6));
      if (week.length <= max) return;
      rows.push({
        name: `load${o}_${d}`,
        terms: [...week.map((x) => ({ coef: 1, name: x.column })), { coef: -1, name: `over${o}_${d}` }],
        sense: "<=",
        rhs: max,
      });
      objective.push({ coef: CALENDAR_COSTS.supportOverLoad, name: `over${o}_${d}` });
      bounds.push({ name: `over${o}_${d}`, lower: 0 });
    });
  });

  // Soft: meetings in a pre-election period cost.
  for (const election of folder.council.elections)
    for (const x of [...byDate.values()].flat())
      if (x.date >= election.periodFrom && x.date <= election.poll)
        objective.push({ coef: CALENDAR_COSTS.preElection, name: x.column });

  return { lp: { sense: "minimize", objective, rows, bounds, binaries }, bodies, leftOut };
}

/**
 * Propose the year's calendar for every committee with a cycle (see the module comment).
 * Throws `PlannerError` "solver-failed" when the solver fails. Every soft rule has a cost, so a
 * calendar always exists (at worst with meetings missing, each said in `unmet`).
 */
export async function proposeCalendar(folder: CouncilFolder, options: CalendarOptions): Promise<CalendarProposal> {
  const { lp, bodies, leftOut } = buildCalendarLp(folder, options.municipalYear);
  const result = await options.solver.solve({
    lp: writeLp(lp),
    timeLimitSeconds: options.timeLimitSeconds ?? 10,
    relativeGap: 0,
  });
  if (result.status !== "optimal" && result.status !== "feasible") throw solverFailed(result);
  const chosen = (x: Candidate) => (result.values[x.column] ?? 0) > 0.5;
  const meetings: ProposedMeeting[] = bodies
    .flatMap((b) =>
      b.candidates.filter(chosen).map((x) => ({ committee: b.id, date: x.date, start: b.startText, venue: b.venue })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.committee.localeCompare(b.committee));
  const unmet: string[] = [];
  bodies.forEach((b) => {
    const placed = b.candidates.filter(chosen).length;
    if (placed < b.meetings)
      unmet.push(
        `${b.name}: only ${placed} of ${b.meetings} meetings fit. Its rule gives ${plural(b.candidates.length, "date")} in the year once bank holidays, closure days and dates to avoid are left out; meetings must be ${b.minDaysApart} days apart and never at the same time as a body sharing its room, a member or its officer.`,
      );
  });
  const max = folder.council.supportLoad.maxMeetingsPerWeek;
  const officerNames = new Map(folder.council.register.officers.map((o) => [o.id, o.name]));
  for (const officer of [...new Set(bodies.flatMap((b) => b.support))].sort()) {
    const theirs = meetings.filter((m) => bodies.find((b) => b.id === m.committee)?.support.includes(officer));
    for (let i = 0; i < theirs.length; ) {
      const first = theirs[i] as ProposedMeeting;
      let j = i + 1;
      while (j < theirs.length && daysBetween(first.date, (theirs[j] as ProposedMeeting).date) < 7) j++;
      if (j - i > max) {
        unmet.push(
          `${officerNames.get(officer) ?? officer} supports ${j - i} meetings in the seven days from ${longDate(first.date)} (council.yaml allows ${max}): ${listJoin(theirs.slice(i, j).map((m) => bodies.find((b) => b.id === m.committee)?.name ?? m.committee))}.`,
        );
        i = j;
      } else i++;
    }
  }
  for (const election of folder.council.elections)
    for (const m of meetings)
      if (m.date >= election.periodFrom && m.date <= election.poll)
        unmet.push(
          `${bodies.find((b) => b.id === m.committee)?.name ?? m.committee} meets on ${longDate(m.date)}, in the pre-election period before the ${election.title} poll on ${longDate(election.poll)}: no other date fitted.`,
        );
  return {
    municipalYear: options.municipalYear,
    status: result.status,
    meetings,
    unmet,
    leftOut,
    gap: result.gap ?? 0,
    seconds: result.seconds,
  };
}

/**
 * The council folder as it would be with the proposal's meetings in place of each proposed
 * committee's own (ids `YYYY-MM`, or `YYYY-MM-DD` for a second meeting in a month), for checking
 * the proposal with the same rules as `scrutineer check` (`councilFindings`): an independent
 * check that no hard rule was broken.
 */
export function proposedFolder(folder: CouncilFolder, proposal: CalendarProposal): CouncilFolder {
  return {
    council: folder.council,
    committees: folder.committees.map((c) => {
      const mine = proposal.meetings.filter((m) => m.committee === c.entry.id);
      if (mine.length === 0) return c;
      const taken = new Set<string>();
      const meetings = mine.map((m) => Meeting.parse({ id: meetingIdFor(m.date, taken), date: m.date }));
      return { ...c, index: indexProgramme({ ...c.index.programme, meetings, events: [] }) };
    }),
  };
}
