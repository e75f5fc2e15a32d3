import { shortDate } from "@scrutineer/dates";
import { bodyWord, type Programme, plural } from "@scrutineer/model";
import { useElapsed } from "../hooks/use-elapsed.js";
import {
  CLOSE_FOOTER,
  FOOTER,
  FORM_FOOTER,
  LIST_FOOTER,
  NIGHT_FOOTER,
  RECOMMENDATIONS_FOOTER,
  REVIEW_FOOTER,
} from "../input/footer.js";
import { HELP } from "../input/keys.js";
import {
  hasChanges,
  isDirty,
  moveTargets,
  type PlannerState,
  programmeOf,
  promptDate,
  unsavedCount,
} from "../state/index.js";
import { cells, fit, rule, wrapWords } from "../view/text.js";
import { Line, Lines, type Segment } from "./line.js";

/** Top line: what is open (in a council folder, the council too), whether it is saved, and today. */
export function Header({ state, width, council }: { state: PlannerState; width: number; council?: string }) {
  const p: Programme = programmeOf(state);
  const saved: Segment = isDirty(state)
    ? { text: ` ● ${unsavedCount(state)} unsaved`, tone: "warn", bold: true }
    : { text: " ✓ saved", tone: "good" };
  const name = state.file.split(/[\\/]/).pop() ?? state.file;
  return (
    <TopLine
      width={width}
      titles={[
        `Scrutineer · ${council ? `${council} › ` : ""}${p.commission.name} · ${p.commission.municipalYear} · ${name}`,
        `Scrutineer · ${p.commission.shortName} ${p.commission.municipalYear} · ${name}`,
      ]}
      saved={saved}
      today={state.today}
    />
  );
}

/**
 * The top line's layout: the first title that fits (the last one cut to fit), whether
 * everything is saved, and today on the right.
 */
export function TopLine({
  width,
  titles,
  saved,
  today,
}: {
  width: number;
  titles: readonly string[];
  saved: Segment;
  today: string;
}) {
  const right = `today ${shortDate(today)}`;
  const leftWidth = Math.max(10, width - cells(right) - cells(saved.text) - 1);
  const title = titles.find((t) => cells(t) <= leftWidth) ?? titles[titles.length - 1] ?? "";
  return (
    <Line
      width={width}
      segments={[
        { text: fit(title, leftWidth), bold: true },
        saved,
        { text: " ".repeat(Math.max(1, width - leftWidth - cells(saved.text) - cells(right))) },
        { text: right, tone: "dim" },
      ]}
    />
  );
}

/** The line above the footer: a prompt, a long job's progress, or the last message. */
export function StatusLine({ state, width }: { state: PlannerState; width: number }) {
  const mode = state.mode;
  const p = programmeOf(state);
  const elapsed = useElapsed(mode.kind === "planning");
  let segments: Segment[] = [];
  if (mode.kind === "planning" && !state.message) {
    segments = [
      { text: `Auto-planning… ${mode.label} · ${elapsed} s`, tone: "accent" },
      { text: "  Esc stops it", tone: "dim" },
    ];
  } else if (mode.kind === "minutes") {
    const title = p.items.find((i) => i.id === mode.item)?.title ?? mode.item;
    segments = [
      { text: `Minutes for ${title} (45 or 30-45; empty clears): `, tone: "accent" },
      { text: `${mode.text}${mode.fresh ? "" : "▌"}`, bold: true, selected: mode.fresh },
      { text: "  Enter set · Esc cancel", tone: "dim" },
    ];
  } else if (mode.kind === "date") {
    const reading = promptDate(mode.text);
    segments = [
      { text: "Move the meeting to (YYYY-MM-DD, ←→ day, ↑↓ week): ", tone: "accent" },
      { text: `${mode.text}${mode.fresh ? "" : "▌"}`, bold: true, selected: mode.fresh },
      { text: reading ? `  ${reading}` : "  not a date yet", tone: reading ? "good" : "warn" },
      { text: "  Enter move · Esc cancel", tone: "dim" },
    ];
  } else if (mode.kind === "confirm-leave") {
    segments = [
      { text: "Save the changes? ", tone: "accent", bold: true },
      { text: "y", bold: true, tone: "accent" },
      { text: " save · " },
      { text: "n", bold: true, tone: "accent" },
      { text: " drop them · " },
      { text: "Esc", bold: true, tone: "accent" },
      { text: " go on editing" },
    ];
  } else if (mode.kind === "move") {
    const title = p.items.find((i) => i.id === mode.item)?.title ?? mode.item;
    const target = moveTargets(state)[mode.target];
    const where = target === "backlog" ? "the backlog" : shortDate(p.meetings.find((m) => m.id === target)?.date ?? "");
    segments = [{ text: `Move ${title} to ${where}: Enter to move, Esc to cancel`, tone: "accent" }];
  } else if (state.exporting) {
    const e = state.exporting;
    segments = [{ text: `Exporting ${e.step}/${e.total || "…"}: ${e.label}…`, tone: "accent" }];
  } else if (state.message) {
    const tone = state.message.tone === "error" ? "bad" : state.message.tone === "success" ? "good" : "normal";
    segments = [{ text: state.message.text, tone }];
  }
  return <Line width={width} segments={segments} />;
}

