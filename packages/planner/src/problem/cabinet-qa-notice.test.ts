import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { cabinetQaEarliest, cabinetQaNoticeAllows } from "./cabinet-qa-notice.js";

describe("Cabinet Q&A notice", () => {
  const p = example();
  const woodley = p.items.find((i) => i.id === "cabinet-qa-woodley")!; // notified 3 Jan 2023
  const bramble = p.items.find((i) => i.id === "cabinet-qa-bramble")!; // notified 15 Feb 2023

  it("told on 3 Jan 2023: 27 Feb 2023 is at least six weeks on, 16 Jan is not", () => {
    expect(cabinetQaNoticeAllows(woodley, "2023-02-27", 6, "2023-01-10")).toBe(true);
    expect(cabinetQaNoticeAllows(woodley, "2023-01-16", 6, "2022-05-01")).toBe(false);
    expect(cabinetQaEarliest(woodley, 6, "2023-01-10")).toBe("2023-02-14");
    expect(cabinetQaNoticeAllows(woodley, "2023-02-14", 6, "2023-01-10")).toBe(true);
    expect(cabinetQaNoticeAllows(woodley, "2023-02-13", 6, "2023-01-10")).toBe(false);
  });

  it("told on 15 Feb 2023: April is possible, March 20 is not", () => {
    expect(cabinetQaNoticeAllows(bramble, "2023-04-17", 6, "2022-05-01")).toBe(true);
    expect(cabinetQaNoticeAllows(bramble, "2023-03-20", 6, "2022-05-01")).toBe(false);
  });

  it("not told yet: counted from the day the plan is made", () => {
    const untold = { ...bramble, cabinetQA: { ...bramble.cabinetQA!, notified: undefined } };
    expect(cabinetQaNoticeAllows(untold, "2023-03-20", 6, "2023-02-06")).toBe(true);
    expect(cabinetQaNoticeAllows(untold, "2023-03-20", 6, "2023-02-07")).toBe(false);
    expect(cabinetQaEarliest(untold, 6, "2022-12-20")).toBe("2023-01-31"); // across Christmas
  });

  it("an item that is not a Q&A needs no notice", () => {
    const other = p.items.find((i) => i.id === "send-strategy")!;
    expect(cabinetQaNoticeAllows(other, "2022-05-02", 6, "2022-05-01")).toBe(true);
    expect(cabinetQaEarliest(other, 6, "2022-05-01")).toBeUndefined();
  });
});
