import { agendaItemId } from "./meeting.js";
import type { Programme } from "./programme.js";

/** A problem found by relating one part of the file to another. */
export interface ReferenceProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * The municipal year runs from the annual meeting in May to the next May. A meeting from
 * 1 May of the first year to 31 May of the second belongs to it (annual meetings fall late in May).
 */
export function municipalYearBounds(municipalYear: string): { first: string; last: string } {
  const start = Number(municipalYear.slice(0, 4));
  return { first: `${start}-05-01`, last: `${start + 1}-05-31` };
}

/**
 * Cross-reference rules of the programme file: every id is defined once and every
 * reference resolves; an item sits on at most one agenda; dates fall in the municipal year.
 */
export function crossReferenceProblems(p: Programme): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: (string | number)[], code: string, message: string) => problems.push({ path, code, message });

  const people = new Map<string, string>();
  const groups = [
    ["members", p.members],
    ["coOptees", p.coOptees],
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
  const commissionMembers = new Set([...p.members.map((m) => m.id), ...p.coOptees.map((c) => c.id)]);
  const cabinet = new Set(p.cabinetMembers.map((c) => c.id));

  const chairs = p.members.filter((m) => m.role === "chair");
  if (chairs.length > 1)
    add(["members", p.members.indexOf(chairs[1]!), "role"], "two-chairs", "the commission has more than one Chair");

  /** Index of each id in a list, reporting every id used twice. */
  const uniqueIds = (group: "items" | "meetings", list: readonly { id: string }[], what: string) => {
    const index = new Map<string, number>();
    list.forEach(({ id }, i) => {
      const first = index.get(id);
      if (first === undefined) index.set(id, i);
      else add([group, i, "id"], "duplicate-id", `the ${what} id "${id}" is already used by ${group}[${first}]`);
    });
    return index;
  };
  const items = uniqueIds("items", p.items, "item");

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
  });

  const placed = new Map<string, string>();
  const { first, last } = municipalYearBounds(p.commission.municipalYear);
  const commissionStart = p.commission.start;
  if (p.commission.plannedEnd <= commissionStart)
    add(
      ["commission", "plannedEnd"],
      "end-before-start",
      `plannedEnd ${p.commission.plannedEnd} is not after start ${commissionStart}`,
    );

  const meetingIds = uniqueIds("meetings", p.meetings, "meeting");
  p.meetings.forEach((m, i) => {
    if (m.date < first || m.date > last)
      add(
        ["meetings", i, "date"],
        "outside-municipal-year",
        `${m.date} is outside the municipal year ${p.commission.municipalYear} (${first} to ${last})`,
      );
    const start = m.start ?? commissionStart;
    const end = m.plannedEnd ?? p.commission.plannedEnd;
    if (end <= start)
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
    m.agenda.forEach((entry, j) => {
      const id = agendaItemId(entry);
      const path = typeof entry === "string" ? ["meetings", i, "agenda", j] : ["meetings", i, "agenda", j, "item"];
      checkItemRef(path, id);
      const where = placed.get(id);
      if (onThisAgenda.has(id)) add(path, "item-twice", `"${id}" is on this agenda twice`);
      else if (where) add(path, "item-in-two-meetings", `"${id}" is already on the agenda of ${where}`);
      onThisAgenda.add(id);
      placed.set(id, `the meeting of ${m.date}`);
    });

    if (m.attendance) {
      const marked = new Map<string, string>();
      for (const list of ["present", "remote", "apologies"] as const) {
        m.attendance[list].forEach((id, j) => {
          const path = ["meetings", i, "attendance", list, j];
          checkPersonRef(path, id, commissionMembers, "member or co-optee of the commission");
          const before = marked.get(id);
          if (before) add(path, "attendance-twice", `"${id}" is already listed as ${before}`);
          marked.set(id, list);
        });
      }
    }
    m.declarations.forEach((d, j) => {
      checkPersonRef(
        ["meetings", i, "declarations", j, "person"],
        d.person,
        commissionMembers,
        "member or co-optee of the commission",
      );
      d.items.forEach((id, k) => {
        const path = ["meetings", i, "declarations", j, "items", k];
        if (!items.has(id)) checkItemRef(path, id);
        else if (!onThisAgenda.has(id))
          add(path, "declaration-off-agenda", `"${id}" is not on the agenda of ${m.date}`);
      });
    });
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
      add(["backlog", i], "item-in-backlog-and-meeting", `"${id}" is in the backlog and on the agenda of ${where}`);
  });

  return problems;
}
