/**
 * Meeting recurrence rules, written either as an iCalendar RRULE (RFC 5545 §3.3.10, e.g.
 * `FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2;BYMONTH=6,7,9,10,11,12,1,2,3,4`) or in plain words:
 *
 *   <which> <weekday> monthly [except <months>]     "second Monday monthly except August, May"
 *   every <weekday> [except <months>]               "every Wednesday except August"
 *   every other <weekday> [except <months>]         "every other Thursday"
 *
 * <which> is first, second, third, fourth or last (or 1st … 4th); "monthly" may be written
 * "each month", "every month", "of each month", "of the month" or "a month". Month and day
 * names may be abbreviated (Aug, Mon) and in any case. Rules are about dates only: a time of
 * day comes from the commission's usual start, never from the rule.
 */
import * as z from "zod";
import { SlotRuleError } from "./errors.js";

const FREQS = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"] as const;
const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
type DayCode = (typeof DAY_CODES)[number];

/** A rule reduced to the RRULE parts the slot generator uses. */
export const SlotRule = z.object({
  freq: z.enum(FREQS),
  interval: z.number().int().positive(),
  /** BYDAY entries: weekday code with an optional ordinal (2MO, -1FR). */
  byDay: z.array(z.object({ day: z.enum(DAY_CODES), n: z.number().int().optional() })),
  byMonth: z.array(z.number().int().min(1).max(12)),
  byMonthDay: z.array(z.number().int()),
  bySetPos: z.array(z.number().int()),
  count: z.number().int().positive().optional(),
  /** UNTIL as a plain date (YYYY-MM-DD). */
  until: z.iso.date().optional(),
  /** The rule as an RFC 5545 RRULE value (no DTSTART), whichever way it was written. */
  rrule: z.string(),
});
export type SlotRule = z.infer<typeof SlotRule>;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS: Record<string, DayCode> = {
  mon: "MO",
  tue: "TU",
  tues: "TU",
  wed: "WE",
  thu: "TH",
  thur: "TH",
  thurs: "TH",
  fri: "FR",
  sat: "SA",
  sun: "SU",
  monday: "MO",
  tuesday: "TU",
  wednesday: "WE",
  thursday: "TH",
  friday: "FR",
  saturday: "SA",
  sunday: "SU",
};
const DAY_NAMES: Record<DayCode, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  last: -1,
};

const WORDS_HELP =
  'write an RRULE such as "FREQ=MONTHLY;BYDAY=2MO" or words such as "second Monday monthly except August, May", "every Wednesday", "every other Thursday"';

function weekdayCode(word: string): DayCode | undefined {
  const w = word.toLowerCase().replace(/s$/, "");
  return WEEKDAYS[w] ?? WEEKDAYS[word.toLowerCase()];
}

/** A month by name or by its first three or more letters ("Aug", "Sept", "August"). */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

function toRrule(rule: Omit<SlotRule, "rrule">): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.n ?? ""}${d.day}`).join(",")}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(",")}`);
  if (rule.byMonth.length) parts.push(`BYMONTH=${rule.byMonth.join(",")}`);
  if (rule.bySetPos.length) parts.push(`BYSETPOS=${rule.bySetPos.join(",")}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${rule.until.replaceAll("-", "")}`);
  return parts.join(";");
}

function intList(key: string, value: string, min: number, max: number, allowNegative: boolean): number[] {
  return value.split(",").map((v) => {
    const n = Number(v);
    const ok = /^[+-]?\d+$/.test(v) && Math.abs(n) >= min && Math.abs(n) <= max && (allowNegative || n > 0);
    if (!ok)
      throw new SlotRuleError(
        "invalid-slot-rule",
        v,
        `${key}=${value}: "${v}" is not a whole number from ${min} to ${max}`,
      );
    return n;
  });
}

