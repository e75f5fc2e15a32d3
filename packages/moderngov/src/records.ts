import * as z from "zod";

/**
 * The ModernGov web service's responses as typed records, with the service's quirks already
 * read (see values.ts): dates `YYYY-MM-DD`, times `HH:MM` Europe/London wall clock, booleans,
 * counts, and text decoded from escaped HTML. Personal data (home and work addresses, phone
 * numbers, e-mail addresses, photographs) is never read into a record.
 */

const IsoDate = z.iso.date();
const WallTime = z.iso.time({ precision: -1 });

/** An element the importer read but has no use for, kept so the import report can name it with its value. */
export const UnreadElement = z.strictObject({
  /** Element path inside the response, e.g. `agendaitem[18831].commentlabel1`. */
  element: z.string().min(1),
  value: z.string(),
});
export type UnreadElement = z.infer<typeof UnreadElement>;

/** A committee from GetCommittees. */
export const Committee = z.strictObject({
  id: z.number().int(),
  title: z.string().min(1),
  deleted: z.boolean().default(false),
  expired: z.boolean().default(false),
  category: z.string().optional(),
  unread: z.array(UnreadElement).default([]),
});
export type Committee = z.infer<typeof Committee>;

/** A meeting as GetMeetings lists it. `status` is the service's free text (see readMeetingStatus). */
export const MeetingSummary = z.strictObject({
  id: z.number().int(),
  date: IsoDate,
  /** Europe/London wall clock; absent when the service gave no readable time. */
  time: WallTime.optional(),
  /** The time as the service wrote it, kept when it could not be read. */
  timeText: z.string().optional(),
  status: z.string().default(""),
  webcast: z.boolean().default(false),
  unread: z.array(UnreadElement).default([]),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** One committee's meetings from GetMeetings. */
export const CommitteeMeetings = z.strictObject({
  committeeId: z.number().int(),
  committeeTitle: z.string().optional(),
  meetings: z.array(MeetingSummary),
});
export type CommitteeMeetings = z.infer<typeof CommitteeMeetings>;

/** A paper linked to an agenda item. */
export const LinkedDocument = z.strictObject({
  id: z.number().int(),
  title: z.string().min(1),
  url: z.url().optional(),
  restricted: z.boolean().default(false),
  published: IsoDate.optional(),
  unread: z.array(UnreadElement).default([]),
});
export type LinkedDocument = z.infer<typeof LinkedDocument>;

/** An agenda item from GetMeeting. */
export const AgendaItem = z.strictObject({
  id: z.number().int(),
  title: z.string().min(1),
  /** The text printed under the item (its purpose), decoded from escaped HTML. */
  text: z.string().optional(),
  /** ModernGov's sort key (`agendaitemnumber`), not the printed number. */
  sortKey: z.number().int(),
  subNumber: z.string().optional(),
  /** The number printed on the agenda (`fulldisplaynumberformat`), e.g. `9.`. */
  printedNumber: z.string().optional(),
  declarationCount: z.number().int().nonnegative().default(0),
  /** Exempt or confidential: not for publication (LGA 1972 s100A(4), Schedule 12A). */
  restricted: z.boolean().default(false),
  publicCanSpeak: z.boolean().default(false),
  /** The minute of the item, when published, decoded to text. */
  minutesText: z.string().optional(),
  documents: z.array(LinkedDocument).default([]),
  unread: z.array(UnreadElement).default([]),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** A person the service lists against a meeting: the attributes of `attendee`. */
export const Attendee = z.strictObject({
  memberId: z.number().int(),
  name: z.string().min(1),
  /** `roledescription`, e.g. "Committee Member", "Chair", "Substitute", "Co-opted Member". */
  role: z.string().optional(),
  /** `attendance`, e.g. "Expected", "Present", "Apologies", "Absent". */
  attendance: z.string().optional(),
  memberType: z.string().optional(),
  party: z.string().optional(),
  ward: z.string().optional(),
  /** The member's public page on the site. */
  url: z.url().optional(),
});
export type Attendee = z.infer<typeof Attendee>;

/** A meeting from GetMeeting: its details, agenda and attendees. */
export const MeetingDetail = z.strictObject({
  id: z.number().int(),
  date: IsoDate,
  time: WallTime.optional(),
  timeText: z.string().optional(),
  plannedFinish: WallTime.optional(),
  plannedFinishText: z.string().optional(),
  status: z.string().default(""),
  location: z.string().optional(),
  room: z.string().optional(),
  webcast: z.boolean().default(false),
  agendaPublished: z.boolean().default(false),
  minutesPublished: z.boolean().default(false),
  items: z.array(AgendaItem).default([]),
  attendees: z.array(Attendee).default([]),
  unread: z.array(UnreadElement).default([]),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/** A term of office; `end` is null where the service says `unspecified` (still serving). */
export const TermOfOffice = z.strictObject({
  start: IsoDate.optional(),
  end: IsoDate.nullable().optional(),
});
export type TermOfOffice = z.infer<typeof TermOfOffice>;

/** A councillor from GetCouncillorsByWard: public facts only (addresses, phones, e-mails and photographs are dropped). */
export const WardCouncillor = z.strictObject({
  id: z.number().int(),
  name: z.string().min(1),
  ward: z.string().optional(),
  party: z.string().optional(),
  keyPosts: z.string().optional(),
  representing: z.string().optional(),
  district: z.string().optional(),
  terms: z.array(TermOfOffice).default([]),
  unread: z.array(UnreadElement).default([]),
});
export type WardCouncillor = z.infer<typeof WardCouncillor>;

/** Which operation a response answers, told by its root element. */
export const ResponseKind = z.enum(["committees", "meetings", "meeting", "councillors-by-ward"]);
export type ResponseKind = z.infer<typeof ResponseKind>;

/** One response of the web service, typed. `hosts` are the web hosts its links name (to tell installs apart). */
export const ModernGovResponse = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("committees"), hosts: z.array(z.string()), committees: z.array(Committee) }),
  z.strictObject({ kind: z.literal("meetings"), hosts: z.array(z.string()), committees: z.array(CommitteeMeetings) }),
  z.strictObject({ kind: z.literal("meeting"), hosts: z.array(z.string()), meeting: MeetingDetail }),
  z.strictObject({
    kind: z.literal("councillors-by-ward"),
    hosts: z.array(z.string()),
    councillors: z.array(WardCouncillor),
    /** How many councillors had something in `homeaddress` (dropped, never read). */
    homeAddressesDropped: z.number().int().nonnegative(),
  }),
]);
export type ModernGovResponse = z.infer<typeof ModernGovResponse>;

/** A response and where it came from (a file name, or the operation of a live call). */
export interface SourcedResponse {
  source: string;
  response: ModernGovResponse;
}
