/**
 * Meeting slots for a municipal year (May to April) from a recurrence rule, skipping bank
 * holidays, council closure days and given ranges (school holidays, recess).
 *
 * rrule.js is used for dates only. It works in "floating" time: with `tzid` unset, the
 * Date objects it returns carry the wall-clock fields in their UTC getters, and mixing in
 * local getters shifts days by the machine's zone. So the rule is built at UTC midnight, y/m/d
 * are read with getUTC*, and the Europe/London start time is attached here with @date-fns/tz,
 * which knows the October and March clock changes whatever the machine's TZ.
 */
import { TZDate } from "@date-fns/tz";
import type { Meeting, MeetingStatus } from "@scrutineer/model";
import * as rruleModule from "rrule";
import { z } from "zod";
import { formatDate, isIsoDate, toDayNumber } from "./plain-date.js";
import { parseSlotRule, SlotRuleError } from "./slot-rule.js";
import type { WorkingCalendar } from "./working-calendar.js";

// rrule ships CommonJS with an unmarked ESM build: Node's ESM loader exposes only `default`,
// bundlers expose the named exports. Accept either.
type RRuleLib = typeof import("rrule");
const rrule: RRuleLib =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: RRuleLib }).default;

export const LONDON = "Europe/London";

export const Slot = z.object({
  date: z.iso.date(),
  /** "Mon 10 Jun 2024". */
  label: z.string(),
  /** Europe/London wall clock, "HH:MM". */
  start: z.string(),
  /** The same moment as a UTC instant (ISO 8601), clock changes applied. */
  startsAt: z.string(),
  /** Europe/London's offset from UTC on that day: "+00:00" (GMT) or "+01:00" (BST). */
  utcOffset: z.string(),
});
export type Slot = z.infer<typeof Slot>;

export const SkippedSlot = z.object({ date: z.iso.date(), reason: z.string() });
export type SkippedSlot = z.infer<typeof SkippedSlot>;

export const SlotPlan = z.object({
  municipalYear: z.string(),
  /** The rule as given. */
  rule: z.string(),
  /** The rule as an RFC 5545 RRULE value. */
  rrule: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  slots: z.array(Slot),
  skipped: z.array(SkippedSlot),
});
export type SlotPlan = z.infer<typeof SlotPlan>;

export interface DateRange {
  from: string;
  to: string;
  /** Why the range is skipped ("school summer holiday"); shown against skipped dates. */
  reason?: string;
}

export interface GenerateSlotsOptions {
  /** An RRULE value or plain words (see slot-rule.ts). */
  rule: string;
  /** "2024/25": 1 May 2024 to 30 Apr 2025. */
  municipalYear: string;
  /** Europe/London wall-clock start, default "19:00". */
  start?: string;
  /** Date ranges to leave out (inclusive). */
  skip?: readonly DateRange[];
  /** Bank holidays and council closures are skipped; weekends only if the rule asks for them. */
  calendar: WorkingCalendar;
}

/** The municipal year's first and last day: 1 May to 30 April. */
export function municipalYearRange(municipalYear: string): { from: string; to: string } {
  const m = /^(\d{4})\/(\d{2})$/.exec(municipalYear);
  const first = Number(m?.[1]);
  if (!m || (first + 1) % 100 !== Number(m[2])) {
    throw new SlotRuleError(`"${municipalYear}" is not a municipal year: write two consecutive years, e.g. 2024/25`);
  }
  return { from: `${m[1]}-05-01`, to: `${first + 1}-04-30` };
}

/** The Europe/London wall clock on a date as a UTC instant and offset. */
export function londonInstant(date: string, time: string): { startsAt: string; utcOffset: string } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new SlotRuleError(`start "${time}": expected a 24-hour time written HH:MM, e.g. 19:00`);
  const [y, mo, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
  const local = new TZDate(y, mo, d, Number(m[1]), Number(m[2]), LONDON);
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const utcOffset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return { startsAt: new Date(local.getTime()).toISOString(), utcOffset };
}

const WEEKDAY: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
const FREQ: Record<string, number> = { YEARLY: 0, MONTHLY: 1, WEEKLY: 2, DAILY: 3 };

function utcMidnight(date: string): Date {
  return new Date(toDayNumber(date) * 86_400_000);
}

