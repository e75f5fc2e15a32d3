import { type Finding, type Programme, plural } from "@scrutineer/model";
import { fit, fitRight, rule, windowOf, wrapWords } from "../view/text.js";
import { type BacklogRow, CHECKING, findingText, type Tone } from "../view/view-model.js";
import { Line, Lines } from "./line.js";

function title(text: string, width: number, focused: boolean) {
  return (
    <Line
      key="title"
      width={width}
      segments={[{ text: rule(text, width), tone: focused ? "accent" : "dim", bold: focused }]}
    />
  );
}

export function BacklogPane({
  rows,
  selected,
  focused,
  width: w,
  height,
}: {
  rows: BacklogRow[];
  selected: number;
  focused: boolean;
  width: number;
  height: number;
}) {
  const { start, end } = windowOf(rows.length, height, selected);
  const lines = [title(`Backlog (${rows.length})`, w, focused)];
  if (rows.length === 0)
    lines.push(
      <Line key="empty" width={w} segments={[{ text: "  Empty: b sends an agenda item here", tone: "dim" }]} />,
    );
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    const isSelected = focused && i === selected;
    const tag = row.unplaced ? " unplaced" : "";
    lines.push(
      <Line
        key={row.item.id}
        width={w}
        selected={isSelected}
        segments={[
          { text: isSelected ? "▸ " : "  " },
          { text: fit(row.item.title, Math.max(8, w - 2 - 6 - 13 - tag.length)) },
          { text: fitRight(row.minutes, 6), tone: row.minutes === "—" ? "warn" : "normal" },
          { text: ` ${fit(row.status, 12)}`, tone: row.statusTone },
          { text: tag, tone: "warn" },
        ]}
      />,
    );
  }
  return <Lines width={w} rows={height + 1} lines={lines} />;
}

const TONE: Record<Finding["severity"], Tone> = { error: "bad", warning: "warn", info: "accent" };

export function ChecksPane({
  findings,
  checking = false,
  programme,
  selected,
  focused,
  width: w,
  height,
}: {
  findings: readonly Finding[];
  /** The checks are not in yet (the first frame): the pane says so instead of "nothing to report". */
  checking?: boolean;
  programme: Programme;
  selected: number;
  focused: boolean;
  width: number;
  height: number;
}) {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const heading = checking
    ? `Checks: ${CHECKING}`
    : findings.length === 0
      ? "Checks: nothing to report"
      : `Checks (${findings.length}): ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
  // The selected finding is shown whole, wrapped over up to four lines; the others take one each.
  const whole = focused && findings[selected] ? wrapWords(findingText(findings[selected], programme), w - 4) : [];
  const extra = Math.max(0, Math.min(whole.length, 4, height) - 1);
  const { start, end } = windowOf(findings.length, Math.max(1, height - extra), selected);
  const lines = [title(heading, w, focused)];
  for (let i = start; i < end; i++) {
    const f = findings[i]!;
    const isSelected = focused && i === selected;
    const texts = isSelected ? whole.slice(0, extra + 1) : [findingText(f, programme)];
    texts.forEach((text, j) => {
      lines.push(
        <Line
          key={`${i}-${j}`}
          width={w}
          selected={isSelected}
          segments={[{ text: isSelected && j === 0 ? "▸ " : j > 0 ? "    " : "  " }, { text, tone: TONE[f.severity] }]}
        />,
      );
    });
  }
  return <Lines width={w} rows={height + 1} lines={lines} />;
}
