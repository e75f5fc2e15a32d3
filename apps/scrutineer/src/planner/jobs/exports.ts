import { frontSheetHtml, frontSheetMarkdown, workProgrammeHtml, workProgrammeMarkdown } from "@scrutineer/documents";
import { commissionCalendar, deadlinesCalendar, formatState, type IcalState, programmeFeed } from "@scrutineer/ical";
import type { Meeting, Programme } from "@scrutineer/model";
import type { ExportKind } from "../state/index.js";

/** One file an export writes: built (by a package) only when its turn comes, so progress shows between files. */
export interface ExportJob {
  label: string;
  /** File name under the exports folder, or "ical-state" for the calendar state kept beside the programme. */
  name: string;
  build: () => string;
}

export interface ExportContext {
  today: string;
  /** The instant of this export (ISO), for the calendar feed's change times. */
  now: string;
  /** The calendar state saved by the last export (`programme.ical-state.json`), so SEQUENCE keeps rising. */
  icalState?: IcalState;
}

function base(p: Programme): string {
  return `${p.commission.id}-${p.commission.municipalYear.replace("/", "-")}`;
}

/** The files an export of `kind` writes, in order. */
export function exportJobs(
  kind: ExportKind,
  programme: Programme,
  meeting: Meeting | undefined,
  context: ExportContext,
): ExportJob[] {
  const jobs: ExportJob[] = [];
  const name = base(programme);
  if (kind === "ical" || kind === "all") {
    let feed: ReturnType<typeof programmeFeed> | undefined;
    const once = () =>
      (feed ??= programmeFeed(programme, {
        now: context.now,
        ...(context.icalState ? { previous: context.icalState } : {}),
      }));
    jobs.push(
      { label: "calendar feed of meetings", name: `${name}.ics`, build: () => commissionCalendar(once()) },
      { label: "calendar feed of deadlines", name: `${name}-deadlines.ics`, build: () => deadlinesCalendar(once()) },
      // The same state file `scrutineer export ics` keeps: event numbering carries on from it.
      { label: "calendar state", name: "ical-state", build: () => formatState(once().state) },
    );
  }
  if (kind === "work-programme" || kind === "all") {
    jobs.push(
      {
        label: "work programme (Markdown)",
        name: `${name}-work-programme.md`,
        build: () => workProgrammeMarkdown(programme, { today: context.today }),
      },
      {
        label: "work programme (HTML)",
        name: `${name}-work-programme.html`,
        build: () => workProgrammeHtml(programme, { today: context.today }),
      },
    );
  }
  if ((kind === "front-sheet" || kind === "all") && meeting) {
    const stem = `${programme.commission.id}-${meeting.date}-front-sheet`;
    jobs.push(
      {
        label: `front sheet ${meeting.date} (Markdown)`,
        name: `${stem}.md`,
        build: () => frontSheetMarkdown(programme, meeting, { today: context.today }),
      },
      {
        label: `front sheet ${meeting.date} (HTML)`,
        name: `${stem}.html`,
        build: () => frontSheetHtml(programme, meeting, { today: context.today }),
      },
    );
  }
  return jobs;
}
