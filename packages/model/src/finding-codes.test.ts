import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { renderFindings } from "../scripts/findings.mjs";
import { FINDING_CATALOGUE, FINDING_CODES, Finding, FindingCode } from "./index.js";

const root = new URL("../../../", import.meta.url);

describe("the finding catalogue", () => {
  it("docs/findings.md is up to date (pnpm generate:reference)", () => {
    expect(readFileSync(new URL("docs/findings.md", root), "utf8")).toBe(renderFindings(FINDING_CATALOGUE));
  });

  it("lists every code in docs/findings.md", () => {
    const md = renderFindings(FINDING_CATALOGUE);
    for (const code of FINDING_CODES) expect(md).toContain(`| \`${code}\` |`);
  });

  it("names for each code a rule file that exists and says the code", () => {
    for (const [code, doc] of Object.entries(FINDING_CATALOGUE)) {
      const file = new URL(doc.rule, root);
      expect(existsSync(file), `${code}: ${doc.rule}`).toBe(true);
      expect(readFileSync(file, "utf8"), `${code} in ${doc.rule}`).toContain(`"${code}"`);
    }
  });

  it("gives each code a severity, a meaning, a fix and a source", () => {
    for (const doc of Object.values(FINDING_CATALOGUE)) {
      expect(doc.severities.length).toBeGreaterThan(0);
      for (const text of [doc.meaning, doc.fix, doc.source]) expect(text.trim()).not.toBe("");
    }
  });

  it("refuses a finding whose code is not in the catalogue", () => {
    expect(FindingCode.safeParse("dispatch-too-late").success).toBe(true);
    expect(FindingCode.safeParse("dispatch-late").success).toBe(false);
    const finding = { severity: "error", code: "dispatch-too-late", message: "…", meeting: "2023-01-16" };
    expect(Finding.parse({ ...finding, meetingId: "2023-01" })).toEqual({ ...finding, meetingId: "2023-01" });
    expect(Finding.safeParse({ ...finding, code: "made-up" }).success).toBe(false);
  });
});
