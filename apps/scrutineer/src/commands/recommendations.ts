import { resolve } from "node:path";
import { dayMonthYear } from "@scrutineer/dates";
import {
  type RecommendationRow,
  recommendationRows,
  recommendationStatusLabel,
  recommendationsHtml,
  recommendationsMarkdown,
} from "@scrutineer/documents";
import {
  applyEditToSource,
  formatProgrammeError,
  indexProgramme,
  type Programme,
  parseProgramme,
  plural,
  RESPONSE_DECISION_LABELS,
} from "@scrutineer/model";
import { type FollowUpProposals, proposeFollowUps } from "@scrutineer/planner";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { parseNow } from "../io/now.js";
import { table } from "../io/table.js";
import { catalogue } from "./catalogue.js";

const FORMATS = ["text", "md", "html", "json"] as const;

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

/** The proposed follow-ups in the terminal: one block per item, then what was left alone and why. */
function proposalText(file: string, programme: Programme, found: FollowUpProposals, applied: boolean): string {
  const c = programme.commission;
  const out = [`Follow-ups · ${c.name} · ${c.municipalYear} · ${file}`];
  out.push(
    `Due ${plural(found.afterMonths, "month")} after the response (commission.followUpAfterMonths), or on the follow-up date the file states.`,
    "",
  );
  if (found.proposals.length === 0) out.push("Nothing to propose: every accepted recommendation is followed up.");
  for (const p of found.proposals) {
    out.push(`+ ${p.title} [${p.item}] to the backlog`);
    out.push(`    follows up ${p.which} of ${p.reviewTitle}`);
    out.push(`    ${p.why}`);
  }
  const count = (reason: string) => found.skipped.filter((s) => s.reason === reason).length;
  const left = [
    [count("followed-up"), "already followed up"],
    [count("rejected"), "rejected"],
    [count("no-response"), "with no response recorded"],
  ].filter(([n]) => (n as number) > 0);
  if (left.length > 0)
    out.push(
      "",
      `Left alone: ${left.map(([n, what]) => `${plural(n as number, "recommendation")} ${what}`).join(", ")}.`,
    );
  if (found.proposals.length > 0)
    out.push(
      "",
      applied
        ? `Wrote ${plural(found.proposals.length, "follow-up item")} to ${file}; run scrutineer autoplan to place them.`
        : `Run again with --apply to write these to ${file}.`,
    );
  return `${out.join("\n")}\n`;
}

/**
 * Write the proposed follow-ups into the file with the model's comment-keeping edits, then read
 * the result back and check that it reads and that nothing is left to propose, before replacing
 * the file atomically (the same path as `autoplan --apply`).
 */
async function applyFollowUps(path: string, shown: string, source: string, found: FollowUpProposals): Promise<void> {
  let text = source;
  for (const edit of found.edits) text = applyEditToSource(text, edit);
  const reread = parseProgramme(text, path);
  if (!reread.ok)
    throw new Error(`the edited file does not read back: ${reread.errors.map(formatProgrammeError).join("; ")}`);
  const wanted = new Set(found.proposals.map((p) => p.review));
  if (proposeFollowUps(reread.programme).proposals.some((p) => wanted.has(p.review)))
    throw new Error("the edited file does not hold the follow-ups; nothing was written");
  await writeFileAtomic(path, text, { shown });
}

/**
 * `scrutineer recommendations`: the recommendations tracker for officers (text), the commission
 * (Markdown or HTML) or scripts (JSON); with `--propose-follow-ups`, the follow-up items the
 * accepted recommendations call for (`proposeFollowUps`), written into the file with `--apply`.
 */
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
        "propose-follow-ups": { type: "boolean", default: false },
        apply: { type: "boolean", default: false },
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
      throw new UsageError(`scrutineer recommendations: --format ${values.format}: expected text, md, html or json`);
    if (values.output === "") throw new UsageError("scrutineer recommendations: -o needs a file name");
    const proposing = values["propose-follow-ups"];
    if (values.apply && !proposing)
      throw new UsageError("scrutineer recommendations: --apply writes proposed follow-ups: add --propose-follow-ups");
    if (proposing && (values.output !== undefined || (values.format !== undefined && values.format !== "json")))
      throw new UsageError(
        "scrutineer recommendations: --propose-follow-ups prints its proposal (or JSON with --json); -o and --format md|html are for the tracker",
      );
    const { today } = parseNow(values.now, io.now);
    const { programme, source } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    if (values.review !== undefined && !programme.reviews.some((r) => r.id === values.review))
      throw new UsageError(
        `scrutineer recommendations: --review ${values.review}: no review has that id in ${file} (${programme.reviews.map((r) => r.id).join(", ") || "none"})`,
      );
    if (proposing) {
      const all = proposeFollowUps(programme);
      const found: FollowUpProposals =
        values.review === undefined
          ? all
          : {
              ...all,
              proposals: all.proposals.filter((p) => p.review === values.review),
              edits: all.proposals.filter((p) => p.review === values.review).flatMap((p) => p.edits),
              skipped: all.skipped.filter((s) => s.review === values.review),
            };
      const applying = values.apply && found.proposals.length > 0;
      if (applying) await applyFollowUps(resolve(io.cwd, file), file, source, found);
      io.stdout(
        format === "json"
          ? `${JSON.stringify({ file, applied: applying, ...found }, null, 2)}\n`
          : proposalText(file, programme, found, applying),
      );
      return 0;
    }
    const rows = recommendationRows(index, { today }).filter(
      (r) => values.review === undefined || r.review === values.review,
    );
    const text =
      format === "json"
        ? `${JSON.stringify({ today, recommendations: rows }, null, 2)}\n`
        : format === "md"
          ? recommendationsMarkdown(index, { today, ...(values.review ? { review: values.review } : {}) })
          : format === "html"
            ? recommendationsHtml(index, { today, ...(values.review ? { review: values.review } : {}) })
            : textTracker(rows, today);
    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
    else io.stdout(text);
    return 0;
  },
};
