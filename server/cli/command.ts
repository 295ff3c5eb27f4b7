/** A CLI sub-command; `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  /** One German line for the help text. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Thrown for wrong arguments; main prints the German message and the usage, exit code 2. */
export class UsageError extends Error {}
