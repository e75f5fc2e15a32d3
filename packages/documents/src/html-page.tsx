import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { palette } from "./contrast.js";
import { isLinkable } from "./escape-markdown.js";

/**
 * The shell of every published HTML document: one self-contained file (inline CSS, no
 * scripts, fonts or images) that meets WCAG 2.2 AA basics: `lang="en-GB"`, a <title>,
 * landmarks (banner, main, contentinfo), a skip link, colours with at least 4.5:1 contrast,
 * status never shown by colour alone, and a print stylesheet for A4.
 * React's `renderToStaticMarkup` escapes every string, so programme text cannot inject markup.
 */

const c = palette;
const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: ${c.background}; color: ${c.text}; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1rem; line-height: 1.45; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1rem; top: 1rem; padding: 0.5rem 1rem; background: ${c.focus}; color: ${c.text}; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 6px solid ${c.text}; }
.council { margin: 0; font-weight: bold; font-size: 1.125rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid ${c.rule}; }
h3 { font-size: 1.125rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }
a { color: ${c.link}; }
a:focus { outline: 3px solid ${c.focus}; background: ${c.focus}; color: ${c.text}; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: bold; font-size: 1.125rem; padding: 0.5rem 0; }
th, td { border: 1px solid ${c.rule}; padding: 0.5rem; text-align: left; vertical-align: top; }
thead th { background: ${c.headerBackground}; }
td p, th p { margin: 0.25rem 0 0; }
td ul { margin: 0; padding-left: 1.1rem; }
.num { width: 3.5rem; text-align: right; }
.nowrap { white-space: nowrap; }
.notice { margin: 0 0 1rem; padding: 0.5rem 1rem; border-left: 6px solid ${c.alert}; background: ${c.alertBackground}; font-weight: bold; }
.note { font-style: italic; }
.muted { color: ${c.muted}; }
.status-confirmed { font-weight: bold; }
.status-to-be-scoped { color: ${c.alert}; }
.status-tbc { font-style: italic; }
.status-withdrawn { text-decoration: line-through; }
footer { border-top: 1px solid ${c.rule}; font-size: 0.875rem; color: ${c.muted}; }
@media print {
  body { font-size: 10pt; }
  .skip, nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  thead { display: table-header-group; }
  tr, li, dl.facts { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  thead th { background: ${c.headerBackground}; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

export interface PageProps {
  title: string;
  council: string;
  /** Extra CSS for this document (e.g. the page orientation for print). */
  css?: string;
  footer: ReactNode;
  children: ReactNode;
}

function Page({ title, council, css, footer, children }: PageProps) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* Our own constant stylesheet: no programme text reaches it. */}
        <style dangerouslySetInnerHTML={{ __html: BASE_CSS + (css ?? "") }} />
      </head>
      <body>
        <a className="skip" href="#main">
          Skip to main content
        </a>
        <header>
          <p className="council">{council}</p>
        </header>
        <main id="main">{children}</main>
        <footer>{footer}</footer>
      </body>
    </html>
  );
}

/** A complete HTML document from a page. */
export function renderPage(props: PageProps): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<Page {...props} />)}\n`;
}

/** A link for a web or email address; any other scheme is printed as text, never linked. */
export function Link({ href, children }: { href: string; children: ReactNode }) {
  return isLinkable(href) ? <a href={href}>{children}</a> : children;
}
