import { expect } from "vitest";

export function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))?.length ?? 0;
}

/** What every published HTML document must be: self-contained, one h1, landmarks, English (UK), print CSS. */
export function expectSelfContainedAccessiblePage(html: string, title: string): void {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
  expect(count(html, /<title>/)).toBe(1);
  expect(html).toContain(`<title>${title}</title>`);
  expect(count(html, /<h1[ >]/)).toBe(1);
  expect(count(html, /<header>/)).toBe(1);
  expect(count(html, /<main id="main">/)).toBe(1);
  expect(count(html, /<footer>/)).toBe(1);
  expect(html).toContain('<a class="skip" href="#main">Skip to main content</a>');
  expect(html).toContain("@media print");
  // Self-contained: no scripts, no external stylesheets, images, frames, fonts or imports.
  expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\ssrc=|@import|url\(|@font-face/i);
  // Every table has a caption and header cells scoped to their column or row.
  const tables = count(html, /<table>/);
  expect(tables).toBeGreaterThan(0);
  expect(count(html, /<caption>/)).toBe(tables);
  expect(count(html, /<thead>/)).toBe(tables);
  expect(count(html, /<th(?![^>]*scope="(col|row)")[ >]/)).toBe(0);
}
