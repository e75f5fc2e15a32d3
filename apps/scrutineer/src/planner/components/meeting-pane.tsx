import { fit, fitRight, rule, windowOf } from "../view/text.js";
import type { AgendaRow, MeetingView } from "../view/view-model.js";
import { Line, Lines, type Segment } from "./line.js";

export interface MeetingPaneProps {
  view: MeetingView | undefined;
  selected: number;
  focused: boolean;
  width: number;
  height: number;
}

const FLAG: Record<NonNullable<AgendaRow["flag"]>, Segment> = {
  error: { text: "✖", tone: "bad" },
  warning: { text: "⚠", tone: "warn" },
  info: { text: "ℹ", tone: "accent" },
};

/** One agenda item: computed start, number, title, minutes, status, officers (when there is room), its worst finding. */
export function agendaLine(row: AgendaRow, width: number, startWidth: number, marker: string): Segment[] {
  const officers = width >= 96;
  const officerWidth = officers ? Math.min(32, Math.floor(width * 0.28)) : 0;
  const titleWidth = Math.max(8, width - 2 - startWidth - 1 - 3 - 6 - 13 - 2 - (officers ? officerWidth + 1 : 0));
  const withdrawn = row.item.status === "withdrawn";
  return [
    { text: marker },
    { text: fit(row.start, startWidth), tone: "accent" },
    { text: ` ${fitRight(row.number, 2)} `, tone: "dim" },
    { text: fit(`${row.alongside ? "⇄ " : ""}${row.item.title}`, titleWidth), tone: withdrawn ? "dim" : "normal" },
    { text: fitRight(row.minutes, 6), tone: row.minutes === "—" ? "warn" : "normal" },
    { text: ` ${fit(row.status, 12)}`, tone: row.statusTone },
    ...(officers ? [{ text: ` ${fit(row.officers, officerWidth)}`, tone: "dim" as const }] : []),
    { text: " " },
    row.flag ? FLAG[row.flag] : { text: " " },
  ];
}

export function MeetingPane({ view, selected, focused, width: w, height }: MeetingPaneProps) {
  if (!view) {
    return (
      <Lines
        width={w}
        rows={height + 1}
        lines={[<Line key="title" width={w} segments={[{ text: rule("No meetings", w), tone: "dim" }]} />]}
      />
    );
  }
  const startWidth = Math.max(5, ...view.rows.map((r) => r.start.length));
  // The procedural opening line is shown only when every item fits too.
  const opening = height >= view.rows.length + 3;
  let itemRows = Math.max(1, height - (opening ? 3 : 2));
  if (view.rows.length > itemRows) itemRows = Math.max(1, itemRows - 1); // room for the "more" line
  const { start, end } = windowOf(view.rows.length, itemRows, selected);
  const lines = [
    <Line
      key="title"
      width={w}
      segments={[{ text: rule(view.title, w), tone: focused ? "accent" : "dim", bold: focused }]}
    />,
    <Line key="deadlines" width={w} segments={[{ text: `  ${view.deadlines}`, tone: view.deadlineTone }]} />,
  ];
  if (opening) lines.push(<Line key="opening" width={w} segments={[{ text: `  ${view.opening}`, tone: "dim" }]} />);
  if (view.rows.length === 0)
    lines.push(
      <Line
        key="empty"
        width={w}
        segments={[{ text: "  No items yet: Tab to the backlog and press Enter to add one", tone: "dim" }]}
      />,
    );
  for (let i = start; i < end; i++) {
    const row = view.rows[i]!;
    const isSelected = i === selected;
    lines.push(
      <Line
        key={row.item.id}
        width={w}
        selected={isSelected && focused}
        segments={agendaLine(row, w, startWidth, isSelected && focused ? "▸ " : "  ")}
      />,
    );
  }
  if (end - start < view.rows.length)
    lines.push(
      <Line
        key="more"
        width={w}
        segments={[
          {
            text: `  ↕ ${view.rows.length - (end - start)} more (items ${start + 1}–${end} of ${view.rows.length} shown)`,
            tone: "dim",
          },
        ]}
      />,
    );
  lines.push(<Line key="closing" width={w} segments={[{ text: `  ${view.closing}`, tone: view.closingTone }]} />);
  return <Lines width={w} rows={height + 1} lines={lines} />;
}
