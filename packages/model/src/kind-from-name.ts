import type { CommissionKind } from "./commission.js";

/**
 * What a ModernGov committee is called, read from its title: "Audit Committee" is a committee,
 * "Children's Services Scrutiny Sub-Committee" a sub-committee, "Health Scrutiny Panel" a panel
 * (Middlesbrough's, second-council.md §5), "Health and Wellbeing Board" a board, "Children and
 * Young People Scrutiny Commission" a commission. The service has no field for it; a title that
 * names none of them is a committee, as most scrutiny bodies are.
 */
export function kindFromName(title: string): CommissionKind {
  const words = title.toLowerCase();
  if (/\bsub[- ]?committee\b/.test(words)) return "sub-committee";
  if (/\bcommission\b/.test(words)) return "commission";
  if (/\bpanel\b/.test(words)) return "panel";
  if (/\bboard\b/.test(words)) return "board";
  return "committee";
}
