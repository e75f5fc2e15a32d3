import { describe, expect, it } from "vitest";
import { cleanText, escapeText, mailAddress, oneLine, paramText, webAddress } from "./text.js";

describe("escapeText (RFC 5545 §3.3.11)", () => {
  it("escapes backslash, semicolon, comma and newline, in that order of safety", () => {
    expect(escapeText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
    expect(escapeText("line\r\nbreak\rhere")).toBe("line\\nbreak\\nhere");
  });

  it("keeps non-ASCII as is and drops control characters that TEXT cannot carry", () => {
    expect(escapeText("Café – Zoë’s \u0007bell\u0000")).toBe("Café – Zoë’s bell");
    expect(escapeText("tab\there")).toBe("tab\there");
  });

  it("replaces lone surrogates, which cannot be encoded as UTF-8", () => {
    expect(cleanText("a\ud800b")).toBe("a\ufffdb");
    expect(cleanText("😀")).toBe("😀");
  });
});

describe("oneLine", () => {
  it("folds line breaks and space runs into one space", () => {
    expect(oneLine("  Children\nand  Young People\r\n ")).toBe("Children and Young People");
  });
});

describe("webAddress (RFC 5545 §3.3.13: URIs are not escaped)", () => {
  it("percent-encodes the characters ical-generator would backslash-escape", () => {
    expect(webAddress("https://example.org/a?x=1,2;3")).toBe("https://example.org/a?x=1%2C2%3B3");
    expect(webAddress("https://example.org/a\\b")).toBe("https://example.org/a/b");
  });

  it("normalises spaces and non-ASCII through the WHATWG parser", () => {
    expect(webAddress("https://example.org/Café agenda")).toBe("https://example.org/Caf%C3%A9%20agenda");
  });

  it("keeps only http and https", () => {
    expect(webAddress("https://youtu.be/mO4tD64mIBk")).toBe("https://youtu.be/mO4tD64mIBk");
    expect(webAddress("http://www.hackney.gov.uk/x.htm")).toBe("http://www.hackney.gov.uk/x.htm");
    expect(webAddress("javascript:alert(1)")).toBeUndefined();
    expect(webAddress("not a url")).toBeUndefined();
    expect(webAddress(undefined)).toBeUndefined();
  });
});

describe("parameter values and addresses", () => {
  it("removes the quote that a quoted parameter cannot hold", () => {
    expect(paramText('Martin "Marty" Bradford\n')).toBe("Martin 'Marty' Bradford");
    expect(paramText("A\\B")).toBe("A/B");
  });

  it("accepts plain email addresses only", () => {
    expect(mailAddress(" martin.bradford@hackney.gov.uk ")).toBe("martin.bradford@hackney.gov.uk");
    expect(mailAddress("a@b;c")).toBeUndefined();
    expect(mailAddress("nobody")).toBeUndefined();
  });
});
