import { plural } from "@scrutineer/model";
import { bar, cells, fit, fitRight, rule, windowOf } from "../view/text.js";
import { type Badge, CHECKING, type YearRow } from "../view/view-model.js";
import { Line, Lines, type Segment } from "./line.js";

export interface YearPaneProps {
  rows: YearRow[];
  selected: string | undefined;
  focused: boolean;
  width: number;
  height: number;
  /** While moving an item: the highlighted target (an index into rows, rows.length for the backlog). */
  moveTarget?: number;
  backlogCount: number;
}

function badgeSegments(badge: Badge, short: boolean): Segment[] {
  return [{ text: short ? badge.short : badge.text, tone: badge.tone }];
}

function width(segments: Segment[]): number {
  return segments.reduce((n, s) => n + cells(s.text), 0);
}

/** One meeting: date, moved/cancelled mark, minutes used of available as a bar, deadline badges, findings. */
export function figureOf(row: YearRow): string {
  return `${row.used.min === row.used.max ? row.used.max : `${row.used.min}-${row.used.max}`}/${row.available}`;
}

export interface YearColumns {
  figure: number;
  /** The findings count column (" ⚠8 "), 0 when no meeting has any. */
  flags: number;
  bar: number;
  badges: "long" | "short" | "none";
}

/** One set of column widths for every row, so the bars line up and compare. */
export function yearColumns(rows: readonly YearRow[], lineWidth: number): YearColumns {
  const figure = Math.max(7, ...rows.map((r) => figureOf(r).length));
  const counts = rows.map((r) => r.errors || r.warnings).filter((n) => n > 0);
  const flags = counts.length > 0 ? 3 + Math.max(...counts.map((n) => String(n).length)) : 0;
  const fixed = 2 + 10 + 2 + 1 + figure + 1 + flags;
  const longest = (short: boolean) => Math.max(0, ...rows.map((r) => width(badgeSegments(r.badge, short))));
  for (const form of ["long", "short"] as const) {
    const bar = lineWidth - fixed - 1 - longest(form === "short");
    if (bar >= 6) return { figure, flags, bar: Math.min(16, bar), badges: form };
  }
  return { figure, flags, bar: Math.max(3, Math.min(16, lineWidth - fixed)), badges: "none" };
}

/** One meeting: date, moved/cancelled mark, minutes used of available as a bar, findings, deadline badges. */
export function yearLine(row: YearRow, columns: YearColumns, marker: string): Segment[] {
  const flags: Segment[] = [];
  if (row.errors > 0) flags.push({ text: ` ✖${row.errors}`, tone: "bad" });
  else if (row.warnings > 0) flags.push({ text: ` ⚠${row.warnings}`, tone: "warn" });
  const badges = columns.badges === "none" ? [] : badgeSegments(row.badge, columns.badges === "short");
  const { filled, empty } = bar(row.used.max, row.available, columns.bar);
  const fitTone = row.fit === "good" ? "normal" : row.fit;
  const flagWidth = width(flags);
  const head: Segment[] = [
    { text: marker },
    { text: fit(row.label, 10), tone: row.meeting.status === "cancelled" ? "dim" : "normal" },
    { text: ` ${row.mark}`, tone: row.mark === "✕" ? "bad" : "accent" },
    { text: " " },
  ];
  if (row.checking) return [...head, { text: CHECKING, tone: "dim" }];
  return [
    ...head,
    { text: filled, tone: row.fit },
    { text: empty, tone: "dim" },
    { text: fitRight(figureOf(row), columns.figure + 1), tone: fitTone },
    ...flags,
    { text: " ".repeat(Math.max(0, columns.flags - flagWidth)) },
    ...badges,
  ];
}

export function YearPane({ rows, selected, focused, width: w, height, moveTarget, backlogCount }: YearPaneProps) {
  const moving = moveTarget !== undefined;
  const total = rows.length + (moving ? 1 : 0);
  const at = moving
    ? moveTarget
    : Math.max(
        0,
        rows.findIndex((r) => r.meeting.id === selected),
      );
  const { start, end } = windowOf(total, height, at);
  const title = moving
    ? "Move to… (↑↓ Enter, Esc cancels)"
    : `Year (${plural(rows.length, "meeting")} · wd = working days)`;
  const columns = yearColumns(rows, w);
  const lines = [];
  for (let i = start; i < end; i++) {
    if (i === rows.length) {
      lines.push(
        <Line
          key="backlog"
          width={w}
          selected={moveTarget === i}
          segments={[{ text: moveTarget === i ? "→ " : "  " }, { text: `Backlog (${backlogCount})`, tone: "accent" }]}
        />,
      );
      continue;
    }
    const row = rows[i]!;
    const isSelected = row.meeting.id === selected;
    const marker = moving ? (moveTarget === i ? "→ " : isSelected ? "• " : "  ") : isSelected ? "▸ " : "  ";
    lines.push(
      <Line
        key={row.meeting.id}
        width={w}
        selected={moving ? moveTarget === i : isSelected && focused}
        segments={yearLine(row, columns, marker)}
      />,
    );
  }
  return (
    <Lines
      width={w}
      rows={height + 1}
      lines={[
        <Line
          key="title"
          width={w}
          segments={[{ text: rule(title, w), tone: focused ? "accent" : "dim", bold: focused }]}
        />,
        ...lines,
      ]}
    />
  );
}