/** The rule's dates within [from, to], as YYYY-MM-DD. */
export function ruleDates(ruleText: string, from: string, to: string): string[] {
  const parsed = parseSlotRule(ruleText);
  const { RRule } = rrule;
  const until = parsed.until && parsed.until < to ? parsed.until : to;
  const options: Partial<import("rrule").Options> = {
    freq: FREQ[parsed.freq],
    interval: parsed.interval,
    dtstart: utcMidnight(from),
    until: utcMidnight(until),
    tzid: null,
  };
  if (parsed.byDay.length) {
    options.byweekday = parsed.byDay.map((d) => new rrule.Weekday(WEEKDAY[d.day] ?? 0, d.n));
  }
  if (parsed.byMonth.length) options.bymonth = parsed.byMonth;
  if (parsed.byMonthDay.length) options.bymonthday = parsed.byMonthDay;
  if (parsed.bySetPos.length) options.bysetpos = parsed.bySetPos;
  if (parsed.count !== undefined) options.count = parsed.count;
  const out: string[] = [];
  new RRule(options).all((d, i) => {
    out.push(
      `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`,
    );
    return i < 5000; // a DAILY rule over a year is 366 dates; anything past this is a mistake
  });
  return out.filter((d) => d >= from && d <= to);
}

/** Generate the municipal year's meeting slots. Throws `SlotRuleError` for a rule or year it cannot read. */
export function generateSlots(options: GenerateSlotsOptions): SlotPlan {
  const { from, to } = municipalYearRange(options.municipalYear);
  const start = options.start ?? "19:00";
  londonInstant(from, start); // check the time before doing any work
  const skip = (options.skip ?? []).map((r) => {
    if (!isIsoDate(r.from) || !isIsoDate(r.to)) {
      throw new SlotRuleError(`skip ${r.from}..${r.to}: expected real dates written YYYY-MM-DD`);
    }
    if (r.to < r.from) throw new SlotRuleError(`skip ${r.from}..${r.to}: the range ends before it starts`);
    return r;
  });
  const slots: Slot[] = [];
  const skipped: SkippedSlot[] = [];
  for (const date of ruleDates(options.rule, from, to)) {
    const range = skip.find((r) => date >= r.from && date <= r.to);
    if (range) {
      skipped.push({ date, reason: range.reason ?? `in the skipped range ${range.from} to ${range.to}` });
      continue;
    }
    const why = options.calendar.nonWorkingReason(date);
    if (why && why !== "Saturday" && why !== "Sunday") {
      skipped.push({ date, reason: why });
      continue;
    }
    slots.push({ date, label: formatDate(date), start, ...londonInstant(date, start) });
  }
  return {
    municipalYear: options.municipalYear,
    rule: options.rule,
    rrule: parseSlotRule(options.rule).rrule,
    from,
    to,
    slots,
    skipped,
  };
}

/**
 * Meetings for the generated slots, ids `YYYY-MM` as in the example programme (a second
 * meeting in the same month gets `YYYY-MM-DD`). Dates are provisional until confirmed.
 */
export function slotsToMeetings(plan: SlotPlan, options: { start?: string } = {}): Meeting[] {
  const used = new Set<string>();
  return plan.slots.map((slot) => {
    let id = slot.date.slice(0, 7);
    if (used.has(id)) id = slot.date;
    used.add(id);
    const meeting: Meeting = {
      id,
      date: slot.date,
      status: "scheduled",
      dateConfirmed: false,
      agenda: [],
      declarations: [],
    };
    if (options.start) meeting.start = options.start;
    return meeting;
  });
}

/** Move a meeting: its id stays, and it remembers the date it was first set for. */
export function moveMeeting(meeting: Meeting, to: string): Meeting {
  if (!isIsoDate(to)) throw new SlotRuleError(`cannot move to "${to}": expected a real date written YYYY-MM-DD`);
  if (to === meeting.date) return meeting;
  // Stated dispatch and papers deadlines belonged to the old date: the rules apply afresh.
  const { dispatch: _dispatch, papersDeadline: _papers, ...rest } = meeting;
  const status: MeetingStatus = "moved";
  return { ...rest, date: to, status, movedFrom: meeting.movedFrom ?? meeting.date };
}

/** Cancel a meeting: it keeps its id and date, and has no deadlines. */
export function cancelMeeting(meeting: Meeting): Meeting {
  return { ...meeting, status: "cancelled" };
}
