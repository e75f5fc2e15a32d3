import type { ModernGovSite } from "./site.js";

/** Ids of imported things: the site's key, the kind and ModernGov's own id (`manchester-meeting-4967`). */
export const importedId = {
  commission: (site: ModernGovSite, id: number) => `${site.key}-committee-${id}`,
  meeting: (site: ModernGovSite, id: number) => `${site.key}-meeting-${id}`,
  item: (site: ModernGovSite, id: number) => `${site.key}-item-${id}`,
  person: (site: ModernGovSite, id: number) => `${site.key}-member-${id}`,
  /** An informal session ModernGov lists among the meetings (a briefing): an event of the programme. */
  event: (site: ModernGovSite, id: number) => `${site.key}-event-${id}`,
};

/** The prefix every id imported from a site starts with. */
export const importedPrefix = (site: ModernGovSite) => `${site.key}-`;
