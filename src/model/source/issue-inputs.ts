/**
 * What each issue of the checks is computed from, beyond the value at its own path: the
 * model values that, replaced by salvage, could make the issue appear or change.
 *
 * "no case ever reaches step "archive"" is computed from every route of the model, so when
 * salvage had to replace `steps[2].next` it may be a follow-on of that repair; "resource
 * "teller" is not defined" reads only its own value, so a refused duration in the same step
 * leaves it standing. Every issue code has an entry: `LOCAL` for those computed from the
 * value at their path alone, else the patterns of the values they read (`ANY` matches one
 * path segment, so `["steps", ANY, "next"]` is every step's next).
 */
import { DIST_KINDS } from "../../random/dist-spec.js";
import type { ModelPath } from "../compile/model.js";
import type { RawModel } from "../schema/schema.js";
import type { IssueCode, IssueDraft } from "./issues.js";

/** Matches any one segment of a path. */
export const ANY: unique symbol = Symbol("any");
/** Last segment of a pattern that reads only whether its value is there (a step's kind follows from whether it has `resource`). */
export const PRESENCE: unique symbol = Symbol("presence");

/** A path whose segments may be `ANY`, optionally ending with `PRESENCE`. */
export type PathPattern = readonly (string | number | typeof ANY | typeof PRESENCE)[];

/** The values an issue reads, given the issue, the element its path lies in and the (salvaged) model. */
export type Inputs = (draft: IssueDraft, element: ModelPath, model: RawModel) => readonly PathPattern[];

/** Read from the value at the issue's path only (the rule in `follow-ons.ts` covers it). */
const LOCAL: Inputs = () => [];

/** `keys` of every step, in `steps` and in every sub-process. */
function ofSteps(...keys: string[]): PathPattern[] {
  return [["steps", ANY, ...keys], ["subprocesses", ANY, ANY, ...keys]];
}
/** `keys` of every source. */
const ofSources = (...keys: string[]): PathPattern[] => keys.map((key) => ["arrivals", ANY, key]);
/** `keys` of the issue's own element. */
const own = (...keys: string[]): Inputs => (_, element) => keys.map((key) => [...element, key]);
/** Whether the issue's own element has `keys` (their values do not matter). */
const present = (...keys: string[]): Inputs => (_, element) => keys.map((key) => [...element, key, PRESENCE]);
/** The distribution the issue's parameter belongs to (`duration.triangular` for its `mode`). */
const ofDistribution: Inputs = (draft) => {
  const families: readonly (string | number)[] = DIST_KINDS;
  return [families.includes(draft.path[draft.path.length - 1]) ? draft.path : draft.path.slice(0, -1)];
};
/** Any value of the issue's own element (for rules that weigh most of a step at once). */
const whole: Inputs = (_, element) => [element];
/** The value holding the issue's value (a calendar's open next to its close, a list of shifts). */
const parent: Inputs = (draft) => [draft.path.slice(0, -1)];
/** Inputs of several kinds at once. */
const all = (...parts: (Inputs | readonly PathPattern[])[]): Inputs => (draft, element, model) =>
  parts.flatMap((part) => (typeof part === "function" ? part(draft, element, model) : part));
/** The named pool's `keys`, from the issue's `pool` parameter. */
const ofPool = (...keys: string[]): Inputs => (draft) => {
  const pool = "pool" in draft.params ? draft.params.pool : undefined;
  return typeof pool === "string" ? keys.map((key) => ["resources", pool, key]) : [];
};

/** Whether the pool or sub-process the issue names (its `name`) is defined in `section`. */
const defined = (section: string): Inputs => (draft) => {
  const name = "name" in draft.params ? draft.params.name : undefined;
  return typeof name === "string" ? [[section, name, PRESENCE]] : [[section]];
};

/** A servedBy step's first option is also its `resources[0]` (its pool for closing and load): reported there, read from the option. */
const firstOption: Inputs = (draft, element) =>
  draft.path.length === element.length + 3 && draft.path[element.length] === "resources" && draft.path[element.length + 1] === 0 ? [[...element, "servedBy", 0]] : [];

