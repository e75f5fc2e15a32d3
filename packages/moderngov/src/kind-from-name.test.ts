import { kindFromName } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { hasSamples, sample, samplesNote } from "../test/samples.js";
import { parseResponse } from "./parse-response.js";

describe("kindFromName", () => {
  it("reads the kind of body from its title", () => {
    expect(kindFromName("Audit Committee")).toBe("committee");
    expect(kindFromName("Children's Services Scrutiny Sub-Committee")).toBe("sub-committee");
    expect(kindFromName("Appointment Sub Committee for Director of Adult Social Services")).toBe("sub-committee");
    expect(kindFromName("Health Scrutiny Panel")).toBe("panel");
    expect(kindFromName("Health and Wellbeing Board")).toBe("board");
    expect(kindFromName("Children and Young People Scrutiny Commission")).toBe("commission");
    expect(kindFromName("Overview & Scrutiny")).toBe("committee");
  });

  it.skipIf(!hasSamples)(`reads Manchester's real committees${samplesNote}`, () => {
    const r = parseResponse(sample("committees.xml"));
    if (r.kind !== "committees") throw new Error("not a GetCommittees response");
    const kinds = new Map(r.committees.map((c) => [c.title, kindFromName(c.title)]));
    expect(kinds.get("Audit Committee")).toBe("committee");
    expect(kinds.get("Appointment Sub Committee for Director of Adult Social Services")).toBe("sub-committee");
    expect(kinds.get("Art Galleries Committee")).toBe("committee");
  });
});
