/**
 * Errors the engine raises. Every surface maps them: custom functions to Excel errors with the
 * message, the CLI to a line on stderr, the task pane to a message bar. Messages are Chinese first,
 * then English, separated by " / ".
 */
export type PolicyErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

export class PolicyError extends Error {
  constructor(
    readonly code: PolicyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PolicyError";
  }
}

/** Unknown ID or missing value. */
export function notAvailable(zh: string, en: string): PolicyError {
  return new PolicyError("#N/A", `${zh} / ${en}`);
}

/** Wrong type or unparseable text. */
export function badValue(zh: string, en: string): PolicyError {
  return new PolicyError("#VALUE!", `${zh} / ${en}`);
}

/** Negative amount, zero span, impossible input. */
export function badNumber(zh: string, en: string): PolicyError {
  return new PolicyError("#NUM!", `${zh} / ${en}`);
}

export function isPolicyError(e: unknown): e is PolicyError {
  return e instanceof PolicyError;
}
