import { v5 as uuidv5 } from "uuid";
import { describe, expect, it } from "vitest";
import { eventKey, eventUid, UID_NAMESPACE } from "./event-uid.js";

const sept = { commission: "cyp", municipalYear: "2022/23", meeting: "2022-09" };

describe("eventUid", () => {
  it("is a UUIDv5 of commission, municipal year and meeting id, with no host name", () => {
    const uid = eventUid(sept);
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uid).not.toContain("@");
    expect(uid).toBe(uuidv5("cyp/2022-23/2022-09", UID_NAMESPACE));
  });

  it("is fixed for all time: the same ids give the same UID on every machine and release", () => {
    // Changing this breaks every subscriber's calendar (duplicates): the values are pinned.
    expect(UID_NAMESPACE).toBe(uuidv5("https://github.com/scrutineer/ical/event", uuidv5.URL));
    expect(eventUid(sept)).toBe(uuidv5("cyp/2022-23/2022-09", "50e396db-2dce-552a-b13b-d750f264e25b"));
  });

  it("differs between commissions, years, meetings and deadline kinds", () => {
    const uids = [
      eventUid(sept),
      eventUid({ ...sept, commission: "lih" }),
      eventUid({ ...sept, municipalYear: "2023/24" }),
      eventUid({ ...sept, meeting: "2022-10" }),
      eventUid(sept, "dispatch"),
      eventUid(sept, "papers-deadline"),
      eventUid(sept, "cabinet-notice", "cabinet-qa-woodley"),
      eventUid(sept, "cabinet-notice", "cabinet-qa-bramble"),
    ];
    expect(new Set(uids).size).toBe(uids.length);
    expect(eventKey(sept)).toBe("cyp/2022-23/2022-09");
    expect(eventKey(sept, "dispatch")).toBe("cyp/2022-23/2022-09/dispatch");
    expect(eventKey(sept, "cabinet-notice", "cabinet-qa-woodley")).toBe(
      "cyp/2022-23/2022-09/cabinet-notice/cabinet-qa-woodley",
    );
  });
});
