/**
 * `--catalog <file.json>` (repeatable) for every command that reads the catalog, and `duibiao catalog
 * validate <file.json>`: the user's catalog files (docs/CATALOG.md, "Your own policy: the catalog
 * file") checked and merged with the built-in catalog, in the order given. A file with any error
 * stops the command before any work, with every error listed by its JSON path.
 */
import * as fs from "fs";
import type { Command } from "commander";
import { builtInCatalog } from "../catalog";
import { countsOf } from "../catalog/summarize";
import { formatCatalogErrors, loadUserCatalog, type UserCatalogResult } from "../catalog/user";
import type { Catalog } from "../core/schema";
import { decodeText } from "./csv";
import { CliError, EXIT, inputError } from "./errors";

/** Adds the repeatable `--catalog <file>` option to a command. */
export function withCatalogOption(command: Command): Command {
  return command.option(
    "--catalog <file.json>",
    "另载入自己的目录文件（可多次给出）/ also load a catalog file of your own (repeatable)",
    (file: string, files: string[]) => [...files, file],
    [] as string[],
  );
}

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw inputError(`无法读取目录文件 ${file}（${code}）`, `cannot read the catalog file ${file} (${code})`);
  }
  return decodeText(bytes, file);
}

/** Loads one file over `base`; the result, without throwing. */
export function checkCatalogFile(file: string, base: Catalog): UserCatalogResult {
  return loadUserCatalog(readText(file), base);
}

function refused(file: string, result: Extract<UserCatalogResult, { ok: false }>): Error {
  const n = result.errors.length;
  return new CliError(
    EXIT.input,
    `目录文件 ${file} 有${n}处错误，未载入任何内容 / the catalog file ${file} has ${n} error(s); nothing was loaded:\n${formatCatalogErrors(result.errors)}`,
  );
}

/** The built-in catalog with the given files merged in, or an input error listing every error. */
export function catalogWith(files: readonly string[] = []): Catalog {
  let catalog = builtInCatalog();
  for (const file of files) {
    const result = checkCatalogFile(file, catalog);
    if (!result.ok) throw refused(file, result);
    catalog = result.catalog;
  }
  return catalog;
}

/** `duibiao catalog validate`: a summary of what the file adds, or every error (exit 3). */
export function validateCatalogFile(file: string, others: readonly string[] = []): string {
  const result = checkCatalogFile(file, catalogWith(others));
  if (!result.ok) throw refused(file, result);
  const lines = result.file.sources.map((s) => {
    const c = countsOf(result.catalog, s.id);
    return `  ${s.id} ${s.shortName}：指标 ${c.indicators}，任务 ${c.tasks}，规则 ${c.rules} / indicators ${c.indicators}, tasks ${c.tasks}, rules ${c.rules}`;
  });
  return `目录文件有效 / the catalog file is valid: ${file}\n${lines.join("\n")}\n`;
}
