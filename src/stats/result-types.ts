/**
 * Result records: what a replication, a run and a comparison return.
 *
 * "Mean wait at the counter was 4.2 min (95% CI 3.9-4.5) today and 2.1 min with RPA: a
 * difference of -2.1 min (-2.3 to -1.9)" is read off these records. They are plain,
 * JSON-serialisable data (no classes, no NaN: an undefined value is `null`), with a
 * deterministic key order, so the same model, seed and options give byte-identical JSON.
 */

/** How a KPI is measured. */
export type KpiUnit = "min" | "perHour" | "share" | "count" | "cases" | "currency" | "casesPerStaffHour";

/** What a KPI describes. */
export type KpiScope = "overall" | "class" | "category" | "step" | "pool" | "serviceLevel";

/** Static description of one KPI (same for every replication of a model). */
export interface KpiDef {
  /** Stable key, e.g. `step/data entry/waitTime.mean`; used to pair KPIs across models. */
  readonly key: string;
  readonly scope: KpiScope;
  /** The class, step, pool or service-level name; "" for overall. */
  readonly subject: string;
  /** Metric name, e.g. `waitTime.mean`, `utilisation`, `cost.perCase`. */
  readonly metric: string;
  /** Human label, e.g. "Mean wait at data entry". */
  readonly label: string;
  readonly unit: KpiUnit;
  /** Which direction is an improvement. */
  readonly better: "higher" | "lower" | "neither";
}

/** A fixed log-spaced histogram (same bin edges for every model, so mergeable). */
export interface LogHistogram {
  /** Count of exact zeros (e.g. cases that never waited). */
  readonly zeros: number;
  /** Sparse bins: `[binIndex, count]` pairs in increasing bin order. */
  readonly bins: readonly (readonly [number, number])[];
  /** Number of observations in total (zeros included). */
  readonly total: number;
}

/** Per-replication values by time of day (averaged over the days of the run). */
export interface TimeOfDaySeries {
  readonly key: string;
  readonly label: string;
  readonly unit: KpiUnit;
  /** One value per bin; null where nothing was observed. */
  readonly values: readonly (number | null)[];
}

/** The warm-up of a steady-state run: declared, and estimated from the runs themselves. */
export interface WarmupEstimate {
  /** "MSER-5" (24/7 models), or MSER on daily means with the weekday pattern removed, or on weekly means. */
  readonly method: string;
  /** The model's run.warmup, minutes. */
  readonly declaredMinutes: number;
  /** The warm-up the replications support, minutes: the leading MSER batches each below the kept part (stats/warmup-support.ts); null when the run is too short for one. */
  readonly estimatedMinutes: number | null;
  /** Width of one MSER batch, minutes. */
  readonly batchMinutes: number;
  readonly horizonMinutes: number;
}

/** Everything one replication produced. Bounded size whatever the run length. */
export interface RepResult {
  readonly replication: number;
  /** KPI values keyed by `KpiDef.key`; null where undefined (e.g. nothing completed). */
  readonly kpis: Readonly<Record<string, number | null>>;
  /** Waiting/cycle time histograms keyed like `overall/waitTime`, `class/walk-in/cycleTime`. */
  readonly histograms: Readonly<Record<string, LogHistogram>>;
  /** Bin width of the time-of-day series, minutes (e.g. 60). */
  readonly timeOfDayBinMinutes: number;
  readonly timeOfDay: readonly TimeOfDaySeries[];
  /** Events processed (for throughput benchmarks). */
  readonly events: number;
  /** Simulation time at which the replication ended, minutes. */
  readonly endTime: number;
  /** Steady-state runs only: mean cases in process per equal slice of [0, horizon] (warmup-series.ts). */
  readonly warmupSeries?: readonly number[];
}

/** Mean and 95% t-interval of one KPI across replications. */
export interface KpiSummary {
  readonly key: string;
  /** Replications with a non-null value. */
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  /** Half the width of the interval before it was cut to the KPI's range (`lo`, `hi`). */
  readonly halfWidth: number | null;
  /** Interval ends, inside the values the KPI can take (a share's in [0, 1], a time, count or cost at 0 or more; a difference of shares in [−1, 1], other differences unbounded). */
  readonly lo: number | null;
  readonly hi: number | null;
}

