/**
 * Writing output files so nothing is ever half-written: each file goes to a temporary name in the
 * same directory and is renamed into place only when complete (a rename within one directory is
 * atomic), and a command that writes several files checks every target before writing any.
 */
import * as fs from "fs";
import * as path from "path";
import { outputError } from "./errors";

/** Fails (exit code 4) unless `file` can be created or replaced. Creates missing parent directories. */
export function checkWritable(file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw outputError(`无法创建目录：${dir}（${reason(e)}）`, `cannot create directory ${dir} (${reason(e)})`);
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw outputError(`目录不可写：${dir}`, `directory is not writable: ${dir}`);
  }
  const abs = path.resolve(file);
  if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
    throw outputError(`输出路径是一个目录：${abs}`, `the output path is a directory: ${abs}`);
  }
}

/** Writes `data` to `file` atomically: a temporary sibling, then a rename. */
export function writeAtomic(file: string, data: Uint8Array | string): void {
  const abs = path.resolve(file);
  checkWritable(abs);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, abs);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw outputError(`无法写入 ${abs}（${reason(e)}）`, `cannot write ${abs} (${reason(e)})`);
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? (err.message || String(e));
}
