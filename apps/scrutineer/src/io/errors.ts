/**
 * Errors the CLI reports as exit code 2 (bad input or usage), printed as a plain message
 * with no stack trace. Anything else is a bug and is reported as such.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}
