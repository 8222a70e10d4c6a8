/**
 * Every message procsim says about a model, in one place.
 *
 * Each entry turns an issue's parameters into "<what was found>; <what would be valid>",
 * e.g. `unknownResource` with `{ name: "clerk", suggestion: "clerks" }` reads
 * `resource "clerk" is not defined; did you mean "clerks"? (defined: clerks, managers)`.
 * Detection code only names a code and its parameters; wording changes happen here.
 */

import { DURATION_PATTERN, PERCENT_PATTERN, TIME_OF_DAY_PATTERN } from "../schema/units.js";
import type { PeakDay } from "../checks/peak-days.js";

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
    whenFull: 'lost or { to: <overflow step> }',
    "detects.from": "a step name or a list of step names [data entry, scanning]",
    seize: "a pool name, or { resource: <pool>, units: 1 }",
    release: "a pool name or a list of pool names [advisers, rooms]",
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
/** A cycle of step names, its first repeated at the end: "s1" → "s2" → "s1". */
const chain = (steps: readonly string[]): string => [...steps, steps[0]].map(q).join(" → ");
const fmt = (x: unknown): string => (typeof x === "number" ? String(Number(x.toPrecision(6))) : String(x));

/**
 * A value found and the bound it broke as written (up to 12 significant digits; beyond, to 6
 * unless that makes them read alike), so they never read the same: "found 4294967296; must be
 * at most 4294967295", never "found 4294970000; must be at most 4294970000".
 */
