/**
 * Options the library does not know are refused, never ignored.
 *
 * A notebook that asks for `simulate(branchModel, { replication: 3 })` (one letter short of
 * `replications`) would otherwise run the model's own 30 replications and say nothing; it gets
 * `simulate: unknown option "replication" (did you mean "replications"?); the options are
 * horizon, maxReplications, …` instead. Every unknown key of one call is named in one message,
 * and so is every invalid value of a known key (`workers: 0`) when the entry point checks its
 * values too (`refuseAllOptionProblems`): one try shows every option problem.
 * The known keys come from a table per options type (`option-tables.ts`) that the compiler
 * holds to the TypeScript interface, so the two cannot drift apart.
 */
import { error, locateIssue, type ModelIssue } from "../model/source/issues.js";
import { suggest } from "../model/source/suggest.js";

/** Every key of an options type, each `true`: `{ ... } satisfies OptionKeys<SimulateOptions>` fails to compile when one is missing. */
export type OptionKeys<T> = Readonly<Record<keyof T, true>>;

/** One option a call cannot use: its key, the sentence saying what can be used, and its parts. */
export interface OptionProblem {
  readonly key: string;
  readonly message: string;
  /** For an unknown key: the key quoted, with a near known key (`"replication" (did you mean "replications"?)`). */
  readonly unknown?: string;
  /** The valid keys, as a clause (`the options are horizon, seed, …`). */
  readonly valid: string;
}

/** How a value is named in a message: a number as written, a string quoted, otherwise its type. */
function described(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a value of type ${typeof value}`;
}

/** `"replication" (did you mean "replications"?)`, or just the quoted key. */
function named(key: string, candidates: readonly string[]): string {
  const hint = suggest(key, candidates);
  return hint === undefined ? JSON.stringify(key) : `${JSON.stringify(key)} (did you mean ${JSON.stringify(hint)}?)`;
}

/**
 * The keys of `options` that are not in `known` (each with the sentence that names it, a
 * near known key and every known key), or one problem when `options` is not an object.
 * `undefined` options are the defaults: no problem. `prefix` names a nested object (`"target."`).
 * @param fn the function called, as the user wrote it (`simulate`).
 */
export function optionProblems(fn: string, options: unknown, known: OptionKeys<object>, prefix = ""): OptionProblem[] {
  if (options === undefined) return [];
  const keys = Object.keys(known).sort();
  const what = prefix ? prefix.slice(0, -1) : "options";
  const valid = `the ${prefix ? `keys of ${what}` : "options"} are ${keys.join(", ")}`;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return [{ key: what, valid, message: `${fn}: ${what} must be an object of named settings ({ ${keys[0]}: … }), got ${described(options)}; ${valid}` }];
  }
  return Object.keys(options)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => {
      const unknown = named(prefix + key, keys.map((k) => prefix + k));
      return { key: prefix + key, unknown, valid, message: `${fn}: unknown option ${unknown}; ${valid}` };
    });
}

/** One sentence for all problems of a call: `fn: unknown options "a" and "b" (did you mean "c"?); the options are …`. */
export function optionProblemText(fn: string, problems: readonly OptionProblem[]): string {
  const unknown = problems.flatMap((p) => (p.unknown === undefined ? [] : [p.unknown]));
  if (problems.length === 1 || unknown.length < problems.length) return problems.map((p) => p.message).join("; ");
  const valid = [...new Set(problems.map((p) => p.valid))].join("; ");
  return `${fn}: unknown options ${unknown.slice(0, -1).join(", ")} and ${unknown[unknown.length - 1]}; ${valid}`;
}

/**
 * Throws when there is any problem: the run entry points check their `target` too.
 * @throws TypeError naming the function, every unknown key (with a near known key) and the valid keys.
 */
export function refuseOptionProblems(fn: string, problems: readonly OptionProblem[]): void {
  if (problems.length > 0) throw new TypeError(optionProblemText(fn, problems));
}

/** Whether `options` is an object of named settings, whose values can be checked. */
export function isOptionsObject(options: unknown): options is Record<string, unknown> {
  return typeof options === "object" && options !== null && !Array.isArray(options);
}

/**
 * Throws when a call has any option problem, naming them all at once: the unknown keys
 * (`problems`, as `refuseOptionProblems` words them) followed by the invalid values of known
 * options (`invalid`, one sentence each, saying what would be valid).
 * @throws TypeError when a key is unknown or the options are no object (the invalid values in
 * the same message); RangeError naming every invalid value when every key is known.
 */
export function refuseAllOptionProblems(fn: string, problems: readonly OptionProblem[], invalid: readonly string[]): void {
  if (problems.length > 0) throw new TypeError([optionProblemText(fn, problems), ...invalid].join("; "));
  if (invalid.length > 0) throw new RangeError(invalid.join("; "));
}

/**
 * Throws when `options` has a key `known` does not list (or is not an object).
 * @throws TypeError naming the function, every unknown key (with a near known key) and the valid keys.
 */
export function assertKnownOptions(fn: string, options: unknown, known: OptionKeys<object>): void {
  refuseOptionProblems(fn, optionProblems(fn, options, known));
}

/** The same problems as issues of the options (file "(options)", path the key), for the entry points that return issues. */
export function optionIssues(problems: readonly OptionProblem[]): ModelIssue[] {
  return problems.map((problem) =>
    locateIssue(error("invalidOption", [problem.key], { option: problem.key, reason: problem.message }), { path: [problem.key], file: "(options)", line: 0, column: 0 }),
  );
}
