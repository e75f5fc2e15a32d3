export {
  type CalendarChoice,
  type CalendarOptions,
  calendarChunks,
  commissionCalendar,
  deadlinesCalendar,
  memberCalendar,
  sittingMembers,
} from "./calendars.js";
export { deadlineEvents } from "./deadline-events.js";
export { DuplicateEventError, IcalError, type IcalErrorCode, isIcalError, UnknownPersonError } from "./errors.js";
export { meetingEventStatus, statusTitle } from "./event-status.js";
export { type EventKind, type EventOwner, eventKey, eventUid, UID_NAMESPACE } from "./event-uid.js";
export type { EventDraft, FeedEvent } from "./feed-event.js";
export { type FeedSiteOptions, feedSite, type SiteFile } from "./feed-site.js";
export {
  EventState,
  EventStatus,
  emptyState,
  Fingerprint,
  formatState,
  IcalState,
  nextState,
  type StateChange,
  type StateChangeKind,
} from "./ical-state.js";
export { meetingDescription, meetingEvent } from "./meeting-event.js";
export { attends, programmeEventDraft } from "./programme-event.js";
export { type ProgrammeFeed, type ProgrammeFeedOptions, programmeFeed } from "./programme-feed.js";
export {
  type CalendarText,
  DEFAULT_REFRESH_SECONDS,
  PRODID,
  renderCalendar,
  renderCalendarChunks,
} from "./render-calendar.js";
export { londonVtimezone } from "./vtimezone.js";
