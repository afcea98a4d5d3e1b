/**
 * Writing output files so nothing is ever half-written and nothing else is harmed. Every target is
 * checked before the work starts (`prepareOutput`), then written (`OutputTarget.write`):
 * - a regular file goes to a short temporary name in the same directory and is renamed into place
 *   when complete (rename(2) within one directory is atomic); the file keeps its permissions;
 * - `-` is standard output;
 * - a symbolic link is written through: its target file is replaced, the link stays;
 * - a character device or a pipe (/dev/stdout, /dev/null) is written to directly, never replaced
 *   by a file; a block device, a socket or a directory is refused;
 * - a read-only file, or a file that is one of the command's inputs (by device and inode, so any
 *   spelling, link or hard link of it), is refused;
 * - a path whose directory cannot take a new file (/proc, a read-only mount, a name longer than
 *   the file system allows) fails at once, before any work.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { outputError, usageError } from "./errors";

/** The `--out` value that means standard output. */
export const STDOUT = "-";

export interface OutputTarget {
  /** What to tell the user: the absolute path written, or standard output. */
  readonly display: string;
  /** True when the data goes to standard output (then messages must not). */
  readonly toStdout: boolean;
  write(data: Uint8Array | string): Promise<void>;
}

export interface OutputOptions {
  /** Files the command reads: writing over one of them is refused. */
  inputs?: readonly string[];
  /** Whether `-` (standard output) is accepted. */
  allowStdout?: boolean;
}

/** Checks `file` as an output and returns how to write it; fails (exit 4, or 2 for a bad argument) before any work. */
export function prepareOutput(file: string, opts: OutputOptions = {}): OutputTarget {
  if (file === STDOUT) {
    if (!opts.allowStdout)
      throw usageError("此命令不能输出到标准输出（-）", "this command cannot write to standard output (-)");
    return stdoutTarget();
  }
  const abs = path.resolve(file);
  const fd = descriptorOf(abs);
  if (fd !== undefined) {
    const st = fstat(fd, abs);
    refuseInput(abs, st, opts.inputs ?? []);
    if (st.isDirectory() || st.isBlockDevice())
      throw outputError(`输出路径不是可写的文件：${abs}`, `the output path is not a writable file: ${abs}`);
    return descriptorTarget(abs, fd);
  }
  const link = lstat(abs);
  const st = link?.isSymbolicLink() ? stat(abs) : link;
  if (link?.isSymbolicLink() && !st)
    throw outputError(
      `输出路径是指向不存在位置的符号链接：${abs} → ${fs.readlinkSync(abs)}`,
      `the output path is a symbolic link to nothing: ${abs}`,
    );
  if (st) refuseInput(abs, st, opts.inputs ?? []);
  if (st?.isDirectory()) throw outputError(`输出路径是一个目录：${abs}`, `the output path is a directory: ${abs}`);
  if (st && (st.isCharacterDevice() || st.isFIFO())) return deviceTarget(abs);
  if (st && !st.isFile())
    throw outputError(
      `输出路径是设备或套接字等特殊文件，不会写入或替换：${abs}`,
      `the output path is a special file (device, socket); it is neither written nor replaced: ${abs}`,
    );
  // A link is written through: the file it points to is the one replaced.
  const real = link?.isSymbolicLink() ? fs.realpathSync(abs) : abs;
  if (st && !isWritable(real, st))
    throw outputError(`输出文件是只读的，未覆盖：${real}`, `the output file is read-only; not overwritten: ${real}`);
  const dir = path.dirname(real);
  makeDirectory(dir);
  probe(dir);
  return fileTarget(abs, real, st?.mode);
}

