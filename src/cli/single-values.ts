/**
 * Options that take one value must be given once: `--json a.json --json b.json` would leave
 * the command an array where it expects a file name. The options and positional lists a
 * command declares as arrays (`--vary`, `--kpi`, `--extends-root`, model files, proposals,
 * parts) are the exceptions.
 *
 * `procsim run branch.yaml --horizon 1d --horizon 2d` stops with "--horizon is given 2 times
 * (1d, 2d); give it once" and exit code 2, before anything runs.
 */

/** yargs' own keys that hold several values (the command words, the script); a command's repeatable options are in `options.array`. */
const REPEATABLE = new Set(["_", "$0"]);

/**
 * The problem with the parsed arguments when a one-value option was given several times
 * ("--json is given 2 times (a.json, b.json); give it once"), else true (yargs' `check`;
 * `options.array` lists the options the command declares repeatable).
 */
export function checkSingleValues(argv: Readonly<Record<string, unknown>>, options: { readonly array?: readonly string[] } = {}): true | string {
  const declared = new Set(options.array ?? []);
  const repeated = Object.entries(argv).filter(([key, value]) => Array.isArray(value) && !REPEATABLE.has(key) && !declared.has(key) && !/[A-Z]/.test(key));
  if (repeated.length === 0) return true;
  return repeated.map(([key, value]) => `--${key} is given ${(value as unknown[]).length} times (${(value as unknown[]).map(String).join(", ")}); give it once`).join("; ");
}
