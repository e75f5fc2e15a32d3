import { describe, expect, it } from "vitest";
import { modernGovSite, requestUrl, siteKey, siteOfResponses } from "./site.js";

describe("ModernGov sites", () => {
  it("keys ids by the council part of the host", () => {
    expect(siteKey("democracy.manchester.gov.uk")).toBe("manchester");
    expect(siteKey("moderngov.oadby-wigston.gov.uk")).toBe("oadby-wigston");
    expect(siteKey("www.london-fire.gov.uk")).toBe("london-fire");
    expect(siteKey("10.170.34.172:9071")).toBe("10-170-34-172");
    expect(siteKey("127.0.0.1:8080")).toBe("127-0-0-1");
  });

  it("builds the service's addresses with dd/MM/yyyy dates", () => {
    const site = modernGovSite("https://democracy.manchester.gov.uk/mgWebService.asmx");
    expect(site).toEqual({
      base: "https://democracy.manchester.gov.uk",
      host: "democracy.manchester.gov.uk",
      key: "manchester",
    });
    expect(requestUrl(site, { operation: "GetMeetings", committeeId: 144, from: "2025-05-01", to: "2026-05-31" })).toBe(
      "https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F05%2F2025&sToDate=31%2F05%2F2026",
    );
    expect(requestUrl(site, { operation: "GetMeeting", meetingId: 4967 })).toBe(
      "https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967",
    );
    expect(() => modernGovSite("ftp://example.org")).toThrow(TypeError);
  });

  it("tells the site of saved responses from their links, not from a register's internal hosts", () => {
    const site = siteOfResponses([
      { response: { kind: "councillors-by-ward", hosts: ["10.170.34.172:9071"] } },
      { response: { kind: "meeting", hosts: ["democracy.manchester.gov.uk"] } },
    ]);
    expect(site?.key).toBe("manchester");
    expect(siteOfResponses([{ response: { kind: "committees", hosts: [] } }])).toBeUndefined();
  });
});
