import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { example, tempDir } from "./helpers.js";

/** A sensitive interest's nature: must appear in no output of any command. */
export const SECRET = "Partner is a director of Secretco Tutoring Ltd at 12 Hidden Road";

/**
 * The real example with edits applied through the YAML document (so comments and positions
 * survive), written to a temporary file. `edit` receives the document.
 */
export function exampleWith(edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(example, "utf8"));
  edit(doc);
  const file = join(tempDir("scrutineer-agenda-"), "programme.yaml");
  writeFileSync(file, doc.toString());
  return file;
}

/** The example with a sensitive disclosable pecuniary interest declared at 30 Nov 2022 and 16 Jan 2023. */
export function exampleWithSensitiveInterest(): string {
  return exampleWith((doc) => {
    const meetings = doc.get("meetings") as { items: { get(k: string): unknown }[] };
    const at = (id: string) => meetings.items.findIndex((m) => m.get("id") === id);
    doc.addIn(["meetings", at("2022-11"), "declarations"], {
      person: "caroline-selman",
      items: ["cfs-budget-monitoring-2022"],
      kind: "disclosable-pecuniary",
      sensitive: true,
      nature: SECRET,
    });
    doc.setIn(
      ["meetings", at("2023-01"), "declarations"],
      doc.createNode([
        {
          person: "lynne-troughton",
          items: ["exclusions-review-update"],
          kind: "other-non-pecuniary",
          sensitive: true,
          nature: SECRET,
        },
      ]),
    );
  });
}