/** The main keys for the focused pane; when they do not fit, middle ones go first, `? help` and `q quit` stay. */
const DROP_FIRST = [
  "Tab",
  "w",
  "x",
  "t",
  "v",
  "d",
  "→",
  "KJ",
  "o",
  "p",
  "+-",
  "c",
  "b",
  "r",
  "a",
  "Enter",
  "m",
  "e",
  "n",
  "T",
  "[]",
  "u",
  "↑↓",
  "s",
];

/** The pane's entries with `extra` before `? help`. */
function withExtra(entries: readonly [string, string][], extra: readonly [string, string][]): [string, string][] {
  const at = entries.findIndex(([k]) => k === "?");
  const list = [...entries];
  list.splice(at < 0 ? list.length : at, 0, ...extra);
  return list;
}

export function footerEntries(entries: readonly [string, string][], width: number): [string, string][] {
  const kept = [...entries];
  const size = (list: [string, string][]) => list.reduce((n, [k, d]) => n + cells(k) + cells(d) + 3, 0);
  for (const key of DROP_FIRST) {
    if (size(kept) <= width) break;
    const at = kept.findIndex(([k]) => k === key);
    if (at >= 0) kept.splice(at, 1);
  }
  return kept;
}

/** `extra`: keys of the council around the planner (a council folder), listed before `? help`. */
export function Footer({
  state,
  width,
  extra = [],
}: {
  state: PlannerState;
  width: number;
  extra?: readonly [string, string][];
}) {
  const segments: Segment[] = [];
  const mode = state.mode;
  const entries =
    mode.kind === "review"
      ? hasChanges(mode.proposal)
        ? REVIEW_FOOTER
        : CLOSE_FOOTER
      : mode.kind === "form"
        ? FORM_FOOTER
        : mode.kind === "list"
          ? mode.list.kind === "declarations"
            ? NIGHT_FOOTER
            : mode.list.kind === "recommendations"
              ? RECOMMENDATIONS_FOOTER
              : LIST_FOOTER
          : mode.kind === "confirm-leave" || mode.kind === "confirm-delete"
            ? []
            : withExtra(FOOTER[state.focus], mode.kind === "normal" ? extra : []);
  for (const [key, does] of footerEntries(entries, width)) {
    segments.push({ text: ` ${key}`, bold: true, tone: "accent" }, { text: ` ${does} ` });
  }
  return <Line width={width} segments={segments} />;
}

/** A section of the help: a title and its keys. */
export interface HelpGroup {
  title: string;
  keys: readonly { keys: string; does: string }[];
}

/**
 * `?`: every key, grouped, in two columns when wide enough, scrolled with ↑ ↓ when too long.
 * `extra` sections come first (a council folder's keys).
 */
export function HelpOverlay({
  width,
  rows,
  scroll,
  extra = [],
  plannerKeys = true,
}: {
  width: number;
  rows: number;
  scroll: number;
  extra?: readonly HelpGroup[];
  /** False on a council's own screens (the committees list, the timeline): only `extra` is listed. */
  plannerKeys?: boolean;
}) {
  const entries: Segment[][] = [];
  const groups = [...extra, ...(plannerKeys ? HELP : [])];
  const keyWidth = Math.max(20, ...groups.flatMap((g) => g.keys.map((k) => cells(k.keys) + 1)));
  for (const group of groups) {
    entries.push([{ text: group.title, bold: true, tone: "accent" }]);
    for (const k of group.keys) entries.push([{ text: `  ${fit(k.keys, keyWidth)}`, bold: true }, { text: k.does }]);
  }
  const room = rows - 2; // the title, and a line saying what is above or below
  const columns = entries.length > room && width >= 100 ? 2 : 1;
  const per = Math.ceil(entries.length / columns);
  const colWidth = Math.floor(width / columns);
  const top = Math.max(0, Math.min(scroll, per - room));
  const lines = [
    <Line
      key="title"
      width={width}
      segments={[{ text: rule("Keys (↑ ↓ scroll · any other key closes)", width), tone: "accent" }]}
    />,
  ];
  for (let r = top; r < Math.min(per, top + room); r++) {
    const segs: Segment[] = [];
    for (let c = 0; c < columns; c++) {
      const entry = entries[c * per + r] ?? [];
      // Keep each column's segments, cut to the column (one cell spare between columns) and padded to it.
      let room = columns > 1 ? colWidth - 1 : colWidth;
      for (const seg of entry) {
        const text = cells(seg.text) > room ? fit(seg.text, room) : seg.text;
        segs.push({ ...seg, text });
        room -= cells(text);
      }
      segs.push({ text: " ".repeat(Math.max(0, room + (columns > 1 ? 1 : 0))) });
    }
    lines.push(<Line key={r} width={width} segments={segs} />);
  }
  if (per > room) {
    const below = per - top - room;
    const where = [top > 0 ? `${top} above` : "", below > 0 ? `${below} more below` : ""].filter(Boolean).join(", ");
    lines.push(<Line key="more" width={width} segments={[{ text: `  (${where}: ↑ ↓ to scroll)`, tone: "dim" }]} />);
  }
  return <Lines width={width} rows={rows} lines={lines} />;
}

