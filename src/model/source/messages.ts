/**
 * Every message procsim says about a model, in one place.
 *
 * Each entry turns an issue's parameters into "<what was found>; <what would be valid>",
 * e.g. `unknownResource` with `{ name: "clerk", suggestion: "clerks" }` reads
 * `resource "clerk" is not defined; did you mean "clerks"? (defined: clerks, managers)`.
 * Detection code only names a code and its parameters; wording changes happen here.
 */

import { DURATION_PATTERN, PERCENT_PATTERN, TIME_OF_DAY_PATTERN } from "../schema/units.js";

/** Parameters of a message not yet given a type of its own. */
export type UntypedParams = Record<string, unknown>;

/** A readable description of a raw YAML value ("six" → `"six"`, [1, 2] → "a list of 2"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "a mapping";
}

/** Phrases the issue mapper puts into `found` / `expected` parameters. */
export const PHRASES = {
  /** What each string pattern means. */
  pattern: new Map<string, string>([
    [String(DURATION_PATTERN), 'a duration such as "30s", "5min", "1.5h" or "2d"'],
    [String(TIME_OF_DAY_PATTERN), 'a time of day "HH:MM" such as "09:00" (00:00–24:00)'],
    [String(PERCENT_PATTERN), 'a percentage such as "80%" (0%–100%)'],
  ]),
  /** What each tagged union accepts. */
  union: {
    calendar: '"always" or { open: "09:00", close: "17:00", days: weekdays }',
    days: '"weekdays", "weekend", "all" or a list of mon, tue, wed, thu, fri, sat, sun',
    next: 'a step name, "exit", or a list of branches [{ to: <step>, p: 0.8 }, …]',
  } as Record<string, string>,
  /** A JSON type as the author would say it. */
  type: (expected: string): string => (expected === "object" ? "a mapping" : expected === "array" ? "a list" : `a ${expected}`),
  format: (format: string): string => `format ${format}`,
  notEmpty: "must not be empty",
  textTooLong: (length: number, maximum: unknown): [string, string] => [`a text of ${length} characters`, `at most ${String(maximum)} characters are allowed`],
  anyOf: (names: readonly string[]): string => names.join(" or ") || "another value",
  mappingKeys: (keys: readonly string[]): string => (keys.length === 0 ? "an empty mapping" : `a mapping with keys ${keys.join(", ")}`),
  modelText: "the YAML text of a model",
  unreadable: "a value procsim could not read",
} as const;

const RULES = { positive: "greater than 0", nonNegative: "at least 0" } as const;
const NAME_KINDS: Record<string, string> = { source: "arrival source", step: "step", serviceLevel: "service level" };

/** Quoted text, shortened so a megabyte-long value cannot flood a message. */
const q = (value: unknown): string => {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
};
const list = (values: unknown): string =>
  Array.isArray(values) && values.length > 0 ? values.map((v) => String(v)).join(", ") : "(none)";
/** A did-you-mean suggestion, when there is one. */
type Hint = { suggestion?: string };
const hint = (p: Hint): string => (p.suggestion !== undefined ? `did you mean ${q(p.suggestion)}? ` : "");
const fmt = (x: unknown): string => (typeof x === "number" ? String(Number(x.toPrecision(6))) : String(x));

/**
 * The message catalogue: issue code → wording, as a function of the issue's typed parameters
 * (the parameter type of each entry is the type of `params` of issues with that code).
 */
