#!/usr/bin/env node
// Writes a large, valid programme for measuring the loader: `items` items spread over
// `meetings` meetings (every item on one agenda), with members, officers and declarations.
// Usage: node packages/model/bench/generate-programme.mjs ITEMS [MEETINGS] > big.yaml
// Also imported by parse.bench.ts, which makes 1× and 10× files in the same run.

/**
 * @param {number} items
 * @param {number} [meetings]
 * @returns {string} the programme's YAML text
 */
export function generateProgramme(items, meetings = Math.max(1, Math.ceil(items / 8))) {
  const out = [
    "version: 1",
    "commission:",
    "  id: big",
    "  name: A Very Large Scrutiny Commission",
    "  shortName: Big",
    "  council: London Borough of Example",
    "  municipalYear: 2024/25",
    "  venue: Council Chamber",
    "  contact: { name: A Scrutiny Officer, email: scrutiny@example.gov.uk }",
    "members:",
  ];
  for (let i = 0; i < 12; i++)
    out.push(`  - { id: member-${i}, name: Cllr Member ${i}${i === 0 ? ", role: chair" : ""} }`);
  out.push("officers:");
  for (let i = 0; i < 20; i++) out.push(`  - { id: officer-${i}, name: Officer ${i}, title: Head of Service ${i} }`);
  out.push("items:");
  for (let i = 0; i < items; i++) {
    out.push(`  - id: item-${i}`, `    title: Item number ${i} on a subject`, `    minutes: ${15 + (i % 4) * 10}`);
    if (i % 5 === 0) out.push(`    officers: [officer-${i % 20}]`);
  }
  out.push("meetings:");
  // Meetings every day from 1 June 2024, wrapping within the municipal year's 365 days.
  const start = Date.UTC(2024, 5, 1);
  const perMeeting = Math.ceil(items / meetings);
  for (let m = 0; m < meetings; m++) {
    const date = new Date(start + (m % 300) * 86_400_000).toISOString().slice(0, 10);
    out.push(`  - id: meeting-${m}`, `    date: ${date}`, "    agenda:");
    const first = m * perMeeting;
    for (let i = first; i < Math.min(items, first + perMeeting); i++) out.push(`      - item-${i}`);
    if (first < items) {
      out.push(
        "    declarations:",
        `      - { person: member-${m % 12}, items: [item-${first}], kind: other-non-pecuniary, nature: Governor of a school }`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = Number(process.argv[2] ?? 1000);
  const meetings = process.argv[3] ? Number(process.argv[3]) : undefined;
  process.stdout.write(generateProgramme(items, meetings));
}
