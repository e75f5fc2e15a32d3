import { plural } from "@scrutineer/model";
import { type CouncilState, councilDirty, quitQuestion } from "../state/council.js";
import { committeeRows, committeesHeader, timelineDetail, timelineRows, timelineTitle } from "../view/council-view.js";
import { cells, fit, rule, windowOf, wrapWords } from "../view/text.js";
import { footerEntries, TopLine } from "./chrome.js";
import { Line, Lines, type Segment } from "./line.js";

/** The council's top line: the council, its year and council.yaml, unsaved edits across committees, today. */
export function CouncilHeader({ state, width }: { state: CouncilState; width: number }) {
  const n = councilDirty(state).length;
  const saved: Segment =
    n > 0
      ? { text: ` ● unsaved in ${plural(n, "committee")}`, tone: "warn", bold: true }
      : { text: " ✓ saved", tone: "good" };
  const { council, municipalYear } = state.council;
  return (
    <TopLine
      width={width}
      titles={[
        `Scrutineer · ${council} · ${municipalYear} · ${state.file}`,
        `Scrutineer · ${council} · ${municipalYear}`,
      ]}
      saved={saved}
      today={state.today}
    />
  );
}

/** The line above the footer: the last message, or while quitting, that it is. */
export function CouncilStatus({ state, width }: { state: CouncilState; width: number }) {
  const segments: Segment[] = state.quitting
    ? [{ text: "Quitting: saving and closing every committee…", tone: "accent" }]
    : state.message
      ? [
          {
            text: state.message.text,
            tone: state.message.tone === "error" ? "bad" : state.message.tone === "success" ? "good" : "normal",
          },
        ]
      : [];
  return <Line width={width} segments={segments} />;
}

export function CouncilFooter({ entries, width }: { entries: readonly [string, string][]; width: number }) {
  const segments: Segment[] = [];
  for (const [key, does] of footerEntries(entries, width))
    segments.push({ text: ` ${key}`, bold: true, tone: "accent" }, { text: ` ${does} ` });
  return <Line width={width} segments={segments} />;
}

export const COMMITTEES_FOOTER: readonly [string, string][] = [
  ["↑↓", "committee"],
  ["Enter", "open"],
  ["T", "timeline"],
  ["?", "help"],
  ["q", "quit"],
];

export const TIMELINE_FOOTER: readonly [string, string][] = [
  ["↑↓", "meeting"],
  ["Enter", "open"],
  ["T", "back"],
  ["?", "help"],
  ["q", "quit"],
];

/** The committees of council.yaml, one row each, the selected one opened with Enter. */
export function CommitteesScreen({ state, width, rows }: { state: CouncilState; width: number; rows: number }) {
  const list = committeeRows(state, width);
  const lines = [
    <Line
      key="title"
      width={width}
      segments={[{ text: rule(`Committees (${list.length})`, width), tone: "accent", bold: true }]}
    />,
    <Line key="head" width={width} segments={[{ text: committeesHeader(width), tone: "dim" }]} />,
  ];
  const { start, end } = windowOf(list.length, Math.max(1, rows - 2), state.cursor);
  for (let i = start; i < end; i++) {
    const row = list[i]!;
    const on = i === state.cursor;
    lines.push(
      <Line
        key={row.id}
        width={width}
        selected={on}
        segments={[{ text: on ? "▸ " : "  " }, { text: row.text, tone: row.tone }]}
      />,
    );
  }
  return <Lines width={width} rows={rows} lines={lines} />;
}

/**
 * Every committee's meetings on one timeline: date and time, the committees holding it (the
 * committee being planned in bold), the venue, and the clash marks; below, the selected
 * meeting's findings across committees in full.
 */
export function TimelineScreen({ state, width, rows }: { state: CouncilState; width: number; rows: number }) {
  const list = timelineRows(state, width);
  const cursor = state.timeline?.cursor ?? 0;
  const detail = timelineDetail(state).flatMap((d) =>
    wrapWords(d.text, width - 4).map((text, j) => ({ text: j === 0 ? text : `  ${text}`, tone: d.tone })),
  );
  const lines = [
    <Line
      key="title"
      width={width}
      segments={[{ text: rule(timelineTitle(state), width), tone: "accent", bold: true }]}
    />,
  ];
  // The rows first (at least half the screen), then the selected meeting's clashes in what is left.
  const below = Math.min(detail.length + 1, Math.max(2, Math.floor((rows - 1) / 2)));
  const room = Math.max(1, rows - 1 - below);
  const { start, end } = windowOf(list.length, Math.min(list.length, room), cursor);
  const whenWidth = Math.max(...list.map((r) => cells(r.when)), 0);
  const whoWidth = Math.min(28, Math.max(8, ...list.map((r) => cells(r.committees))));
  const marksWidth = Math.min(24, Math.max(0, ...list.map((r) => cells(r.marks))));
  const venueWidth = Math.max(0, width - 2 - whenWidth - 1 - whoWidth - 1 - 1 - marksWidth);
  if (list.length === 0)
    lines.push(<Line key="none" width={width} segments={[{ text: "  No meetings with a date.", tone: "dim" }]} />);
  for (let i = start; i < end; i++) {
    const row = list[i]!;
    const on = i === cursor;
    lines.push(
      <Line
        key={`m${i}`}
        width={width}
        selected={on}
        segments={[
          { text: on ? "▸ " : "  " },
          { text: `${fit(row.when, whenWidth)} ` },
          { text: fit(row.committees, whoWidth), bold: row.own },
          { text: ` ${fit(row.venue, venueWidth)} `, tone: "dim" },
          { text: fit(row.marks, marksWidth), tone: row.tone },
        ]}
      />,
    );
  }
  lines.push(<Line key="rule" width={width} segments={[{ text: rule("At this meeting", width), tone: "accent" }]} />);
  for (const [i, d] of detail.slice(0, Math.max(0, rows - lines.length)).entries())
    lines.push(<Line key={`d${i}`} width={width} segments={[{ text: `  ${d.text}`, tone: d.tone }]} />);
  return <Lines width={width} rows={rows} lines={lines} />;
}

/** Quitting with unsaved edits in some committees. */
export function CouncilQuitDialog({ state, width, rows }: { state: CouncilState; width: number; rows: number }) {
  const text: Segment[][] = [
    [{ text: quitQuestion(state) }],
    [],
    [{ text: "s", bold: true, tone: "accent" }, { text: " save every committee's edits and quit" }],
    [{ text: "d", bold: true, tone: "accent" }, { text: " discard them all and quit" }],
    [
      { text: "k", bold: true, tone: "accent" },
      { text: " quit, keeping the edits in each file's journal to recover next time" },
    ],
    [{ text: "Esc", bold: true, tone: "accent" }, { text: " keep editing" }],
  ];
  const lines = [
    <Line key="title" width={width} segments={[{ text: rule("Quit?", width), tone: "accent", bold: true }]} />,
    ...text.map((segs, i) => <Line key={i} width={width} segments={[{ text: "  " }, ...segs]} />),
  ];
  return <Lines width={width} rows={rows} lines={lines} />;
}
