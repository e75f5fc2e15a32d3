import * as z from "zod";
import { Line, WallTime } from "./primitives.js";

/**
 * The order of business: the procedural headings of a front sheet, in order, with one `business`
 * marker where the timed items go. Councils differ (second-council.md): Hackney opens with
 * Apologies, Declarations and Urgent Items and closes with Any Other Business (seed 001, lines
 * 24-50); North Yorkshire's Scrutiny of Health Committee takes Apologies, Declarations, the
 * Minutes, the Chairman's Announcements and Public Questions or Statements before its reports
 * (agenda of 17 June 2022), and on 16 December 2022 the Minutes first; Gwynedd takes Urgent
 * Business before the Minutes; Welsh committees may add a Declaration of Party Whips (Local
 * Government (Wales) Measure 2011 s78(3), as Powys's agendas do).
 */
export const ProceduralKind = z.enum([
  "apologies",
  "substitutes",
  "declarations",
  "party-whips",
  "urgent-items",
  "minutes",
  "chairs-announcements",
  "public-questions",
  "business",
  "any-other-business",
  "other",
]);
export type ProceduralKind = z.infer<typeof ProceduralKind>;

/** Each heading's title when the file gives none: the words of the papers it comes from. */
export const PROCEDURAL_TITLES: Readonly<Record<Exclude<ProceduralKind, "business" | "other">, string>> = {
  apologies: "Apologies for Absence",
  substitutes: "Substitute Members",
  declarations: "Declarations of Interest",
  "party-whips": "Declaration of Party Whips",
  "urgent-items": "Urgent Items / Order of Business",
  minutes: "Minutes of the Previous Meeting",
  "chairs-announcements": "Chair's Announcements",
  "public-questions": "Public Questions or Statements",
  "any-other-business": "Any Other Business",
};

/**
 * When the public must give notice to ask a question or make a statement. North Yorkshire: "no
 * later than midday on Tuesday 13th December 2022" for Friday 16 December, "three working days
 * before the day of the meeting" (`{ workingDaysBefore: 3, time: "12:00" }`); Gloucestershire:
 * "three clear working days before the date of the meeting … before 4.00 pm" (`clear: true`).
 */
export const PublicQuestionsNotice = z
  .strictObject({
    /** Working days before the meeting. */
    workingDaysBefore: z.number().int().nonnegative().describe("Working days before the meeting."),
    /** Count clear working days (neither the day of notice nor the meeting's day counts). */
    clear: z
      .boolean()
      .default(false)
      .describe("Count clear working days (neither the day of notice nor the meeting's day counts)."),
    /** The time of day notice must be in by ("12:00" for midday). */
    time: WallTime.optional().describe('The time of day notice must be in by ("12:00" for midday).'),
  })
  .meta({ id: "PublicQuestionsNotice" });
export type PublicQuestionsNotice = z.infer<typeof PublicQuestionsNotice>;

/** One heading: its kind, a title of the council's own, and for public questions their notice. */
export const ProceduralHeading = z
  .strictObject({
    kind: ProceduralKind,
    /** The heading as the front sheet prints it ("Chairman's Announcements"). */
    title: Line.min(1).optional().describe('The heading as the front sheet prints it ("Chairman\'s Announcements").'),
    /** Public questions only: the notice the public must give. */
    notice: PublicQuestionsNotice.optional().describe("Public questions only: the notice the public must give."),
  })
  .superRefine((h, ctx) => {
    if (h.notice && h.kind !== "public-questions")
      ctx.addIssue({ code: "custom", path: ["notice"], message: "only public-questions has a notice" });
    if (h.kind === "other" && !h.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "a heading of kind other needs a title" });
  })
  .meta({ id: "ProceduralHeading" });
export type ProceduralHeading = z.infer<typeof ProceduralHeading>;

/** A heading written as its kind alone (`minutes`) or in full (`{ kind: minutes, title: … }`). */
export const OrderEntry = z.union([ProceduralKind, ProceduralHeading]);
export type OrderEntry = z.infer<typeof OrderEntry>;

