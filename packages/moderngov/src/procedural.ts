/**
 * Procedural agenda items: the business every meeting opens or closes with, not scrutiny topics.
 * The bundled Hackney programme marks the work programme and the minutes so (seed 001 front
 * sheet: "1 Apologies, 2 Declarations of Interest, 3 Urgent Items / Order of Business … 8 Work
 * Programme, 9 Minutes, 10 Any Other Business"); other councils open with minutes and the Chair's
 * announcements (shared/DOMAIN.md, "Order of business differs").
 */
const PROCEDURAL =
  /^(apologies( for absence)?|declarations? of (interests?|pecuniary interests?)|(interests|declarations)$|minutes( of the (last|previous) meeting)?|urgent (business|items?)|order of business|work ?programme|chair'?s? announcements?|any other business|exclusion of (the )?(press and )?public)(\s*[-–:(].*)?$/i;

/** Whether an agenda title names procedural business (`Minutes`, `Apologies for absence`, `Work Programme`…). */
export function isProceduralTitle(title: string): boolean {
  return PROCEDURAL.test(title.trim());
}
