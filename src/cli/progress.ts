/**
 * Progress on long work, on stderr (stdout stays clean for piping). On a terminal one line is
 * redrawn; otherwise (CI, a log file) a line per step is printed. `--quiet` silences it.
 */
export interface Progress {
  step(message: string): void;
  done(message?: string): void;
}

export function progress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return { step() {}, done() {} };
  const tty = !!stream.isTTY;
  let last = 0;
  return {
    step(message) {
      if (tty) {
        stream.write(`\r\x1b[K${message}`);
        last = message.length;
      } else stream.write(`${message}\n`);
    },
    done(message) {
      if (tty && last) stream.write("\r\x1b[K");
      if (message) stream.write(`${message}\n`);
      last = 0;
    },
  };
}
