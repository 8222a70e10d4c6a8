/**
 * What a report says about the inputs: the facts of a model that drive its result (horizon,
 * calendar, arrival rates, staffing, replications, warm-up, seed, currency), as plain data.
 *
 * The report room does not read models; the library facade copies these facts out of each
 * loaded model (`api/model-facts.ts`), and the report words them: "Tellers: 5 (09:00–11:00),
 * 8 (11:00–14:00), 5 (14:00–17:00) at 30 CNY/h". A proposal's facts beside the current
 * model's are what its changes are read from.
 */

/** A time window with a level (a shift, or an arrival-rate interval). */
export interface LevelWindow {
  /** Minutes after midnight. */
  readonly from: number;
  readonly to: number;
  readonly level: number;
}

/** One pool of staff or machines. */
export interface PoolFacts {
  readonly name: string;
  /** Units when no shifts are given (or the largest shift). */
  readonly capacity: number;
  /** Shift windows on working days; empty = `capacity` whenever open. */
  readonly shifts: readonly LevelWindow[];
  readonly costPerHour: number;
  /** True when the pool works around the clock. */
  readonly always: boolean;
  /** Its other settings ("downtime.mtbf" → "480"; api/model-settings.ts); absent: not read. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** One source of cases. */
export interface ArrivalFacts {
  readonly name: string;
  /** Mean arrivals per hour while arriving (a profile's time-weighted mean); null when unknown. */
  readonly meanRatePerHour: number | null;
  /** Rate by time of day; empty when constant or renewal-driven. */
  readonly profile: readonly LevelWindow[];
  /** True when the cases give up after waiting too long. */
  readonly patience: boolean;
  /** Its other settings ("patience.mean" → "6"; api/model-settings.ts); absent: not read. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** One step, as far as a change to it can be described. */
export interface StepFacts {
  readonly name: string;
  /** Pools it holds, "2 × analysts" style: name and units. */
  readonly resources: readonly { readonly name: string; readonly units: number }[];
  /** Mean duration, minutes. */
  readonly meanMinutes: number;
  /** Next steps with probabilities (1 for a plain next step); "exit" ends the case. */
  readonly next: readonly { readonly to: string; readonly p: number }[];
  /** A batch step's release rules in words ("every 20 or at 16:00 (one time per batch)"); absent for other steps. */
  readonly batch?: string;
  /** Its other settings ("admission.message.priority" → "−1"; api/model-settings.ts); absent: not read. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** A service-level target of the model. */
export interface TargetFacts {
  readonly name: string;
  readonly step: string | null;
  readonly maxWait: number;
  readonly target: number;
}

/** A pool offered at least as much work over the week as it has staff time (ρ ≥ 1): its queue grows. */
export interface OverloadFacts {
  readonly kind: "overloaded";
  readonly pool: string;
  readonly workHours: number;
  readonly capacityHours: number;
  readonly rho: number;
  readonly steadyState: boolean;
  /** True when cases give up waiting (abandonment may relieve the queue). */
  readonly patience: boolean;
  /** The (at most three) steps offering the pool the most work, and how many others do. */
  readonly steps: readonly string[];
  readonly otherSteps: number;
}

/** When a pool's worst hour falls: the recorded day(s), every (working) day, or weekdays (0 = Monday). */
export type PeakDayFacts =
  | { readonly kind: "recordedDay" | "recordedDays" | "everyDay" | "everyWorkingDay" }
  | { readonly kind: "weekdays"; readonly days: readonly number[] };

/** A pool offered more work than it has in some hour of the week; the worst hour. */
export interface PeakLoadFacts {
  readonly kind: "peakOverload";
  readonly pool: string;
  readonly rho: number;
  /** When the worst hour falls, as the check words it in English: "the recorded day", "every working day", "mon, thu". */
  readonly day: string;
  /** The same as data, for the other report languages. */
  readonly when: PeakDayFacts;
  /** "HH:MM" start and end of the hour. */
  readonly from: string;
  readonly to: string;
}

/** A warning about the work a model offers its pools, as the checks raise it when the model loads. */
export type LoadWarningFacts = OverloadFacts | PeakLoadFacts;

/** What happens at closing to the cases waiting at some steps: `comeBack` is sendAway with comeBack. */
export type ClosingRule = "serve" | "sendAway" | "comeBack" | "carryOver" | "undeclared";

/** A closing rule and the names of the steps it governs. */
export interface ClosingSteps {
  readonly rule: ClosingRule;
  readonly steps: readonly string[];
}

/** The facts of one model that a report states as its assumptions. */
export interface ModelFacts {
  readonly name: string;
  readonly description: string;
  /** ISO 4217 code, or null for plain cost units. */
  readonly currency: string | null;
  readonly study: "terminating" | "steadyState";
  /** Minutes; null when limited by arrivals only. */
  readonly horizon: number | null;
  readonly warmup: number;
  readonly replications: number;
  readonly seed: number;
  /** Calendar: open/close minutes and working days (Monday first); always = 24/7. */
  readonly calendar: { readonly always: boolean; readonly open: number; readonly close: number; readonly days: readonly boolean[] };
  /** The declared end-of-day rules in use ("serve", "sendAway", "carryOver"). */
  readonly endOfDayRules: readonly string[];
  /**
   * The service steps each closing rule governs (resolved from the step, its pools or the
   * calendar), in the order serve, sendAway, comeBack, carryOver, undeclared; rules that govern
   * no step are left out.
   */
  readonly closingSteps: readonly ClosingSteps[];
  readonly arrivals: readonly ArrivalFacts[];
  readonly pools: readonly PoolFacts[];
  readonly steps: readonly StepFacts[];
  readonly targets: readonly TargetFacts[];
  readonly fixedCostPerDay: number;
  /** Trunk lines: shared by the sources without their own, and per source (absent: the model has none). */
  readonly lines?: { readonly shared: number | null; readonly bySource: readonly { readonly name: string; readonly lines: number }[] };
  /** Pools offered more work than they have, overall or in a peak hour (absent: none is). */
  readonly loadWarnings?: readonly LoadWarningFacts[];
  /** The model's other warnings (a shift gap, an unreachable step, …; absent: none). */
  readonly modelWarnings?: readonly ModelWarningFacts[];
}

/** One warning of the model's checks other than a load warning. */
export interface ModelWarningFacts {
  /** The check's code ("shiftGap", "unreachableStep", …). */
  readonly code: string;
  /** Where in the model, as a YAML path ("resources.tellers.shifts"). */
  readonly path: string;
  /** The check's parameters, which the Chinese wording uses. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The check's English wording, as the terminal prints it. */
  readonly message: string;
}

/** Replications that would resolve a difference the run could not tell from zero. */
export interface ResolveHint {
  readonly key: string;
  /** Replications whose interval would exclude 0 if the observed difference is real; null beyond the limit. */
  readonly replications: number | null;
}

/** What a report knows about its inputs besides the results. */
export interface ReportContext {
  readonly current: ModelFacts;
  /** One per proposal, in the comparison's order (empty for a run). */
  readonly proposals: readonly { readonly facts: ModelFacts; readonly resolve: readonly ResolveHint[] }[];
}