/** Today's Hackney order (seed 001, the front sheet of 16 Jan 2023): the default. */
export const HACKNEY_ORDER: readonly ProceduralKind[] = [
  "apologies",
  "declarations",
  "urgent-items",
  "business",
  "any-other-business",
];

/**
 * The headings a meeting's agenda opens and closes with, in order, with exactly one `"business"` marker
 * where the reports go (a zod refinement says so otherwise). Default `HACKNEY_ORDER` (seed 001).
 */
export const OrderOfBusiness = z
  .array(OrderEntry)
  .superRefine((order, ctx) => {
    const kinds = order.map((e) => (typeof e === "string" ? e : e.kind));
    const business = kinds.filter((k) => k === "business").length;
    if (business !== 1)
      ctx.addIssue({
        code: "custom",
        message: `the order of business has ${business === 0 ? "no" : business} "business" marker${business === 0 ? "" : "s"}: put exactly one where the reports go`,
      });
  })
  .meta({ id: "OrderOfBusiness" });
export type OrderOfBusiness = z.infer<typeof OrderOfBusiness>;

/** A procedural heading as the front sheet numbers and prints it. */
export interface NumberedHeading {
  number: number;
  kind: Exclude<ProceduralKind, "business">;
  title: string;
  notice?: PublicQuestionsNotice;
}

/** The headings of an order of business around its `business` marker, numbered as the front sheet does. */
export interface OrderLayout {
  /** Headings before the reports, numbered from 1. */
  opening: NumberedHeading[];
  /** The number of the first report: one after the last opening heading. */
  firstItemNumber: number;
  /** Headings after the reports, unnumbered until the reports are counted (`closingHeadings`). */
  closing: Omit<NumberedHeading, "number">[];
}

function heading(entry: OrderEntry): { kind: ProceduralKind; title?: string; notice?: PublicQuestionsNotice } {
  return typeof entry === "string" ? { kind: entry } : entry;
}

function titled(entry: OrderEntry): Omit<NumberedHeading, "number"> {
  const h = heading(entry);
  const kind = h.kind as Exclude<ProceduralKind, "business">;
  const out: Omit<NumberedHeading, "number"> = {
    kind,
    title: h.title ?? (kind === "other" ? "Other Business" : PROCEDURAL_TITLES[kind]),
  };
  if (h.notice) out.notice = h.notice;
  return out;
}

/**
 * The order of business laid out: the opening headings numbered from 1, the first report's number,
 * and the closing headings. An order without its marker (refused by the loader) is read as all
 * opening.
 */
export function orderLayout(order: readonly OrderEntry[] = HACKNEY_ORDER): OrderLayout {
  const at = order.findIndex((e) => heading(e).kind === "business");
  const before = at < 0 ? order : order.slice(0, at);
  const after = at < 0 ? [] : order.slice(at + 1);
  const opening = before.map((e, i) => ({ ...titled(e), number: i + 1 }));
  return { opening, firstItemNumber: opening.length + 1, closing: after.map(titled) };
}

/** The closing headings numbered after the last report (`lastNumber`). */
export function closingHeadings(layout: OrderLayout, lastNumber: number): NumberedHeading[] {
  return layout.closing.map((h, i) => ({ ...h, number: lastNumber + 1 + i }));
}

/** The public-questions heading of an order of business, if it has one. */
export function publicQuestionsHeading(order: readonly OrderEntry[] = HACKNEY_ORDER): ProceduralHeading | undefined {
  for (const e of order) {
    const h = heading(e);
    if (h.kind === "public-questions") return h;
  }
  return undefined;
}

/** The order of business a meeting follows: its own, else the commission's. */
export function meetingOrder(
  commission: { orderOfBusiness: readonly OrderEntry[] },
  meeting: { orderOfBusiness?: readonly OrderEntry[] | undefined },
): readonly OrderEntry[] {
  return meeting.orderOfBusiness ?? commission.orderOfBusiness;
}
