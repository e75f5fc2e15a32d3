import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ModernGovResponseError } from "./errors.js";
import {
  AgendaItem,
  Attendee,
  Committee,
  CommitteeMeetings,
  LinkedDocument,
  MeetingDetail,
  MeetingSummary,
  type ModernGovResponse,
  type UnreadElement,
  WardCouncillor,
} from "./records.js";
import { htmlText, mgBoolean, mgCount, mgDate, mgText, mgTime, plainLine } from "./values.js";

/**
 * Elements never read, reported or kept: personal data the service leaks (home addresses, and
 * with them phones, e-mails and photographs) and staff user names.
 */
const PERSONAL = new Set([
  "homeaddress",
  "workaddress",
  "photosmallurl",
  "photobigurl",
  "email",
  "phone",
  "mobile",
  "fax",
  "authorusername",
]);

// Elements that hold a list: the parser makes them arrays even when only one is present.
const LISTS = new Set([
  "committees.committee",
  "getmeetings.committee",
  "getmeetings.committee.committeemeetings.meeting",
  "meeting.agendaitems.agendaitem",
  "meeting.agendaitems.agendaitem.linkeddocuments.linkeddoc",
  "meeting.attendees.attendee",
  "councillorsbyward.wards.ward",
  "councillorsbyward.wards.ward.councillors.councillor",
  "councillorsbyward.wards.ward.councillors.councillor.termsofoffice.termofoffice",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  attributesGroupName: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  transformTagName: (name) => name.toLowerCase(),
  isArray: (_name, path) => typeof path === "string" && LISTS.has(path),
});

type Raw = Record<string, unknown>;

const asRaw = (value: unknown): Raw =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
const asList = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(asRaw) : value ? [asRaw(value)] : []);

/** Every web host named by a link anywhere in the response (personal elements included: only the host is kept). */
function hostsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    for (const match of value.matchAll(/https?:\/\/([^/\s"'<>?#]+)/gi)) into.add(match[1]!.toLowerCase());
  } else if (value && typeof value === "object") for (const v of Object.values(value)) hostsIn(v, into);
  return into;
}

/** Elements of `raw` not in `read`, with a value, as `prefix.element`; personal elements are never listed. */
function unread(raw: Raw, read: ReadonlySet<string>, prefix: string, same: Raw = {}): UnreadElement[] {
  const out: UnreadElement[] = [];
  const walk = (node: unknown, path: string, key: string) => {
    if (PERSONAL.has(key)) return;
    if (node && typeof node === "object" && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node as Raw)) walk(v, `${path}.${k}`, k);
      return;
    }
    const text = Array.isArray(node) ? undefined : mgText(node);
    if (text !== undefined) out.push({ element: path, value: text });
  };
  for (const [key, value] of Object.entries(raw)) {
    if (read.has(key) || key === "@") continue;
    // Copies of the enclosing meeting's own fields (an item's meetingdate) say nothing new.
    if (key in same && mgText(same[key]) === mgText(value)) continue;
    walk(value, `${prefix}.${key}`, key);
  }
  return out;
}

function need<T>(value: T | undefined, element: string): T {
  if (value === undefined)
    throw new ModernGovResponseError("missing-element", element, `${element} is missing or unreadable`);
  return value;
}

function readCommittees(root: Raw): Committee[] {
  const read = new Set(["committeeid", "committeetitle", "committeedeleted", "committeeexpired", "committeecategory"]);
  return asList(root.committee).map((raw, i) => {
    const id = need(mgCount(raw.committeeid), `committee[${i}].committeeid`);
    return Committee.parse({
      id,
      title: need(plainLine(raw.committeetitle), `committee[${id}].committeetitle`),
      deleted: mgBoolean(raw.committeedeleted) ?? false,
      expired: mgBoolean(raw.committeeexpired) ?? false,
      category: plainLine(raw.committeecategory),
      unread: unread(raw, read, `committee[${id}]`),
    });
  });
}

const SUMMARY = new Set(["meetingid", "meetingdate", "meetingtime", "meetingstatus", "iswebcast"]);

function readSummary(raw: Raw, i: number): MeetingSummary {
  const id = need(mgCount(raw.meetingid), `meeting[${i}].meetingid`);
  const time = mgTime(raw.meetingtime);
  return MeetingSummary.parse({
    id,
    date: need(mgDate(raw.meetingdate), `meeting[${id}].meetingdate`),
    time,
    timeText: time ? undefined : mgText(raw.meetingtime),
    status: mgText(raw.meetingstatus) ?? "",
    webcast: mgBoolean(raw.iswebcast) ?? false,
    unread: unread(raw, SUMMARY, `meeting[${id}]`),
  });
}

