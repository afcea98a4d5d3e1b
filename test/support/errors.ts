/** The PolicyError a call raises (code and message); fails the test if it raises nothing or another error. */
import { PolicyError } from "../../src/core/errors";

export function failure(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a PolicyError, got a result");
}

/** Just the Excel error code of `failure`. */
export const errorCode = (f: () => unknown): string => failure(f).code;
