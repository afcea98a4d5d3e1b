/**
 * Differential fuzzing: for seeded random and adversarial
 * inputs to the ten functions, the add-in formula's value equals the portable form's native formula
 * evaluated by HyperFormula, LibreOffice and Gnumeric — or both are errors of the same code — and no
 * function result is Infinity or NaN. See test/differential/families.ts for what is compared.
 *
 * Seeded (DIFFERENTIAL_SEED) and bounded (DIFFERENTIAL_RUNS multiplies the case counts) so that a
 * run takes well under a minute of CPU plus one LibreOffice and one Gnumeric recalculation.
 * Needs soffice and ssconvert: fails on CI when either is missing, skips that engine elsewhere.
 */
import fc from "fast-check";
import * as fs from "fs";
import {
  describeCase,
  evaluateInSpreadsheets,
  evaluateWithHyperFormula,
  mismatches,
  report,
  type CaseResult,
  type Engine,
  type Mismatch,
} from "../support/differential";
import { XlError } from "../support/excelFormula";
import { findSsconvert } from "../support/gnumeric";
import { findSoffice, requireBinary } from "../support/libreoffice";
import { policyFunctions } from "../support/policyFunctions";
import { FAMILIES, INFO_ARGS } from "./families";
import { KNOWN_MISMATCHES } from "./knownMismatches";

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261130);
const FACTOR = Number(process.env.DIFFERENTIAL_RUNS ?? 1);
const STRICT = process.env.DIFFERENTIAL_STRICT === "1";

const soffice = findSoffice();
const ssconvert = findSsconvert();
const engines: Engine[] = ["HyperFormula"];
if (requireBinary("LibreOffice (soffice)", soffice)) engines.push("LibreOffice");
if (requireBinary("Gnumeric (ssconvert)", ssconvert)) engines.push("Gnumeric");

let results: CaseResult[] = [];
let found: Mismatch[] = [];

beforeAll(async () => {
  const t0 = Date.now();
  const specs = FAMILIES.flatMap((f, i) =>
    fc.sample(f.cases, { seed: SEED + i, numRuns: Math.max(1, Math.round(f.runs * FACTOR)) }),
  );
  results = evaluateWithHyperFormula(specs);
  const tHf = (Date.now() - t0) / 1000;
  const seconds = await evaluateInSpreadsheets(results, {
    libreoffice: engines.includes("LibreOffice") ? soffice : null,
    ssconvert: engines.includes("Gnumeric") ? ssconvert : null,
  });
  found = mismatches(results, KNOWN_MISMATCHES);
  if (process.env.DIFFERENTIAL_DUMP) fs.writeFileSync(process.env.DIFFERENTIAL_DUMP, JSON.stringify(results));
  const compared = results.filter((c) => c.native !== null).length;
  const byClass = new Map<string, number>();
  for (const m of found) {
    const k = `${m.known?.id ?? "UNEXPECTED"} (${m.engine})`;
    byClass.set(k, (byClass.get(k) ?? 0) + 1);
  }
  console.log(
    [
      `differential: seed ${SEED}, ${results.length} cases (${compared} with a native formula) × engines ${engines.join(", ")}`,
      `  HyperFormula (add-in and native) ${tHf.toFixed(1)} s; ${Object.entries(seconds)
        .map(([e, s]) => `${e} ${s.toFixed(1)} s`)
        .join("; ")}`,
      `  disagreements: ${found.length}${[...byClass].map(([k, n]) => `\n    ${k}: ${n}`).join("")}`,
      ...KNOWN_MISMATCHES.filter((k) => !found.some((m) => m.known === k)).map(
        (k) => `  known class ${k.id} no longer seen: remove it from knownMismatches.ts`,
      ),
    ].join("\n"),
  );
  if (found.length) console.log(report(found));
}, 600_000);

test("every function result is a finite number, text or an Excel error with a message", () => {
  const bad = results.filter((c) => c.nonFinite).map((c) => `${describeCase(c)}: ${c.nonFinite}`);
  expect(bad).toEqual([]);
});

test.each(engines)(
  "%s: the native formulas agree with the functions (or the disagreement is a known one)",
  (engine) => {
    const mine = found.filter((m) => m.engine === engine);
    const unexpected = mine.filter((m) => !m.known || STRICT);
    expect(unexpected.map((m) => describeCase(m.c))).toEqual([]);
    // The run compared many cases on this engine.
    expect(results.filter((c) => c.native_[engine] !== undefined).length).toBeGreaterThan(1000);
  },
);

test("INFO of any ID and field is a value or an Excel error with a message", async () => {
  const call = policyFunctions();
  const bad: string[] = [];
  for (const [id, field] of fc.sample(INFO_ARGS, { seed: SEED, numRuns: Math.round(300 * FACTOR) })) {
    if (id instanceof XlError || field instanceof XlError) continue; // Excel passes the error without a call
    let r: unknown;
    try {
      r = await (call("INFO", [id, field]) as unknown as Promise<unknown>);
    } catch (e) {
      const err = e as { code?: string; message?: string };
      r = err && typeof err.code === "string" ? new XlError(err.code, err.message) : e;
    }
    const ok =
      (typeof r === "number" && Number.isFinite(r)) ||
      (typeof r === "string" && !/Infinity|NaN|undefined|\[object/.test(r)) ||
      typeof r === "boolean" ||
      (r instanceof XlError && ["#N/A", "#VALUE!"].includes(r.code) && !!r.message);
    if (!ok)
      bad.push(
        `INFO(${JSON.stringify(id)}, ${JSON.stringify(field)}) → ${r instanceof XlError ? `${r.code} ${r.message}` : String(r)}`,
      );
  }
  expect(bad).toEqual([]);
});