/** Opening hours: the model's calendar and every pool's own. */
const HOURS: PathPattern[] = [["calendar"], ["resources", ANY, "calendar"]];
/** Everything that shapes where cases go: names, routes, kinds, forks, rework, escalation, overflow, work sent elsewhere, starts. */
const ROUTES: PathPattern[] = [
  ...ofSteps("name"), ...ofSteps("next"), ...ofSteps("kind"), ...ofSteps("branches"), ...ofSteps("join"), ...ofSteps("need"),
  ...ofSteps("errors"), ...ofSteps("detects"), ...ofSteps("use"), ...ofSteps("escalate"), ...ofSteps("whenFull"), ...ofSteps("message"),
  ...ofSteps("preempt"), ["resources", ANY, "preempt"], ["resources", ANY, "downtime"], ...ofSources("start"),
];
/** What a step holds: its pools (which also decide its kind) and its seizes and releases. */
const POOLS_OF_STEPS: PathPattern[] = [...ofSteps("resource"), ...ofSteps("resources"), ...ofSteps("units"), ...ofSteps("servedBy"), ...ofSteps("batch")];
/** Which pools a case holds where: the routes and what each step seizes and releases. */
const HOLDS: PathPattern[] = [...ROUTES, ...POOLS_OF_STEPS, ...ofSteps("seize"), ...ofSteps("release")];
/** A recorded file's columns are attributes too, read against the opening hours (a row outside them makes the file unusable). */
const RECORDINGS: Inputs = (_, __, model) => [...ofSources("recorded"), ...(model.arrivals.some((source) => source.recorded !== undefined) ? HOURS : [])];
/** The case attributes sources draw. */
const ATTRIBUTES: Inputs = all(ofSources("attributes"), RECORDINGS);
/** The attribute the issue is about (its `attribute`, or for an unknown attribute its `name`), as every source draws it. */
const ofAttribute: Inputs = (draft, element, model) => {
  const params: Readonly<Record<string, unknown>> = draft.params;
  const name = params.attribute ?? (draft.code === "unknownAttribute" ? params.name : undefined);
  return typeof name === "string" ? [["arrivals", ANY, "attributes", name], ...RECORDINGS(draft, element, model)] : ATTRIBUTES(draft, element, model);
};
/** Case classes: a source's class, by default its name, and the classes section. */
const CLASSES: PathPattern[] = [...ofSources("class", "name"), ["classes"]];
/** Names of steps, sources and service levels. */
const NAMES: PathPattern[] = [...ofSteps("name"), ...ofSources("name"), ["serviceLevels", ANY, "name"]];
/** How a source sends cases. */
const SOURCE_KIND = ["ratePerHour", "interarrival", "profile", "rateFactor", "appointments", "recorded", "drops", "groupSize"];
/** The keys a step's kind is taken from when it does not say it. */
const KIND = present("kind", "resource", "resources", "servedBy", "batch", "use");
/** End-of-day rules: the step's, its pools', the calendars', and what decides which pools a step has. */
const END_OF_DAY: PathPattern[] = [...ofSteps("endOfDay"), ["resources", ANY, "endOfDay"], ...HOURS, ...POOLS_OF_STEPS, ...ofSteps("kind")];
/** Admission rules of steps (a part of a fork may not be turned away). */
const ADMISSION = ["maxWaiting", "maxInSystem", "whenFull", "balk", "patience", "patienceByClass", "message", "retry"].flatMap((key) => ofSteps(key));

/** Codes sharing one set of inputs. */
function same<const C extends IssueCode>(inputs: Inputs, ...codes: C[]): Record<C, Inputs> {
  return Object.fromEntries(codes.map((code) => [code, inputs])) as Record<C, Inputs>;
}

