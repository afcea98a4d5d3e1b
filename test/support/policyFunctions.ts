/**
 * The POLICY.* custom functions from source, callable by their Excel names the way Excel calls them
 * (every declared argument, omitted ones as null), with `CustomFunctions` stubbed as in the
 * functions bundle. For tests that need the add-in's results without a build (the built bundle is
 * exercised by the contract tests).
 */
import { type PolicyCall, XlError } from "./excelFormula";
import { ERROR_CODE } from "./functionsBundle";

class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown;

export function policyFunctions(): PolicyCall {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = { Error: CFError, ErrorCode: ERROR_CODE, associate: () => undefined };
  // Loaded after the stub exists (the wrappers read CustomFunctions when they throw).

  const fns: Record<string, Fn> = {
    ...(require("../../src/functions/target") as Record<string, Fn>),
    ...(require("../../src/functions/incentives") as Record<string, Fn>),
    ...(require("../../src/functions/rubric") as Record<string, Fn>),
  };

  return (name, args) => {
    const fn = fns[name];
    if (typeof fn !== "function") throw new Error(`no custom function POLICY.${name}`);
    try {
      return fn(...args) as number | string | boolean;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (err && typeof err.code === "string" && err.code.startsWith("#")) return new XlError(err.code, err.message);
      throw e;
    }
  };
}
