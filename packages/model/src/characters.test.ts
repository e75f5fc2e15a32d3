import { describe, expect, it } from "vitest";
import {
  describeCharacter,
  isRefusedCharacter,
  printable,
  refusedCharacters,
  withoutRefusedCharacters,
} from "./characters.js";

describe("refused characters", () => {
  it("refuses C0 controls but tab and line feed, DEL, C1, bidi embeddings, overrides and isolates, and U+2028/9", () => {
    const refused = [0x00, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f];
    const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029];
    for (const c of [...refused, ...bidi]) expect(isRefusedCharacter(c), describeCharacter(c)).toBe(true);
  });

  it("allows tab, line feed, printable text, the bidi marks, joiners and a byte-order mark", () => {
    for (const c of [0x09, 0x0a, 0x20, 0x7e, 0xa0, 0xe9, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x1f600])
      expect(isRefusedCharacter(c), describeCharacter(c)).toBe(false);
  });

  it("finds each refused character with its index, line feeds only in one-line text, CR only outside CRLF", () => {
    expect(refusedCharacters("a\u001bb\nc", { lineBreaks: true })).toEqual([{ index: 1, codePoint: 0x1b }]);
    expect(refusedCharacters("a\nb", { lineBreaks: false })).toEqual([{ index: 1, codePoint: 0x0a }]);
    expect(refusedCharacters("a\r\nb\rc", { lineBreaks: true, crlf: true })).toEqual([{ index: 4, codePoint: 0x0d }]);
    expect(refusedCharacters("a\r\nb", { lineBreaks: true })).toEqual([{ index: 1, codePoint: 0x0d }]);
    expect(refusedCharacters("\u0000".repeat(10), { lineBreaks: true, max: 3 })).toHaveLength(3);
  });

  it("names a character by code point and name", () => {
    expect(describeCharacter(0x1b)).toBe("U+001B (ESC)");
    expect(describeCharacter(0x202e)).toBe("U+202E (right-to-left override)");
    expect(describeCharacter(0x9b)).toBe("U+009B (control character)");
  });

  it("writes refused characters out as escapes for a message", () => {
    expect(printable("a\u001b]0;x\u0007b")).toBe("a\\u{1B}]0;x\\u{7}b");
    expect(printable("plain")).toBe("plain");
  });
});

describe("withoutRefusedCharacters (imported data only)", () => {
  it("drops refused characters, and makes a line break in a one-line field one space", () => {
    expect(withoutRefusedCharacters("Audit\u009b31m Committee", true)).toBe("Audit31m Committee");
    expect(withoutRefusedCharacters("SEND\nStrategy\r\n", true)).toBe("SEND Strategy");
    expect(withoutRefusedCharacters("First line.\nSecond\u202e line.", false)).toBe("First line.\nSecond line.");
    expect(withoutRefusedCharacters("plain", true)).toBe("plain");
  });
});