function apart(found: unknown, bound: unknown): [string, string] {
  if (typeof found !== "number" || typeof bound !== "number" || !Number.isFinite(found) || !Number.isFinite(bound)) return [fmt(found), fmt(bound)];
  // NOTE: a value of at most 12 significant digits (anything typed) is shown as it is.
  const shown = (x: number) => (Number(x.toPrecision(12)) === x ? String(x) : fmt(x));
  const [a, b] = [shown(found), shown(bound)];
  return a !== b ? [a, b] : [String(found), String(bound)];
}

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
  tooSmall: (p: { found: unknown; minimum: unknown; inclusive: boolean }) => {
    const [found, minimum] = apart(p.found, p.minimum);
    return `found ${found}; must be ${p.inclusive ? "at least" : "greater than"} ${minimum}`;
  },
  tooBig: (p: { found: unknown; maximum: unknown; inclusive: boolean }) => {
    const [found, maximum] = apart(p.found, p.maximum);
    return `found ${found}; must be ${p.inclusive ? "at most" : "less than"} ${maximum}`;
  },
  notInteger: (p: { found: unknown }) => `found ${fmt(p.found)}; must be a whole number`,
  tooFewItems: (p: { found: unknown; minimum: unknown }) => `found ${fmt(p.found)} item(s); give at least ${fmt(p.minimum)}`,
  tooManyItems: (p: { found: unknown; maximum: unknown }) => `found ${fmt(p.found)} items; at most ${fmt(p.maximum)} are allowed`,
  badFormat: (p: { found: unknown; expected: string }) => `found ${q(p.found)}; expected ${fmt(p.expected)}`,
  unknownDistribution: (p: { found: string; allowed: readonly string[] } & Hint) => `unknown distribution ${q(p.found)}; ${hint(p)}known: ${list(p.allowed)}`,
  distributionShape: (p: { found: string }) => `found ${fmt(p.found)}; expected a number, a duration such as "5min", or one distribution such as { exponential: { mean: 5 } }`,
  invalidValue: (p: { found: unknown; expected: string }) => `found ${fmt(p.found)}; ${fmt(p.expected)}`,
  // --- normalisation ---
  arrivalRateMissing: () => `no arrival rate given; give exactly one of ratePerHour, interarrival or profile (ratePerHour + profile scales the profile)`,
  sourceKindConflict: (p: { key: string; other: string }) => `${fmt(p.key)} cannot be combined with ${fmt(p.other)}: a source arrives one way (ratePerHour, interarrival, profile, appointments, recorded or drops)`,
  recordedFile: (p: { file: string; reason: string; advice?: string }) => `recorded arrivals file ${q(p.file)}: ${fmt(p.reason)}; ${p.advice ?? "name a .csv file in the model's folder or below it"}`,
  recordedColumn: (p: { file: string; column: string; reason: string }) => `${fmt(p.file)}, column ${q(p.column)}: ${fmt(p.reason)}`,
  recordedCell: (p: { file: string; line: number; column: string; columnNumber: number; found: string; expected: string }) =>
    `${fmt(p.file)} line ${p.line}, column ${p.columnNumber} (${q(p.column)}): found ${q(p.found)}; expected ${fmt(p.expected)}`,
  recordedMoreProblems: (p: { file: string; count: number }) => `${fmt(p.file)}: ${p.count} more problems like the ones above; fix those and validate again`,
  recordedShorterThanRun: (p: { file: string; days: number; runDays: number }) =>
    `${q(p.file)} records ${p.days} working day(s) but the run has ${p.runDays}: the source sends no case after the recording; say afterRecording: stop (keep it so) or repeat (replay it again)`,
  dropOutsideHours: (p: { at: string; open: string; close: string }) => `a drop at ${fmt(p.at)} falls outside the opening hours ${fmt(p.open)}–${fmt(p.close)}; drop times must be inside them`,
  countSharesSum: (p: { total: number }) => `the shares of the counts add up to ${fmt(p.total)}; they must add up to 1 (100%)`,
  countWeights: () => `weights must be one per value, ≥ 0 and not all 0`,
  countAlwaysZero: () => `every count here is 0: no case would ever arrive; give a count of at least 1`,
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
  partAdmission: (p: { step: string; fork: string; rules: readonly string[] }) =>
    `step ${q(p.step)} is in a branch of fork ${q(p.fork)} but has admission rules (${p.rules.join(", ")}): a part turned away, balking, hanging up or leaving a message would never reach the join; put these rules on a step before the fork`,
  partSentAway: (p: { step: string; fork: string }) => `step ${q(p.step)} sends its waiting cases away at closing, but it is in a branch of fork ${q(p.fork)}: a part sent away would never reach the join; use endOfDay: carryOver or serve for it`,
  delayWithResource: () => `kind: delay cannot hold resources; remove resource(s), or use kind: service`,
  batchWithoutRule: () => `kind: batch needs its release rules; add batch: { size: 20 } and/or at: ["16:00"] and/or maxWait: 2h`,
  batchRuleOnKind: (p: { kind: string }) => `batch: is given on a step of kind ${q(p.kind)}; use kind: batch (or leave kind out), or remove batch:`,
  batchNoRule: () => `the batch has no release rule; give at least one of size (e.g. 20), at (e.g. ["16:00"]) or maxWait (e.g. 2h)`,
  appointmentsConflict: (p: { other: string }) => `appointments is combined with ${fmt(p.other)}; an appointment source arrives by its slots alone (remove ${fmt(p.other)})`,
  slotOutsideHours: (p: { time: string; open: string; close: string }) => `slot ${q(p.time)} is outside the opening hours ${fmt(p.open)}–${fmt(p.close)}; give slot times from the opening to before the closing`,
  slotDuplicate: (p: { time: string; other: string }) => `slot ${q(p.time)} is also given by ${fmt(p.other)}; give each slot time once (use booked: 2 for two customers in one slot)`,
  slotRangeEmpty: (p: { from: string; to: string }) => `the slot range ends at ${q(p.to)}, not after its start ${q(p.from)}; give a to later than from`,
  slotEvery: (p: { found: string }) => `every is ${fmt(p.found)}; give a whole number of minutes above 0, e.g. 30min`,
  noShowByNumber: (p: { attribute: string; source: string }) => `attribute ${q(p.attribute)} of source ${q(p.source)} is a number; a no-show probability per category needs a categorical attribute ({ categories: { … } })`,
  noShowAttributeMissing: (p: { attribute: string; source: string }) => `noShow.by reads attribute ${q(p.attribute)}, which source ${q(p.source)} does not draw; declare it under the source's attributes as a categorical attribute ({ categories: { … } }) or give noShow one share such as "10%"`,
  noShowOtherwiseMissing: (p: { attribute: string; missing: readonly string[] }) => `no no-show probability for categories ${list(p.missing)} of ${q(p.attribute)}; give them in values or add otherwise`,
  punctualitySd: (p: { found: string }) => `the punctuality sd is ${fmt(p.found)}; give a standard deviation of at least 0, e.g. 5min`,
  batchAtDuplicate: (p: { time: string; other: string }) => `release time ${q(p.time)} is the same time of day as ${q(p.other)}; give each time once`,
  batchCombination: (p: { key: string; step: string }) =>
    `${q(p.key)} acts on a single case's wait or activity, and batch step ${q(p.step)} processes its cases as one batch; move it to a step before or after the batch step, or remove it`,
  batchPoolCombination: (p: { key: string; pool: string; step: string }) =>
    `pool ${q(p.pool)} serves batch step ${q(p.step)}, which cannot work with the pool's ${q(p.key)}; give the batch step a pool of its own, or remove ${q(p.key)}`,
  endOfDayOnBatch: () => `a batch step releases its cases by its batch rules, not by an end-of-day rule; add a time of day to batch.at (e.g. the closing time) to release the day's remainder, and remove endOfDay`,
  serviceLevelThreshold: () => `give exactly one of maxWait (a waiting-time target) or maxCycleTime (a turnaround target)`,
  cycleTimeAtStep: () => `maxCycleTime is a turnaround target over the whole visit; remove step, or use maxWait for waiting at that step`,
  balkForm: () => `balk gives both above and p, or neither; give exactly one: above (balk when more than this many wait) or p (balking probabilities by the number waiting)`,
  whenFullWithoutLimit: () => `whenFull is given but neither the step nor its pools have a limit; add maxWaiting or maxInSystem, or remove whenFull`,
  admissionOnDelay: (p: { key: string }) => `${q(p.key)} acts on a waiting line, and a delay step never waits; move it to a service step (one with a resource)`,
  admissionTargetSelf: (p: { key: string }) => `${q(p.key)} sends the case to the step it came from; name another step`,
  servedByConflict: () => `servedBy is combined with resource(s); servedBy lists the pools that may serve the step (one of them at a time): remove resource/resources`,
  chooseWithoutServedBy: () => `choose is given without servedBy; choose picks among the servedBy pools: add servedBy or remove choose`,
  escalateOutcome: () => `the escalation gives both or neither of to and priority; give exactly one: to (the step the case is moved to) or priority (the priority it is raised to)`,
  escalateTargetSelf: () => `escalate sends the case back to the line it waits in, where it rejoins at the back (counted since arrival its timer has run out, so at once and without end); name another step, or raise the priority instead (escalate: { after: …, priority: 10 })`,
  overflowCycle: (p: { steps: readonly string[] }) =>
    `whenFull sends a blocked case round ${chain(p.steps)}; when every step in it is full at once (its staff busy and its waiting limit reached) the case goes round without end in the same instant — let one of them turn blocked cases away (whenFull: lost) or overflow to a step outside the cycle`,
  escalationCycle: (p: { steps: readonly string[]; instant: boolean; overflow: boolean; source: string }) =>
    `escalate${p.overflow ? " with whenFull" : ""} passes a waiting case round ${chain(p.steps)} with nothing but service to stop it: ${p.instant
      ? "counted since arrival, the timers have run out when the case comes back, so while the staff are busy it goes round without end in the same instant"
      : `at every step of it the escalation of a case of source ${q(p.source)} comes before any patience or message, so while the staff are busy or off duty it goes round without end`}; escalate one of them to a step outside the cycle, or raise the priority instead (escalate: { after: …, priority: 10 })`,
  escalationCycleRepeats: (p: { steps: readonly string[]; exits: readonly string[] }) =>
    `a waiting case can be escalated round ${chain(p.steps)} many times before it is served: only the patience or message at ${list(p.exits)} can take it out of the cycle first; check that the escalation is meant to lead back`,
  escalateOnDelay: () => `a delay step never waits, so a case can never be escalated there; move escalate to a service step`,
  escalatePreemptUnsupported: (p: { reason: string }) => `an escalation can interrupt a case in service only when it raises the priority at a preemptive step: ${fmt(p.reason)}; remove preempt here or change the step`,
  preemptUnsupported: (p: { reason: string }) => `preemption is not supported here: ${fmt(p.reason)}; remove preempt or give the step one pool with units: 1 and no servedBy`,
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
  classPatienceUnused: (p: { name: string; sources: readonly string[] }) => `the patience of class ${q(p.name)} applies nowhere: every source of the class (${list(p.sources)}) declares its own patience; remove it there or here`,
  unknownReworkStep: (p: { name: string; allowed: readonly string[] } & Hint) => `step ${q(p.name)} is not defined; ${hint(p)}a case with an error goes to a step (a correction step, or back to redo one): ${list(p.allowed)}`,
  unknownDetectedStep: (p: { name: string; erring: readonly string[] } & Hint) =>
    `step ${q(p.name)} is not defined; ${hint(p)}detects.from names the steps whose errors this step finds; ${p.erring.length > 0 ? `steps with errors: ${list(p.erring)}` : "no step has errors yet — add errors: { rate, to } to the step that makes them"}`,
  detectsWithoutErrors: (p: { name: string }) => `step ${q(p.name)} has no errors, so there is nothing of it to detect; add errors: { rate, to } to ${q(p.name)}, or remove it from detects.from`,
  downtimeForm: () => `found an incomplete or mixed downtime; give either between and repair (random failures) or outages (a schedule), not both`,
  reworkAcrossBranches: (p: { reason: string }) => `this detection does not fit the fork: ${fmt(p.reason)}; detect a branch's errors in the same branch and send them to a step of it, or detect them after the join and send the case to a step outside the branches`,
  downtimeSendTo: () => `interrupted: send needs the step the interrupted cases go to; add sendTo: <step>, e.g. sendTo: manual keying`,
  downtimeSendUnused: (p: { key: string }) => `${fmt(p.key)} applies only with interrupted: send; add interrupted: send or remove ${fmt(p.key)}`,
  downtimeSendUnsupported: (p: { reason: string }) => `interrupted cases cannot be sent elsewhere here: ${fmt(p.reason)}; use interrupted: resume or restart, or change that step`,
  outageOrder: (p: { from: string; to: string }) => `the outage from ${fmt(p.from)} to ${fmt(p.to)} ends before it starts or overlaps the one before; list outages in time order, each ending after it starts`,
  releaseWithoutSeize: (p: { pool: string }) => `the case does not hold ${q(p.pool)} here: no step before this one seizes it (or it was released already); add seize: ${p.pool} to an earlier step, or remove it from release`,
  seizeWhileHolding: (p: { pool: string; seizedAt: string }) => `the case already holds ${q(p.pool)} here (seized at ${q(p.seizedAt)}); release it first, or remove this seize`,
  exitWhileHolding: (p: { pools: readonly string[] }) => `a case can leave the process here still holding ${list(p.pools)}; add release: ${list(p.pools)} to this step or an earlier one on the way out`,
  seizeInWithdrawnPart: () => `a seize inside a branch whose join goes on before every part is back: a late part is withdrawn and would keep the pool; seize before the fork, or make the join wait for all parts (remove need)`,
  partJoinsHolding: (p: { pools: readonly string[]; join: string }) => `a part of the fork reaches the join ${q(p.join)} from here still holding ${list(p.pools)}, which it seized in its branch; add release: ${list(p.pools)} to this step or an earlier one of the branch`,
  heldMismatch: (p: { held: readonly string[]; other: readonly string[] }) => `cases reach this step holding ${p.held.length > 0 ? list(p.held) : "nothing"} on one path and ${p.other.length > 0 ? list(p.other) : "nothing"} on another; every path into a step must hold the same pools (seize and release on all of them)`,
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
  mixtureSum: (p: { total: number }) => `the component probabilities add up to ${fmt(p.total)}; they must add up to 1 (100%)`,
  truncationMass: (p: { mass: number; min: number; max: number; least: number }) =>
    `the distribution has probability ${fmt(p.mass)} in [${fmt(p.min)}, ${fmt(p.max)}]; truncation needs at least ${fmt(p.least)} there to be sampled reliably — widen the range or move the distribution into it`,
  spreadTooWide: (p: { ratio: number; most: number }) =>
    `sd is ${fmt(p.ratio)} times the mean; a lognormal's sd may be at most ${fmt(p.most)} times its mean (beyond that its draws overflow to NaN)`,
  histogramShape: (p: { detail: string }) => `${fmt(p.detail)}; a histogram needs increasing bin edges and one count ≥ 0 per bin (one count fewer than edges), not all 0`,
  dayFactorTime: (p: { found: string }) => `found the duration ${q(p.found)} in a day factor; a day factor is a plain multiplier of the arrival rate, e.g. { gamma: { mean: 1, cv: 0.2 } }`,
  dayFactorRange: (p: { low: number; mean: number }) => `this day factor ranges from ${fmt(p.low)} with mean ${fmt(p.mean)}; a day factor multiplies the arrival rate, so it must be ≥ 0 with a mean above 0 — e.g. { gamma: { mean: 1, cv: 0.2 } }`,
  negativeTime: (p: { detail: string }) => `this time distribution can give negative values (${fmt(p.detail)}); times must be ≥ 0`,
  unitsOverCapacity: (p: { units: number; pool: string; capacity: number }) => `the step needs ${fmt(p.units)} unit(s) of ${q(p.pool)} but the pool never has more than ${fmt(p.capacity)}; cases would wait forever — lower units or raise capacity`,
  shiftOverlap: (p: { first: number; second: number; days: readonly string[]; from: string; to: string }) => `shifts ${fmt(p.first)} and ${fmt(p.second)} overlap on ${list(p.days)} from ${fmt(p.from)} to ${fmt(p.to)}; shifts of one pool must not overlap (give one shift with the combined capacity)`,
  shiftGap: (p: { pool: string; days: readonly string[]; from: string; to: string }) => `pool ${q(p.pool)} has no shift on ${Array.isArray(p.days) && p.days.length === 7 ? "every day" : list(p.days)} from ${fmt(p.from)} to ${fmt(p.to)} while open; capacity is 0 then — add a shift (capacity: 0 to make it explicit)`,
  warmupTooLong: (p: { warmup: unknown; horizon: unknown }) => `warmup ${fmt(p.warmup)} is not shorter than horizon ${fmt(p.horizon)}; nothing would be observed — shorten warmup or lengthen horizon`,
  partialWeekWindow: (p: { window: string; warmup: string; windowShare: string; weekShare: string; bias: string; horizon: string }) =>
    `the observation window (run.horizon − run.warmup = ${fmt(p.window)}) is not a whole number of weeks: the calendar is open ${fmt(p.windowShare)} of it but ${fmt(p.weekShare)} of a week, so KPIs per clock hour (throughput, mean cases in process, utilisation of round-the-clock pools) read ${fmt(p.bias)} against the long run and Little's law does not hold over it; make the window whole weeks (e.g. horizon ${fmt(p.horizon)} with warmup ${fmt(p.warmup)})`,
  closedUntilHorizon: (p: { horizon: unknown; day: string; time: string }) =>
    `the run ends at ${fmt(p.horizon)} but the calendar first opens on ${fmt(p.day)} at ${fmt(p.time)} (time 0 is Monday 00:00), so no case arrives; lengthen the horizon (e.g. 1d for one business day)`,
  attributesIgnored: (p: { source: string; names: readonly string[] }) =>
    `case attributes ${list(p.names)} are drawn but nothing reads them (no route condition, priority or duration uses them); they only add KPIs per category — remove them or use them`,
  unknownSubprocess: (p: { name: string; allowed: readonly string[] } & Hint) => `sub-process ${q(p.name)} is not defined; ${hint(p)}sub-processes: ${list(p.allowed)}`,
  subprocessRecursion: (p: { name: string; chain: readonly string[] }) => `sub-process ${q(p.name)} uses itself (${list(p.chain)} → ${fmt(p.name)}); a sub-process may use others, never itself`,
  useWithActivity: (p: { key: string }) => `a step with use runs the sub-process's steps, so it has no ${fmt(p.key)} of its own; remove ${fmt(p.key)} (or give it to a step of the sub-process)`,
  useNextBranches: () => `a step with use goes on to one step after the sub-process; give next a step name or exit (branch inside the sub-process with return for "go on")`,
  subprocessFile: (p: { file: string; reason: string }) => `sub-processes file ${q(p.file)}: ${fmt(p.reason)}; name a .yaml file with a subprocesses key in the model's folder or below it`,
  categorySum: (p: { sum: number }) => `category shares add up to ${fmt(p.sum)}; they must add up to 1 (100%)`,
  tooManyCategories: (p: { found: number; maximum: number }) => `${fmt(p.found)} categories; an attribute may have at most ${fmt(p.maximum)}`,
  conditionEmpty: () => `the condition tests nothing; give above, atLeast, below or atMost (a number) or is / in (categories)`,
  conditionMixed: () => `the condition mixes numeric bounds with categories; a numeric attribute takes above/atLeast/below/atMost, a categorical one is/in`,
  conditionBounds: (p: { first: string; second: string }) => `${fmt(p.first)} and ${fmt(p.second)} are both given; give one lower bound (above or atLeast) and one upper bound (below or atMost) at most`,
  conditionNever: (p: { lower: number; upper: number }) => `no value lies between ${fmt(p.lower)} and ${fmt(p.upper)}; the branch is never taken — check the bounds`,
  conditionWithP: () => `a branch with if takes no p: it is taken whenever its condition holds; move the probability to the branches without if`,
  conditionAfterFallback: () => `a branch with if after a branch without one is never tested; put the conditional branches first`,
  conditionNoFallback: () => `no branch without if: a case for which no condition holds has nowhere to go; add a last branch { to: <step> } (or several with p)`,
  branchProbabilityMissing: () => `this branch has no p; give every branch a probability (p: 0.3 or "30%"), or an if condition`,
  unknownAttribute: (p: { name: string; allowed: readonly string[] } & Hint) => `attribute ${q(p.name)} is not drawn by any source; ${hint(p)}attributes: ${list(p.allowed)}`,
  unknownCategory: (p: { name: string; attribute: string; allowed: readonly string[] } & Hint) => `attribute ${q(p.attribute)} has no category ${q(p.name)}; ${hint(p)}categories: ${list(p.allowed)}`,
  numericTestOnCategory: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a category; test it with is or in (e.g. is: retail), not a numeric bound`,
  categoryTestOnNumber: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a number; test it with above, atLeast, below or atMost, not is/in`,
  attributeKindConflict: (p: { attribute: string; first: string }) => `attribute ${q(p.attribute)} is a number here but categories at ${fmt(p.first)} (or the other way round); give it one kind in every source`,
  unreachableBranch: (p: { to: string; earlier: number }) => `this branch (to ${q(p.to)}) is never taken: every case it would take already goes by branch ${fmt(p.earlier)}; reorder or narrow the conditions`,
  priorityValuesMissing: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a category; give values: { <category>: <priority> } (the priority of each category)`,
  priorityValuesOnNumber: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a number: its value is the priority; remove values and otherwise`,
  durationByNumber: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a number; a duration per category needs a categorical attribute (use scaleBy for a number)`,
  durationScaleByCategory: (p: { attribute: string }) => `attribute ${q(p.attribute)} is a category; scaleBy needs a number (use by: ${p.attribute} with values per category)`,
  durationOtherwiseMissing: (p: { attribute: string; missing: readonly string[] }) => `no duration for categories ${list(p.missing)} of ${q(p.attribute)}; give them in values or add otherwise`,
  attributeMissingAtSource: (p: { attribute: string; source: string }) => `source ${q(p.source)} does not draw attribute ${q(p.attribute)}, which this duration or priority needs; declare it on every source`,
  scaleByNegative: (p: { attribute: string; source: string }) => `attribute ${q(p.attribute)} of source ${q(p.source)} can be negative; a duration scaled by it could be negative — use a distribution of values ≥ 0`,
  // --- library options ---
  invalidOption: (p: { option: string; reason: string }) => p.reason,
  invalidSetting: (p: { setting: string; at: string | null; problem: string; others: number }) =>
    `${p.setting} ${p.at === null ? "is refused" : `makes ${p.at} invalid`}: ${p.problem}${p.others > 0 ? ` (so ${p.others === 1 ? "does 1 other point" : `do ${fmt(p.others)} other points`} of the sweep)` : ""}`,
  // A warning of a sweep's or tornado's points (experiment/point-warnings.ts); `inner` is the point's own warning (code and params), for other languages.
  pointWarning: (p: { points: string; problem: string; likewise: string | null; inner: { readonly code: string; readonly params: UntypedParams } }) => `at ${p.points}: ${p.problem}${p.likewise === null ? "" : `; likewise at ${p.likewise}`}`,
  // A warning of the model with a roster of the staffing planner (experiment/staffing/roster-checks.ts), wrapping the model's own.
  rosterWarning: (p: { roster: string; problem: string; inner: { readonly code: string; readonly params: UntypedParams } }) => `with roster ${p.roster}: ${p.problem}`,
  // A problem of the model with run settings given as options (experiment/override-checks.ts), wrapping the model's own.
  withOptions: (p: { options: string; problem: string; inner: { readonly code: string; readonly params: UntypedParams } }) => `with ${p.options}: ${p.problem}`,
  unknownKpi: (p: { found: string } & Hint) => `KPI ${q(p.found)} is not reported by this model${p.suggestion !== undefined ? `; did you mean ${q(p.suggestion)}?` : ""}`,
  targetZero: () => `target is 0; a service-level target must be above 0 and at most 1 (100%)`,
  peakOverload: (p: { pool: string; rho: number; day: string; when: PeakDay; from: string; to: string }) =>
    `pool ${q(p.pool)} is offered more work than it has in some hours: ρ = ${fmt(p.rho)} on ${fmt(p.day)} from ${fmt(p.from)} to ${fmt(p.to)} (the worst hour); queues build up then — add capacity for those hours (shifts) or spread the demand`,
  timeBeyondRun: (p: { mean: string; horizon: string }) => `the mean time here is ${fmt(p.mean)}, longer than the whole run (${fmt(p.horizon)}); cases would still be inside long after it ends — check the unit or the value`,
  zeroInterarrival: (p: { source: string }) => `source ${q(p.source)} has a mean inter-arrival time of 0: infinitely many cases at once; give a time above 0 or a ratePerHour`,
  arrivalSpanTooLong: (p: { maxArrivals: number; years: string; maximum: string }) =>
    `at the sources' expected rate, ${fmt(p.maxArrivals)} arrivals take about ${fmt(p.years)} years of simulated time; a run may last at most ${fmt(p.maximum)} — give run.horizon, or a smaller maxArrivals`,
  noArrivals: () => `no source ever sends a case (every rate is 0); the run would report nothing — give a rate above 0`,
  longRun: (p: { events: string; arrivals: string; visits: string; replications: number; runs: number; time: string; refused: boolean }) =>
    `${p.runs > 1 ? `these ${fmt(p.runs)} runs are` : "this run is"} about ${fmt(p.events)} events (${p.runs > 1 ? `${fmt(p.runs)} runs × ` : ""}${fmt(p.arrivals)} arrivals a replication × ${fmt(p.visits)} visits per case × ${fmt(p.replications)} replications): about ${fmt(p.time)} on this machine${
      p.refused ? `; pass --allow-long to run ${p.runs > 1 ? "them" : "it"} anyway, or shorten the horizon (or lower maxArrivals)${p.runs > 1 ? " or make fewer runs" : ""}` : ""
    }`,
  idlePool: (p: { pool: string; costPerDay: number; hoursPerDay: number; costPerHour: number }) =>
    `pool ${q(p.pool)} performs no step but costs ${fmt(p.costPerDay)} a working day (${fmt(p.hoursPerDay)} server-hours at ${fmt(p.costPerHour)} an hour), all of it idle, and the cost KPIs count it; remove the pool, set its capacity to 0, or give it a step`,
  overloadedShared: (p: { pools: readonly string[]; shared: readonly string[]; visits: number; carriedVisits: number; capacityHours: number; otherHours: number; rho: number; steadyState: boolean; patience: boolean }) =>
    `pools ${p.pools.map(q).join(", ")}, which share the work of ${p.shared.map(q).join(", ")} (servedBy), can serve at most ${fmt(p.carriedVisits)} of the ${fmt(p.visits)} visits a week offered to ${p.shared.length > 1 ? "them" : "it"} when each pool takes only what its own staff can (${fmt(p.capacityHours)} server-hours on duty together${
      p.otherHours > 0 ? `, ${fmt(p.otherHours)} of them taken by their other steps` : ""
    }; utilisation ρ = ${fmt(p.rho)} ≥ 1)${
      p.steadyState ? "; no steady state exists: the queue grows without bound and steady-state results are meaningless" : "; their queue grows through the run"
    }${p.patience ? " unless abandonment relieves it" : ""} — add capacity to any of them, shorten ${p.shared.map(q).join(", ")} or lower the arrival rate`,
  overloaded: (p: { pool: string; workHours: number; capacityHours: number; rho: number; steadyState: boolean; patience: boolean; steps: readonly string[]; otherSteps: number }) =>
    `pool ${q(p.pool)} is offered ${fmt(p.workHours)} server-hours of work a week against ${fmt(p.capacityHours)} on duty (utilisation ρ = ${fmt(p.rho)} ≥ 1)${
      p.steadyState ? "; no steady state exists: the queue grows without bound and steady-state results are meaningless" : "; its queue grows through the run"
    }${p.patience ? " unless abandonment relieves it" : ""} — add capacity, shorten ${list(p.steps)}${p.otherSteps > 0 ? ` (the busiest of its ${p.steps.length + p.otherSteps} steps)` : ""} or lower the arrival rate`,
} as const;