function readMeetings(root: Raw): CommitteeMeetings[] {
  return asList(root.committee).map((raw, i) =>
    CommitteeMeetings.parse({
      committeeId: need(mgCount(raw.committeeid), `committee[${i}].committeeid`),
      committeeTitle: plainLine(raw.committeetitle),
      meetings: asList(asRaw(raw.committeemeetings).meeting).map(readSummary),
    }),
  );
}

function readDocument(raw: Raw, prefix: string, meeting: Raw): LinkedDocument {
  const read = new Set(["attachmentid", "title", "url", "isrestricted", "publicationdate", "isurl", "restrictionsref"]);
  const id = need(mgCount(raw.attachmentid), `${prefix}.attachmentid`);
  const url = mgText(raw.url);
  return LinkedDocument.parse({
    id,
    title: plainLine(raw.title) ?? `Document ${id}`,
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
    restricted: mgBoolean(raw.isrestricted) ?? false,
    published: mgDate(raw.publicationdate),
    unread: unread(raw, read, `${prefix}.linkeddoc[${id}]`, {
      meetingdate: meeting.meetingdate,
      decisiondate: meeting.meetingdate,
    }),
  });
}

function readItem(raw: Raw, i: number, meeting: Raw): AgendaItem {
  const read = new Set([
    "agendaitemid",
    "agendaitemtitle",
    "agendatext",
    "agendaitemnumber",
    "agendaitemsubnumber",
    "fulldisplaynumberformat",
    "declarationcount",
    "isrestricted",
    "ispubliccanspeak",
    "minutesnonemptyhtmlbody",
    "linkeddocuments",
  ]);
  const id = need(mgCount(raw.agendaitemid), `agendaitem[${i}].agendaitemid`);
  const prefix = `agendaitem[${id}]`;
  return AgendaItem.parse({
    id,
    title: plainLine(raw.agendaitemtitle) ?? `Item ${id}`,
    text: htmlText(raw.agendatext),
    sortKey: mgCount(raw.agendaitemnumber) ?? i,
    subNumber: mgText(raw.agendaitemsubnumber),
    printedNumber: mgText(raw.fulldisplaynumberformat),
    declarationCount: mgCount(raw.declarationcount) ?? 0,
    restricted: mgBoolean(raw.isrestricted) ?? false,
    publicCanSpeak: mgBoolean(raw.ispubliccanspeak) ?? false,
    minutesText: htmlText(raw.minutesnonemptyhtmlbody),
    documents: asList(asRaw(raw.linkeddocuments).linkeddoc).map((d) => readDocument(d, prefix, meeting)),
    unread: unread(raw, read, prefix, {
      meetingdate: meeting.meetingdate,
      actualmeetingdate: meeting.meetingdate,
      preferreddate: meeting.meetingdate,
      meetingtime: meeting.meetingtime,
      isdisplayallowed: meeting.isdisplayallowed,
    }),
  });
}

function readAttendee(raw: Raw, i: number): Attendee {
  const at = asRaw(raw["@"]);
  const id = need(mgCount(at.memberid), `attendee[${i}] memberid`);
  const url = mgText(raw.url);
  return Attendee.parse({
    memberId: id,
    name: need(plainLine(at.name), `attendee[${id}] name`),
    role: plainLine(at.roledescription),
    attendance: plainLine(at.attendance),
    memberType: mgText(at.membertype),
    party: plainLine(at.politicalparty),
    ward: plainLine(at.ward),
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
  });
}

function readMeeting(root: Raw): MeetingDetail {
  const read = new Set([
    ...SUMMARY,
    "meetingplannedfinishtime",
    "meetinglocation",
    "meetingroom",
    "agendapublished",
    "minutepublished",
    "agendaitems",
    "attendees",
  ]);
  const id = need(mgCount(root.meetingid), "meeting.meetingid");
  const time = mgTime(root.meetingtime);
  const finish = mgTime(root.meetingplannedfinishtime);
  return MeetingDetail.parse({
    id,
    date: need(mgDate(root.meetingdate), `meeting[${id}].meetingdate`),
    time,
    timeText: time ? undefined : mgText(root.meetingtime),
    plannedFinish: finish,
    plannedFinishText: finish ? undefined : mgText(root.meetingplannedfinishtime),
    status: mgText(root.meetingstatus) ?? "",
    location: plainLine(root.meetinglocation),
    room: plainLine(root.meetingroom),
    webcast: mgBoolean(root.iswebcast) ?? false,
    agendaPublished: mgBoolean(root.agendapublished) ?? false,
    minutesPublished: mgBoolean(root.minutepublished) ?? false,
    items: asList(asRaw(root.agendaitems).agendaitem).map((item, i) => readItem(item, i, root)),
    attendees: asList(asRaw(root.attendees).attendee).map(readAttendee),
    unread: unread(root, read, `meeting[${id}]`),
  });
}

