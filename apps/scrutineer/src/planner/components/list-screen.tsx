import type { ListLine, ListRow } from "../lists/index.js";
import { rule, windowOf, wrapWords } from "../view/text.js";
import { Line, Lines } from "./line.js";

export interface ListScreenProps {
  title: string;
  header: readonly ListLine[];
  rows: readonly ListRow[];
  footer: readonly ListLine[];
  empty: string;
  cursor: number;
  width: number;
  /** Lines the screen has. */
  height: number;
  /** False while a question is asked over the list. */
  active: boolean;
}

/**
 * A list of records on screen: its title, the lines above (the attendance), the rows with the
 * cursor, and the lines below (what the interest rules say, item by item), each cut to the
 * width; the rows scroll to keep the cursor in view and the lines below get what room is left.
 */
export function ListScreen({ title, header, rows, footer, empty, cursor, width, height, active }: ListScreenProps) {
  const lines = [
    <Line key="title" width={width} segments={[{ text: rule(title, width), tone: "accent", bold: true }]} />,
  ];
  for (const [i, h] of header.entries())
    lines.push(<Line key={`h${i}`} width={width} segments={[{ text: `  ${h.text}`, tone: h.tone ?? "normal" }]} />);
  // The rows get what they need first (at least three lines), the lines below what is left.
  const below = footer.flatMap((f) =>
    wrapWords(f.text, width - 4).map((text, j) => ({ text: j === 0 ? text : `  ${text}`, tone: f.tone })),
  );
  const roomForRows = Math.max(
    3,
    height - lines.length - Math.min(below.length, Math.max(0, height - lines.length - Math.max(1, rows.length))),
  );
  if (rows.length === 0)
    lines.push(<Line key="empty" width={width} segments={[{ text: `  ${empty}`, tone: "dim" }]} />);
  const { start, end } = windowOf(rows.length, Math.min(rows.length, roomForRows), cursor);
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    const on = active && i === cursor;
    lines.push(
      <Line
        key={`r${i}`}
        width={width}
        selected={on}
        segments={[{ text: on ? "▸ " : "  " }, { text: row.text, tone: row.tone ?? "normal" }]}
      />,
    );
  }
  if (end - start < rows.length)
    lines.push(
      <Line
        key="more"
        width={width}
        segments={[{ text: `  ↕ rows ${start + 1}–${end} of ${rows.length}`, tone: "dim" }]}
      />,
    );
  for (const [i, b] of below.entries())
    lines.push(<Line key={`f${i}`} width={width} segments={[{ text: `  ${b.text}`, tone: b.tone ?? "normal" }]} />);
  return <Lines width={width} rows={height} lines={lines} />;
}
