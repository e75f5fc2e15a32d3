import { timeAgenda } from "@scrutineer/agenda";
import { dateOrMonthWords } from "@scrutineer/dates";
import {
  agendaItemId,
  entryRecorded,
  type Finding,
  type FindingCode,
  findingAt,
  type Item,
  indexProgramme,
  type Meeting,
  type Programme,
  plural,
} from "@scrutineer/model";
import { alongsidePairs } from "../problem/alongside.js";
import { unavailableOn } from "../problem/availability.js";
import { cabinetQaNoticeAllows } from "../problem/cabinet-qa-notice.js";
import { meetingState } from "../problem/fixed-meetings.js";
import { followUpAllows, followUpsDue } from "../problem/follow-up-due.js";
import { mustSchedule } from "../problem/must-schedule.js";
import { isCabinetQa, MAX_CABINET_QA_PER_MEETING } from "../problem/one-cabinet-qa-per-meeting.js";
import { pinnedMeeting } from "../problem/pin.js";
import { inWindow } from "../problem/planning-window.js";
import { preparationAllows } from "../problem/preparation-lead.js";
import type { RangeAt } from "../problem/time-budget.js";

/**
 * The independent checker. A solver's "feasible" is not trusted: every plan is re-checked
 * here, rule by rule, on the resulting programme itself (agendas and backlog), with none of
 * the formulation's variables, indices or groups. The meeting's time is taken from the agenda
 * package's own timing (`timeAgenda`), not from the planner's budgets. An empty list means
 * the plan keeps every rule.
 *
 * What the planner may not move: meetings held or cancelled, procedural and withdrawn items,
 * items with an interest declared at their meeting, and items off every agenda with no minutes.
 */
export interface VerifyOptions {
  today: string;
  rangeAt?: RangeAt;
}

function stripAgenda(p: Programme): string {
  return JSON.stringify(p.meetings.map(({ agenda: _agenda, ...rest }) => rest));
}

