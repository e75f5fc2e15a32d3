export {
  type CalendarOptions,
  commissionCalendar,
  deadlinesCalendar,
  memberCalendar,
  sittingMembers,
  UnknownPersonError,
} from "./calendars.js";
export { deadlineEvents } from "./deadline-events.js";
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
export { LONDON, londonDateTime } from "./london-time.js";
export { meetingDescription, meetingEvent } from "./meeting-event.js";
export { type ProgrammeFeed, type ProgrammeFeedOptions, programmeFeed } from "./programme-feed.js";
export {
  type CalendarText,
  DEFAULT_REFRESH_SECONDS,
  DuplicateEventError,
  PRODID,
  renderCalendar,
} from "./render-calendar.js";
export { londonVtimezone } from "./vtimezone.js";
