/**
 * The values of a swept parameter as written on the command line: a range `a..b`, a range
 * with a step `a..b:step`, or a list `a,b,c`.
 *
 * `--vary "pools.tellers.capacity=2..8"` is 2, 3, …, 8 tellers; `arrivals.walk-in.scale=
 * 0.8..1.2:0.1` is 0.8, 0.9, 1.0, 1.1, 1.2 times today's walk-in demand;
 * `steps.counter.duration.mean=4,5,6` three mean handling times.
 */

/** Most points one parameter may take (a typo such as 1..100000 is caught, not run). */
export const MAX_VALUES_PER_PARAMETER = 1_000;

/** NOTE: 12 significant digits absorb the float error of a + k·step (0.1 steps give 0.3, not 0.30000000000000004). */
const tidy = (x: number) => Number(x.toPrecision(12));

function parseRange(text: string, integer: boolean): number[] | string {
  const match = /^(-?[\d.]+(?:e-?\d+)?)\.\.(-?[\d.]+(?:e-?\d+)?)(?::([\d.]+(?:e-?\d+)?))?$/.exec(text);
  if (!match) return `"${text}" is not a range a..b or a..b:step`;
  const [from, to] = [Number(match[1]), Number(match[2])];
  const step = match[3] === undefined ? (Number.isInteger(from) && Number.isInteger(to) ? 1 : Number.NaN) : Number(match[3]);
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(from <= to)) return `range "${text}" needs numbers a ≤ b`;
  if (!(step > 0)) return `range "${text}" needs a step > 0 (a..b:step) unless a and b are whole numbers`;
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_VALUES_PER_PARAMETER) return `range "${text}" has ${count} values; at most ${MAX_VALUES_PER_PARAMETER} per parameter`;
  const values = Array.from({ length: count }, (_, k) => tidy(from + k * step));
  if (integer && values.some((v) => !Number.isInteger(v))) return `range "${text}" gives fractions; this parameter takes whole numbers`;
  return values;
}

function parseList(text: string, integer: boolean): number[] | string {
  const values = text.split(",").map((part) => Number(part.trim()));
  const bad = text.split(",").find((part, i) => part.trim() === "" || !Number.isFinite(values[i]) || (integer && !Number.isInteger(values[i])));
  if (bad !== undefined) return `"${bad.trim()}" is not ${integer ? "a whole number" : "a number"}`;
  if (values.length > MAX_VALUES_PER_PARAMETER) return `the list has ${values.length} values; at most ${MAX_VALUES_PER_PARAMETER} per parameter`;
  return values;
}

/** Splits `path=values` (the path is resolved against the model elsewhere); a message when malformed. */
export function splitVary(text: string): { path: string; values: string } | string {
  const at = text.lastIndexOf("=");
  if (at <= 0 || at === text.length - 1) return `--vary expects PARAMETER=VALUES, e.g. pools.tellers.capacity=2..8 or arrivals.walk-in.scale=0.8,1,1.2; got "${text}"`;
  return { path: text.slice(0, at).trim(), values: text.slice(at + 1).trim() };
}

/** The values a range or list stands for, or a message saying what is wrong. */
export function parseValues(text: string, integer: boolean): number[] | string {
  const values = text.includes("..") ? parseRange(text, integer) : parseList(text, integer);
  if (typeof values === "string") return values;
  return values.filter((v, i) => values.indexOf(v) === i);
}
