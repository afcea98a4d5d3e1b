/**
 * The POLICY.* custom functions from source, callable by their Excel names the way Excel calls them
 * (every declared argument, omitted ones as null), with `CustomFunctions` stubbed as in the
 * functions bundle, loaded from the same files the build compiles. For tests that need the add-in's
 * results without a build (the built bundle is exercised by the contract tests).
 */
import * as path from "path";
import { type PolicyCall, XlError } from "./excelFormula";
import { ERROR_CODE } from "./functionsBundle";

class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown;

const ROOT = path.resolve(__dirname, "../..");

/** The function files the build compiles and describes (scripts/function-text.js): one list for both. */
export const FUNCTION_FILES = (require("../../scripts/function-text") as { functionFiles(): string[] }).functionFiles();

/**
 * Every function the function files export, by its name (the Excel name: test/functions/files.test.ts
 * checks that each @customfunction's name is its exported name).
 */
export function sourceFunctions(): Record<string, Fn> {
  stubCustomFunctions();
  const fns: Record<string, Fn> = {};
  for (const file of FUNCTION_FILES) {
    const exports = require(path.join(ROOT, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (typeof value === "function") fns[name] = value as Fn;
  }
  return fns;
}

function stubCustomFunctions(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = { Error: CFError, ErrorCode: ERROR_CODE, associate: () => undefined };
}

export function policyFunctions(): PolicyCall {
  // The files are loaded after the stub exists (the wrappers read CustomFunctions when they throw).
  const fns = sourceFunctions();

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
