/**
 * The width the terminal output is fitted to.
 *
 * In a 120-column terminal the KPI tables of `procsim compare` are at most 120 columns wide;
 * piped into a file they are fitted to $COLUMNS when set, otherwise to 100 columns.
 */

/** Width used when stdout is not a terminal and $COLUMNS is not set. */
export const DEFAULT_WIDTH = 100;

/** Narrowest width honoured: below it tables would be nothing but "…". */
const MIN_WIDTH = 40;

/** The display width to fit output to: the terminal's columns, else $COLUMNS, else 100. */
export function terminalWidth(stream: { readonly isTTY?: boolean; readonly columns?: number } = process.stdout): number {
  const fromEnv = Number(process.env.COLUMNS);
  const columns = stream.isTTY && stream.columns ? stream.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, columns);
}
