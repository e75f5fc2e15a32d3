import { type DatesError, isDatesError } from "../src/errors.js";

/** What `fn` refused with: its code, value and message; undefined when it did not throw. Rethrows anything else. */
export function refusal(fn: () => unknown): Pick<DatesError, "code" | "value" | "message" | "name"> | undefined {
  try {
    fn();
  } catch (error) {
    if (!isDatesError(error)) throw error;
    return { code: error.code, value: error.value, message: error.message, name: error.name };
  }
  return undefined;
}