/** An empirical distribution pooled over replications (for ECDF charts and quantiles). */
export interface DistributionSummary {
  readonly key: string;
  readonly label: string;
  readonly unit: KpiUnit;
  readonly total: number;
  /** Share of exact zeros. */
  readonly zeroShare: number;
  /** ECDF points (x ascending, cdf in [0,1]), at most a few hundred. */
  readonly points: readonly { readonly x: number; readonly cdf: number }[];
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
}

/** A time-of-day series summarised across replications. */
export interface TimeOfDaySummary {
  readonly key: string;
  readonly label: string;
  readonly unit: KpiUnit;
  /** Bin start, minutes after midnight. */
  readonly starts: readonly number[];
  readonly mean: readonly (number | null)[];
  readonly lo: readonly (number | null)[];
  readonly hi: readonly (number | null)[];
}

/** The result of running one model for R replications. */
export interface RunResult {
  readonly model: string;
  readonly seed: number;
  readonly replications: number;
  readonly kpiDefs: readonly KpiDef[];
  readonly kpis: readonly KpiSummary[];
  readonly distributions: readonly DistributionSummary[];
  readonly timeOfDay: readonly TimeOfDaySummary[];
  /** Service-level targets with achieved share, for tables and charts. */
  readonly serviceLevels: readonly {
    readonly name: string;
    readonly maxWait: number;
    readonly target: number;
    readonly achievedKey: string;
    /** Distribution key of what the target measures, per observation (absent in older results). */
    readonly measureKey?: string;
    /** What it measures, in words: "total waiting", "waiting at initial review", "cycle time". */
    readonly measures?: string;
  }[];
  readonly events: number;
  readonly warnings: readonly string[];
  /** Steady-state runs only: declared and estimated warm-up. */
  readonly warmup?: WarmupEstimate;
}

/** Paired difference (proposed − current) of one KPI on common random numbers. */
export interface KpiDifference {
  readonly key: string;
  readonly current: KpiSummary;
  readonly proposed: KpiSummary;
  /** Mean, sd, half-width and interval of the per-replication differences. */
  readonly diff: KpiSummary;
  /** diff.mean / |today's mean on the same pairs|; null when that mean is 0 or undefined. */
  readonly relativeChange: number | null;
  /**
   * 95% interval of relativeChange: Fieller's interval for the ratio of paired means, or the
   * paired bootstrap for percentiles and maxima (see relative-interval.ts). A null bound: the
   * interval is unbounded on that side. Null when there is no interval (one replication, or
   * a current mean of 0). Absent in older results.
   */
  readonly relativeCi?: { readonly lo: number | null; readonly hi: number | null } | null;
  /** True when the paired interval excludes zero (each KPI on its own, at 95%). */
  readonly significant: boolean;
  /**
   * Two-sided p-value of "no difference" from the same paired method as the interval (t, or
   * bootstrap for percentiles and maxima); null when undefined. Absent in older results.
   */
  readonly pValue?: number | null;
  /** Half-width an unpaired (Welch) comparison would have had. */
  readonly unpairedHalfWidth: number | null;
}

/**
 * A KPI only one of the two models reports (a pool or step the other model does not have):
 * the present side's estimate, null for the other side; no paired difference exists.
 */
export interface OneSidedKpi {
  readonly key: string;
  readonly current: KpiSummary | null;
  readonly proposed: KpiSummary | null;
}

/** One proposal compared with the current model. */
export interface ProposalComparison {
  readonly name: string;
  readonly result: RunResult;
  /** Paired differences of the KPIs both models report. */
  readonly differences: readonly KpiDifference[];
  /**
   * KPIs only one model reports, in KPI order (`stats/one-sided-kpis.ts`); absent when both
   * models report the same KPIs (and in older results).
   */
  readonly oneSided?: readonly OneSidedKpi[];
}

/** Current vs one or more proposals. */
export interface ComparisonResult {
  readonly current: RunResult;
  readonly proposals: readonly ProposalComparison[];
}
