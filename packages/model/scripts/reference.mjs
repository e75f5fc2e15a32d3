// Renders docs/file-format.md and docs/programme.schema.json from the zod schemas (via
// z.toJSONSchema), so the reference is never written twice by hand.
// Run: pnpm generate:reference

/** @param {any} s */
function typeOf(s, defs) {
  if (!s) return "";
  if (s.$ref) {
    const name = s.$ref.split("/").pop();
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (s.anyOf) return s.anyOf.map((x) => typeOf(x, defs)).join(" or ");
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(", ");
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.type === "array") return `list of ${typeOf(s.items, defs)}`;
  if (s.type === "object" && s.properties) return "object (below)";
  if (s.type === "string") {
    if (s.format === "date") return "date `YYYY-MM-DD`";
    if (s.format === "time") return 'time `"HH:MM"`';
    if (s.format === "email") return "email";
    if (s.format === "uri") return "web address `https://…`";
    if (s.pattern === "^[a-z0-9][a-z0-9-]*$") return "id";
    if (s.pattern?.includes("[01]\\d|2[0-3]")) return 'time `"HH:MM"`';
    if (s.pattern === "^\\d{4}\\/\\d{2}$") return "municipal year `2022/23`";
    // The two kinds of text (packages/model/src/primitives.ts): control characters are refused.
    if (s.pattern?.startsWith("^[^\\u000A\\u0000")) return "one line of text";
    if (s.pattern?.startsWith("^[^\\u0000")) return "text";
    if (s.pattern) return `text matching \`${s.pattern}\``;
    return "text";
  }
  const bounds = (word) => {
    const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
    if (s.maximum === undefined) return low === undefined ? word : `${word}, at least ${low}`;
    return `${word} from ${low ?? "any"} to ${s.maximum}`;
  };
  if (s.type === "integer") return bounds("whole number");
  if (s.type === "number") return bounds("number");
  if (s.type === "boolean") return "`true`/`false`";
  return s.type ?? "any";
}

const cell = (t) =>
  String(t ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

function table(schema, defs) {
  const required = new Set(schema.required ?? []);
  const rows = ["| field | type | required | default | meaning |", "|---|---|---|---|---|"];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    if (name === "$schema") continue;
    const def = prop.default !== undefined ? `\`${JSON.stringify(prop.default)}\`` : "";
    rows.push(
      `| \`${name}\` | ${cell(typeOf(prop, defs))} | ${required.has(name) && prop.default === undefined ? "yes" : ""} | ${cell(def)} | ${cell(prop.description)} |`,
    );
  }
  return rows.join("\n");
}

/** @param {Record<string, any>} schema the programme's JSON Schema */
export function renderReference(schema) {
  const defs = schema.$defs ?? {};
  const out = [
    "# The programme file format",
    "",
    "<!-- Generated from the zod schemas in packages/model by `pnpm generate:reference`. Do not edit by hand. -->",
    "",
    "One YAML file per commission and municipal year. Start it with",
    "`# yaml-language-server: $schema=<path>/docs/programme.schema.json` so that editors (VS Code with the YAML",
    "extension, JetBrains IDEs) autocomplete and check it as you type. See",
    "`examples/hackney-cyp-2022-23/programme.yaml` for a complete, real example, and",
    "`examples/north-yorkshire-health-2022-23/programme.yaml` for a committee of another council (a 10.00 start,",
    "its own order of business, substitutes, deferred items, a briefing), and",
    "`examples/neath-port-talbot-education-2022-23/programme.yaml` for a Welsh committee meeting as a hybrid",
    "(multi-location) meeting, with co-optees and declarations under the Welsh members' code;",
    "docs/councils-beyond-hackney.md explains the fields that say what other councils' papers say.",
    "",
    'Conventions: dates are `YYYY-MM-DD`; times are 24-hour Europe/London wall-clock `"HH:MM"` (quote them:',
    "`19.00` or unquoted numbers are refused); ids are lower-case words joined by hyphens and never change;",
    'minutes are a whole number (`45`) or a range (`"30-45"`, smaller first). Unknown fields are errors, so a',
    "misspelt field is caught. `scrutineer check` reports every error with file, line, column and field.",
    "",
    "Text is UTF-8; control characters and bidirectional overrides are refused in every text field, and a",
    "field of one line of text refuses line breaks too. Dates run from 1972 to 2099 and web addresses are",
    "http(s). The size of the file, its nesting, its aliases and the counts of items and meetings are",
    "limited: see [limits.md](limits.md).",
    "",
    "## The file (top level)",
    "",
    table(schema, defs),
    "",
  ];
  for (const [name, def] of Object.entries(defs)) {
    out.push(`## ${name}`, "");
    if (def.description) out.push(def.description, "");
    if (def.properties) out.push(table(def, defs), "");
    else out.push(`One of: ${typeOf(def, defs)}`, "");
    for (const [field, prop] of Object.entries(def.properties ?? {})) {
      const inner = prop.type === "array" ? prop.items : prop;
      for (const variant of inner?.anyOf ?? [inner]) {
        if (variant?.type === "object" && variant.properties) {
          out.push(`### ${name}.${field}`, "", table(variant, defs), "");
        }
      }
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export function renderSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
