/**
 * A programme file's bytes to text: UTF-8 only (YAML 1.2 §5.2 allows UTF-16 and UTF-32 too, but
 * no editor an officer uses writes them by accident, while Latin-1 and Windows-1252 files are
 * common and would silently become "�l�ve" in every output). A byte-order mark at the start is
 * removed. The first byte that is not UTF-8 is named by line and column.
 */

/** Where the bytes stop being UTF-8: the offset of the first bad byte, or -1 when all are good. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i; // a continuation byte, an overlong lead (C0, C1) or F5–FF
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i; // overlong, too large, surrogate
    i += need + 1;
  }
  return -1;
}

/**
 * `decodeUtf8`'s answer: the text, or where the first byte that is not UTF-8 is (1-based line and
 * column as the YAML errors count them, 0-based byte offset) with a message.
 */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; byte: number; message: string };

/** Decode UTF-8 strictly; on failure, the line and column of the first bad byte (columns as the YAML errors count them). */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    // The default decoder removes a leading byte-order mark.
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  const byte = bytes[bad] as number;
  const hex = byte.toString(16).toUpperCase().padStart(2, "0");
  return {
    ok: false,
    line,
    column: before.length - lineStart + 1,
    byte,
    message: `the file is not UTF-8: byte 0x${hex} cannot start or continue a character here (it looks like Latin-1 or Windows-1252 text); save the file as UTF-8`,
  };
}

/** Bytes the text takes in UTF-8, without building them. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