/** Every way `after` breaks a planning rule, given the programme it was planned from. */
export function verifyPlan(before: Programme, after: Programme, options: VerifyOptions): Finding[] {
  const { today } = options;
  const rangeAt = options.rangeAt ?? "upper";
  const findings: Finding[] = [];
  const add = (code: FindingCode, message: string, extra: { meeting?: Meeting; item?: string } = {}) =>
    findings.push({
      severity: "error",
      code,
      message,
      ...(extra.meeting ? findingAt(extra.meeting) : {}),
      ...(extra.item ? { item: extra.item } : {}),
    });
  const was = indexProgramme(before);
  const now = indexProgramme(after);
  const items = now.items;

  // Nothing but agendas and the backlog may change.
  if (JSON.stringify(before.items) !== JSON.stringify(after.items))
    add("plan-items-changed", "the plan changed the items themselves, not only where they sit");
  if (stripAgenda(before) !== stripAgenda(after))
    add("plan-meetings-changed", "the plan changed meetings (dates, times or status), not only their agendas");

  const seen = new Map<string, string>();
  // An item already on several agendas travels (deferred, or standing): the planner leaves it so.
  const travels = new Set([...was.items.keys()].filter((id) => was.meetingsOfItem(id).length > 1));
  for (const m of after.meetings)
    for (const e of m.agenda) {
      const id = agendaItemId(e);
      if (!items.has(id))
        add("plan-unknown-item", `the agenda of ${dateOrMonthWords(m.date)} names an unknown item "${id}"`);
      if (seen.has(id) && !travels.has(id))
        add("plan-item-twice", `"${id}" is on two agendas (${seen.get(id)} and ${m.date})`, { item: id });
      seen.set(id, m.date);
    }
  for (const id of after.backlog) {
    if (seen.has(id)) add("plan-item-twice", `"${id}" is both in the backlog and on an agenda`, { item: id });
    if (!items.has(id)) add("plan-unknown-item", `the backlog names an unknown item "${id}"`);
  }
  if (new Set(after.backlog).size !== after.backlog.length) add("plan-item-twice", "an item is in the backlog twice");

  // What the planner may not move: held and cancelled meetings, procedural and withdrawn items,
  // items with an interest declared on them or their outcome recorded at their meeting.
  const wasAt = (id: string) => was.meetingOfItem(id)?.id;
  const nowAt = (id: string) => now.meetingOfItem(id)?.id;
  const movable = (item: Item): boolean => {
    if (item.status === "withdrawn" || item.procedural) return false;
    const meeting = was.meetingOfItem(item.id);
    // Off every agenda and without minutes: it waits until the officer allots some.
    if (meeting === undefined) return item.minutes !== undefined || item.pinned !== undefined;
    if (meetingState(meeting, today) !== "open") return false;
    if (meeting.declarations.some((d) => d.items.includes(item.id))) return false;
    // What the meeting recorded of the item ties it there too.
    return !meeting.agenda.some((e) => agendaItemId(e) === item.id && entryRecorded(e));
  };
  for (const meeting of before.meetings) {
    if (meetingState(meeting, today) === "open") continue;
    const planned = now.meetings.get(meeting.id);
    if (JSON.stringify(planned?.agenda) !== JSON.stringify(meeting.agenda))
      add(
        "plan-closed-meeting-changed",
        `the agenda of ${dateOrMonthWords(meeting.date)} changed, but that meeting is ${meeting.status === "cancelled" ? "cancelled" : "held"}`,
        { meeting },
      );
  }
  for (const item of after.items) {
    if (!movable(item) && wasAt(item.id) !== nowAt(item.id))
      add("plan-fixed-item-moved", `"${item.title}" was moved, but the planner may not move it`, { item: item.id });
  }

  // Rules on every open meeting.
  const followUps = followUpsDue(after);
  for (const meeting of after.meetings) {
    const original = was.meetings.get(meeting.id);
    if (!original || meetingState(original, today) !== "open") continue;
    const on = now.agenda(meeting).map((slot) => slot.item);
    const placedHere = on.filter(movable);

    const timing = timeAgenda(now, meeting);
    const used = rangeAt === "upper" ? timing.usedMinutes.max : timing.usedMinutes.min;
    const placedMinutes = placedHere.some((i) => i.minutes !== undefined && i.status !== "withdrawn");
    if (used > timing.availableMinutes && placedMinutes)
      add(
        "plan-over-time",
        `the meeting of ${dateOrMonthWords(meeting.date)} needs ${plural(used, "minute")} but has ${timing.availableMinutes} (${timing.start} to ${timing.plannedEnd})`,
        { meeting },
      );

    const qas = on.filter(isCabinetQa);
    if (qas.length > MAX_CABINET_QA_PER_MEETING && qas.some(movable))
      add("plan-two-cabinet-qas", `the meeting of ${dateOrMonthWords(meeting.date)} has ${qas.length} Cabinet Q&As`, {
        meeting,
      });

    for (const item of placedHere) {
      const at = { meeting, item: item.id };
      if (!inWindow(item, meeting.date))
        add(
          "plan-outside-window",
          `"${item.title}" is outside its window (${item.earliest ?? "…"} to ${item.latest ?? "…"})`,
          at,
        );
      const followUp = followUps.get(item.id);
      if (!followUpAllows(followUp, meeting.date))
        add(
          "plan-before-follow-up-due",
          `"${item.title}" is taken on ${dateOrMonthWords(meeting.date)}, before its follow-up is due (${dateOrMonthWords(followUp!.due)})`,
          at,
        );
      const away = unavailableOn(after, item, meeting.date);
      if (away.length > 0)
        add("plan-unavailable", `"${item.title}": ${away.map((p) => p.name).join(", ")} cannot attend`, at);
      if (!preparationAllows(item, meeting.date, today))
        add("plan-preparation-too-late", `"${item.title}" comes too soon after its preparation`, at);
      if (!cabinetQaNoticeAllows(item, meeting.date, after.commission.deadlines.cabinetNoticeWeeks, today))
        add("plan-cabinet-notice", `"${item.title}": the Cabinet member cannot be given the notice required`, at);
    }
  }

  // Must and pinned items.
  const openIds = new Set(before.meetings.filter((m) => meetingState(m, today) === "open").map((m) => m.id));
  for (const item of after.items) {
    if (!movable(item)) continue;
    const at = nowAt(item.id);
    if (mustSchedule(item) && (at === undefined || !openIds.has(at)))
      add("plan-must-missing", `"${item.title}" must be scheduled but is not`, { item: item.id });
    const pin = pinnedMeeting(item);
    if (pin !== undefined && at !== pin)
      add("plan-pin-broken", `"${item.title}" is pinned to ${pin} but is ${at ? `at ${at}` : "not scheduled"}`, {
        item: item.id,
      });
  }

  // Alongside: the same meeting, or both left out; an item whose partner cannot move may
  // only join it, or wait.
  for (const [a, b] of alongsidePairs(after)) {
    const ma = nowAt(a);
    const mb = nowAt(b);
    if (ma === mb) continue;
    const ia = items.get(a)!;
    const ib = items.get(b)!;
    if ((!movable(ia) && mb === undefined) || (!movable(ib) && ma === undefined)) continue;
    if (!movable(ia) && !movable(ib)) continue;
    add("plan-alongside-split", `"${ia.title}" and "${ib.title}" are to be taken alongside but are not together`, {
      item: a,
    });
  }
  return findings;
}