function readCouncillors(root: Raw): { councillors: WardCouncillor[]; homeAddressesDropped: number } {
  const read = new Set([
    "councillorid",
    "fullusername",
    "politicalpartytitle",
    "keyposts",
    "representing",
    "districttitle",
    "termsofoffice",
  ]);
  let homeAddressesDropped = 0;
  const councillors: WardCouncillor[] = [];
  for (const ward of asList(asRaw(root.wards).ward)) {
    const wardTitle = plainLine(ward.wardtitle);
    for (const [i, raw] of asList(asRaw(ward.councillors).councillor).entries()) {
      if (hasText(raw.homeaddress)) homeAddressesDropped++;
      const id = need(mgCount(raw.councillorid), `${wardTitle ?? "ward"} councillor[${i}].councillorid`);
      councillors.push(
        WardCouncillor.parse({
          id,
          name: need(plainLine(raw.fullusername), `councillor[${id}].fullusername`),
          ward: wardTitle,
          party: plainLine(raw.politicalpartytitle),
          keyPosts: plainLine(raw.keyposts),
          representing: plainLine(raw.representing),
          district: plainLine(raw.districttitle),
          terms: asList(asRaw(raw.termsofoffice).termofoffice).map((t) => ({
            start: mgDate(t.startdate),
            end: mgText(t.enddate)?.toLowerCase() === "unspecified" ? null : mgDate(t.enddate),
          })),
          unread: unread(raw, read, `councillor[${id}]`),
        }),
      );
    }
  }
  return { councillors, homeAddressesDropped };
}

/** Whether an element holds any text at any depth. */
function hasText(value: unknown): boolean {
  if (value && typeof value === "object") return Object.values(value).some(hasText);
  return mgText(value) !== undefined;
}

/**
 * Read one response of the web service, whatever the file it came in is called: the root
 * element says which operation it answers (`committees` GetCommittees, `getmeetings`
 * GetMeetings, `meeting` GetMeeting, `councillorsbyward` GetCouncillorsByWard).
 *
 * @throws ModernGovResponseError `html-page` for an HTML page (an error or sign-in page served
 *   with status 200), `not-xml` for malformed XML (with line and column), `unknown-root` for
 *   XML of another operation, `missing-element` when an id or date cannot be read.
 */
export function parseResponse(text: string): ModernGovResponse {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "") throw new ModernGovResponseError("empty", text, "the response is empty");
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i.test(body))
    throw new ModernGovResponseError(
      "html-page",
      body.slice(0, 80),
      "the response is a web page, not the web service's XML (an error, sign-in or redirect page)",
    );
  const valid = XMLValidator.validate(body);
  if (valid !== true)
    throw new ModernGovResponseError(
      "not-xml",
      valid.err.msg,
      `the response is not well-formed XML: ${valid.err.msg}`,
      { line: valid.err.line, column: valid.err.col },
    );
  const doc = asRaw(parser.parse(body));
  const [rootName, rootValue] = Object.entries(doc).find(([k]) => !k.startsWith("?") && !k.startsWith("#")) ?? [];
  const root = asRaw(rootValue);
  const hosts = [...hostsIn(root)].sort();
  switch (rootName) {
    case "committees":
      return { kind: "committees", hosts, committees: readCommittees(root) };
    case "getmeetings":
      return { kind: "meetings", hosts, committees: readMeetings(root) };
    case "meeting":
      return { kind: "meeting", hosts, meeting: readMeeting(root) };
    case "councillorsbyward":
      return { kind: "councillors-by-ward", hosts, ...readCouncillors(root) };
    case "html":
      throw new ModernGovResponseError("html-page", rootName, "the response is a web page, not the web service's XML");
    default:
      throw new ModernGovResponseError(
        "unknown-root",
        rootName,
        `the root element <${rootName ?? ""}> is not one of committees, getmeetings, meeting, councillorsbyward`,
      );
  }
}
