/**
 * The plain data types of the library: the normalised model, results, distributions.
 *
 * A notebook that builds a what-if in code types its variables with these: `Model` for the
 * loaded account-opening process, `RunResult` for its summary, `DistSpec` for a handling time
 * `{ kind: "lognormal", mean: 12, sd: 4 }`.
 */
export type {
  ArrivalSource,
  Calendar,
  Model,
  ModelPath,
  ProfileInterval,
  ResourceNeed,
  ResourcePool,
  Route,
  RunSettings,
  ServiceLevel,
  Shift,
  Step,
  StepKind,
  WeekdayFlags,
} from "../model/compile/model.js";
export type {
  ComparisonResult,
  DistributionSummary,
  KpiDef,
  KpiDifference,
  KpiScope,
  KpiSummary,
  KpiUnit,
  LogHistogram,
  OneSidedKpi,
  ProposalComparison,
  RepResult,
  RunResult,
  TimeOfDaySeries,
  TimeOfDaySummary,
} from "../stats/result-types.js";
export type { DistKind, DistSpec } from "../random/dist-spec.js";
