import {
  type Declaration,
  interestKindLabel,
  type Meeting,
  type ProgrammeIndex,
  SENSITIVE_NATURE,
} from "@scrutineer/model";

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
 *
 * Wales: the members' code of conduct (Local Authorities (Model Code of Conduct) (Wales) Order
 * 2008, SI 2008/788, Schedule Part 3, as amended by SI 2016/84):
 * - a personal interest (paras 10-11) is disclosed and the member stays, takes part and votes;
 * - a personal interest that is also prejudicial (para 12): the member withdraws from the room
 *   while the business is considered (para 14(1)) unless the standards committee has granted a
 *   dispensation, whose scope then decides ("has dispensation to speak and vote", Neath Port
 *   Talbot's minutes of 16 March 2023); where the public may attend to make representations,
 *   answer questions or give evidence, the member may do the same, then withdraws (para 14(2)).
 */
export type InterestAction =
  | "take-part-and-vote"
  | "take-part-no-vote"
  | "speak-then-leave"
  | "representations-then-leave"
  | "must-leave";

/**
 * What one member may do on one item they declared an interest in (`interestOutcomes`): `person` is the
 * person's id and `name` their name as the programme gives it; `action` is `interestAction`'s answer
 * (take part, take part but not vote, or leave). Holds the full declaration: not for publication.
 */
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

/** Words for each action, for front sheets and the terminal. */
export const INTEREST_ACTION_LABEL: Record<InterestAction, string> = {
  "take-part-and-vote": "may take part and vote",
  "take-part-no-vote": "may take part but not vote",
  "speak-then-leave": "may speak, then must leave",
  "representations-then-leave": "may make representations or give evidence, then must leave",
  "must-leave": "must leave the meeting",
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
  const kind = interestKindLabel(declaration.kind, { article: true });
  const dispensation = declaration.dispensation ? DISPENSED[declaration.dispensation.scope] : undefined;
  const by = declaration.dispensation?.grantedBy ? ` (granted by ${declaration.dispensation.grantedBy})` : "";

  if (declaration.kind === "personal")
    return { action: "take-part-and-vote", reason: `${cap(kind)}: may stay, take part and vote.` };
  if (declaration.kind === "prejudicial") {
    if (dispensation) return { action: dispensation.action, reason: `${cap(kind)} with ${dispensation.words}${by}.` };
    if (declaration.publicMaySpeak)
      return {
        action: "speak-then-leave",
        reason: `${cap(kind)}; the public may make representations, so the member may do the same, then must withdraw while the business is considered.`,
      };
    return {
      action: "must-leave",
      reason: `${cap(kind)} and no dispensation: must withdraw while the business is considered and cannot vote.`,
    };
  }

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
export function interestOutcomes(index: ProgrammeIndex, meeting: Meeting): InterestOutcome[] {
  const { people } = index;
  return meeting.declarations.flatMap((declaration) => {
    const { action, reason } = interestAction(declaration);
    const name = people.get(declaration.person)?.name ?? declaration.person;
    return declaration.items.map((item) => ({ person: declaration.person, name, item, action, reason, declaration }));
  });
}

/**
 * The meeting's declarations in the form that may be published: sensitive natures withheld.
 *
 * @example
 * const declarations = publicDeclarations(index, index.findMeeting("2022-11-30")!);
 * declarations[0]?.name; // "Jo Macleod"
 */
export function publicDeclarations(index: ProgrammeIndex, meeting: Meeting): PublicDeclaration[] {
  const { people } = index;
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
