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

/** Unknown ID or missing value. Excel shows the message (docs/FUNCTIONS.md, "Error codes"). */
export function notAvailable(zh: string, en: string): PolicyError {
  return new PolicyError("#N/A", `${zh} / ${en}`);
}

/**
 * Anything the user can fix: wrong type, unparseable text, a value the function cannot accept (a
 * negative amount, a unit that does not fit, base year = target year, a date before 1900). Excel
 * shows a custom function's message only for #VALUE! and #N/A, so every such case is #VALUE!.
 */
export function badValue(zh: string, en: string): PolicyError {
  return new PolicyError("#VALUE!", `${zh} / ${en}`);
}

/**
 * A result that is not a finite number (an overflow such as 1/1e-310): the only #NUM! (docs/FUNCTIONS.md, "Error
 * codes").
 */
export function notFinite(zh: string, en: string): PolicyError {
  return new PolicyError("#NUM!", `${zh} / ${en}`);
}

/** `x` when finite; else #NUM! naming what overflowed. */
export function finite(x: number, zh: string, en: string): number {
  if (Number.isFinite(x)) return x;
  throw notFinite(`${zh}的结果超出数值范围`, `${en}: the result is not a finite number`);
}

export function isPolicyError(e: unknown): e is PolicyError {
  return e instanceof PolicyError;
}
