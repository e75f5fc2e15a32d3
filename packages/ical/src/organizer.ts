import type { Programme } from "@scrutineer/model";
import { mailAddress, oneLine } from "./text.js";

/**
 * The ORGANIZER of every event of a commission's feeds (meetings, deadlines and the cancelled
 * events kept after they left the programme): the commission's contact, the scrutiny officer
 * named on every front sheet, as `CN="name":mailto:email`.
 *
 * RFC 5546 §3.2.1 requires exactly one ORGANIZER in each VEVENT of a METHOD:PUBLISH calendar,
 * and ORGANIZER's value is a cal-address (RFC 5545 §3.8.4.3), which a name alone is not. With
 * no usable email there is no honest address to give (an invented `noreply@` would be shown as
 * the organizer, and some clients write to it), so such events have no ORGANIZER, and a feed
 * holding one is written without METHOD (render-calendar.ts): RFC 5545 §3.7.2 makes METHOD
 * optional, and without it a feed is not a scheduling message, so RFC 5546's rules do not apply.
 */
export function feedOrganizer(programme: Programme): { name: string; email: string } | undefined {
  const { contact } = programme.commission;
  const email = mailAddress(contact.email);
  return email ? { name: oneLine(contact.name), email } : undefined;
}
