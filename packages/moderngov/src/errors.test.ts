import { describe, expect, it } from "vitest";
import { thrownBy } from "../../dates/test/dual-build.js";
import { chooseCommittee } from "./choose-committee.js";
import { isModernGovError, ModernGovError, ModernGovImportError, ModernGovResponseError } from "./errors.js";
import { parseResponse } from "./parse-response.js";

const committees = {
  source: "GetCommittees.xml",
  response: parseResponse(
    "<committees><committee><committeeid>7</committeeid><committeetitle>Children and Young People</committeetitle></committee></committees>",
  ),
};

describe("one error family", () => {
  it("a response refused is a ModernGovError with its code, the value refused and where", () => {
    const e = thrownBy(() => parseResponse("<committees>\n<committee>\n</committees>"));
    expect(e).toBeInstanceOf(ModernGovResponseError);
    expect(e).toBeInstanceOf(ModernGovError);
    expect(isModernGovError(e) && [e.code, typeof e.value, e.line]).toEqual(["not-xml", "string", 3]);
    const root = thrownBy(() => parseResponse("<getcommittee/>"));
    expect(isModernGovError(root) && [root.code, root.value]).toEqual(["unknown-root", "getcommittee"]);
  });

  it("an import refused carries the committee asked for", () => {
    const e = thrownBy(() => chooseCommittee([committees], "Planning"));
    expect(e).toBeInstanceOf(ModernGovImportError);
    expect(isModernGovError(e) && [e.name, e.code, e.value]).toEqual([
      "ModernGovImportError",
      "unknown-committee",
      "Planning",
    ]);
  });

  it("the guard refuses other errors, and look-alikes with an unknown code or no value", () => {
    expect(isModernGovError(new TypeError("x"))).toBe(false);
    expect(isModernGovError("not-xml")).toBe(false);
    const lookAlike = Object.assign(new Error("x"), { name: "ModernGovError", code: "ENOENT", value: 1 });
    expect(isModernGovError(lookAlike)).toBe(false);
    const noValue = Object.assign(new Error("x"), { name: "ModernGovImportError", code: "bad-year" });
    expect(isModernGovError(noValue)).toBe(false);
  });
});
