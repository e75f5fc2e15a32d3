import * as z from "zod";

/** How much a finding matters: an error stops the meeting going ahead lawfully or as planned. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;
