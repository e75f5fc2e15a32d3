import type { ProgrammeInput } from "@scrutineer/model";
import { type AttendanceMark, attendanceMark, bareName, substituteFor } from "./attendance.js";
import type { ImportedPerson } from "./import-people.js";
import { importedId } from "./imported-ids.js";
import type { MeetingDetail } from "./records.js";
import type { ImportNotes } from "./report.js";
import type { ModernGovSite } from "./site.js";

/**
 * One meeting's attendance (`m`, as GetMeetings lists it) from its GetMeeting attendees (`detail`): members and co-optees present,
 * remote or sending apologies; substitutes in the place of the absent member their role names; a
 * held meeting whose attendees are all apologies or absent recorded `apologies-only`. Undefined when
 * nobody's attendance is recorded. Notes what cannot be mapped (a substitute for nobody named,
 * officers' attendance, attendance words not recognised).
 */
export function meetingAttendance(
  m: { id: number; date: string },
  detail: { source: string; d: MeetingDetail },
  people: ReadonlyMap<number, ImportedPerson>,
  byName: ReadonlyMap<string, ImportedPerson>,
  site: ModernGovSite,
  note: ImportNotes,
): NonNullable<ProgrammeInput["meetings"]>[number]["attendance"] {
  const { d } = detail;
  const attendance = {
    present: [] as string[],
    remote: [] as string[],
    apologies: [] as string[],
    substitutes: [] as { id: string; for: string }[],
  };
  let recorded = false;
  let expected = 0;
  const marks = new Map(d.attendees.map((a) => [a.memberId, attendanceMark(a.attendance)]));
  for (const a of d.attendees) {
    const kind = people.get(a.memberId)?.kind;
    const mark: AttendanceMark = attendanceMark(a.attendance);
    if (mark === "expected") expected++;
    if (kind === "substitute" && (mark === "present" || mark === "remote")) {
      const named = substituteFor(a.role);
      const member = named ? byName.get(bareName(named)) : undefined;
      const memberMark = member ? marks.get(member.a.memberId) : undefined;
      if (member && memberMark !== "present" && memberMark !== "remote") {
        attendance.substitutes.push({ id: importedId.person(site, a.memberId), for: member.id });
        recorded = true;
      } else
        note(
          "not-mapped",
          detail.source,
          `${a.name} attended as a substitute; ModernGov does not say for which absent member: add them under attendance.substitutes (id, for)`,
          `attendee[${a.memberId}].roledescription`,
          a.role,
        );
      continue;
    }
    if (mark === "unknown")
      note(
        "unrecognised-value",
        detail.source,
        `attendance of ${a.name} not recognised`,
        `attendee[${a.memberId}].attendance`,
        a.attendance,
      );
    if (mark === "present" || mark === "remote" || mark === "apologies") {
      if (kind === "officer" || kind === "substitute") {
        note(
          "not-mapped",
          detail.source,
          `attendance of ${a.name} (${kind}): the programme records members' and co-optees' attendance only`,
          `attendee[${a.memberId}].attendance`,
          a.attendance,
        );
        continue;
      }
      attendance[mark].push(importedId.person(site, a.memberId));
      recorded = true;
    }
  }
  // Everyone marked apologies (or absent) and nobody present or expected: minutes that list
  // apologies only, so everyone else on the committee was there.
  const apologiesOnly =
    attendance.present.length === 0 &&
    attendance.remote.length === 0 &&
    attendance.apologies.length > 0 &&
    expected === 0;
  if (apologiesOnly)
    note(
      "filled-in",
      detail.source,
      `meeting ${m.id} on ${m.date} lists apologies but nobody present: recorded as apologies-only, so everyone else on the committee counts as present`,
      `meeting[${m.id}].attendees`,
    );
  if (!recorded) return undefined;
  return {
    ...(apologiesOnly ? { recorded: "apologies-only" as const } : {}),
    present: attendance.present,
    remote: attendance.remote,
    apologies: attendance.apologies,
    ...(attendance.substitutes.length > 0 ? { substitutes: attendance.substitutes } : {}),
  };
}
