import { type Declaration, type Finding, type Meeting, type Programme, peopleById } from "@scrutineer/model";
import { numberedAgenda } from "./numbering.js";

/**
 * What a member may do on an item they have declared an interest in.
 *
 * Source: "Advice to Members on Declaring Interests", Hackney Council's Code of Conduct as
 * printed with every agenda (seed 001, lines ~95-140), and the Localism Act 2011 s31-32:
 * - a disclosable pecuniary interest: leave while the item is discussed and do not vote,
 *   unless a dispensation from the Monitoring Officer or Standards Committee says otherwise;
 * - an other non-pecuniary interest: stay, take part and vote, unless a contractual,
 *   financial, consent, permission or licence matter is under consideration; then leave
 *   unless dispensed, but where the public may make representations, give evidence or answer
 *   questions the member may (with the meeting's permission) speak, then leave;
 * - a dispensation "will stipulate the extent of your involvement": make representations or
 *   give evidence only, take part, or take part and vote;
 * - a sensitive interest (s32) is declared, but its nature is never published.
 */
export type InterestAction =
  | "take-part-and-vote"
  | "take-part-no-vote"
  | "speak-then-leave"
  | "representations-then-leave"
  | "must-leave";

export interface InterestOutcome {
  person: string;
  name: string;
  /** The item's id. */
  item: string;
  action: InterestAction;
  /** Why, in plain English; never includes the interest's nature. */
  reason: string;
  /** The declaration as recorded: holds the nature, so never print it as such (use `publicDeclarations`). */
  declaration: Declaration;
}

/** A declaration as it may be published: a sensitive interest's nature is replaced. */
export interface PublicDeclaration {
  person: string;
  name: string;
  /** Item ids. */
  items: string[];
  kind: Declaration["kind"];
  /** The nature as declared, or `SENSITIVE_NATURE` when the interest is sensitive. */
  nature: string;
  sensitive: boolean;
  action: InterestAction;
}

/** What replaces a sensitive interest's nature in every public output. */
export const SENSITIVE_NATURE = "not published (sensitive interest)";

/** Words for each action, for front sheets and the terminal. */
export const INTEREST_ACTION_LABEL: Record<InterestAction, string> = {
  "take-part-and-vote": "may take part and vote",
  "take-part-no-vote": "may take part but not vote",
  "speak-then-leave": "may speak, then must leave",
  "representations-then-leave": "may make representations or give evidence, then must leave",
  "must-leave": "must leave the meeting",
};

/** Whether the action takes the member out of the room before the item is discussed and voted on. */
export function leavesForItem(action: InterestAction): boolean {
  return action === "must-leave" || action === "speak-then-leave" || action === "representations-then-leave";
}

/** Whether the interest still lets the member vote (whether they can vote at all is `quorumByItem`'s question). */
export function interestAllowsVote(action: InterestAction): boolean {
  return action === "take-part-and-vote";
}

const KIND_LABEL: Record<Declaration["kind"], string> = {
  "disclosable-pecuniary": "a disclosable pecuniary interest",
  "other-non-pecuniary": "an other non-pecuniary interest",
};

const DISPENSED: Record<NonNullable<Declaration["dispensation"]>["scope"], { action: InterestAction; words: string }> =
  {
    representations: {
      action: "representations-then-leave",
      words: "a dispensation to make representations or give evidence only, then leave",
    },
    participate: { action: "take-part-no-vote", words: "a dispensation to take part but not vote" },
    vote: { action: "take-part-and-vote", words: "a dispensation to take part and vote" },
  };

/** The action one declaration leads to, and why. Depends on the declaration alone, not on the item. */
export function interestAction(declaration: Declaration): { action: InterestAction; reason: string } {
  const kind = KIND_LABEL[declaration.kind];
  const dispensation = declaration.dispensation ? DISPENSED[declaration.dispensation.scope] : undefined;
  const by = declaration.dispensation?.grantedBy ? ` (granted by ${declaration.dispensation.grantedBy})` : "";

  if (declaration.kind === "disclosable-pecuniary") {
    if (dispensation) return { action: dispensation.action, reason: `${cap(kind)} with ${dispensation.words}${by}.` };
    return {
      action: "must-leave",
      reason: `${cap(kind)} and no dispensation: must leave while the item is discussed and cannot vote.`,
    };
  }

  if (!declaration.matter)
    return {
      action: "take-part-and-vote",
      reason: `${cap(kind)}, and no contractual, financial, consent, permission or licence matter is under consideration: may stay, take part and vote.`,
    };
  const matter = `${cap(kind)} in a ${declaration.matter} matter under consideration`;
  if (dispensation) return { action: dispensation.action, reason: `${matter}, with ${dispensation.words}${by}.` };
  if (declaration.publicMaySpeak)
    return {
      action: "speak-then-leave",
      reason: `${matter}; the public may make representations, so the member may speak with the meeting's permission, then must leave while it is discussed.`,
    };
  return {
    action: "must-leave",
    reason: `${matter} and no dispensation: must leave while the item is discussed and cannot vote.`,
  };
}

/** For every declaration at the meeting and every item it names: what the member may do. */
export function interestOutcomes(programme: Programme, meeting: Meeting): InterestOutcome[] {
  const people = peopleById(programme);
  return meeting.declarations.flatMap((declaration) => {
    const { action, reason } = interestAction(declaration);
    const name = people.get(declaration.person)?.name ?? declaration.person;
    return declaration.items.map((item) => ({ person: declaration.person, name, item, action, reason, declaration }));
  });
}

/** The meeting's declarations in the form that may be published: sensitive natures withheld. */
export function publicDeclarations(programme: Programme, meeting: Meeting): PublicDeclaration[] {
  const people = peopleById(programme);
  return meeting.declarations.map((d) => ({
    person: d.person,
    name: people.get(d.person)?.name ?? d.person,
    items: [...d.items],
    kind: d.kind,
    nature: d.sensitive ? SENSITIVE_NATURE : d.nature,
    sensitive: d.sensitive,
    action: interestAction(d).action,
  }));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Findings (info): who must leave for which item, so the Chair and officer can plan the
 * room. The nature of the interest is never in the message.
 */
export function interestFindings(programme: Programme, meeting: Meeting): Finding[] {
  if (meeting.status === "cancelled") return [];
  const numbers = new Map(numberedAgenda(programme, meeting).map((s) => [s.item.id, s]));
  return interestOutcomes(programme, meeting)
    .filter((o) => leavesForItem(o.action) && numbers.has(o.item))
    .map((o) => {
      const slot = numbers.get(o.item)!;
      return {
        severity: "info" as const,
        code: "member-must-leave",
        message: `On item ${slot.number} "${slot.item.title}", ${o.name} ${INTEREST_ACTION_LABEL[o.action]}. ${o.reason}`,
        meeting: meeting.date,
        item: o.item,
      };
    });
}
