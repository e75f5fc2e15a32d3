/**
 * The one place the zone is named. Council meetings in England and Wales are held on London's
 * wall clock (GMT in winter, BST from the last Sunday of March to the last Sunday of October,
 * Summer Time Act 1972 and SI 2002/262), and every calendar date in a programme is a day in
 * London. Nothing in Scrutineer reads the machine's own zone: each date and time is worked out
 * in this zone explicitly, so a server in New York or Tokyo gives the same answers.
 */

/** The IANA name of London's zone, `"Europe/London"`: pass it to Intl, @date-fns/tz or an iCalendar TZID. */
export const LONDON = "Europe/London";