/** Every issue code → what it is computed from (the compiler checks that none is missing). */
export const ISSUE_INPUTS = {
  // Read from their own value (and what lies under it) alone; shape and file problems are never follow-ons anyway.
  ...same(LOCAL, "fileNotFound", "notAFile", "readFailed", "fileTooLarge", "binaryFile", "emptyFile", "extendsOutside", "extendsNotAModel", "internalError"),
  // A sweep point's, a roster's or a run option's issue wraps one of an edited model, never a file being salvaged.
  ...same(LOCAL, "pointWarning", "rosterWarning", "withOptions"),
  ...same(LOCAL, "yamlSyntax", "duplicateKey", "tooManyAliases", "tooDeep", "tooManyNodes", "complexKey", "notAMapping", "forbiddenKey", "unknownKey"),
  ...same(LOCAL, "wrongType", "badEnum", "tooSmall", "tooBig", "notInteger", "tooFewItems", "tooManyItems", "badFormat", "unknownDistribution"),
  ...same(LOCAL, "distributionShape", "invalidValue", "recordedFile", "countWeights"),
  ...same(LOCAL, "countSharesSum", "countAlwaysZero", "slotEvery", "punctualitySd", "dayFactorTime", "dayFactorRange", "attributeTime", "timeTooLong"),
  ...same(LOCAL, "categorySum", "tooManyCategories", "conditionEmpty", "conditionMixed", "conditionNever", "conditionWithP", "conditionNoFallback"),
  ...same(LOCAL, "batchNoRule", "balkForm", "escalateOutcome", "downtimeForm", "targetZero", "subprocessFile"),
  ...same(LOCAL, "forbiddenName", "invisibleInName", "blankName", "reservedName"),
  // A reference to a pool or sub-process: whether it is defined, and where it was read from.
  unknownResource: all(firstOption, defined("resources")),
  unknownSubprocess: defined("subprocesses"),
  ...same(LOCAL, "distParam", "paramForms"),
  // Parameters weighed against each other: mode against min and max, weights against values.
  ...same(ofDistribution, "minAboveMax", "modeOutside", "weightsInvalid", "weightsLength", "mixtureSum", "truncationMass", "histogramShape", "spreadTooWide"),
  ...same(LOCAL, "negativeTime", "branchSum", "zeroInterarrival", "admissionTargetSelf", "escalateTargetSelf"),
  // Never found on a salvaged copy: its load is not weighed, and the others are the library's and the run's.
  idlePool: () => [...ofSteps("resource"), ...ofSteps("resources"), ...ofSteps("servedBy"), ...ofSteps("seize"), ...ofSteps("use")],
  ...same(LOCAL, "overloaded", "overloadedShared", "peakOverload", "longRun", "invalidOption", "invalidSetting", "unknownKpi"),
  // Against values next to their own.
  ...same(parent, "calendarOrder", "shiftOrder", "slotRangeEmpty", "conditionBounds", "comeBackWithoutSendAway", "outageOrder"),
  ...same(parent, "profileDuplicate", "batchAtDuplicate", "downtimeSendTo", "downtimeSendUnused"),
  conditionAfterFallback: (draft) => [draft.path.slice(0, -2)],
  // Several branches without a condition each need a p (one alone is the fallback).
  branchProbabilityMissing: own("next"),
  // A recording's columns are read as the block declares them (reported at its file).
  ...same(all(parent, HOURS), "recordedColumn", "recordedCell", "recordedMoreProblems"),
  slotDuplicate: own("appointments"),
  // A source's kind of arrivals.
  arrivalRateMissing: present(...SOURCE_KIND),
  interarrivalConflict: present("ratePerHour", "profile"),
  appointmentsConflict: present("appointments"),
  sourceKindConflict: all(present(...SOURCE_KIND), own("attributes")),
  noArrivals: () => ofSources(...SOURCE_KIND),
  // Opening hours.
  ...same(() => HOURS, "profileZero", "profileOutsideHours", "dropOutsideHours", "slotOutsideHours"),
  closedUntilHorizon: () => [["calendar"], ["run", "horizon"]],
  partialWeekWindow: () => [["calendar"], ["run", "horizon"], ["run", "warmup"], ["run", "study"]],
  shiftGap: all(ofPool("shifts", "calendar"), [["calendar"]]),
  // Shifts without days work on the pool's days, its calendar's.
  shiftOverlap: all(parent, ofPool("calendar"), [["calendar"]]),
  unitsOverCapacity: all(ofPool("capacity", "shifts"), own("resource", "resources", "units", "servedBy")),
  // The run's length.
  noStopRule: () => [["run", "horizon", PRESENCE], ["run", "maxArrivals", PRESENCE]],
  arrivalSpanTooLong: () => [["run", "horizon", PRESENCE], ...ofSources(...SOURCE_KIND), ["calendar"]],
  ...same(() => [["run", "horizon"]], "warmupTooLong", "timeBeyondRun"),
  recordedShorterThanRun: () => [["run", "horizon"], ...HOURS],
  // Keys of one element that go together.
  capacityMissing: present("capacity", "shifts"),
  resourceConflict: present("resource", "resources"),
  unitsWithoutResource: present("resource"),
  duplicateResourceInStep: own("resource", "resources", "servedBy"),
  ...same(KIND, "serviceWithoutResource", "delayWithResource", "admissionOnDelay", "escalateOnDelay", "endOfDayOnDelay", "endOfDayOnBatch"),
  ...same(present("kind", "batch"), "batchWithoutRule", "batchRuleOnKind", "batchCombination"),
  ...same(present("kind", "use"), "missingKey", "forkJoinResources", "forkJoinDuration", "forkJoinFieldMisplaced", "forkWithNext"),
  chooseWithoutServedBy: present("servedBy"),
  servedByConflict: present("servedBy", "resource", "resources"),
  ...same(present("use"), "useWithActivity", "useNextBranches"),
  subprocessRecursion: () => ofSteps("use"),
  serviceLevelThreshold: present("maxWait", "maxCycleTime"),
  cycleTimeAtStep: present("maxCycleTime"),
  whenFullWithoutLimit: all(present("maxWaiting", "maxInSystem"), own("resource", "resources", "servedBy"), [["resources", ANY, "maxWaiting"], ["resources", ANY, "maxInSystem"]]),
  ...same(all(whole, [["resources", ANY, "preempt"]]), "preemptUnsupported", "escalatePreemptUnsupported"),
  batchPoolCombination: () => [...ofSteps("kind"), ...ofSteps("batch"), ...POOLS_OF_STEPS],
  // Names against each other; references by name (a refused name may be the one referred to).
  // A step with use is known by its name only once its sub-process is found.
  ...same(() => [...ofSteps("name"), ...ofSteps("use")], "unknownStep", "unknownReworkStep"),
  unknownDetectedStep: () => [...ofSteps("name"), ...ofSteps("use"), ...ofSteps("errors")],
  unknownClass: () => CLASSES,
  ...same(() => NAMES, "duplicateName", "lookAlikeNames"),
  classPatienceUnused: () => [...CLASSES, ...ofSources("patience")],
  // The route graph.
  ...same(() => ROUTES, "unreachableStep", "noExit", "endlessLoop", "partExits", "partNeverJoins", "branchEnteredOutside", "joinEnteredOutside"),
  ...same(() => ROUTES, "startInBranch", "forkInOwnBranch", "tooManyParts", "joinWithoutFork", "joinOfTwoForks", "joinNeedTooLarge", "forkJoinNotJoin"),
  ...same(() => ROUTES, "reworkAcrossBranches", "detectsWithoutErrors"),
  // Cycles of moves without service: escalations, overflows, and what lets a case out first (patience, messages).
  ...same(() => [...ROUTES, ...ADMISSION, ...ofSources("patience", "class", "name"), ["classes"]], "overflowCycle", "escalationCycle", "escalationCycleRepeats"),
  partAdmission: () => [...ROUTES, ...ADMISSION, ...POOLS_OF_STEPS, ["resources", ANY, "maxWaiting"], ["resources", ANY, "maxInSystem"]],
  partSentAway: () => [...ROUTES, ...END_OF_DAY],
  downtimeSendUnsupported: all(parent, ROUTES, POOLS_OF_STEPS),
  ...same(() => HOLDS, "releaseWithoutSeize", "seizeWhileHolding", "exitWhileHolding", "seizeInWithdrawnPart", "partJoinsHolding", "heldMismatch"),
  // End of day.
  ...same(() => END_OF_DAY, "endOfDayConflict", "serveSharedPool"),
  // Case attributes: what the sources draw (and, for a rule, the route it sits in).
  ...same(ofAttribute, "unknownAttribute", "unknownCategory", "numericTestOnCategory", "categoryTestOnNumber", "attributeKindConflict"),
  ...same(ofAttribute, "priorityValuesOnNumber", "priorityValuesMissing", "durationScaleByCategory"),
  ...same(ofAttribute, "durationByNumber", "durationOtherwiseMissing", "noShowByNumber", "noShowOtherwiseMissing", "noShowAttributeMissing"),
  // A step's duration needs the attribute from every source whose cases reach the step.
  ...same(all(ofAttribute, (draft) => (draft.path[0] === "arrivals" ? [] : ROUTES)), "attributeMissingAtSource", "scaleByNegative"),
  unreachableBranch: all(own("next"), ATTRIBUTES),
  // Attributes nobody reads: whatever a step or a source's priority or appointments could read them with.
  attributesIgnored: () => [["steps"], ["subprocesses"], ...ofSources("priority", "appointments")],
} satisfies Record<IssueCode, Inputs>;
