import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8, utf8Length } from "./decode-programme.js";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("decodeUtf8", () => {
  it("decodes UTF-8 and removes a leading byte-order mark", () => {
    expect(decodeUtf8(new TextEncoder().encode("\uFEFFÉlève ✅ 🇬🇧"))).toEqual({ ok: true, text: "Élève ✅ 🇬🇧" });
  });

  it("finds the first byte that is not UTF-8, whatever the kind", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x6c))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // beyond U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x9c))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0); // a lone continuation byte
    expect(firstInvalidUtf8(bytes(0xff, 0xfe, 0x61, 0x00))).toBe(0); // UTF-16 with its BOM
    expect(firstInvalidUtf8(new TextEncoder().encode("ok ✅ 🇬🇧 \u{10FFFF}"))).toBe(-1);
  });

  it("names the line and column of the first bad byte", () => {
    const text = new TextEncoder().encode("title: ok\nname: \u00e9l"); // é is two bytes, one column
    const latin1 = Uint8Array.from([...text.subarray(0, 16), 0xe8, 0x76, 0x65]);
    const result = decodeUtf8(latin1);
    expect(result).toMatchObject({ ok: false, line: 2, column: 7, byte: 0xe8 });
  });

  it("counts a text's UTF-8 bytes without encoding it", () => {
    for (const s of ["", "abc", "é", "✅", "🇬🇧", "a\u{10FFFF}b"])
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
  });
});
