import { describe, expect, it } from "vitest";
import { htmlText, mgBoolean, mgCount, mgDate, mgDateParam, mgText, mgTime, plainLine } from "./values.js";

describe("ModernGov's value quirks", () => {
  it("reads whitespace-only elements as absent", () => {
    expect(mgText("\n  ")).toBeUndefined();
    expect(mgText("  Council Antechamber ")).toBe("Council Antechamber");
  });

  it('reads counts with a leading space (" 2") and True/False', () => {
    expect(mgCount(" 2")).toBe(2);
    expect(mgCount(" two")).toBeUndefined();
    expect(mgBoolean("True")).toBe(true);
    expect(mgBoolean("False")).toBe(false);
    expect(mgBoolean("")).toBeUndefined();
  });

  it("reads dd/MM/yyyy dates from the digits, refusing impossible ones and 'unspecified'", () => {
    expect(mgDate("10/02/2026")).toBe("2026-02-10");
    expect(mgDate("9/5/2011")).toBe("2011-05-09");
    expect(mgDate("29/02/2024")).toBe("2024-02-29");
    expect(mgDate("29/02/2026")).toBeUndefined();
    expect(mgDate("unspecified")).toBeUndefined();
    expect(mgDateParam("2025-05-01")).toBe("01/05/2025");
  });

  it('reads "10.00 am" text as a 24-hour wall time', () => {
    expect(mgTime("10.00 am")).toBe("10:00");
    expect(mgTime("2.00 pm")).toBe("14:00");
    expect(mgTime("12.30 pm")).toBe("12:30");
    expect(mgTime("12.15 am")).toBe("00:15");
    expect(mgTime("7pm")).toBe("19:00");
    expect(mgTime("6.30 p.m.")).toBe("18:30");
    expect(mgTime("12 noon")).toBe("12:00");
    expect(mgTime("18:30")).toBe("18:30");
    expect(mgTime("13.00 pm")).toBeUndefined();
    expect(mgTime("after the Council meeting")).toBeUndefined();
  });

  it("decodes escaped HTML to plain text, paragraphs kept apart", () => {
    const html =
      '<div class="WordSection1"><p class="MsoNormal"><span>To approve as a correct record\nthe minutes.</span></p><p>Second&nbsp;paragraph &amp; more.</p></div>';
    expect(htmlText(html)).toBe("To approve as a correct record the minutes.\n\nSecond paragraph & more.");
  });

  it("decodes text escaped twice (&amp;amp;, &amp;lt;p&amp;gt;) after the XML parser's own pass", () => {
    // What the XML parser leaves of `&amp;amp;` and `&amp;lt;p&amp;gt;`.
    expect(plainLine("Budget &amp; Performance")).toBe("Budget & Performance");
    expect(htmlText("&lt;p&gt;Children&amp;#39;s services&lt;/p&gt;")).toBe("Children's services");
    expect(plainLine("A &lt; B and R&D")).toBe("A < B and R&D");
  });

  it("puts a title on one line and leaves plain text alone", () => {
    expect(plainLine("Work\n  Programme")).toBe("Work Programme");
    expect(plainLine("Minutes")).toBe("Minutes");
    expect(plainLine("  ")).toBeUndefined();
  });
});
