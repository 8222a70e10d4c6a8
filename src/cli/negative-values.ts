/**
 * Option values that start with a minus sign. `procsim run branch.yaml --horizon -1d` must say
 * "--horizon must be positive", not "Unknown arguments: 1, d": the argument parser reads a
 * token such as `-1d` or `-30min` as a group of one-letter flags. Such a token right after a
 * long option written without `=` is its value, so it is joined to it (`--horizon=-1d`) before
 * parsing and then checked like any other value. (Plain negative numbers such as `--seed -1`
 * already parse as values; joining them changes nothing.) No one-letter flag of procsim is a
 * digit, so nothing else is read differently.
 */

/** A token that starts like a negative number: `-1d`, `-0.5`, `-.5h`. */
const NEGATIVE_VALUE = /^-\.?\d/;
/** A long option without an inline value: `--horizon`, not `--horizon=8h`. */
const BARE_LONG_OPTION = /^--[^=-][^=]*$/;

/** The arguments with every negative-looking value joined to the long option before it. */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const next = argv[i + 1];
    if (token === "--") return [...joined, ...argv.slice(i)];
    if (next !== undefined && BARE_LONG_OPTION.test(token) && NEGATIVE_VALUE.test(next)) {
      joined.push(`${token}=${next}`);
      i++;
    } else joined.push(token);
  }
  return joined;
}
