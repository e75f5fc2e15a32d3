import { addDays, longDate, shortDate } from "@scrutineer/dates";
import { type MeetingDeadlines, meetingDeadlines, type WorkingCalendar } from "@scrutineer/deadlines";
import {
  bodyWord,
  commissionLaw,
  type Meeting,
  meetingTimes,
  type Programme,
  type ProgrammeIndex,
  plural,
} from "@scrutineer/model";
import { meetingEventStatus, statusTitle } from "./event-status.js";
import { type EventKind, eventKey, eventUid } from "./event-uid.js";
import type { EventDraft } from "./feed-event.js";
import { feedOrganizer } from "./organizer.js";
import { oneLine, webAddress } from "./text.js";

/**
 * The officers' deadlines of a meeting as all-day events: the papers deadline (a local rule,
 * N working days before dispatch), the agenda dispatch (five clear working days before the
 * meeting in England, Local Government Act 1972 s100B; three in Wales and Scotland: the
 * jurisdiction's law, `commissionLaw`) and the Cabinet Q&A notice (six weeks in Hackney),
 * all from `meetingDeadlines`. All-day events are `VALUE=DATE` with DTEND the next day
 * (RFC 5545 §3.6.1: DTEND is exclusive; a DTEND equal to DTSTART makes Outlook show nothing).
 * They are linked to their meeting by RELATED-TO (its UID), the description and the URL, and
 * are TRANSPARENT: a deadline does not make anyone busy.
 */

/** One all-day deadline event of a meeting (linked to it by RELATED-TO), as the officers' feed shows it. */
export function deadlineDraft(
  programme: Programme,
  meeting: Meeting,
  kind: Exclude<EventKind, "meeting">,
  date: string,
  summary: string,
  lines: string[],
  item?: string,
): EventDraft {
  const c = programme.commission;
  const owner = { commission: c.id, municipalYear: c.municipalYear, meeting: meeting.id };
  const status = meetingEventStatus(meeting);
  const { start } = meetingTimes(programme, meeting);
  const intro = [`${oneLine(c.name)} meeting on ${longDate(meeting.date)} at ${start}.`];
  if (status === "CANCELLED") intro.unshift("CANCELLED: the meeting will not take place.");
  if (status === "TENTATIVE") intro.unshift("The meeting's date is provisional and may change.");
  const event: EventDraft = {
    key: eventKey(owner, kind, item),
    uid: eventUid(owner, kind, item),
    kind,
    owner,
    summary: statusTitle(status, summary),
    start: date,
    end: addDays(date, 1),
    allDay: true,
    description: [...intro, ...lines].join("\n"),
    status,
    relatedTo: eventUid(owner),
    transparent: true,
    declarations: [],
  };
  const url = webAddress(c.webpage) ?? webAddress(meeting.livestream) ?? webAddress(c.livestream);
  if (url) event.url = url;
  const organizer = feedOrganizer(programme);
  if (organizer) event.organizer = organizer;
  return event;
}

function statedLine(computed: string, stated: string | undefined, rule: string): string {
  if (stated === undefined) return `${rule} gives ${shortDate(computed)}.`;
  if (stated === computed) return `${rule} gives ${shortDate(computed)}, as the programme states.`;
  return `${rule} gives ${shortDate(computed)}; the programme states ${shortDate(stated)}.`;
}

/** The deadline events of one meeting. */
export function deadlineEvents(
  index: ProgrammeIndex,
  meeting: Meeting,
  options: { today: string; calendar?: WorkingCalendar },
): EventDraft[] {
  const { programme } = index;
  const c = programme.commission;
  const d: MeetingDeadlines = meetingDeadlines(index, meeting, {
    today: options.today,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  const short = oneLine(c.shortName);
  const on = shortDate(meeting.date);
  const events: EventDraft[] = [
    deadlineDraft(
      programme,
      meeting,
      "papers-deadline",
      d.papersDeadline.effective,
      `${short} papers deadline (meeting ${on})`,
      [
        "Reports for the meeting are due to the scrutiny officer.",
        statedLine(
          d.papersDeadline.computed,
          d.papersDeadline.stated,
          `The ${bodyWord(c.kind, { lower: true })}'s rule (${plural(d.papersWorkingDaysBeforeDispatch, "working day")} before agenda dispatch on ${shortDate(d.dispatch.effective)})`,
        ),
      ],
    ),
    deadlineDraft(programme, meeting, "dispatch", d.dispatch.effective, `${short} agenda dispatch (meeting ${on})`, [
      "Last day to dispatch (publish) the agenda and reports.",
      statedLine(
        d.dispatch.computed,
        d.dispatch.stated,
        `The law's ${plural(d.clearDays, "clear working day")} of notice (${commissionLaw(c).dispatchLaw.full})`,
      ),
    ]),
  ];
  for (const notice of d.cabinetNotices) {
    const member = index.people.get(notice.cabinetMember);
    const name = oneLine(member?.name ?? notice.cabinetMember);
    const item = index.items.get(notice.item);
    const lines = [
      `Tell ${name} the policy areas for the Cabinet Q&A (${c.deadlines.cabinetNoticeWeeks === 1 ? "1 week's" : `${c.deadlines.cabinetNoticeWeeks} weeks'`} notice).`,
    ];
    const topics = item?.cabinetQA?.topics ?? [];
    if (topics.length > 0) lines.push(`Topics: ${topics.map(oneLine).join("; ")}.`);
    lines.push(notice.notified ? `Notified on ${shortDate(notice.notified)}.` : "Not yet recorded as notified.");
    events.push(
      deadlineDraft(
        programme,
        meeting,
        "cabinet-notice",
        notice.due,
        `${short} Cabinet Q&A notice to ${name} (meeting ${on})`,
        lines,
        notice.item,
      ),
    );
  }
  return events;
}
