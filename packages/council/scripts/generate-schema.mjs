// Writes docs/council.schema.json from the Council zod schema (councilJsonSchema), so the
// schema is never written by hand. Run: pnpm generate:reference (builds first).
import { writeFileSync } from "node:fs";
import { councilJsonSchema } from "../dist/index.js";

const docs = new URL("../../../docs/", import.meta.url);
writeFileSync(new URL("council.schema.json", docs), `${JSON.stringify(councilJsonSchema(), null, 2)}\n`);
console.log("wrote docs/council.schema.json");
