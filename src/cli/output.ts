/**
 * Terminal output helpers shared by the commands: exit codes and error printing.
 *
 * A planner who mistypes a pool name sees the located issue list and exit code 2; a bug in
 * procsim itself shows one line and exit code 1 (the stack only with PROCSIM_DEBUG=1).
 */

/** Process exit codes. */
export const EXIT = { ok: 0, internal: 1, invalid: 2 } as const;

/** Prints an unexpected error without a stack trace (unless PROCSIM_DEBUG is set). */
export function printInternalError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`procsim: internal error: ${message}\n`);
  if (process.env.PROCSIM_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("(set PROCSIM_DEBUG=1 for details)\n");
}
