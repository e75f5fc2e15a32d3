/**
 * Where the panes go. Wide terminals (120 columns or more) get the year and backlog on the left
 * and the meeting and checks on the right; narrower ones stack the four panes, giving the
 * focused pane the rows it needs first. The screen is one line shorter than the terminal so
 * Ink redraws in place instead of scrolling.
 */

export interface Size {
  columns: number;
  rows: number;
}

export interface Layout {
  kind: "wide" | "stacked";
  columns: number;
  /** Lines drawn in all. */
  height: number;
  /** Lines between the header and the status line. */
  body: number;
  /** Column widths in the wide layout (left + 1 + right = columns). */
  left: number;
  right: number;
  /** Content rows of each pane, its title line not counted. */
  year: number;
  agenda: number;
  backlog: number;
  checks: number;
}

export type PaneName = "year" | "agenda" | "backlog" | "checks";

export interface Wants {
  year: number;
  agenda: number;
  backlog: number;
  checks: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

/** Share `total` rows: every pane its minimum, then the focused one what it wants, then the others in turn. */
function share(total: number, wants: Wants, focus: PaneName): Wants {
  const order: PaneName[] = [focus, ...(["year", "agenda", "checks", "backlog"] as const).filter((p) => p !== focus)];
  const minimum: Wants = { year: 2, agenda: 3, backlog: 1, checks: 2 };
  const got: Wants = { year: 0, agenda: 0, backlog: 0, checks: 0 };
  let left = total;
  for (const p of order) {
    const n = Math.min(minimum[p], Math.max(0, wants[p]), left);
    got[p] = n;
    left -= n;
  }
  for (const p of order) {
    const n = Math.min(Math.max(0, wants[p] - got[p]), left);
    got[p] += n;
    left -= n;
  }
  // Rows nobody wants go to the focused pane so the screen stays full height.
  got[focus] += left;
  return got;
}

export function layout(size: Size, wants: Wants, focus: PaneName): Layout {
  const columns = Math.max(MIN_COLUMNS, size.columns);
  const height = Math.max(MIN_ROWS, size.rows) - 1;
  const body = height - 3; // header, status line, footer
  if (columns >= 120 && height >= 20) {
    const left = Math.min(66, Math.max(44, Math.floor(columns * 0.45)));
    const right = columns - left - 1;
    // Top row: the year and the meeting, as tall as the taller needs, leaving the checks at least 4 rows.
    const top = Math.max(6, Math.min(body - 5, Math.max(wants.year, wants.agenda) + 1));
    const bottom = body - top;
    return {
      kind: "wide",
      columns,
      height,
      body,
      left,
      right,
      year: top - 1,
      agenda: top - 1,
      backlog: bottom - 1,
      checks: bottom - 1,
    };
  }
  const rows = share(body - 4, wants, focus);
  return { kind: "stacked", columns, height, body, left: columns, right: columns, ...rows };
}
