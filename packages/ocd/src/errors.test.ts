import { describe, expect, it } from "vitest";
import { thrownBy } from "../../dates/test/dual-build.js";
import { loadExample } from "../test/example.js";
import { isOcdError, OcdError, OcdReadError } from "./errors.js";
import { programmeToOcd } from "./export.js";
import { programmeFromOcd } from "./read.js";

const objects = programmeToOcd(loadExample(), { today: "2023-01-09" }).files.map((f) => f.object);

describe("reading OCD back refuses with a code and the value refused", () => {
  it("an object of an unknown type", () => {
    const e = thrownBy(() => programmeFromOcd([{ _type: "bill", _id: "x" }]));
    expect(e).toBeInstanceOf(OcdReadError);
    expect(e).toBeInstanceOf(OcdError);
    expect(isOcdError(e) && [e.name, e.code, e.value]).toEqual(["OcdReadError", "unknown-type", "bill"]);
  });

  it("no committee among the organizations", () => {
    const withoutCommittee = objects.filter((o) => !(o._type === "organization" && o.classification === "committee"));
    const e = thrownBy(() => programmeFromOcd(withoutCommittee));
    expect(isOcdError(e) && e.code).toBe("no-committee");
  });

  it("an event whose start is not a date", () => {
    // Of the date-time's form the schema asks for, but no real time (hour 25).
    const broken = objects.map((o) => (o._type === "event" ? { ...o, start_date: "2023-01-09T25:00:00Z" } : o));
    const e = thrownBy(() => programmeFromOcd(broken));
    expect(isOcdError(e) && [e.code, e.value]).toEqual(["invalid-start", "2023-01-09T25:00:00Z"]);
  });

  it("a programme that does not validate, with the problems", () => {
    const broken = objects.map((o) => (o._type === "event" ? { ...o, start_date: "2023-13-45" } : o));
    const e = thrownBy(() => programmeFromOcd(broken));
    expect(isOcdError(e) && e.code).toBe("invalid-programme");
    expect(isOcdError(e) && e.value).toContainEqual({ path: ["meetings", 0, "date"], message: expect.any(String) });
  });

  it("the guard refuses other errors and look-alikes with an unknown code", () => {
    expect(isOcdError(new Error("x"))).toBe(false);
    expect(isOcdError(Object.assign(new Error("x"), { name: "OcdReadError", code: "EPERM", value: 1 }))).toBe(false);
  });
});
