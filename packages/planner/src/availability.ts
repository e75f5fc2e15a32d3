import type { CabinetMember, Item, Officer, Programme } from "@scrutineer/model";

/**
 * Officers, guests and Cabinet members attend the items they present; an item cannot be
 * taken on a date one of them has said they cannot attend (`unavailable` dates, issue 8).
 * For a Cabinet Q&A the Cabinet member questioned attends whether or not listed as an officer.
 */
export type Attendee = (Officer | CabinetMember) & { kind: "officer" | "cabinet-member" };

/** Everyone whose availability an item depends on, by id order. */
export function attendeesOf(programme: Programme, item: Item): Attendee[] {
  const ids = new Set(item.officers);
  if (item.cabinetQA) ids.add(item.cabinetQA.cabinetMember);
  const out: Attendee[] = [];
  for (const id of [...ids].sort()) {
    const officer = programme.officers.find((o) => o.id === id);
    if (officer) out.push({ ...officer, kind: "officer" });
    const member = programme.cabinetMembers.find((c) => c.id === id);
    if (member) out.push({ ...member, kind: "cabinet-member" });
  }
  return out;
}

/** Those of an item's attendees who cannot attend on `date`. */
export function unavailableOn(programme: Programme, item: Item, date: string): Attendee[] {
  return attendeesOf(programme, item).filter((a) => a.unavailable.includes(date));
}
