import { municipalYearBounds } from "@scrutineer/dates";
import { agendaItemId, monthOnly } from "./meeting.js";
import { sitsOn } from "./people.js";
import type { Programme } from "./programme.js";
import { outcomeReferenceProblems } from "./review-references.js";
import { bodyWord } from "./wording.js";

/** A problem found by relating one part of the file to another. */
export interface ReferenceProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Whether two terms (`from`/`until`, open-ended when absent) share a day. */
function overlap(a: { from?: string; until?: string }, b: { from?: string; until?: string }): boolean {
  return (a.from ?? "") <= (b.until ?? "9999") && (b.from ?? "") <= (a.until ?? "9999");
}

/**
 * Cross-reference rules of the programme file: every id is defined once and every reference
 * resolves; an item sits on one agenda unless it travels (deferred from an earlier one, or a
 * standing item); attendance names the membership of that day, substitutes in the place of a
 * member; no meeting falls before the municipal year (one after it is a forward plan, a note).
 */
export function crossReferenceProblems(p: Programme): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: (string | number)[], code: string, message: string) => problems.push({ path, code, message });
  /** "the committee", "the commission": as the file's kind says. */
  const body = `the ${bodyWord(p.commission.kind ?? "commission", { lower: true })}`;

  const people = new Map<string, string>();
  const groups = [
    ["members", p.members],
    ["coOptees", p.coOptees],
    ["substitutes", p.substitutes ?? []],
    ["officers", p.officers],
    ["cabinetMembers", p.cabinetMembers],
  ] as const;
  for (const [group, list] of groups) {
    (list as readonly { id: string }[]).forEach((person, i) => {
      const seen = people.get(person.id);
      if (seen) add([group, i, "id"], "duplicate-id", `the id "${person.id}" is already used by ${seen}`);
      else people.set(person.id, `${group}[${i}]`);
    });
  }
  const onCommission = new Map<string, { from?: string; until?: string }>(
    [...p.members, ...p.coOptees].map((m) => [m.id, m]),
  );
  const commissionMembers = new Set(onCommission.keys());
  const substitutes = new Set((p.substitutes ?? []).map((s) => s.id));
  const cabinet = new Set(p.cabinetMembers.map((c) => c.id));

  for (const [group, list] of [
    ["members", p.members],
    ["coOptees", p.coOptees],
  ] as const)
    (list as readonly { from?: string; until?: string }[]).forEach((m, i) => {
      if (m.from && m.until && m.until < m.from)
        add([group, i, "until"], "term-reversed", `until (${m.until}) is before from (${m.from})`);
    });

  // Chairs in turn are fine (a chair replaced during the year); two at once are not.
  const chairs = p.members.filter((m) => m.role === "chair");
  for (let i = 1; i < chairs.length; i++)
    if (chairs.slice(0, i).some((c) => overlap(c, chairs[i]!)))
      add(["members", p.members.indexOf(chairs[i]!), "role"], "two-chairs", `${body} has more than one Chair at once`);

  /** Index of each id in a list, reporting every id used twice. */
  const uniqueIds = (group: "items" | "meetings" | "events", list: readonly { id: string }[], what: string) => {
    const index = new Map<string, number>();
    list.forEach(({ id }, i) => {
      const first = index.get(id);
      if (first === undefined) index.set(id, i);
      else add([group, i, "id"], "duplicate-id", `the ${what} id "${id}" is already used by ${group}[${first}]`);
    });
    return index;
  };
  const items = uniqueIds("items", p.items, "item");
  const events = uniqueIds("events", p.events ?? [], "event");

  const checkItemRef = (path: (string | number)[], id: string) => {
    if (!items.has(id)) add(path, "unknown-item", `no item has the id "${id}" (define it under items:)`);
  };
  const checkPersonRef = (path: (string | number)[], id: string, allowed?: Set<string>, what = "person") => {
    if (!people.has(id)) add(path, "unknown-person", `no ${what} has the id "${id}"`);
    else if (allowed && !allowed.has(id)) add(path, "wrong-person", `"${id}" is not a ${what}`);
  };

  p.items.forEach((item, i) => {
    item.officers.forEach((o, j) => {
      checkPersonRef(["items", i, "officers", j], o);
    });
    item.alongside.forEach((a, j) => {
      checkItemRef(["items", i, "alongside", j], a);
      if (a === item.id)
        add(["items", i, "alongside", j], "alongside-itself", "an item cannot be taken alongside itself");
    });
    if (item.cabinetQA)
      checkPersonRef(
        ["items", i, "cabinetQA", "cabinetMember"],
        item.cabinetQA.cabinetMember,
        cabinet,
        "Cabinet member",
      );
    if (item.earliest && item.latest && item.earliest.slice(0, item.latest.length) > item.latest)
      add(["items", i, "latest"], "window-reversed", `latest (${item.latest}) is before earliest (${item.earliest})`);
    item.preparation.forEach((prep, j) => {
      if (prep.event !== undefined && !events.has(prep.event))
        add(
          ["items", i, "preparation", j, "event"],
          "unknown-event",
          `no event has the id "${prep.event}" (define it under events:)`,
        );
    });
  });

  // 1 May to 30 April: the one definition, and why, is in @scrutineer/dates (municipal-year.ts).
  // A meeting after the year is a forward plan (a note from the checks); one before it is a slip.
  const { from: first } = municipalYearBounds(p.commission.municipalYear);
  const commissionStart = p.commission.start;
  if (p.commission.plannedEnd !== undefined && p.commission.plannedEnd <= commissionStart)
    add(
      ["commission", "plannedEnd"],
      "end-before-start",
      `plannedEnd ${p.commission.plannedEnd} is not after start ${commissionStart}`,
    );

  const meetingIds = uniqueIds("meetings", p.meetings, "meeting");
  /** Where each item was placed so far (meetings in date order), and whether it may travel on. */
  const placed = new Map<string, { where: string; travels: boolean }>();
  const byDate = p.meetings.map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i);
  const onAgendaOf = new Map<number, Set<string>>();
  for (const { m, i } of byDate) {
    if (m.date.slice(0, first.length) < first.slice(0, m.date.length))
      add(
        ["meetings", i, "date"],
        "outside-municipal-year",
        `${m.date} is before the municipal year ${p.commission.municipalYear}, which starts on ${first}`,
      );
    if (monthOnly(m) && m.dateConfirmed)
      add(
        ["meetings", i, "date"],
        "month-without-tbc",
        `${m.date} is a month without a day: add dateConfirmed: false until the day is fixed`,
      );
    const start = m.start ?? commissionStart;
    const end = m.plannedEnd ?? p.commission.plannedEnd;
    if (end !== undefined && end <= start)
      add(
        ["meetings", i, m.plannedEnd ? "plannedEnd" : "start"],
        "end-before-start",
        `the planned end ${end} is not after the start ${start}`,
      );
    if (m.status === "moved" && !m.movedFrom)
      add(
        ["meetings", i, "status"],
        "moved-without-origin",
        "a moved meeting says where it moved from: add movedFrom: YYYY-MM-DD",
      );
    if (m.movedFrom && m.status !== "moved" && m.status !== "cancelled")
      add(["meetings", i, "movedFrom"], "moved-from-not-moved", 'movedFrom is given but status is not "moved"');
    if (m.movedFrom === m.date)
      add(["meetings", i, "movedFrom"], "moved-to-same-date", "movedFrom is the same date as the meeting");

    const onThisAgenda = new Set<string>();
    onAgendaOf.set(i, onThisAgenda);
    m.agenda.forEach((entry, j) => {
      const id = agendaItemId(entry);
      const path = typeof entry === "string" ? ["meetings", i, "agenda", j] : ["meetings", i, "agenda", j, "item"];
      checkItemRef(path, id);
      const before = placed.get(id);
      if (onThisAgenda.has(id)) add(path, "item-twice", `"${id}" is on this agenda twice`);
      else if (before && !before.travels)
        add(
          path,
          "item-in-two-meetings",
          `"${id}" is already on the agenda of ${before.where} (an item may sit on a later agenda only when deferred from the earlier one, outcome: deferred, or when it is a standing item)`,
        );
      onThisAgenda.add(id);
      const outcome = typeof entry === "string" ? undefined : entry.outcome;
      const standing = p.items[items.get(id) ?? -1]?.standing === true;
      placed.set(id, { where: `the meeting of ${m.date}`, travels: standing || outcome === "deferred" });
      if (typeof entry !== "string" && entry.deferredTo !== undefined) {
        const at = ["meetings", i, "agenda", j, "deferredTo"];
        if (entry.outcome !== "deferred")
          add(at, "deferred-to-not-deferred", 'deferredTo is given but the outcome is not "deferred"');
        else if (!meetingIds.has(entry.deferredTo))
          add(at, "unknown-meeting", `no meeting has the id "${entry.deferredTo}"`);
      }
    });
  }

  p.meetings.forEach((m, i) => {
    const onThisAgenda = onAgendaOf.get(i) ?? new Set<string>();
    // A deferred item's later meeting holds it too (it keeps its id and history).
    m.agenda.forEach((entry, j) => {
      if (typeof entry === "string" || entry.outcome !== "deferred" || entry.deferredTo === undefined) return;
      const later = p.meetings[meetingIds.get(entry.deferredTo) ?? -1];
      if (!later) return;
      const at = ["meetings", i, "agenda", j, "deferredTo"];
      if (later.date <= m.date)
        add(at, "deferred-backwards", `"${entry.deferredTo}" (${later.date}) is not after this meeting (${m.date})`);
      else if (!later.agenda.some((e) => agendaItemId(e) === entry.item))
        add(
          at,
          "deferred-not-on-agenda",
          `"${entry.item}" is deferred to "${entry.deferredTo}" but is not on that meeting's agenda: add it there`,
        );
    });

    if (m.attendance) {
      const a = m.attendance;
      const marked = new Map<string, string>();
      const mark = (id: string, list: string, path: (string | number)[]) => {
        const before = marked.get(id);
        if (before) add(path, "attendance-twice", `"${id}" is already listed as ${before}`);
        marked.set(id, list);
      };
      for (const list of ["present", "remote", "apologies"] as const) {
        a[list].forEach((id, j) => {
          const path = ["meetings", i, "attendance", list, j];
          if (substitutes.has(id) && list !== "apologies")
            add(
              path,
              "substitute-as-member",
              `"${id}" is a substitute: list them under attendance.substitutes with the member they replaced (id, for)`,
            );
          else checkPersonRef(path, id, commissionMembers, `member or co-optee of ${body}`);
          const term = onCommission.get(id);
          if (term && !sitsOn(term, m.date))
            add(path, "not-a-member-then", `"${id}" is not on ${body} on ${m.date} (from/until)`);
          mark(id, list, path);
        });
      }
      if (a.recorded === "apologies-only" && a.present.length > 0)
        add(
          ["meetings", i, "attendance", "present"],
          "present-with-apologies-only",
          "attendance recorded as apologies-only lists nobody as present: everyone else on the membership was",
        );
      const replaced = new Set<string>();
      a.substitutes.forEach((s, j) => {
        const path = ["meetings", i, "attendance", "substitutes", j];
        checkPersonRef([...path, "id"], s.id, substitutes, "substitute (define them under substitutes:)");
        checkPersonRef([...path, "for"], s.for, commissionMembers, `member or co-optee of ${body}`);
        const term = onCommission.get(s.for);
        if (term && !sitsOn(term, m.date))
          add([...path, "for"], "not-a-member-then", `"${s.for}" is not on ${body} on ${m.date} (from/until)`);
        const was = marked.get(s.for);
        if (was === "present" || was === "remote")
          add(
            [...path, "for"],
            "substitute-for-present",
            `"${s.for}" is listed as ${was}: a substitute replaces a member who is absent`,
          );
        if (replaced.has(s.for)) add([...path, "for"], "replaced-twice", `"${s.for}" already has a substitute`);
        replaced.add(s.for);
        mark(s.id, "a substitute", [...path, "id"]);
      });
    }
    m.declarations.forEach((d, j) => {
      checkPersonRef(
        ["meetings", i, "declarations", j, "person"],
        d.person,
        new Set([...commissionMembers, ...substitutes]),
        `member, co-optee or substitute of ${body}`,
      );
      d.items.forEach((id, k) => {
        const path = ["meetings", i, "declarations", j, "items", k];
        if (!items.has(id)) checkItemRef(path, id);
        else if (!onThisAgenda.has(id))
          add(path, "declaration-off-agenda", `"${id}" is not on the agenda of ${m.date}`);
      });
    });
  });

  (p.events ?? []).forEach((e, i) => {
    e.attendees.forEach((id, j) => {
      checkPersonRef(["events", i, "attendees", j], id);
    });
    e.items.forEach((id, j) => {
      checkItemRef(["events", i, "items", j], id);
    });
    if (e.start && e.end && e.end <= e.start)
      add(["events", i, "end"], "end-before-start", `the end ${e.end} is not after the start ${e.start}`);
    if (e.date < first)
      add(
        ["events", i, "date"],
        "outside-municipal-year",
        `${e.date} is before the municipal year ${p.commission.municipalYear}, which starts on ${first}`,
      );
  });

  p.items.forEach((item, i) => {
    if (item.pinned && !meetingIds.has(item.pinned))
      add(
        ["items", i, "pinned"],
        "unknown-meeting",
        `no meeting has the id "${item.pinned}" (pinned: takes a meeting id)`,
      );
  });

  p.backlog.forEach((id, i) => {
    checkItemRef(["backlog", i], id);
    const where = placed.get(id);
    if (where)
      add(
        ["backlog", i],
        "item-in-backlog-and-meeting",
        `"${id}" is in the backlog and on the agenda of ${where.where}`,
      );
  });

  problems.push(...outcomeReferenceProblems(p));
  return problems;
}
