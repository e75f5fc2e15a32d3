import { isIsoDate, isMunicipalYear } from "@scrutineer/dates";
import * as z from "zod";
import { refusedCharacterMessage, refusedCharacters } from "./characters.js";
import { FIRST_PROGRAMME_YEAR, LAST_PROGRAMME_YEAR, MAX_ITEM_MINUTES } from "./limits.js";

/** The JSON Schema patterns of the two kinds of text (editors flag a refused character as it is typed). */
const refused = "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069";
/**
 * The JSON Schema pattern of multi-line text: no control characters but line feed and tab, no Unicode
 * line or paragraph separators and no bidirectional overrides (trojan-source, CVE-2021-42574).
 */
export const TEXT_PATTERN = `^[^${refused}]*$`;
/** The JSON Schema pattern of one line of text: `TEXT_PATTERN` without line feeds. */
export const LINE_PATTERN = `^[^\\u000A${refused}]*$`;

function text(oneLine: boolean) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const [first] = refusedCharacters(s, { lineBreaks: !oneLine, max: 1 });
      if (first)
        ctx.addIssue({
          code: "custom",
          message: refusedCharacterMessage(first, oneLine),
          params: { code: "control-character", oneLine },
        });
    })
    .meta({ pattern: oneLine ? LINE_PATTERN : TEXT_PATTERN });
}

/**
 * Free text that may run over several lines (objectives, notes, the nature of an interest).
 * Control characters, DEL, C1 controls, bidi embeddings, overrides and isolates and the Unicode
 * line separators are refused with the field and character (see characters.ts); tab and line
 * feed are allowed.
 */
export const Text = text(false);
export type Text = z.infer<typeof Text>;

/** One line of text (titles, names, venues): as `Text`, and a line break is refused too. */
export const Line = text(true);
export type Line = z.infer<typeof Line>;

/**
 * A web address that an output links to (livestream, webpage): http or https only, so a
 * `javascript:`, `data:` or `file:` address never reaches a published page or feed.
 */
export const WebAddress = z
  .url({ protocol: /^https?$/, error: "expected a web address starting https:// (or http://)" })
  .superRefine((s, ctx) => {
    const [first] = refusedCharacters(s, { lineBreaks: false, max: 1 });
    if (first)
      ctx.addIssue({
        code: "custom",
        message: refusedCharacterMessage(first, true),
        params: { code: "control-character", oneLine: true },
      });
  })
  .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });
export type WebAddress = z.infer<typeof WebAddress>;

/**
 * Stable identifiers: lower-case words joined by hyphens. They never change when a
 * meeting is moved or an item retitled, so calendar UIDs and saved plans can rely on them.
 */
export const Id = z.string({ error: "expected an id such as school-admissions" }).regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: "an id uses lower-case letters, digits and hyphens only (e.g. school-admissions)",
});
export type Id = z.infer<typeof Id>;

/**
 * A calendar date as written in the programme file: `YYYY-MM-DD`. Impossible dates such as
 * 2023-02-30 are refused, and so are years outside those a programme may hold
 * (`FIRST_PROGRAMME_YEAR`–`LAST_PROGRAMME_YEAR`, docs/limits.md): the bank holidays the deadlines
 * count are known for them, and they lie within the years @scrutineer/dates works with.
 */
export const IsoDate = z.iso
  .date({ error: "expected a real date written YYYY-MM-DD (e.g. 2023-01-16)", abort: true })
  .refine(
    (s) =>
      isIsoDate(s) && Number(s.slice(0, 4)) >= FIRST_PROGRAMME_YEAR && Number(s.slice(0, 4)) <= LAST_PROGRAMME_YEAR,
    {
      error: `expected a date from ${FIRST_PROGRAMME_YEAR} to ${LAST_PROGRAMME_YEAR} (docs/limits.md)`,
    },
  );
export type IsoDate = z.infer<typeof IsoDate>;

/** A Europe/London wall-clock time, 24-hour `HH:MM` (e.g. "19:00"); 25:00 or 19.00 are refused. */
export const WallTime = z.iso.time({
  precision: -1,
  error: 'expected a 24-hour time written "HH:MM" in quotes (e.g. "19:00")',
});
export type WallTime = z.infer<typeof WallTime>;

