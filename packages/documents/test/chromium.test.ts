import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { indexProgramme } from "@scrutineer/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frontSheetHtml, recommendationsHtml, workProgrammeHtml } from "../src/index.js";
import { type AxNode, accessibilityTree, CHROMIUM, dumpDom, hasChromium, screenshot } from "./chromium.js";
import { loadExample, meetingOn } from "./example.js";

/**
 * The published HTML as a browser sees it: Debian's Chromium, headless, parses and lays out
 * each document; we read back the DOM, the accessibility tree a screen reader gets, and a
 * screenshot. Skipped (with this message) where Chromium is not installed; CI installs it.
 */
const title = hasChromium
  ? "the published HTML in headless Chromium"
  : `the published HTML in headless Chromium — SKIPPED: ${CHROMIUM} is not installed (apt-get install chromium)`;

if (!hasChromium) console.warn(`documents: ${title}`);

const today = "2023-01-06";
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

// Each test starts Chromium once or more; allow for a loaded CI machine.
describe.skipIf(!hasChromium)(title, { timeout: 120_000 }, () => {
  let dir = "";
  const pages: Record<"january" | "november" | "programme" | "tracker", string> = {
    january: "",
    november: "",
    programme: "",
    tracker: "",
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "scrutineer-documents-"));
    const p = loadExample();
    const write = (name: string, html: string) => {
      const file = join(dir, name);
      writeFileSync(file, html);
      return pathToFileURL(file).href;
    };
    pages.january = write("front-sheet-2023-01-16.html", frontSheetHtml(p, meetingOn(p, "2023-01-16"), { today }));
    pages.november = write("front-sheet-2022-11-30.html", frontSheetHtml(p, meetingOn(p, "2022-11-30"), { today }));
    pages.programme = write("work-programme-2022-23.html", workProgrammeHtml(p, { today }));
    pages.tracker = write("recommendations-tracker.html", recommendationsHtml(indexProgramme(p), { today }));
  });
  afterAll(() => {
    if (dir && !process.env.KEEP_SCREENSHOTS) rmSync(dir, { recursive: true, force: true });
  });

  it("parses the front sheet into a table whose header cells survive layout", async () => {
    const dom = await dumpDom(pages.january);
    expect(dom).toContain('<html lang="en-GB">');
    expect(count(dom, /<table>/g)).toBe(1);
    expect(dom).toMatch(/<table><caption>Agenda, Monday 16 January 2023<\/caption><thead><tr><th scope="col"/);
    expect(count(dom, /<th scope="col"/g)).toBe(4);
    expect(count(dom, /<th scope="row"/g)).toBe(10);
    expect(dom).toContain("City &amp; Hackney Safeguarding Children Partnership - Annual Report</strong>");
  });

  it("parses the work programme: ten tables, each with a caption and header cells", async () => {
    const dom = await dumpDom(pages.programme);
    expect(count(dom, /<table>/g)).toBe(10);
    expect(count(dom, /<table><caption>/g)).toBe(10);
    expect(count(dom, /<th scope="col"/g)).toBe(4 + 8 * 6 + 4);
    expect(dom).toContain("Thursday 29 September 2022 (moved from 8 September 2022)");
  });

  it("parses the recommendations tracker: a captioned table per review, a row header per recommendation", async () => {
    const dom = await dumpDom(pages.tracker);
    expect(count(dom, /<table><caption>/g)).toBe(2);
    expect(count(dom, /<th scope="col"/g)).toBe(2 * 6);
    expect(count(dom, /<th scope="row"/g)).toBe(28);
    expect(dom).toContain('<time datetime="2022-03-14">14 March 2022</time>');
  });

  it("gives screen readers landmarks, one level-1 heading, and named tables with column and row headers", async () => {
    for (const url of [pages.january, pages.november, pages.programme, pages.tracker]) {
      const nodes = (await accessibilityTree(url)).filter((n) => !n.ignored);
      const roles = nodes.map((n) => n.role?.value);
      const byRole = (role: string) => nodes.filter((n) => n.role?.value === role);
      expect(byRole("banner")).toHaveLength(1);
      expect(byRole("main")).toHaveLength(1);
      expect(byRole("contentinfo")).toHaveLength(1);
      const level = (n: AxNode) => n.properties?.find((p) => p.name === "level")?.value.value;
      expect(byRole("heading").filter((h) => level(h) === 1)).toHaveLength(1);
      const tables = byRole("table");
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) expect(t.name?.value, "every table is named by its caption").toBeTruthy();
      expect(roles).toContain("columnheader");
      expect(roles).toContain("rowheader");
      expect(byRole("columnheader").length).toBeGreaterThanOrEqual(4 * tables.length);
    }
  });

  it("renders a screenshot of each document", async () => {
    for (const [name, url] of Object.entries(pages)) {
      const file = join(dir, `${name}.png`);
      await screenshot(url, file);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("latin1"), name).toBe("PNG");
      // A blank page compresses to a few kilobytes; a laid-out document with tables does not.
      expect(statSync(file).size, name).toBeGreaterThan(50_000);
    }
    if (process.env.KEEP_SCREENSHOTS) console.log(`screenshots kept in ${dir}`);
  });
});
