/**
 * Meeting slots for a municipal year (May to April) from a recurrence rule, skipping bank
 * holidays, council closure days and given ranges (school holidays, recess).
 *
 * rrule.js is used for dates only. It works in "floating" time: with `tzid` unset, the
 * Date objects it returns carry the wall-clock fields in their UTC getters, and mixing in
 * local getters shifts days by the machine's zone. So the rule is built at UTC midnight, y/m/d
 * are read with getUTC*, and the London start time is attached with `londonInstant` of
 * @scrutineer/dates, which knows the October and March clock changes whatever the machine's TZ
 * and reads a time the clocks skip or repeat as RFC 5545 §3.3.5 says (each such slot gets a note).
 */
import {
  fromDayNumber,
  isIsoDate,
  isMunicipalYear,
  isWallTime,
  type LondonInstant,
  londonInstant,
  municipalYearBounds,
  shortDate,
  toDayNumber,
} from "@scrutineer/dates";
import type { Meeting } from "@scrutineer/model";
import * as rruleModule from "rrule";
import * as z from "zod";
import { SlotRuleError } from "./errors.js";
import { parseSlotRule } from "./slot-rule.js";
import type { WorkingCalendar } from "./working-calendar.js";

// rrule ships CommonJS with an unmarked ESM build: Node's ESM loader exposes only `default`,
// bundlers expose the named exports. Accept either.
type RRuleLib = typeof import("rrule");
const rrule: RRuleLib =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: RRuleLib }).default;

/** One generated meeting date with its start in London and as an instant. */
export const Slot = z.object({
  date: z.iso.date(),
  /** "Mon 10 Jun 2024". */
  label: z.string(),
  /**
   * London wall clock, "HH:MM": what London's clocks show at the start. The start asked for,
   * except on the night the clocks go forward, when a skipped time shows an hour later (see `note`).
   */
  start: z.string(),
  /** The same moment as a UTC instant (ISO 8601), clock changes applied. */
  startsAt: z.string(),
  /** London's offset from UTC at the start: "+00:00" (GMT) or "+01:00" (BST). */
  utcOffset: z.string(),
  /** Only when the start asked for is skipped or repeated by a clock change that night: what was done. */
  note: z.string().optional(),
});
export type Slot = z.infer<typeof Slot>;

/**
 * A date the slot rule gives that `generateSlots` leaves out (`YYYY-MM-DD`), and why ("Good Friday", "school summer holiday").
 */
export const SkippedSlot = z.object({ date: z.iso.date(), reason: z.string() });
export type SkippedSlot = z.infer<typeof SkippedSlot>;

/**
 * `generateSlots`' answer: the municipal year, the rule as given and as an RRULE, the year's bounds
 * (`from`/`to`, 1 May to 30 April), the slots and the dates skipped.
 */
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

/** An inclusive range of dates (`YYYY-MM-DD`) to leave out of the slots, with a reason. */
export interface DateRange {
  from: string;
  to: string;
  /** Why the range is skipped ("school summer holiday"); shown against skipped dates. */
  reason?: string;
}

/** Options of `generateSlots`. */
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

const zoneName = (utcOffset: string) => (utcOffset === "+01:00" ? "BST" : "GMT");

/** The start of a slot: asked-for wall time → what the clocks show, the instant and, on a clock-change night, a note. */
function slotStart(date: string, start: string): Pick<Slot, "start" | "startsAt" | "utcOffset" | "note"> {
  // RFC 5545 §3.3.5, the default of londonInstant: the first of a repeated time, a skipped one moved forward.
  const at: LondonInstant = londonInstant(date, start);
  const slot: Pick<Slot, "start" | "startsAt" | "utcOffset" | "note"> = {
    start: at.time,
    startsAt: at.iso,
    utcOffset: at.utcOffset,
  };
  if (at.kind === "skipped")
    slot.note = `${start} does not exist in London on ${shortDate(date)} (the clocks go forward from 01:00 GMT to 02:00 BST): the meeting would start at ${at.time} ${zoneName(at.utcOffset)}`;
  else if (at.kind === "ambiguous")
    slot.note = `${start} happens twice in London on ${shortDate(date)} (the clocks go back from 02:00 BST to 01:00 GMT): this is the first, ${at.time} ${zoneName(at.utcOffset)} (RFC 5545)`;
  return slot;
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
    out.push(fromDayNumber(Math.floor(d.getTime() / 86_400_000))); // the inverse of utcMidnight
    return i < 5000; // a DAILY rule over a year is 366 dates; anything past this is a mistake
  });
  return out.filter((d) => d >= from && d <= to);
}

/**
 * Generate the municipal year's meeting slots (1 May to 30 April, `municipalYearBounds`).
 * Throws `SlotRuleError` for a rule, year, start or skipped range it cannot read.
 *
 * @example
 * const plan = generateSlots({ rule: "second Monday monthly except August", municipalYear: "2024/25", calendar: workingCalendar() });
 * plan.slots[0]?.date; // "2024-05-13"
 * plan.slots.length; // 11
 */
export function generateSlots(options: GenerateSlotsOptions): SlotPlan {
  if (!isMunicipalYear(options.municipalYear))
    throw new SlotRuleError(
      "invalid-municipal-year",
      options.municipalYear,
      `"${options.municipalYear}" is not a municipal year: write two consecutive years, e.g. 2024/25`,
    );
  const { from, to } = municipalYearBounds(options.municipalYear);
  const start = options.start ?? "19:00";
  // Checked before any work is done.
  if (!isWallTime(start))
    throw new SlotRuleError(
      "invalid-time",
      start,
      `start "${start}": expected a 24-hour time written HH:MM, e.g. 19:00`,
    );
  const skip = (options.skip ?? []).map((r) => {
    if (!isIsoDate(r.from) || !isIsoDate(r.to)) {
      throw new SlotRuleError(
        "invalid-skip-range",
        r,
        `skip ${r.from}..${r.to}: expected real dates written YYYY-MM-DD`,
      );
    }
    if (r.to < r.from)
      throw new SlotRuleError("invalid-skip-range", r, `skip ${r.from}..${r.to}: the range ends before it starts`);
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
    slots.push({ date, label: shortDate(date), ...slotStart(date, start) });
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
