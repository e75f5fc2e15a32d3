import { resolve } from "node:path";
import { councilOverviewHtml, councilOverviewMarkdown } from "@scrutineer/documents";
import type { SiteFile } from "@scrutineer/ical";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Io } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadCouncil } from "../io/load-council.js";
import { parseNow } from "../io/now.js";

const OVERVIEW_FORMATS = ["md", "html"] as const;

/**
 * `scrutineer export overview <council-folder>`: the council overview (each committee's year at a
 * glance, with the clashes found across committees), Markdown or self-contained HTML.
 */
export async function exportOverview(argv: string[], io: Io, usage: string): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      format: { type: "string", default: "md" },
      output: { type: "string", short: "o" },
      now: { type: "string" },
    },
    "export overview",
  );
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new UsageError(`usage: ${usage}`);
  const format = values.format as (typeof OVERVIEW_FORMATS)[number];
  if (!OVERVIEW_FORMATS.includes(format))
    throw new UsageError(`scrutineer export overview: --format ${values.format}: expected md or html`);
  if (values.output === "") throw new UsageError("scrutineer export overview: -o needs a file name");
  const { today } = parseNow(values.now, io.now);
  const { folder } = await loadCouncil(dir, io.cwd);
  const text = format === "html" ? councilOverviewHtml(folder, { today }) : councilOverviewMarkdown(folder, { today });
  if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
  else io.stdout(text);
  return 0;
}

/** The overview's place in a published site, and the title the site's index links it by. */
export const OVERVIEW_PAGE = { path: "overview.html", title: "Council overview: each committee's year at a glance" };

/**
 * The council overview as a page of `export site` made from the council folder `dir`;
 * `modified` is the site's own latest change.
 */
export async function overviewPage(dir: string, cwd: string, today: string, modified: string): Promise<SiteFile> {
  const { folder } = await loadCouncil(dir, cwd);
  return {
    path: OVERVIEW_PAGE.path,
    contentType: "text/html; charset=utf-8",
    body: councilOverviewHtml(folder, { today }),
    modified,
  };
}
