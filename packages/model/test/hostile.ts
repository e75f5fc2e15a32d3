/**
 * Hostile and careless programme files, each built from the minimal valid programme by one
 * change, with the first error an officer must see (file:line:column: path: message). Shared by
 * the model's parse tests and the CLI's exit-code tests (apps/scrutineer/test/hostile-input.test.ts).
 */
import { readFileSync } from "node:fs";

export const minimal = readFileSync(new URL("fixtures/minimal.yaml", import.meta.url), "utf8");
const encode = (s: string) => new TextEncoder().encode(s);
const with_ = (from: string, to: string) => {
  if (!minimal.includes(from)) throw new Error(`minimal.yaml has no ${from}`);
  return minimal.replace(from, to);
};

/** Ten anchors, each a list of ten aliases of the one before: 10^10 values from 1 KB. */
function aliasBomb(): string {
  const lines = ["x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < 10; i++)
    lines.push(
      `x${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return `${minimal}${lines.join("\n")}\n`;
}

export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** The first error as `line:column: path: message`, or a pattern for it. */
  first: string | RegExp;
  code: string;
}

const cases: [string, string | Uint8Array, string | RegExp, string][] = [
  [
    "alias bomb",
    aliasBomb(),
    "30:45: x3[7]: the aliases stand for more than 10,000 values in all (docs/limits.md)",
    "too-many-aliases",
  ],
  [
    "alias to no anchor",
    `${minimal}notes: *nowhere\n`,
    "27:8: notes: the alias *nowhere has no anchor &nowhere before it",
    "unknown-alias",
  ],
  [
    "alias inside its own anchor",
    `${minimal}x: &r [ *r ]\n`,
    "27:9: x[0]: the alias *r is inside the value it names, which would never end",
    "alias-cycle",
  ],
  [
    "too many aliases",
    `${minimal}x: &a 1\ny: [${Array(101).fill("*a").join(", ")}]\n`,
    /^28:\d+: y\[100\]: more than 100 aliases/,
    "too-many-aliases",
  ],
  [
    "5,000 lists deep",
    `${minimal}backlog: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
    `27:29: backlog${"[0]".repeat(19)}: lists and maps are nested more than 20 deep here (docs/limits.md)`,
    "too-deep",
  ],
  [
    "30 maps deep, block style",
    `${minimal}notes:\n${Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i + 1)}a:`).join("\n")} x\n`,
    `47:41: notes${".a".repeat(19)}: lists and maps are nested more than 20 deep here (docs/limits.md)`,
    "too-deep",
  ],
  [
    "a list as a key",
    `${minimal}? [a, b]\n: 1\n`,
    "27:3: a key must be a plain name, not a list, a map or an alias",
    "non-scalar-key",
  ],
  [
    "a key given twice",
    with_("  shortName: CYP\n", "  shortName: CYP\n  shortName: CYPSC\n"),
    '7:3: commission.shortName: "shortName" is given twice here (keep one)',
    "duplicate-key",
  ],
  [
    "__proto__ key",
    `${minimal}__proto__: { polluted: true }\n`,
    '27:1: __proto__: unknown field "__proto__" (check the spelling; see docs/file-format.md)',
    "schema-unrecognized-keys",
  ],
  [
    "constructor key",
    with_("  id: cyp\n", "  id: cyp\n  constructor: 1\n"),
    '5:3: commission.constructor: unknown field "constructor" (check the spelling; see docs/file-format.md)',
    "schema-unrecognized-keys",
  ],
  [
    "an escape sequence in a key",
    `${minimal}"\\e[2J": 1\n`,
    '27:1: "\\u{1B}[2J": unknown field "\\u{1B}[2J" (check the spelling; see docs/file-format.md)',
    "schema-unrecognized-keys",
  ],
  [
    "a number beyond the safe integers",
    with_("minutes: 45", "minutes: 99999999999999999999"),
    "19:14: items[0].minutes: an item is allotted at most 1440 minutes (a day)",
    "schema-too-big",
  ],
  [
    "a range beyond a day",
    with_("minutes: 45", "minutes: 1-99999999999999999999"),
    "19:14: items[0].minutes: an item is allotted at most 1440 minutes (a day)",
    "schema-custom",
  ],
  [
    "infinity",
    with_("minutes: 45", "minutes: .inf"),
    '19:14: items[0].minutes: expected minutes as a whole number (45) or a range ("30-45")',
    "schema-invalid-union",
  ],
  [
    "a float too large for a number",
    with_("minutes: 45", "minutes: 1e400"),
    '19:14: items[0].minutes: expected minutes as a whole number (45) or a range ("30-45")',
    "schema-invalid-union",
  ],
  [
    "clear days beyond reason",
    with_("  contact:\n", "  deadlines: { clearDays: 1000000000000000 }\n  contact:\n"),
    "10:27: commission.deadlines.clearDays: expected at most 99",
    "schema-too-big",
  ],
  [
    "a year no bank-holiday source covers",
    with_("municipalYear: 2022/23", "municipalYear: 2150/51"),
    "8:18: commission.municipalYear: expected a municipal year from 1972/73 to 2098/99 (docs/limits.md)",
    "schema-custom",
  ],
  [
    "a date in the year 0",
    with_("date: 2023-01-16", "date: 0000-01-16"),
    "25:11: meetings[0].date: expected a date from 1972 to 2099 (docs/limits.md)",
    "schema-custom",
  ],
  [
    "a javascript: livestream",
    with_("  contact:\n", "  livestream: javascript:alert(1)\n  contact:\n"),
    "10:15: commission.livestream: expected a web address starting https:// (or http://)",
    "schema-invalid-format",
  ],
  [
    "a file: webpage",
    with_("  contact:\n", "  webpage: file:///etc/passwd\n  contact:\n"),
    "10:12: commission.webpage: expected a web address starting https:// (or http://)",
    "schema-invalid-format",
  ],
  [
    "a data: livestream on a meeting",
    with_("    date: 2023-01-16\n", "    date: 2023-01-16\n    livestream: data:text/html,hi\n"),
    "26:17: meetings[0].livestream: expected a web address starting https:// (or http://)",
    "schema-invalid-format",
  ],
  [
    "Latin-1 bytes",
    encode(with_("SEND Strategy", "SEND Strat^gie")).map((b) => (b === 0x5e ? 0xe9 : b)),
    "21:22: the file is not UTF-8: byte 0xE9 cannot start or continue a character here (it looks like Latin-1 or Windows-1252 text); save the file as UTF-8",
    "not-utf8",
  ],
  [
    "an overlong UTF-8 slash",
    Uint8Array.from([...encode("version: 1\nnotes: a"), 0xc0, 0xaf, 0x0a]),
    "2:9: the file is not UTF-8: byte 0xC0 cannot start or continue a character here (it looks like Latin-1 or Windows-1252 text); save the file as UTF-8",
    "not-utf8",
  ],
  [
    "a UTF-16 surrogate in UTF-8",
    Uint8Array.from([...encode("notes: "), 0xed, 0xa0, 0x80]),
    /^1:8: the file is not UTF-8/,
    "not-utf8",
  ],
  [
    "binary bytes",
    Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
    "1:1: the invisible character U+007F (DEL) is not allowed in a programme file (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "a raw NUL in a title",
    with_("SEND Strategy", "SEND\u0000Strategy"),
    "21:16: items[1].title: the invisible character U+0000 (NUL) is not allowed in a programme file (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "a raw ESC in a title",
    with_("SEND Strategy", "SEND\u001b]0;owned\u0007Strategy"),
    "21:16: items[1].title: the invisible character U+001B (ESC) is not allowed in a programme file (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "an escaped ESC in a title",
    with_("SEND Strategy", '"SEND\\e[2J Strategy"'),
    "21:12: items[1].title: the invisible character U+001B (ESC) at character 5 is not allowed in text (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "an escaped C1 control in a venue",
    with_("venue: Council Chamber, Hackney Town Hall", 'venue: "Council\\x9B Chamber"'),
    "9:10: commission.venue: the invisible character U+009B (control character) at character 8 is not allowed in text (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "a right-to-left override in a name",
    with_("Cllr Sophie Conway", "Cllr Sophie \u202eyawnoC"),
    "14:44: members[0].name: the invisible character U+202E (right-to-left override) is not allowed in a programme file (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "an escaped line separator in a title",
    with_("SEND Strategy", '"SEND\\LStrategy"'),
    "21:12: items[1].title: the invisible character U+2028 (line separator) at character 5 is not allowed in text (remove it; see docs/limits.md)",
    "control-character",
  ],
  [
    "a line break in a title",
    with_("    title: SEND Strategy\n", "    title: |\n      SEND\n      Strategy\n"),
    '21:12: items[1].title: a line break at character 5: this field is one line (join the lines, or fold them with ">-")',
    "control-character",
  ],
  [
    "old Mac line endings",
    minimal.replace(/\n/g, "\r"),
    "1:81: a carriage return without a line feed: save the file with LF (or CRLF) line endings",
    "control-character",
  ],
  [
    "an empty file",
    "",
    "1:1: the file is empty: a programme starts with commission: (see docs/file-format.md)",
    "empty-file",
  ],
  [
    "only a comment",
    "# nothing yet\n",
    "1:1: the file is empty: a programme starts with commission: (see docs/file-format.md)",
    "empty-file",
  ],
  ["a scalar, not a map", "hello\n", "1:1: expected object, received string", "schema-invalid-type"],
  [
    "two documents",
    `${minimal}---\nversion: 1\n`,
    "27:1: a programme file holds one YAML document: remove the second `---` and what follows, or put it in its own file",
    "yaml-multiple-docs",
  ],
  [
    "a YAML syntax error",
    with_("agenda: [chscp-annual-report, send-strategy]", "agenda: [chscp-annual-report, send-strategy"),
    /^\d+:\d+: /,
    "yaml-bad-indent",
  ],
  [
    "a binary tag",
    with_("minutes: 45", "minutes: !!binary aGVsbG8="),
    '19:23: items[0].minutes: expected minutes as a whole number (45) or a range ("30-45")',
    "schema-invalid-union",
  ],
  [
    "a very long line over the size limit",
    with_("SEND Strategy", "x".repeat(2_000_000)),
    "1:1: the file is 2.0 MB; a programme file may be at most 1 MiB (docs/limits.md)",
    "file-too-large",
  ],
  [
    "1,001 items",
    minimal.replace(
      "items:\n",
      `items:\n${Array.from({ length: 1000 }, (_, i) => `  - { id: extra-${i}, title: Extra ${i} }\n`).join("")}`,
    ),
    "1017:5: items[1000]: a programme holds at most 1,000 items; this one has 1,002 (docs/limits.md)",
    "too-many-items",
  ],
  [
    "101 meetings",
    minimal.replace(
      "meetings:\n",
      `meetings:\n${Array.from({ length: 100 }, (_, i) => `  - { id: extra-${i}, date: 2022-06-01 }\n`).join("")}`,
    ),
    "124:5: meetings[100]: a programme holds at most 100 meetings; this one has 101 (docs/limits.md)",
    "too-many-meetings",
  ],
];

export const hostileCases: HostileCase[] = cases.map(([name, input, first, code]) => ({
  name,
  bytes: typeof input === "string" ? encode(input) : input,
  first,
  code,
}));

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed, so a fuzz failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
