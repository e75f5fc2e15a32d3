import { describe, expect, it } from "vitest";
import { closingHeadings, HACKNEY_ORDER, OrderOfBusiness, orderLayout, publicQuestionsHeading } from "./index.js";

describe("orderLayout", () => {
  it("numbers Hackney's order as its front sheet does: 1-3 procedural, items from 4, then Any Other Business", () => {
    const layout = orderLayout(HACKNEY_ORDER);
    expect(layout.opening.map((h) => [h.number, h.title])).toEqual([
      [1, "Apologies for Absence"],
      [2, "Declarations of Interest"],
      [3, "Urgent Items / Order of Business"],
    ]);
    expect(layout.firstItemNumber).toBe(4);
    expect(closingHeadings(layout, 9).map((h) => [h.number, h.title])).toEqual([[10, "Any Other Business"]]);
  });

  it("lays out North Yorkshire's order of 16 December 2022: five headings, reports from 6, no Any Other Business", () => {
    const layout = orderLayout(
      OrderOfBusiness.parse([
        { kind: "minutes", title: "Minutes of Committee meeting held on 4 November 2022" },
        "apologies",
        "declarations",
        { kind: "chairs-announcements", title: "Chairman's Announcements" },
        { kind: "public-questions", notice: { workingDaysBefore: 3, time: "12:00" } },
        "business",
      ]),
    );
    expect(layout.opening.map((h) => h.title)).toEqual([
      "Minutes of Committee meeting held on 4 November 2022",
      "Apologies for Absence",
      "Declarations of Interest",
      "Chairman's Announcements",
      "Public Questions or Statements",
    ]);
    expect(layout.firstItemNumber).toBe(6);
    expect(layout.closing).toEqual([]);
  });

  it("finds the public-questions heading and its notice", () => {
    expect(publicQuestionsHeading(HACKNEY_ORDER)).toBeUndefined();
    const order = OrderOfBusiness.parse([{ kind: "public-questions", notice: { workingDaysBefore: 3 } }, "business"]);
    expect(publicQuestionsHeading(order)?.notice).toEqual({ workingDaysBefore: 3, clear: false });
  });
});

describe("OrderOfBusiness refuses", () => {
  const messages = (value: unknown) => OrderOfBusiness.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it("an order with no business marker, or two", () => {
    expect(messages(["apologies", "declarations"])).toEqual([
      'the order of business has no "business" marker: put exactly one where the reports go',
    ]);
    expect(messages(["business", "apologies", "business"])).toEqual([
      'the order of business has 2 "business" markers: put exactly one where the reports go',
    ]);
  });

  it("a notice on anything but public questions, and an other heading without a title", () => {
    expect(messages([{ kind: "minutes", notice: { workingDaysBefore: 3 } }, "business"])).toEqual([
      "only public-questions has a notice",
    ]);
    expect(messages([{ kind: "other" }, "business"])).toEqual(["a heading of kind other needs a title"]);
    expect(messages([{ kind: "other", title: "Declaration of Party Whips" }, "business"])).toEqual([]);
  });
});
