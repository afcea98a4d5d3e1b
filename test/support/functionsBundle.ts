/**
 * Loads the built functions bundle (dist/functions.js) the way Excel does: in a fresh VM context with
 * only `CustomFunctions` (associate / Error / ErrorCode) and `Office.onReady` stubbed. Functions are
 * then called by the ids in dist/functions.json, exactly as Excel registers them.
 * Build first (`npm run build`; `npm test` does).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST = path.resolve(__dirname, "../../dist");

export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** CustomFunctions.ErrorCode as Excel defines it. */
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface FunctionsMetadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; optional?: boolean }[] }[];
}

/** The CustomFunctions.Error the bundle throws (Excel's error with a message). */
export class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface LoadOptions {
  /** Globals beside CustomFunctions and Office, e.g. a stand-in `document` for webpack's chunk loader. */
  globals?: Record<string, unknown>;
}

export interface LoadedBundle {
  metadata: FunctionsMetadata;
  registered: Map<string, (...args: unknown[]) => unknown>;
  /** Call by Excel name (GAPTOTARGET); returns the value, or an ExcelError if the function threw one. */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs another built file (a chunk) in the bundle's context, as a script tag would. */
  runFile(file: string): void;
}

export function loadFunctionsBundle(options: LoadOptions = {}): LoadedBundle {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as FunctionsMetadata;
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id.toUpperCase(), fn),
      Error: CFError,
      ErrorCode: ERROR_CODE,
    },
    Office: { onReady: (cb?: () => void) => (cb ? cb() : Promise.resolve({ host: "Excel" })) },
    console,
    setTimeout,
    clearTimeout,
    ...options.globals,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  vm.runInNewContext(code, sandbox, { filename: "functions.js" });
  return {
    metadata,
    registered,
    runFile(file: string) {
      vm.runInContext(fs.readFileSync(path.join(DIST, file), "utf8"), sandbox, { filename: file });
    },
    call(name: string, ...args: unknown[]) {
      const meta = metadata.functions.find((f) => f.name === name);
      if (!meta) throw new Error(`${name} is not in functions.json`);
      const fn = registered.get(meta.id.toUpperCase());
      if (!fn) throw new Error(`${meta.id} is not registered by the bundle`);
      // Excel passes every declared parameter; omitted optional ones arrive as null.
      const padded = [...args];
      while (padded.length < meta.parameters.length) padded.push(null);
      try {
        return fn(...padded);
      } catch (e) {
        if (e instanceof CFError) return new ExcelError(e.code, e.message);
        throw e;
      }
    },
  };
}
