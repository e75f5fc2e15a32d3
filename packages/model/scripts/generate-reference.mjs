import { writeFileSync } from "node:fs";
import { FINDING_CATALOGUE, programmeJsonSchema } from "../dist/index.js";
import { renderFindings } from "./findings.mjs";
import { renderReference, renderSchema } from "./reference.mjs";

const docs = new URL("../../../docs/", import.meta.url);
const schema = programmeJsonSchema();
writeFileSync(new URL("programme.schema.json", docs), renderSchema(schema));
writeFileSync(new URL("file-format.md", docs), renderReference(schema));
writeFileSync(new URL("findings.md", docs), renderFindings(FINDING_CATALOGUE));
console.log("wrote docs/programme.schema.json, docs/file-format.md and docs/findings.md");
