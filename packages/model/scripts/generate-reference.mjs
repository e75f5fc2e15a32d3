import { writeFileSync } from "node:fs";
import { programmeJsonSchema } from "../dist/index.js";
import { renderReference, renderSchema } from "./reference.mjs";

const docs = new URL("../../../docs/", import.meta.url);
const schema = programmeJsonSchema();
writeFileSync(new URL("programme.schema.json", docs), renderSchema(schema));
writeFileSync(new URL("file-format.md", docs), renderReference(schema));
console.log("wrote docs/programme.schema.json and docs/file-format.md");
