import { z } from "zod";

/**
 * Stable identifiers: lower-case words joined by hyphens. They never change when a
 * meeting is moved or an item retitled, so calendar UIDs and saved plans can rely on them.
 */
export const Id = z.string({ error: "expected an id such as school-admissions" }).regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: "an id uses lower-case letters, digits and hyphens only (e.g. school-admissions)",
});
export type Id = z.infer<typeof Id>;

/** A calendar date as written in the programme file: `YYYY-MM-DD` (impossible dates such as 2023-02-30 are refused). */
export const IsoDate = z.iso.date({ error: "expected a real date written YYYY-MM-DD (e.g. 2023-01-16)" });
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
 * A municipal year, May to May, written as in council papers: `2022/23`.
 * The second part must be the year after the first.
 */
export const MunicipalYear = z
  .string({ error: "expected a municipal year written 2022/23" })
  .regex(/^\d{4}\/\d{2}$/, { error: "expected a municipal year written 2022/23" })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)), {
    error: "the municipal year runs May to May: write two consecutive years, e.g. 2022/23",
  });
export type MunicipalYear = z.infer<typeof MunicipalYear>;

/**
 * Minutes allotted to an item: a whole number (`45`) or a range written as in the
 * work programme (`"30-45"`), lower bound first.
 */
const minutesMessage = 'expected minutes as a whole number (45) or a range ("30-45")';
export const Minutes = z.union(
  [
    z.number().int().nonnegative(),
    z
      .string()
      .superRefine((s, ctx) => {
        const match = /^(\d+)\s*-\s*(\d+)$/.exec(s);
        if (!match) ctx.addIssue({ code: "custom", message: minutesMessage });
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
