/**
 * The keys each public options type has, one table per type, held to its interface by the
 * compiler: adding `priority?: number` to SimulateOptions without listing it here, or listing
 * a key the interface does not have, fails to compile. `unknown-options.ts` refuses any
 * other key, so `simulate(loanModel, { seeds: 7 })` is told about `seed` instead of running
 * on the model's own seed.
 */
import type { RunOverrides } from "../experiment/run-overrides.js";
import type { SimulateOptions } from "../experiment/simulate.js";
import type { CompareOptions } from "../experiment/compare.js";
import type { HalfWidthTarget } from "../experiment/target-halfwidth.js";
import type { ReplicationOptions } from "../experiment/replicate.js";
import type { LoadAnyOptions } from "../model/overlays/load.js";
import type { WriteReportOptions } from "../report/write.js";
import type { TextLayout } from "../report/table-text.js";
import type { OptionKeys } from "./unknown-options.js";
import type { BeforeRun } from "./simulate.js";
import type { EventLogOptions } from "./event-log.js";
import type { ChartDisplayOptions } from "./notebook.js";

/** `simulateSync`: the run settings only. */
export const RUN_OVERRIDE_KEYS = { replications: true, seed: true, horizon: true } as const satisfies OptionKeys<RunOverrides>;

/** The keys of a half-width `target`. */
export const TARGET_KEYS = { key: true, halfWidth: true } as const satisfies OptionKeys<HalfWidthTarget>;

/** `simulate`. */
export const SIMULATE_KEYS = {
  ...RUN_OVERRIDE_KEYS,
  workers: true,
  onProgress: true,
  pool: true,
  target: true,
  maxReplications: true,
  signal: true,
} as const satisfies OptionKeys<SimulateOptions>;

/** `compare`. */
export const COMPARE_KEYS = {
  ...RUN_OVERRIDE_KEYS,
  workers: true,
  onProgress: true,
  target: true,
  maxReplications: true,
  pool: true,
  signal: true,
} as const satisfies OptionKeys<CompareOptions>;

/** `loadAnyModelFile`. */
export const LOAD_ANY_KEYS = { extendsRoots: true } as const satisfies OptionKeys<LoadAnyOptions>;

const BEFORE_RUN_KEYS = { beforeRun: true } as const satisfies OptionKeys<BeforeRun>;

/** `simulateFile`: simulate's options, a last check of the loaded models, and where `extends:` may reach. */
export const SIMULATE_FILE_KEYS = { ...SIMULATE_KEYS, ...BEFORE_RUN_KEYS, ...LOAD_ANY_KEYS } as const satisfies OptionKeys<SimulateOptions & BeforeRun & LoadAnyOptions>;

/** `compareFiles`. */
export const COMPARE_FILES_KEYS = { ...COMPARE_KEYS, ...BEFORE_RUN_KEYS, ...LOAD_ANY_KEYS } as const satisfies OptionKeys<CompareOptions & BeforeRun & LoadAnyOptions>;

/** `writeRunReport` and `writeComparisonReport`. */
export const WRITE_REPORT_KEYS = {
  outDir: true,
  cwd: true,
  allowOutside: true,
  force: true,
  inputs: true,
  caller: true,
  png: true,
  context: true,
  language: true,
  onStage: true,
} as const satisfies OptionKeys<WriteReportOptions>;

/** `writeEventLog`. */
export const EVENT_LOG_KEYS = { format: true, replication: true, write: true } as const satisfies OptionKeys<EventLogOptions>;

/** `runReplication`. */
export const REPLICATION_KEYS = { observer: true, maxEvents: true, maxCasesInSystem: true, maxVisitsPerStep: true } as const satisfies OptionKeys<ReplicationOptions>;

/** `chartDisplay`. */
export const CHART_DISPLAY_KEYS = { svg: true, png: true } as const satisfies OptionKeys<ChartDisplayOptions>;

/** `tableToText` and `tableToTextLines`. */
export const TEXT_LAYOUT_KEYS = { width: true, indent: true, title: true, noteDropped: true } as const satisfies OptionKeys<TextLayout>;
