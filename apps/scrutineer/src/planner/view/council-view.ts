import { shortDate, wallTime } from "@scrutineer/dates";
import { bodyWord, type Finding, plural, type Severity } from "@scrutineer/model";
import {
  activeSlot,
  type CommitteeSlot,
  type CouncilState,
  councilOverview,
  slotFindings,
  slotIndex,
} from "../state/council.js";
import { unsavedCount } from "../state/index.js";
import { fit, fitRight } from "./text.js";
import type { Tone } from "./view-model.js";

/**
 * What the council's screens show, read from the state and the council package's overview:
 * the committees list and the timeline of every committee's meetings. Nothing is computed
 * here beyond wording and column widths.
 */

const MARK: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };
const TONE: Record<Severity, Tone> = { error: "bad", warning: "warn", info: "normal" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function worst(findings: readonly Finding[]): Severity | undefined {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]?.severity;
}

function counts(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${MARK.error}${n("error")} ${MARK.warning}${n("warning")}`;
}

export interface CommitteeRow {
  id: string;
  text: string;
  tone: Tone;
  /** Unsaved edits in its planner (0 when none or not opened). */
  unsaved: number;
}

/** The name column: what the other columns (55 cells) and the cursor (2) leave. */
const nameWidth = (width: number) => Math.max(10, width - 57);

/** The columns' header of the committees list, for `width` cells. */
export function committeesHeader(width: number): string {
  const name = nameWidth(width);
  return `  ${fit("Committee", name)} ${fit("kind", 11)} ${fit("year", 7)} ${fitRight("meetings", 8)}  ${fit("own checks", 10)} ${fit("across", 9)}`;
}

/**
 * One row per committee: its name, kind of body, municipal year, meetings, its own findings
 * (errors ✖ and warnings ⚠, as `scrutineer check` counts them) and the findings across
 * committees that name it, as they stand with unsaved edits; `● n` when it has unsaved edits.
 */
export function committeeRows(state: CouncilState, width: number): CommitteeRow[] {
  const { findings: across } = councilOverview(state);
  const name = nameWidth(width);
  return state.committees.map((slot: CommitteeSlot) => {
    const { commission, meetings } = slotIndex(slot).programme;
    const own = slotFindings(slot);
    const mine = across.filter((f) => f.committees.includes(slot.entry.id));
    const unsaved = slot.planner ? unsavedCount(slot.planner) : 0;
    const severity = worst([...own, ...mine]);
    const text = [
      fit(commission.name, name),
      fit(bodyWord(commission.kind, { lower: true }), 11),
      fit(commission.municipalYear, 7),
      fitRight(String(meetings.length), 8),
      ` ${fit(counts(own), 10)}`,
      fit(mine.length === 0 ? "none" : `${MARK[worst(mine) ?? "info"]} ${mine.length}`, 9),
      unsaved > 0 ? `● ${unsaved}` : "",
    ].join(" ");
    return {
      id: slot.entry.id,
      text,
      tone: severity === "error" ? "bad" : severity === "warning" ? "warn" : "normal",
      unsaved,
    };
  });
}

export interface TimelineRow {
  /** The date and start. */
  when: string;
  /** The committees holding it: short names, "CYP + LiH" for a joint meeting. */
  committees: string;
  /** Whether the committee shown in the planner holds it. */
  own: boolean;
  venue: string;
  /** The clash marks: the worst finding's mark and code, and how many more. */
  marks: string;
  tone: Tone;
}

/** The committees' short names by id, as they stand. */
function shortNames(state: CouncilState): Map<string, string> {
  return new Map(state.committees.map((c) => [c.entry.id, slotIndex(c).programme.commission.shortName]));
}

/** Every committee's meetings in date order, each with the clashes the council package marks it with. */
export function timelineRows(state: CouncilState, width: number): TimelineRow[] {
  const { meetings, marks } = councilOverview(state);
  const names = shortNames(state);
  const shown = activeSlot(state)?.entry.id;
  return meetings.map((m) => {
    const found = marks.get(m.key) ?? [];
    const severity = worst(found);
    const first = [...found].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    return {
      when: `${shortDate(m.date, { weekday: width >= 100 })} ${wallTime(m.start)}`,
      committees: m.committees.map((id) => names.get(id) ?? id).join(" + "),
      own: shown !== undefined && m.committees.includes(shown),
      venue: m.venue,
      marks: first ? `${MARK[first.severity]} ${first.code}${found.length > 1 ? ` +${found.length - 1}` : ""}` : "",
      tone: severity ? TONE[severity] : "normal",
    };
  });
}

/** The timeline's title: how many meetings, and the clashes across committees by severity. */
export function timelineTitle(state: CouncilState): string {
  const { meetings, findings } = councilOverview(state);
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `Council timeline · ${plural(meetings.length, "meeting")} · across committees ${MARK.error}${n("error")} ${MARK.warning}${n("warning")}`;
}

/** The findings across committees that mark the meeting under the timeline's cursor, in full. */
export function timelineDetail(state: CouncilState): { text: string; tone: Tone }[] {
  const { meetings, marks } = councilOverview(state);
  const row = state.timeline ? meetings[state.timeline.cursor] : undefined;
  if (!row) return [];
  const found = marks.get(row.key) ?? [];
  if (found.length === 0) return [{ text: "No clash across committees at this meeting.", tone: "dim" }];
  return found.map((f) => ({ text: `${MARK[f.severity]} ${f.code}: ${f.message}`, tone: TONE[f.severity] }));
}
