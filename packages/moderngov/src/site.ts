import { mgDateParam } from "./values.js";

/** A ModernGov install, named by the base address its web service lives under. */
export interface ModernGovSite {
  /** Base address, no trailing slash, e.g. `https://democracy.manchester.gov.uk`. */
  base: string;
  /** Host, lower case, e.g. `democracy.manchester.gov.uk`. */
  host: string;
  /** Short key for ids, e.g. `manchester` (see {@link siteKey}). */
  key: string;
}

// Sub-domains councils put ModernGov under, and endings common to every council: neither tells one install from another.
const PREFIXES = new Set([
  "www",
  "democracy",
  "moderngov",
  "mgov",
  "committees",
  "councillors",
  "meetings",
  "cmis",
  "democratic",
]);
const SUFFIXES = [
  "gov.uk",
  "org.uk",
  "co.uk",
  "ac.uk",
  "nhs.uk",
  "gov.wales",
  "gov.scot",
  "llyw.cymru",
  "com",
  "org",
  "net",
  "uk",
];

/**
 * The key a site's ids start with: its host without the usual ModernGov sub-domain and the
 * public ending, in lower-case words joined by hyphens: `https://democracy.manchester.gov.uk`
 * → `manchester`, `http://moderngov.oadby-wigston.gov.uk` → `oadby-wigston`. ModernGov ids
 * are per install, so meeting 4967 becomes `manchester-meeting-4967`.
 */
export function siteKey(host: string): string {
  let labels = host.toLowerCase().replace(/:\d+$/, "").split(".");
  for (const suffix of SUFFIXES) {
    const parts = suffix.split(".");
    if (labels.length > parts.length && labels.slice(-parts.length).join(".") === suffix) {
      labels = labels.slice(0, -parts.length);
      break;
    }
  }
  while (labels.length > 1 && PREFIXES.has(labels[0]!)) labels = labels.slice(1);
  const key = labels
    .join("-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z0-9]/.test(key) ? key : `site-${key || "moderngov"}`;
}

/**
 * Read a site address as given on the command line (`https://democracy.manchester.gov.uk/`,
 * with or without `/mgWebService.asmx`).
 * @throws TypeError when it is not an http(s) address.
 */
export function modernGovSite(address: string): ModernGovSite {
  const url = new URL(address);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new TypeError(`${address} is not an http(s) address`);
  const path = url.pathname.replace(/\/mgWebService\.asmx.*$/i, "").replace(/\/+$/, "");
  return { base: `${url.origin}${path}`, host: url.host.toLowerCase(), key: siteKey(url.host) };
}

/** The web-service operations the importer calls, with their parameters. */
export type ModernGovRequest =
  | { operation: "GetCommittees" }
  | { operation: "GetMeetings"; committeeId: number; from: string; to: string }
  | { operation: "GetMeeting"; meetingId: number }
  | { operation: "GetCouncillorsByWard" };

/**
 * The address of one call (HTTP GET on `mgWebService.asmx/<operation>`); dates go as
 * `dd/MM/yyyy`, as the service takes them. `from`/`to` are `YYYY-MM-DD`.
 */
export function requestUrl(site: ModernGovSite, request: ModernGovRequest): string {
  const url = new URL(`${site.base}/mgWebService.asmx/${request.operation}`);
  if (request.operation === "GetMeetings") {
    url.searchParams.set("lCommitteeId", String(request.committeeId));
    url.searchParams.set("sFromDate", mgDateParam(request.from));
    url.searchParams.set("sToDate", mgDateParam(request.to));
  } else if (request.operation === "GetMeeting") url.searchParams.set("lMeetingId", String(request.meetingId));
  return url.href;
}

/** The committee's public page on the site (`mgCommitteeDetails.aspx?ID=`). */
export function committeePage(site: ModernGovSite, committeeId: number): string {
  return `${site.base}/mgCommitteeDetails.aspx?ID=${committeeId}`;
}

/**
 * The site saved responses came from, told by the web host their links name most often
 * (document and member pages); `undefined` when no response names one.
 */
export function siteOfResponses(
  responses: readonly { response: { kind: string; hosts: readonly string[] } }[],
): ModernGovSite | undefined {
  const counts = new Map<string, number>();
  // Meeting and committee answers name the install's public pages; register answers may name internal hosts.
  for (const { response } of responses)
    if (response.kind !== "councillors-by-ward")
      for (const h of response.hosts) counts.set(h, (counts.get(h) ?? 0) + 1);
  const [host] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return host ? modernGovSite(`https://${host}`) : undefined;
}
