/**
 * What a CLI failure looks like to the user: one message (Chinese first) on stderr and an exit code
 * a script can test. The codes are listed in `duibiao --help`.
 */
export const EXIT = {
  ok: 0,
  /** Unexpected failure (a bug): the message says so. */
  internal: 1,
  /** Bad command line: unknown command or option, missing argument, an output that is one of the inputs. */
  usage: 2,
  /** Bad input data: unknown source or rule ID, a bad CSV row, ambiguous columns, an unreadable input file. */
  input: 3,
  /** The output cannot be written (unwritable directory, read-only or special file, disk full). */
  output: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function inputError(zh: string, en: string): CliError {
  return new CliError(EXIT.input, `${zh} / ${en}`);
}

export function outputError(zh: string, en: string): CliError {
  return new CliError(EXIT.output, `${zh} / ${en}`);
}

export function usageError(zh: string, en: string): CliError {
  return new CliError(EXIT.usage, `${zh} / ${en}`);
}
