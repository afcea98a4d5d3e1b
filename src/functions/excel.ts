/**
 * The one adapter between the engine and Excel: runs an engine call and turns a PolicyError into an
 * Excel error with its message (Chinese first). Any other exception becomes #VALUE! with a message,
 * never an unhandled JavaScript exception.
 */
import { isPolicyError, type PolicyErrorCode } from "../core/errors";

const CODE: Record<PolicyErrorCode, () => CustomFunctions.ErrorCode> = {
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
};

export function toExcelError(e: unknown): CustomFunctions.Error {
  if (isPolicyError(e)) return new CustomFunctions.Error(CODE[e.code](), e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `内部错误 / internal error: ${detail}`);
}

/** Run `fn`; on failure throw the Excel error Excel shows in the cell. */
export function excel<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toExcelError(e);
  }
}
