import type { CabinetMember, Item, Officer, Programme } from "@scrutineer/model";

/**
 * Officers, guests and Cabinet members attend the items they present; an item cannot be
 * taken on a date one of them has said they cannot attend (`unavailable` dates, issue 8).
 * For a Cabinet Q&A the Cabinet member questioned attends whether or not listed as an officer.
 */
export type Attendee = (Officer | CabinetMember) & { kind: "officer" | "cabinet-member" };

/** Officers and Cabinet members by id: build it once where many items are looked at. */
export type AttendeeDirectory = ReadonlyMap<string, readonly Attendee[]>;

export function attendeeDirectory(programme: Programme): AttendeeDirectory {
  const byId = new Map<string, Attendee[]>();
  const add = (a: Attendee) => {
    const list = byId.get(a.id);
    if (!list) byId.set(a.id, [a]);
    // The first of a repeated id of each kind, as a search from the start finds it.
    else if (!list.some((b) => b.kind === a.kind)) list.push(a);
  };
  for (const o of programme.officers) add({ ...o, kind: "officer" });
  for (const c of programme.cabinetMembers) add({ ...c, kind: "cabinet-member" });
  return byId;
}

/** Everyone whose availability an item depends on, by id order. */
export function attendeesOf(
  programme: Programme,
  item: Item,
  directory: AttendeeDirectory = attendeeDirectory(programme),
): Attendee[] {
  const ids = new Set(item.officers);
  if (item.cabinetQA) ids.add(item.cabinetQA.cabinetMember);
  return [...ids].sort().flatMap((id) => (directory.get(id) ?? []).map((a) => ({ ...a })));
}

/** Every date on which one of an item's attendees cannot attend. */
export function awayDates(
  programme: Programme,
  item: Item,
  directory: AttendeeDirectory = attendeeDirectory(programme),
): ReadonlySet<string> {
  return new Set(attendeesOf(programme, item, directory).flatMap((a) => a.unavailable));
}

/** Those of an item's attendees who cannot attend on `date`. */
export function unavailableOn(
  programme: Programme,
  item: Item,
  date: string,
  directory: AttendeeDirectory = attendeeDirectory(programme),
): Attendee[] {
  return attendeesOf(programme, item, directory).filter((a) => a.unavailable.includes(date));
}