/** A calendar month `YYYY-MM`, used for planning windows ("no earlier than October"). */
export const IsoMonth = z
  .string({ error: "expected a month written YYYY-MM (e.g. 2022-10)" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected a month written YYYY-MM (e.g. 2022-10)" });
export type IsoMonth = z.infer<typeof IsoMonth>;

/**
 * A meeting's date: a day `YYYY-MM-DD`, or a month `YYYY-MM` while the day is to be confirmed
 * ("January 2024, date to be confirmed"). A day is checked as `IsoDate` is (same messages).
 */
export const DateOrMonth = z
  .string({ error: "expected a date written YYYY-MM-DD (or a month YYYY-MM while the day is to be confirmed)" })
  .superRefine((s, ctx) => {
    if (/^\d{4}-\d{2}$/.test(s)) {
      const month = IsoMonth.safeParse(s);
      if (!month.success)
        ctx.addIssue({ code: "custom", message: month.error.issues[0]?.message ?? "expected a month" });
      return;
    }
    const day = IsoDate.safeParse(s);
    if (!day.success) ctx.addIssue({ code: "custom", message: day.error.issues[0]?.message ?? "expected a date" });
  })
  .meta({ pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" });
export type DateOrMonth = z.infer<typeof DateOrMonth>;

/**
 * A municipal year written as in council papers: `2022/23`, the second part the year after the
 * first. It runs from 1 May to 30 April (`municipalYearBounds` of @scrutineer/dates, which says why).
 */
export const MunicipalYear = z
  .string({ error: "expected a municipal year written 2022/23" })
  .regex(/^\d{4}\/\d{2}$/, { error: "expected a municipal year written 2022/23", abort: true })
  .refine(isMunicipalYear, {
    error: "the municipal year runs May to May: write two consecutive years, e.g. 2022/23",
    abort: true,
  })
  .refine((s) => Number(s.slice(0, 4)) >= FIRST_PROGRAMME_YEAR && Number(s.slice(0, 4)) < LAST_PROGRAMME_YEAR, {
    error: `expected a municipal year from ${FIRST_PROGRAMME_YEAR}/${String(FIRST_PROGRAMME_YEAR + 1).slice(2)} to ${LAST_PROGRAMME_YEAR - 1}/${String(LAST_PROGRAMME_YEAR).slice(2)} (docs/limits.md)`,
  });
export type MunicipalYear = z.infer<typeof MunicipalYear>;

/**
 * Minutes allotted to an item: a whole number (`45`) or a range written as in the
 * work programme (`"30-45"`), lower bound first; each figure from 0 to `MAX_ITEM_MINUTES` (a day).
 */
const minutesMessage = 'expected minutes as a whole number (45) or a range ("30-45")';
const tooManyMinutes = `an item is allotted at most ${MAX_ITEM_MINUTES} minutes (a day)`;
/**
 * Minutes allotted to an item: a whole number (0 to `MAX_ITEM_MINUTES`) or a range written `"30-45"`,
 * smaller first. A range is timed at both ends (earliest and latest starts).
 */
export const Minutes = z.union(
  [
    z.number().int().nonnegative().max(MAX_ITEM_MINUTES, { error: tooManyMinutes }),
    z
      .string()
      .superRefine((s, ctx) => {
        const match = /^(\d+)\s*-\s*(\d+)$/.exec(s);
        if (!match) ctx.addIssue({ code: "custom", message: minutesMessage });
        else if (Number(match[2]) > MAX_ITEM_MINUTES) ctx.addIssue({ code: "custom", message: tooManyMinutes });
        else if (Number(match[1]) > Number(match[2]))
          ctx.addIssue({ code: "custom", message: 'a range puts the smaller number first, e.g. "30-45"' });
      })
      .meta({ pattern: "^\\d+\\s*-\\s*\\d+$" }),
  ],
  { error: minutesMessage },
);
export type Minutes = z.infer<typeof Minutes>;

/** Minutes as a closed range; a single figure is a range of one. */
export interface MinutesRange {
  min: number;
  max: number;
}

/** Read an item's minutes as `{min, max}`. */
export function minutesRange(minutes: Minutes): MinutesRange {
  if (typeof minutes === "number") return { min: minutes, max: minutes };
  const [a, b] = minutes.split("-").map((p) => Number(p.trim()));
  return { min: a ?? 0, max: b ?? a ?? 0 };
}

/** Format minutes as the work programme writes them: `45` or `30-45`. */
export function formatMinutes(minutes: Minutes | undefined): string {
  if (minutes === undefined) return "";
  const { min, max } = minutesRange(minutes);
  return min === max ? String(min) : `${min}-${max}`;
}

/** Inclusive page range of an item's papers in the agenda pack, e.g. "9-200". */
export const PageRange = z
  .string({ error: 'expected a page range such as "9-200"' })
  .regex(/^\d+(\s*-\s*\d+)?$/, { error: 'expected a page range such as "9-200"' });
export type PageRange = z.infer<typeof PageRange>;