/** /dev/stdout, /dev/fd/N, /proc/self/fd/N, and links to them (up to 40, as Linux allows). */
const FD_PATH = /^\/(?:dev\/fd|proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/;
const STD_PATHS: Record<string, number> = { "/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2 };

/**
 * The open file descriptor a path names, if it names one. Such a path must be written through the
 * descriptor: opening it anew would write from offset 0 over what the shell has already written
 * (or truncate a log opened with >>), and replacing it by rename would replace the file the shell
 * redirected to.
 */
function descriptorOf(abs: string): number | undefined {
  let p = abs;
  for (let hops = 0; hops < 40; hops++) {
    if (p in STD_PATHS) return STD_PATHS[p];
    const m = FD_PATH.exec(p);
    if (m && (m[1] === undefined || Number(m[1]) === process.pid)) return Number(m[2]);
    const s = lstatOrUndefined(p);
    if (!s?.isSymbolicLink()) return undefined;
    p = path.resolve(path.dirname(p), fs.readlinkSync(p));
  }
  return undefined;
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

function fstat(fd: number, abs: string): fs.Stats {
  try {
    return fs.fstatSync(fd);
  } catch (e) {
    throw outputError(`无法写入 ${abs}（${reason(e)}）`, `cannot write ${abs} (${reason(e)})`);
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? (err.message || String(e));
}

/** lstat, undefined when nothing is there; any other failure (ENOTDIR, ENAMETOOLONG, EACCES …) is an output error. */
function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw outputError(`无法写入 ${p}（${reason(e)}）`, `cannot write ${p} (${reason(e)})`);
  }
}

function stat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function refuseInput(abs: string, st: fs.Stats, inputs: readonly string[]): void {
  for (const input of inputs) {
    const s = stat(input);
    if (s && s.dev === st.dev && s.ino === st.ino)
      throw usageError(
        `输出文件就是输入文件（${input}），写出会覆盖输入；请换一个输出文件名`,
        `the output ${abs} is the input file ${input}; writing would overwrite it: choose another output`,
      );
  }
}

/**
 * Write permission for this process, and a write bit at all: root may write any file, but a file
 * marked read-only (chmod a-w, or the read-only attribute on Windows) was marked so by someone.
 */
function isWritable(p: string, st: fs.Stats): boolean {
  if ((st.mode & 0o222) === 0) return false;
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates missing directories one level at a time. Node's `mkdirSync(…, { recursive: true })`
 * loops for ever on a parent that exists but refuses new entries with ENOENT (/proc/x/y), so it
 * is not used here.
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    const s = lstat(d);
    if (s) {
      if (!stat(d)?.isDirectory()) throw outputError(`不是目录：${d}`, `not a directory: ${d}`);
      break;
    }
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw outputError(`无法创建目录：${d}（${reason(e)}）`, `cannot create directory ${d} (${reason(e)})`);
    }
  }
}

/** A short name: the target's own name may already be as long as the file system allows. */
function tempName(dir: string): string {
  return path.join(dir, `.duibiao-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Creates and removes a file in `dir`: the only reliable test that a new file can go there (root passes access(2) checks). */
function probe(dir: string): void {
  const tmp = tempName(dir);
  try {
    fs.closeSync(fs.openSync(tmp, "wx"));
  } catch (e) {
    throw outputError(`目录不可写：${dir}（${reason(e)}）`, `directory is not writable: ${dir} (${reason(e)})`);
  }
  fs.rmSync(tmp, { force: true });
}

function fileTarget(abs: string, real: string, mode: number | undefined): OutputTarget {
  return {
    display: abs,
    toStdout: false,
    async write(data) {
      const tmp = tempName(path.dirname(real));
      try {
        fs.writeFileSync(tmp, data, { flag: "wx" });
        if (mode !== undefined) fs.chmodSync(tmp, mode & 0o7777);
        fs.renameSync(tmp, real);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw outputError(`无法写入 ${abs}（${reason(e)}）`, `cannot write ${abs} (${reason(e)})`);
      }
    },
  };
}

/** A device or a pipe: opened and written in place, as a shell's `>` would. */
function deviceTarget(abs: string): OutputTarget {
  return {
    display: abs,
    toStdout: false,
    async write(data) {
      try {
        fs.writeFileSync(abs, data);
      } catch (e) {
        throw outputError(`无法写入 ${abs}（${reason(e)}）`, `cannot write ${abs} (${reason(e)})`);
      }
    },
  };
}

function stdoutTarget(): OutputTarget {
  return {
    display: "标准输出 / standard output",
    toStdout: true,
    write: (data) => writeStream(process.stdout, data, "标准输出", "standard output"),
  };
}

function writeStream(stream: NodeJS.WriteStream, data: Uint8Array | string, zh: string, en: string): Promise<void> {
  // The write's callback reports a failure (EPIPE when the reader, e.g. `head`, has gone); the stream
  // also emits it as an event, which would crash the process with a stack trace if nobody listened.
  if (!stream.listeners("error").includes(ignore)) stream.on("error", ignore);
  return new Promise<void>((resolve, reject) => {
    stream.write(data, (e) =>
      e ? reject(outputError(`无法写入${zh}（${reason(e)}）`, `cannot write to ${en} (${reason(e)})`)) : resolve(),
    );
  });
}

function ignore(): void {}

/** Standard output and error through Node's streams (they handle a non-blocking pipe); any other descriptor directly. */
function descriptorTarget(abs: string, fd: number): OutputTarget {
  if (fd === 1) return { ...stdoutTarget(), display: abs };
  return {
    display: abs,
    toStdout: false,
    async write(data) {
      if (fd === 2) return writeStream(process.stderr, data, abs, abs);
      try {
        const buf =
          typeof data === "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        for (let off = 0; off < buf.length;) off += fs.writeSync(fd, buf, off);
      } catch (e) {
        throw outputError(`无法写入 ${abs}（${reason(e)}）`, `cannot write ${abs} (${reason(e)})`);
      }
    },
  };
}
