import type {
  AgendaEntryFields,
  CommissionFields,
  EventFields,
  ItemFields,
  MeetingFields,
  PeopleGroup,
  RecommendationFields,
} from "./programme-edit.js";

/**
 * What each field of a record is called in the officer's words: the planner's forms label their
 * fields with these, and `describeEdit` names what an edit changed with them ("Edit School
 * Admissions: title and officers"). Beside them, the lists of people by name.
 */

export const ITEM_FIELD_LABELS: Readonly<Record<keyof ItemFields, string>> = {
  title: "title",
  objective: "objective",
  minutes: "minutes",
  directorate: "directorate",
  officers: "officers",
  preparation: "preparation",
  status: "status",
  standing: "standing item",
  alongside: "taken alongside",
  education: "education matter",
  cabinetQA: "Cabinet Q&A",
  procedural: "procedural",
  added: "date added",
  urgentReasons: "urgent reasons",
  priority: "priority",
  topicc: "TOPICC scores",
  must: "must be scheduled",
  earliest: "earliest",
  latest: "latest",
  pinned: "pinned to a meeting",
  notes: "notes",
};

/** Each field of a meeting `set-meeting` may set, in the officer's words ("papers deadline"). */
export const MEETING_FIELD_LABELS: Readonly<Record<keyof MeetingFields, string>> = {
  date: "date",
  start: "start",
  plannedEnd: "planned end",
  venue: "venue",
  dateConfirmed: "date confirmed",
  papersDeadline: "papers deadline",
  dispatch: "dispatch",
  livestream: "livestream",
  orderOfBusiness: "order of business",
  attendance: "attendance",
  declarations: "declarations",
  jointWith: "joint with (other committees)",
  started: "time it started",
  ended: "time it ended",
  notes: "notes",
};

/** Every field of every list of people (a field a list does not have is never asked for). */
export const PERSON_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "name",
  role: "role",
  represents: "represents",
  voting: "voting",
  title: "job title",
  organisation: "organisation",
  portfolio: "portfolio",
  unavailable: "dates unavailable",
  from: "on the commission from",
  until: "on the commission until",
};

/** Each field of the commission, in the officer's words ("kind of body", "usual end"). */
export const COMMISSION_FIELD_LABELS: Readonly<Record<keyof CommissionFields, string>> = {
  name: "name",
  shortName: "short name",
  kind: "kind of body",
  council: "council",
  jurisdiction: "jurisdiction",
  municipalYear: "municipal year",
  venue: "venue",
  start: "usual start",
  plannedEnd: "usual end",
  usualLength: "usual length",
  remoteAttendance: "remote attendance",
  orderOfBusiness: "order of business",
  proceduralMinutes: "procedural minutes",
  livestream: "livestream",
  webpage: "web page",
  contact: "contact",
  quorum: "quorum",
  followUpAfterMonths: "months to a follow-up",
  deadlines: "deadline rules",
};

/** Each field of an event (a briefing, a site visit), in the officer's words ("who attends"). */
export const EVENT_FIELD_LABELS: Readonly<Record<keyof EventFields, string>> = {
  title: "title",
  kind: "kind",
  date: "date",
  start: "start",
  end: "end",
  venue: "venue",
  attendees: "who attends",
  items: "items",
  public: "public",
  notes: "notes",
};

/** Each field of an agenda entry's record of the meeting, in the officer's words ("written answers"). */
export const AGENDA_ENTRY_FIELD_LABELS: Readonly<Record<keyof AgendaEntryFields, string>> = {
  statedStart: "start stated",
  pages: "pages",
  outcome: "outcome",
  deferredTo: "meeting deferred to",
  resolutions: "resolutions",
  actions: "actions",
  writtenAnswers: "written answers",
};

/** Each field of a recommendation, in the officer's words ("implementation", "follow-up"). */
export const RECOMMENDATION_FIELD_LABELS: Readonly<Record<keyof RecommendationFields, string>> = {
  number: "number",
  text: "text",
  to: "addressee",
  received: "date received",
  requested: "date requested",
  responseDue: "response due",
  response: "response",
  implementation: "implementation",
  followUp: "follow-up",
  notes: "notes",
};

/** Each list of people, as a heading names it and as one of them is called. */
export const PEOPLE_GROUP_LABELS: Readonly<Record<PeopleGroup, { list: string; one: string }>> = {
  members: { list: "members", one: "member" },
  coOptees: { list: "co-optees", one: "co-optee" },
  substitutes: { list: "substitutes", one: "substitute" },
  officers: { list: "officers and guests", one: "officer or guest" },
  cabinetMembers: { list: "Cabinet members", one: "Cabinet member" },
};
