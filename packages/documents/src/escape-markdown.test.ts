import { describe, expect, it } from "vitest";
import { escapeMarkdown, isLinkable, markdownLink } from "./escape-markdown.js";

describe("escapeMarkdown", () => {
  it("leaves the example's ordinary titles readable", () => {
    expect(escapeMarkdown("City & Hackney Safeguarding Children Partnership - Annual Report")).toBe(
      "City & Hackney Safeguarding Children Partnership - Annual Report",
    );
    expect(escapeMarkdown("Children's Social Care (2021/22): 30-45 minutes.")).toBe(
      "Children's Social Care (2021/22): 30-45 minutes.",
    );
  });

  it("escapes emphasis, code, links, raw HTML, strikethrough and table pipes", () => {
    expect(escapeMarkdown("a *b* _c_ `d` [e](f) <script>x</script> ~~g~~ | h")).toBe(
      "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<script\\>x\\</script\\> \\~\\~g\\~\\~ \\| h",
    );
    expect(escapeMarkdown("![img](x)")).toBe("!\\[img\\](x)");
    expect(escapeMarkdown("back\\slash")).toBe("back\\\\slash");
  });

  it("escapes character references but not a bare ampersand", () => {
    expect(escapeMarkdown("Q &amp; A &#169; & more")).toBe("Q \\&amp; A \\&#169; & more");
  });

  it("escapes block markup when the text starts a line", () => {
    const line = (s: string) => escapeMarkdown(s, { lineStart: true });
    expect(line("# Not a heading")).toBe("\\# Not a heading");
    expect(line("> not a quote")).toBe("\\> not a quote");
    expect(line("- not a bullet")).toBe("\\- not a bullet");
    expect(line("+ not a bullet")).toBe("\\+ not a bullet");
    expect(line("=== not an underline")).toBe("\\=== not an underline");
    expect(line("1. School Admissions")).toBe("1\\. School Admissions");
    expect(line("2023) not a list")).toBe("2023\\) not a list");
    expect(line("2023 is a year")).toBe("2023 is a year");
  });

  it("leaves inline text that cannot start a line readable", () => {
    expect(escapeMarkdown("7.00 pm")).toBe("7.00 pm");
    expect(escapeMarkdown("- 45")).toBe("- 45");
    expect(escapeMarkdown("# 3")).toBe("# 3");
  });

  it("collapses newlines so text cannot leave its table cell or paragraph", () => {
    expect(escapeMarkdown("  line one\n\n# line two\r\n| x  ", { lineStart: true })).toBe("line one # line two \\| x");
  });
});

describe("markdownLink", () => {
  it("links web and email addresses", () => {
    expect(markdownLink("https://youtu.be/mO4tD64mIBk", "https://youtu.be/mO4tD64mIBk")).toBe(
      "[https://youtu.be/mO4tD64mIBk](<https://youtu.be/mO4tD64mIBk>)",
    );
    expect(markdownLink("martin.bradford@hackney.gov.uk", "mailto:martin.bradford@hackney.gov.uk")).toBe(
      "[martin.bradford@hackney.gov.uk](<mailto:martin.bradford@hackney.gov.uk>)",
    );
  });

  it("keeps the target inside its angle brackets", () => {
    expect(markdownLink("x", "https://example.org/a b>c")).toBe("[x](<https://example.org/a%20b%3Ec>)");
  });

  it("refuses other schemes", () => {
    expect(isLinkable("javascript:alert(1)")).toBe(false);
    expect(markdownLink("click [me]", "javascript:alert(1)")).toBe("click \\[me\\]");
  });
});