export const MESSAGES = {
  // --- the file itself ---
  fileNotFound: (p: { file: string }) => `file ${q(p.file)} does not exist; give the path of a .yaml model file`,
  notAFile: (p: { file: string; kind?: string }) => `${q(p.file)} is ${p.kind ?? "a directory"}, not a regular file; give the path of a .yaml model file`,
  readFailed: (p: { reason: string }) => `could not read the file (${fmt(p.reason)}); check that it exists and is readable`,
  fileTooLarge: (p: { megabytes: number; limitMegabytes: number }) => `the file is ${fmt(p.megabytes)} MB; a model file may be at most ${fmt(p.limitMegabytes)} MB`,
  binaryFile: () => `the file contains NUL bytes (binary data); a model is a UTF-8 YAML text file`,
  emptyFile: () => `the file is empty; a model needs at least name, run, arrivals and steps`,
  extendsOutside: (p: { file: string; roots: readonly string[] }) => `extends names ${q(p.file)}, outside the folders a proposal may extend (${list(p.roots)}); keep the base model in the proposal's folder or below it`,
  extendsNotAModel: (p: { file: string }) => `extends names ${q(p.file)}, which is not a procsim model (.yaml with steps, or a proposal); name the base model file`,
  internalError: (p: { reason: string }) => `procsim failed while loading this file (${fmt(p.reason)}); this is a bug in procsim — please report it with the file`,
  // --- YAML syntax ---
  yamlSyntax: (p: { reason: string; yamlCode?: string }) => `YAML syntax error: ${fmt(p.reason)}; fix the YAML (indentation, colons, brackets, quotes)`,
  duplicateKey: (p: { key: string }) => `key ${q(p.key)} appears twice in the same mapping; each key may appear once`,
  tooManyAliases: (p: { limit: number }) => `the YAML expands aliases (*name) more than ${fmt(p.limit)} times; write the values out or use fewer aliases`,
  tooDeep: (p: { depth: number }) => `the YAML nests ${fmt(p.depth)} levels deep (or indents that far); a model needs a few levels — check brackets and indentation`,
  tooManyNodes: (p: { limit: number }) => `the YAML holds more than ${fmt(p.limit)} keys and items; a model at the largest documented size needs far fewer — is this the right file?`,
  complexKey: (p: { kind: string }) => `a key here is ${fmt(p.kind)}; keys must be plain names`,
  notAMapping: (p: { found: string }) => `the document is ${fmt(p.found)}; a model is a mapping with keys name, run, arrivals, steps, …`,
  // --- keys and shapes ---
  forbiddenKey: (p: { key: string }) => `key ${q(p.key)} is not allowed (reserved by JavaScript); rename it`,
  unknownKey: (p: { key: string; allowed: readonly string[] } & Hint) => `unknown key ${q(p.key)}; ${hint(p)}allowed here: ${list(p.allowed)}`,
  missingKey: (p: { key: string | number; expected?: string }) => `required key ${q(p.key)} is missing; add it${p.expected ? ` (${fmt(p.expected)})` : ""}`,
  wrongType: (p: { found: string; expected: string }) => `found ${fmt(p.found)}; expected ${fmt(p.expected)}`,
  badEnum: (p: { found: string; allowed: readonly string[] } & Hint) => `found ${q(p.found)}; ${hint(p)}allowed: ${list(p.allowed)}`,
  tooSmall: (p: { found: unknown; minimum: unknown; inclusive: boolean }) => `found ${fmt(p.found)}; must be ${p.inclusive ? "at least" : "greater than"} ${fmt(p.minimum)}`,
  tooBig: (p: { found: unknown; maximum: unknown; inclusive: boolean }) => `found ${fmt(p.found)}; must be ${p.inclusive ? "at most" : "less than"} ${fmt(p.maximum)}`,
  notInteger: (p: { found: unknown }) => `found ${fmt(p.found)}; must be a whole number`,
  tooFewItems: (p: { found: unknown; minimum: unknown }) => `found ${fmt(p.found)} item(s); give at least ${fmt(p.minimum)}`,
  tooManyItems: (p: { found: unknown; maximum: unknown }) => `found ${fmt(p.found)} items; at most ${fmt(p.maximum)} are allowed`,
  badFormat: (p: { found: unknown; expected: string }) => `found ${q(p.found)}; expected ${fmt(p.expected)}`,
  unknownDistribution: (p: { found: string; allowed: readonly string[] } & Hint) => `unknown distribution ${q(p.found)}; ${hint(p)}known: ${list(p.allowed)}`,
  distributionShape: (p: { found: string }) => `found ${fmt(p.found)}; expected a number, a duration such as "5min", or one distribution such as { exponential: { mean: 5 } }`,
  invalidValue: (p: { found: unknown; expected: string }) => `found ${fmt(p.found)}; ${fmt(p.expected)}`,
  // --- normalisation ---
  arrivalRateMissing: () => `no arrival rate given; give exactly one of ratePerHour, interarrival or profile (ratePerHour + profile scales the profile)`,
  interarrivalConflict: (p: { other: string }) => `interarrival is combined with ${fmt(p.other)}; interarrival alone describes the arrivals (use ratePerHour and/or profile instead)`,
  profileZero: () => `the profile has no arrivals during opening hours; give a rate above 0 for some open hour`,
  profileOutsideHours: (p: { time: string; open: string; close: string }) => `profile time ${q(p.time)} is outside the opening hours ${fmt(p.open)}–${fmt(p.close)}; its rate is never used`,
  profileDuplicate: (p: { time: string; other: string }) => `profile time ${q(p.time)} is the same time of day as ${q(p.other)}; give each time once`,
  paramForms: (p: { family: string; found: readonly string[]; forms: readonly (readonly string[])[] }) =>
    `${p.family} given with ${list(p.found)}; give either ${p.forms.map((form) => `{ ${list(form)} }`).join(" or ")}`,
  capacityMissing: () => `the pool has neither capacity nor shifts; give capacity: <servers> or a shifts list`,
  timeTooLong: (p: { found: unknown; maximum: string }) => `found ${fmt(p.found)}; must be at most ${fmt(p.maximum)}`,
  attributeTime: (p: { found: string }) => `found the duration ${q(p.found)} in a case attribute; attributes are plain numbers (amounts, page counts)`,
  calendarOrder: (p: { open: string; close: string }) => `opens at ${fmt(p.open)} and closes at ${fmt(p.close)}; close must be later than open on the same day (use "24:00" for midnight)`,
  shiftOrder: (p: { from: string; to: string }) => `shift from ${fmt(p.from)} to ${fmt(p.to)}; "to" must be later than "from" on the same day (split a night shift in two)`,
  resourceConflict: () => `both resource and resources are given; use resource (+ units) for one pool or resources: [...] for several`,
  unitsWithoutResource: () => `units is given without resource; add resource: <pool> or remove units`,
  serviceWithoutResource: () => `kind: service needs a resource; add resource: <pool>, or use kind: delay for a step that only takes time`,
  comeBackWithoutSendAway: (p: { rule: string }) => `comeBack is given with rule ${q(p.rule)}; only cases sent away can come back: use rule: sendAway or remove comeBack`,
  endOfDayOnDelay: () => `a delay step holds nothing and never waits, so it has no end-of-day rule; move endOfDay to the step (or pool) whose line should follow it`,
  endOfDayConflict: (p: { rules: readonly string[] }) => `the step's pools declare different end-of-day rules (${list(p.rules)}); declare endOfDay on the step itself`,
  serveSharedPool: (p: { pool: string; step: string; other: string; otherRule: string }) => `pool ${q(p.pool)} serves ${q(p.step)} with rule serve and ${q(p.other)} with ${q(p.otherRule)}; staff who stay after closing serve every line of their pool, so give the steps of a pool the same rule (or declare it on the pool)`,
  forkJoinResources: (p: { kind: string }) => `a ${p.kind} step holds no resources (its parts do the work at their own steps); remove resource(s), or add a service step in a branch`,
  forkJoinDuration: (p: { kind: string }) => `a ${p.kind} step takes no time; remove duration, or add a delay or service step ${p.kind === "fork" ? "before the fork" : "after the join"} for the time it takes`,
  forkJoinFieldMisplaced: (p: { key: string; kind: string }) => `${p.key} only belongs to a step of kind: ${p.kind}; add kind: ${p.kind} or remove ${p.key}`,
  forkWithNext: () => `a fork step has no next: its parts go to its branches and the case goes on after its join; remove next and give the join step a next instead`,
  forkJoinNotJoin: (p: { join: string; kind: string }) => `step ${q(p.join)} is a ${p.kind} step, not a join; give the name of a step with kind: join`,
  joinWithoutFork: (p: { name: string }) => `no fork names join step ${q(p.name)}, so no part ever reaches it; name it in a fork's join, or remove it`,
  joinOfTwoForks: (p: { name: string; forks: readonly string[] }) => `join step ${q(p.name)} is named by several forks (${list(p.forks)}); give each fork its own join step`,
  joinNeedTooLarge: (p: { need: number; branches: number; fork: string }) => `need is ${fmt(p.need)} but fork ${q(p.fork)} has only ${fmt(p.branches)} branches; need must be at most ${fmt(p.branches)}`,
  partExits: (p: { fork: string; step: string; join: string }) => `a part of fork ${q(p.fork)} can leave the process after step ${q(p.step)}; every branch must lead to join ${q(p.join)} (a part cannot exit on its own) — route it to ${q(p.join)} or to a step that leads there`,
  partNeverJoins: (p: { fork: string; steps: readonly string[]; join: string }) => `parts of fork ${q(p.fork)} that reach ${list(p.steps)} can never reach join ${q(p.join)}; route one of these steps towards the join`,
  branchEnteredOutside: (p: { step: string; from: string; fork: string }) => `step ${q(p.step)} is in a branch of fork ${q(p.fork)} but is also reached from ${q(p.from)}, outside the fork; a case that was not forked would reach the join — give that route its own step`,
  joinEnteredOutside: (p: { join: string; from: string; fork: string }) => `join ${q(p.join)} of fork ${q(p.fork)} is reached from ${q(p.from)}, which is not in one of its branches; only the fork's parts may route to a join (the case itself waits there)`,
  startInBranch: (p: { step: string; fork: string }) => `cases start at ${q(p.step)}, which is in a branch of fork ${q(p.fork)}; start them before the fork`,
  forkInOwnBranch: (p: { fork: string }) => `a part of fork ${q(p.fork)} can reach the fork again; parts may fork further at other fork steps, but not at their own fork`,
  tooManyParts: (p: { fork: string; parts: number; limit: number }) => `fork ${q(p.fork)} with the forks around it can make part number ${fmt(p.parts)}; a case may have at most ${fmt(p.limit)} parts (nested forks multiply) — use fewer branches or less nesting`,
  partSentAway: (p: { step: string; fork: string }) => `step ${q(p.step)} sends its waiting cases away at closing, but it is in a branch of fork ${q(p.fork)}: a part sent away would never reach the join; use endOfDay: carryOver or serve for it`,
  delayWithResource: () => `kind: delay cannot hold resources; remove resource(s), or use kind: service`,
  batchWithoutRule: () => `kind: batch needs its release rules; add batch: { size: 20 } and/or at: ["16:00"] and/or maxWait: 2h`,
  batchRuleOnKind: (p: { kind: string }) => `batch: is given on a step of kind ${q(p.kind)}; use kind: batch (or leave kind out), or remove batch:`,
  batchNoRule: () => `the batch has no release rule; give at least one of size (e.g. 20), at (e.g. ["16:00"]) or maxWait (e.g. 2h)`,
  batchAtDuplicate: (p: { time: string; other: string }) => `release time ${q(p.time)} is the same time of day as ${q(p.other)}; give each time once`,
  endOfDayOnBatch: () => `a batch step releases its cases by its batch rules, not by an end-of-day rule; add a time of day to batch.at (e.g. the closing time) to release the day's remainder, and remove endOfDay`,
  serviceLevelThreshold: () => `give exactly one of maxWait (a waiting-time target) or maxCycleTime (a turnaround target)`,
  cycleTimeAtStep: () => `maxCycleTime is a turnaround target over the whole visit; remove step, or use maxWait for waiting at that step`,
  noStopRule: () => `run has neither horizon nor maxArrivals; give horizon (e.g. 20d) and/or maxArrivals`,
  // --- cross-checks ---
  duplicateName: (p: { kind: string; name: string; first: string }) => `${NAME_KINDS[String(p.kind)] ?? fmt(p.kind)} name ${q(p.name)} is used twice (first at ${fmt(p.first)}); names must be unique`,
  forbiddenName: (p: { name: string }) => `name ${q(p.name)} is reserved; choose another name`,
  invisibleInName: (p: { codePoint: string }) => `the name contains the invisible or control character ${fmt(p.codePoint)}; use visible characters only`,
  blankName: () => `the name is blank; give a name with visible characters`,
  lookAlikeNames: (p: { kind: string; name: string; other: string; first: string }) =>
    `${NAME_KINDS[p.kind] ?? fmt(p.kind)} name ${q(p.name)} looks like ${q(p.other)} (at ${fmt(p.first)}) — they differ only in case, spacing or Unicode form; rename one so tables and charts can tell them apart`,
  reservedName: (p: { name: string }) => `a step may not be called ${q(p.name)}: it means leaving the process; rename the step`,
  unknownResource: (p: { name: string; allowed: readonly string[] } & Hint) => `resource ${q(p.name)} is not defined; ${hint(p)}defined: ${list(p.allowed)}`,
  unknownStep: (p: { name: string; allowed: readonly string[] } & Hint) => `step ${q(p.name)} is not defined; ${hint(p)}steps: ${list(p.allowed)}, or exit`,
  unknownClass: (p: { name: string; allowed: readonly string[] } & Hint) => `class ${q(p.name)} is not defined; ${hint(p)}classes: ${list(p.allowed)}`,
  duplicateResourceInStep: (p: { name: string }) => `pool ${q(p.name)} is listed twice in the same step; give it once with units: <n>`,
  branchSum: (p: { sum: number }) => `branch probabilities add up to ${fmt(p.sum)}; they must add up to 1 (100%)`,
  unreachableStep: (p: { name: string }) => `no case ever reaches step ${q(p.name)}; route to it from another step or from an arrival's start, or remove it`,
  noExit: (p: { steps: readonly string[] }) => `cases that reach ${list(p.steps)} can never leave the process; route one of these steps to exit or to a step that leads to exit`,
  endlessLoop: (p: { step: string; visits: number; limit: number }) => `a case visits ${q(p.step)} ${fmt(p.visits)} times on average (rework loop); more than ${fmt(p.limit)} visits per case means the loop is effectively endless — lower the rework probability`,
  distParam: (p: { param: string; found: number; rule: "positive" | "nonNegative" }) => `${p.param} is ${fmt(p.found)}; ${p.param} must be ${RULES[p.rule]}`,
  minAboveMax: (p: { min: number; max: number }) => `min ${fmt(p.min)} is above max ${fmt(p.max)}; min must be at most max`,
  modeOutside: (p: { mode: number; min: number; max: number }) => `mode ${fmt(p.mode)} is outside [${fmt(p.min)}, ${fmt(p.max)}]; the mode must lie between min and max`,
  weightsInvalid: (p: { found: string }) => `weights ${fmt(p.found)}; weights must be ≥ 0 and not all 0`,
  weightsLength: (p: { weights: number; values: number }) => `${fmt(p.weights)} weights for ${fmt(p.values)} values; give one weight per value (or no weights for equal ones)`,
  negativeTime: (p: { detail: string }) => `this time distribution can give negative values (${fmt(p.detail)}); times must be ≥ 0`,
  unitsOverCapacity: (p: { units: number; pool: string; capacity: number }) => `the step needs ${fmt(p.units)} unit(s) of ${q(p.pool)} but the pool never has more than ${fmt(p.capacity)}; cases would wait forever — lower units or raise capacity`,
  shiftOverlap: (p: { first: number; second: number; days: readonly string[]; from: string; to: string }) => `shifts ${fmt(p.first)} and ${fmt(p.second)} overlap on ${list(p.days)} from ${fmt(p.from)} to ${fmt(p.to)}; shifts of one pool must not overlap (give one shift with the combined capacity)`,
  shiftGap: (p: { pool: string; days: readonly string[]; from: string; to: string }) => `pool ${q(p.pool)} has no shift on ${Array.isArray(p.days) && p.days.length === 7 ? "every day" : list(p.days)} from ${fmt(p.from)} to ${fmt(p.to)} while open; capacity is 0 then — add a shift (capacity: 0 to make it explicit)`,
  warmupTooLong: (p: { warmup: unknown; horizon: unknown }) => `warmup ${fmt(p.warmup)} is not shorter than horizon ${fmt(p.horizon)}; nothing would be observed — shorten warmup or lengthen horizon`,
  closedUntilHorizon: (p: { horizon: unknown; day: string; time: string }) =>
    `the run ends at ${fmt(p.horizon)} but the calendar first opens on ${fmt(p.day)} at ${fmt(p.time)} (time 0 is Monday 00:00), so no case arrives; lengthen the horizon (e.g. 1d for one business day)`,
  attributesIgnored: (p: { source: string; names: readonly string[] }) =>
    `case attributes ${list(p.names)} have no effect yet: procsim does not draw them, and no step, route or KPI reads them; remove them or keep them knowing they change nothing`,
  // --- library options ---
  invalidOption: (p: { option: string; reason: string }) => p.reason,
  unknownKpi: (p: { found: string } & Hint) => `KPI ${q(p.found)} is not reported by this model${p.suggestion !== undefined ? `; did you mean ${q(p.suggestion)}?` : ""}`,
  targetZero: () => `target is 0; a service-level target must be above 0 and at most 1 (100%)`,
  peakOverload: (p: { pool: string; rho: number; day: string; from: string; to: string }) =>
    `pool ${q(p.pool)} is offered more work than it has in some hours: ρ = ${fmt(p.rho)} on ${fmt(p.day)} from ${fmt(p.from)} to ${fmt(p.to)} (the worst hour); queues build up then — add capacity for those hours (shifts) or spread the demand`,
  timeBeyondRun: (p: { mean: string; horizon: string }) => `the mean time here is ${fmt(p.mean)}, longer than the whole run (${fmt(p.horizon)}); cases would still be inside long after it ends — check the unit or the value`,
  zeroInterarrival: (p: { source: string }) => `source ${q(p.source)} has a mean inter-arrival time of 0: infinitely many cases at once; give a time above 0 or a ratePerHour`,
  noArrivals: () => `no source ever sends a case (every rate is 0); the run would report nothing — give a rate above 0`,
  longRun: (p: { events: string; arrivals: string; visits: string; replications: number; time: string; refused: boolean }) =>
    `this run is about ${fmt(p.events)} events (${fmt(p.arrivals)} arrivals a replication × ${fmt(p.visits)} visits per case × ${fmt(p.replications)} replications): about ${fmt(p.time)} on this machine${p.refused ? "; pass --allow-long to run it anyway, or shorten the horizon" : ""}`,
  overloaded: (p: { pool: string; workHours: number; capacityHours: number; rho: number; steadyState: boolean; patience: boolean; steps: readonly string[] }) =>
    `pool ${q(p.pool)} is offered ${fmt(p.workHours)} server-hours of work a week against ${fmt(p.capacityHours)} on duty (utilisation ρ = ${fmt(p.rho)} ≥ 1)${
      p.steadyState ? "; no steady state exists: the queue grows without bound and steady-state results are meaningless" : "; its queue grows through the run"
    }${p.patience ? " unless abandonment relieves it" : ""} — add capacity, shorten ${list(p.steps)} or lower the arrival rate`,
} as const;