/** Read an RFC 5545 RRULE value (an optional leading "RRULE:" is allowed). */
export function parseRrule(text: string): SlotRule {
  const body = text.trim().replace(/^RRULE:/i, "");
  const rule: Omit<SlotRule, "rrule"> = {
    freq: "MONTHLY",
    interval: 1,
    byDay: [],
    byMonth: [],
    byMonthDay: [],
    bySetPos: [],
  };
  let freqSeen = false;
  const seen = new Set<string>();
  for (const part of body.split(";").filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq < 1) throw new SlotRuleError("invalid-slot-rule", part, `"${part}" is not a NAME=VALUE part of an RRULE`);
    const key = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1).toUpperCase();
    if (seen.has(key)) throw new SlotRuleError("invalid-slot-rule", key, `${key} appears twice in the rule`);
    seen.add(key);
    switch (key) {
      case "FREQ":
        if (!(FREQS as readonly string[]).includes(value)) {
          throw new SlotRuleError(
            "invalid-slot-rule",
            value,
            `FREQ=${value}: meetings recur YEARLY, MONTHLY, WEEKLY or DAILY`,
          );
        }
        rule.freq = value as SlotRule["freq"];
        freqSeen = true;
        break;
      case "INTERVAL":
        rule.interval = intList(key, value, 1, 52, false)[0] ?? 1;
        break;
      case "BYDAY":
        rule.byDay = value.split(",").map((v) => {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(v);
          if (!m)
            throw new SlotRuleError(
              "invalid-slot-rule",
              v,
              `BYDAY=${value}: "${v}" is not a weekday such as MO, 2MO or -1FR`,
            );
          const day = m[2] as DayCode;
          if (m[1] === undefined) return { day };
          const n = Number(m[1]);
          if (n === 0 || Math.abs(n) > 53)
            throw new SlotRuleError("invalid-slot-rule", v, `BYDAY=${value}: "${v}" has no such occurrence`);
          return { day, n };
        });
        break;
      case "BYMONTH":
        rule.byMonth = intList(key, value, 1, 12, false);
        break;
      case "BYMONTHDAY":
        rule.byMonthDay = intList(key, value, 1, 31, true);
        break;
      case "BYSETPOS":
        rule.bySetPos = intList(key, value, 1, 366, true);
        break;
      case "COUNT":
        rule.count = intList(key, value, 1, 1000, false)[0];
        break;
      case "UNTIL": {
        const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(value);
        if (!m) throw new SlotRuleError("invalid-slot-rule", value, `UNTIL=${value}: expected a date such as 20250430`);
        rule.until = `${m[1]}-${m[2]}-${m[3]}`;
        break;
      }
      case "WKST":
        if (!(DAY_CODES as readonly string[]).includes(value))
          throw new SlotRuleError("invalid-slot-rule", value, `WKST=${value}: not a weekday`);
        break;
      case "BYHOUR":
      case "BYMINUTE":
      case "BYSECOND":
        throw new SlotRuleError(
          "invalid-slot-rule",
          key,
          `${key}: a slot rule gives dates only; the start time comes from --start`,
        );
      default:
        throw new SlotRuleError(
          "invalid-slot-rule",
          key,
          `${key} is not an RRULE part this tool accepts (FREQ, INTERVAL, BYDAY, BYMONTH, BYMONTHDAY, BYSETPOS, COUNT, UNTIL, WKST)`,
        );
    }
  }
  if (!freqSeen) throw new SlotRuleError("invalid-slot-rule", text, `the RRULE has no FREQ: ${WORDS_HELP}`);
  if (rule.count !== undefined && rule.until)
    throw new SlotRuleError("invalid-slot-rule", text, "an RRULE may have COUNT or UNTIL, not both");
  return { ...rule, rrule: toRrule(rule) };
}

function parseMonths(text: string): number[] {
  const words = text
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((w) => w.trim())
    .filter(Boolean);
  if (!words.length)
    throw new SlotRuleError("invalid-slot-rule", text, `"except" needs month names, e.g. "except August, May"`);
  return words.map((w) => {
    const m = monthNumber(w);
    if (!m) throw new SlotRuleError("invalid-slot-rule", w, `"${w}" is not a month (write e.g. "except August, May")`);
    return m;
  });
}

/** Read a rule in the plain words documented at the top of this file. */
export function parseRuleWords(text: string): SlotRule {
  const cleaned = text.trim().replace(/\s+/g, " ");
  const [, pattern = "", exceptText] =
    /^(.*?)(?:\s+(?:except|but not|excluding)\s+(?:in\s+)?(.+))?$/i.exec(cleaned) ?? [];
  const except = exceptText ? parseMonths(exceptText) : [];
  const byMonth = except.length ? Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !except.includes(m)) : [];
  if (except.length && !byMonth.length)
    throw new SlotRuleError("invalid-slot-rule", text, "the rule excludes every month of the year");
  const words = pattern.toLowerCase().replace(/,/g, "").split(" ");
  let rule: Omit<SlotRule, "rrule"> | undefined;

  const monthly = /^(?:monthly|(?:of )?(?:each|every|the) month|a month)$/;
  if (words[0] === "every" && words[1] === "other" && words.length === 3) {
    const day = weekdayCode(words[2] ?? "");
    if (day) rule = { freq: "WEEKLY", interval: 2, byDay: [{ day }], byMonth, byMonthDay: [], bySetPos: [] };
  } else if (words[0] === "fortnightly" && words[1] === "on" && words.length === 3) {
    const day = weekdayCode(words[2] ?? "");
    if (day) rule = { freq: "WEEKLY", interval: 2, byDay: [{ day }], byMonth, byMonthDay: [], bySetPos: [] };
  } else if (words[0] === "every" && words.length === 2) {
    const day = weekdayCode(words[1] ?? "");
    if (day) rule = { freq: "WEEKLY", interval: 1, byDay: [{ day }], byMonth, byMonthDay: [], bySetPos: [] };
  } else if (words.length >= 3) {
    const n = ORDINALS[words[0] ?? ""];
    const day = weekdayCode(words[1] ?? "");
    if (n !== undefined && day && monthly.test(words.slice(2).join(" "))) {
      rule = { freq: "MONTHLY", interval: 1, byDay: [{ day, n }], byMonth, byMonthDay: [], bySetPos: [] };
    } else if ((words[0] === "a" || words[0] === "one") && day) {
      const name = DAY_NAMES[day];
      throw new SlotRuleError(
        "invalid-slot-rule",
        text,
        `say which ${name}: first, second, third, fourth or last (e.g. "second ${name} monthly")`,
      );
    }
  }
  if (!rule) throw new SlotRuleError("invalid-slot-rule", text, `cannot read the rule "${text.trim()}": ${WORDS_HELP}`);
  return { ...rule, rrule: toRrule(rule) };
}

/** Read a rule written as an RRULE (it contains "=") or in plain words. */
export function parseSlotRule(text: string): SlotRule {
  if (!text.trim()) throw new SlotRuleError("invalid-slot-rule", text, `the rule is empty: ${WORDS_HELP}`);
  return text.includes("=") ? parseRrule(text) : parseRuleWords(text);
}
