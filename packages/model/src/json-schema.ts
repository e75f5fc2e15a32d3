import * as z from "zod";
import { Programme } from "./programme.js";

/** JSON Schema of the programme file (as written, before defaults), for editors' autocompletion. */
export function programmeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Programme, { io: "input", target: "draft-2020-12" }),
    title: "Scrutineer work programme",
    description: "One scrutiny commission's work programme for one municipal year.",
  };
}
