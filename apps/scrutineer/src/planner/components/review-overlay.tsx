import { shortDate } from "@scrutineer/dates";
import { plural } from "@scrutineer/model";
import { type Decision, decisionCounts, type Proposal, type ReviewRow, reviewRows } from "../state/index.js";
import { cells, rule, windowOf, wrapWords } from "../view/text.js";
import type { Tone } from "../view/view-model.js";
import { Line, Lines, type Segment } from "./line.js";

const MARK: Record<Decision | "open", { text: string; tone: Tone }> = {
  accept: { text: "✓", tone: "good" },
  reject: { text: "✗", tone: "bad" },
  open: { text: "·", tone: "dim" },
};

/** Section headings; the repair's own words begin "Smallest repair:". */
function heading(kind: ReviewRow["kind"], count: number, ok: boolean): string | undefined {
  switch (kind) {
    case "change":
      return `Changes (${count})`;
    case "waiting":
      return `Left in the backlog (${count})`;
    case "conflict":
      return count === 1 ? "The conflict" : `${count} conflicts`;
    case "repair":
      return undefined;
    case "note":
      return ok ? `Notes (${count})` : "Checks before solving";
  }
}

/** The tone of a row's text. */
function toneOf(row: ReviewRow, decision: Decision | undefined): Tone {
  if (row.kind === "conflict") return "bad";
  if (row.kind === "repair") return "good";
  if (row.kind === "note") return row.text.startsWith("✖") ? "bad" : "warn";
  if (row.kind === "waiting") return "dim";
  return decision === "reject" ? "dim" : "normal";
}

/**
 * The auto-planner's proposal: a verified plan's changes, each marked accepted (✓), rejected
 * (✗) or still to decide (·), then what stays in the backlog and why; or, when no plan keeps
 * every rule, the conflicting rules and the smallest repair. The row under the cursor is shown
 * in full; the others take one line each, and the list scrolls to keep the cursor in view.
 */
export function ReviewOverlay({
  proposal,
  cursor,
  decisions,
  width,
  rows,
}: {
  proposal: Proposal;
  cursor: number;
  decisions: readonly (Decision | undefined)[];
  width: number;
  rows: number;
}) {
  const on = shortDate(proposal.today);
  const n = proposal.ok ? proposal.changes.length : 0;
  const title = proposal.ok
    ? `Auto-plan as on ${on} · ${plural(n, "change")}${n > 0 ? `: ${decisionCounts(decisions)}` : ""}`
    : `Auto-plan as on ${on} · no plan`;
  const head: Segment[][] = (proposal.ok ? wrapWords(proposal.summary, width - 2) : [proposal.headline]).map((text) => [
    { text: `  ${text}`, tone: proposal.ok ? "good" : "bad", bold: !proposal.ok },
  ]);
  if (proposal.ok && n === 0) head.push([{ text: "  Nothing to accept: Enter or Esc closes this.", tone: "dim" }]);
  if (!proposal.ok && !proposal.complete)
    head.push([{ text: "  (the search was cut short: a set may hold more rules than it needs)", tone: "dim" }]);

  // The list below the head: section headings, then rows; the cursor's row (and every conflict) whole.
  const list = reviewRows(proposal);
  const lines: Segment[][] = [];
  let selectedLine = 0;
  list.forEach((row, i) => {
    if (i === 0 || list[i - 1]!.kind !== row.kind) {
      const title = heading(row.kind, list.filter((r) => r.kind === row.kind).length, proposal.ok);
      if (title) lines.push([{ text: title, bold: true, tone: "accent" }]);
    }
    const selected = i === cursor;
    if (selected) selectedLine = lines.length;
    const decision = row.change === undefined ? undefined : decisions[row.change];
    const mark = row.change === undefined ? undefined : MARK[decision ?? "open"];
    const lead = 2 + (mark ? 2 : 0); // "▸ " and "✓ "
    // Continuation lines start under the text (after a conflict's number too).
    const indent = lead + (row.kind === "conflict" ? 3 : 0);
    const whole = selected || row.kind === "conflict" || row.kind === "repair";
    // Wrapped only when too long: a line that fits keeps its aligned columns ("+ add   ").
    const texts =
      whole && cells(row.text) > width - lead ? wrapWords(row.text, Math.max(10, width - indent - 1)) : [row.text];
    const tone = toneOf(row, decision);
    texts.forEach((text, j) => {
      const segs: Segment[] =
        j === 0
          ? [
              { text: selected ? "▸ " : "  " },
              ...(mark ? [{ text: `${mark.text} `, tone: mark.tone, bold: true }] : []),
            ]
          : [{ text: " ".repeat(indent) }];
      lines.push([...segs, { text, tone, bold: selected && row.kind === "change" }]);
    });
  });

  const room = Math.max(1, rows - 1 - head.length - 1); // title, head, the "more" line
  const { start, end } = windowOf(lines.length, room, selectedLine);
  const out = [
    <Line key="title" width={width} segments={[{ text: rule(title, width), tone: "accent", bold: true }]} />,
    ...head.map((segs, i) => <Line key={`head-${i}`} width={width} segments={segs} />),
    ...lines.slice(start, end).map((segs, i) => <Line key={`row-${start + i}`} width={width} segments={segs} />),
  ];
  if (lines.length > room) {
    const below = lines.length - end;
    const where = [start > 0 ? `${start} above` : "", below > 0 ? `${below} more below` : ""]
      .filter(Boolean)
      .join(", ");
    out.push(<Line key="more" width={width} segments={[{ text: `  (${where}: ↑ ↓ to scroll)`, tone: "dim" }]} />);
  }
  return <Lines width={width} rows={rows} lines={out} />;
}
