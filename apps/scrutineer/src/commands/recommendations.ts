import { resolve } from "node:path";
import { dayMonthYear } from "@scrutineer/dates";
import {
  type RecommendationRow,
  recommendationRows,
  recommendationStatusLabel,
  recommendationsMarkdown,
} from "@scrutineer/documents";
import { indexProgramme, plural, RESPONSE_DECISION_LABELS } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { parseNow } from "../io/now.js";
import { table } from "../io/table.js";
import { catalogue } from "./catalogue.js";

const FORMATS = ["text", "md", "json"] as const;

const day = (date: string | null) => (date ? dayMonthYear(date) : "—");

/** The officers' tracker in the terminal: one line per recommendation, grouped by review. */
function textTracker(rows: readonly RecommendationRow[], today: string): string {
  if (rows.length === 0) return "No reviews are recorded in the programme (reviews: in the file).\n";
  const out: string[] = [];
  for (const review of [...new Set(rows.map((r) => r.review))]) {
    const mine = rows.filter((r) => r.review === review);
    out.push(`${mine[0]?.reviewTitle ?? review} (${review})`);
    const cells = [["no.", "id", "to", "received", "response due", "response", "status", "follow-up"]];
    for (const r of mine) {
      const f = r.followUp;
      cells.push([
        r.number,
        r.id,
        r.to.length > 40 ? `${r.to.slice(0, 39)}…` : r.to,
        day(r.received),
        r.responseDue ? dayMonthYear(r.responseDue) : `— (${r.responseDueBasis})`,
        r.response ? `${RESPONSE_DECISION_LABELS[r.response.decision]} ${dayMonthYear(r.response.date)}` : "none",
        recommendationStatusLabel(r.status),
        f
          ? [f.item ?? "", f.meeting ? `(${dayMonthYear(f.meeting)})` : "", f.due ? `due ${dayMonthYear(f.due)}` : ""]
              .filter(Boolean)
              .join(" ")
          : "none",
      ]);
    }
    out.push(table(cells), "");
  }
  const overdue = rows.filter((r) => r.status === "response-overdue").length;
  out.push(
    `${plural(rows.length, "recommendation")} as of ${dayMonthYear(today)}; ${overdue} with a response overdue.`,
  );
  return `${out.join("\n")}\n`;
}

/** `scrutineer recommendations`: the recommendations tracker for officers (text), the commission (Markdown) or scripts (JSON). */
export const recommendations: Command = {
  ...catalogue.recommendations,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        json: { type: "boolean", default: false },
        format: { type: "string" },
        review: { type: "string" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
      },
      "recommendations",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    if (values.json && values.format !== undefined && values.format !== "json")
      throw new UsageError(
        `scrutineer recommendations: --json and --format ${values.format} ask for different outputs`,
      );
    const format = (values.json ? "json" : (values.format ?? "text")) as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`scrutineer recommendations: --format ${values.format}: expected text, md or json`);
    if (values.output === "") throw new UsageError("scrutineer recommendations: -o needs a file name");
    const { today } = parseNow(values.now, io.now);
    const { programme } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    if (values.review !== undefined && !programme.reviews.some((r) => r.id === values.review))
      throw new UsageError(
        `scrutineer recommendations: --review ${values.review}: no review has that id in ${file} (${programme.reviews.map((r) => r.id).join(", ") || "none"})`,
      );
    const rows = recommendationRows(index, { today }).filter(
      (r) => values.review === undefined || r.review === values.review,
    );
    const text =
      format === "json"
        ? `${JSON.stringify({ today, recommendations: rows }, null, 2)}\n`
        : format === "md"
          ? recommendationsMarkdown(index, { today, ...(values.review ? { review: values.review } : {}) })
          : textTracker(rows, today);
    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
    else io.stdout(text);
    return 0;
  },
};