/** A question that needs an answer before anything else (recover, quit, overwrite, export). */
export function Dialog({ state, width, rows }: { state: PlannerState; width: number; rows: number }) {
  const mode = state.mode;
  const text: Segment[][] = [];
  let heading = "";
  if (mode.kind === "recover") {
    heading = "Unsaved edits from last time";
    const n = mode.journal.descriptions.length;
    text.push([{ text: `The planner stopped before ${n === 1 ? "this edit was" : `these ${n} edits were`} saved:` }]);
    for (const d of mode.journal.descriptions.slice(0, Math.max(1, rows - 7)))
      text.push([{ text: `  • ${d}`, tone: "accent" }]);
    if (n > rows - 7) text.push([{ text: `  … and ${n - (rows - 7)} more`, tone: "dim" }]);
    text.push([]);
    text.push([
      { text: "y", bold: true, tone: "accent" },
      { text: " recover them (then s to save)   " },
      { text: "n", bold: true, tone: "accent" },
      { text: " discard them" },
    ]);
  } else if (mode.kind === "refused") {
    heading = "Unsaved edits not recovered";
    text.push([{ text: mode.reason, tone: "warn" }]);
    text.push([{ text: `They are kept in ${mode.keptAt} for you to read.` }]);
    text.push([]);
    text.push([{ text: "Enter", bold: true, tone: "accent" }, { text: " open the file as it is now" }]);
  } else if (mode.kind === "confirm-quit") {
    const n = unsavedCount(state);
    heading = "Quit?";
    text.push([{ text: `${plural(n, "unsaved edit")} in ${state.file}.` }]);
    text.push([]);
    text.push([{ text: "s", bold: true, tone: "accent" }, { text: " save and quit" }]);
    text.push([{ text: "d", bold: true, tone: "accent" }, { text: " discard the edits and quit" }]);
    text.push([{ text: "k", bold: true, tone: "accent" }, { text: " quit, keeping the edits to recover next time" }]);
    text.push([{ text: "Esc", bold: true, tone: "accent" }, { text: " keep editing" }]);
  } else if (mode.kind === "confirm-overwrite") {
    heading = "The file changed on disk";
    text.push([
      {
        text: `${state.file} has changed since it was opened or last saved (another program or person wrote it).`,
        tone: "warn",
      },
    ]);
    text.push([{ text: "Saving now would replace those changes with this version." }]);
    text.push([]);
    text.push([
      { text: "o", bold: true, tone: "accent" },
      { text: " overwrite it   " },
      { text: "Esc", bold: true, tone: "accent" },
      { text: " cancel (your edits stay, journalled)" },
    ]);
  } else if (mode.kind === "confirm-delete") {
    heading = "Delete?";
    text.push([{ text: `Delete ${mode.what}?`, tone: "warn" }]);
    text.push([{ text: "u undoes it afterwards, until the planner closes." }]);
    text.push([]);
    text.push([
      { text: "y", bold: true, tone: "accent" },
      { text: " delete   " },
      { text: "n", bold: true, tone: "accent" },
      { text: " keep it" },
    ]);
  } else if (mode.kind === "export") {
    heading = "Export";
    text.push([{ text: "Files are written beside the programme, in exports/." }]);
    text.push([]);
    text.push([
      { text: "1", bold: true, tone: "accent" },
      {
        text: ` calendar feed (.ics) of the ${bodyWord(programmeOf(state).commission.kind, { lower: true })}'s meetings`,
      },
    ]);
    text.push([{ text: "2", bold: true, tone: "accent" }, { text: " work programme table (Markdown and HTML)" }]);
    text.push([
      { text: "3", bold: true, tone: "accent" },
      { text: " front sheet of the selected meeting (Markdown and HTML)" },
    ]);
    text.push([{ text: "4", bold: true, tone: "accent" }, { text: " all of these" }]);
    text.push([{ text: "Esc", bold: true, tone: "accent" }, { text: " cancel" }]);
  }
  // A sentence longer than the screen is wrapped by word here, never by the terminal.
  const wrapped = text.flatMap((segs) =>
    segs.length === 1 && cells(segs[0]!.text) > width - 4
      ? wrapWords(segs[0]!.text, width - 4).map((t) => [{ ...segs[0]!, text: t }])
      : [segs],
  );
  const lines = [
    <Line key="title" width={width} segments={[{ text: rule(heading, width), tone: "accent", bold: true }]} />,
    ...wrapped.map((segs, i) => <Line key={i} width={width} segments={[{ text: "  " }, ...segs]} />),
  ];
  return <Lines width={width} rows={rows} lines={lines} />;
}
