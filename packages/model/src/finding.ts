import { z } from "zod";
import { IsoDate } from "./primitives.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** One result of a check: the shape `scrutineer check --json` prints. */
export const Finding = z.object({
  severity: Severity,
  /** Stable, kebab-case code, e.g. `dispatch-too-late`. */
  code: z.string(),
  message: z.string(),
  /** The meeting's date, YYYY-MM-DD. */
  meeting: IsoDate.optional(),
  /** The item's id. */
  item: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort findings: errors first, then by meeting date, then code; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank[a.f.severity] - rank[b.f.severity] || (a.f.meeting ?? "").localeCompare(b.f.meeting ?? "") || a.i - b.i,
    )
    .map(({ f }) => f);
}
