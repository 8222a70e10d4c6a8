/**
 * Runtime simulation failures, with the context a modeller needs to find the cause.
 *
 * "Replication 3, t = 1,440.0 min, case #812 (walk-in) at steps[2] 'loan review': a case
 * visited this step 100,000 times — an endless rework loop?" names where in the run and
 * where in the YAML the problem arose, as simmer does when an activity fails.
 */

/** Where in a run a failure happened. Fields that do not apply are null. */
export interface SimulationErrorContext {
  readonly replication: number;
  /** Simulation time, minutes. */
  readonly time: number;
  /** Case label such as `#812 (walk-in)`; null when no case is involved. */
  readonly caseLabel: string | null;
  /** The step's YAML path as text, e.g. `steps[2]`, plus its name; null when none. */
  readonly where: string | null;
}

/** A failure during a replication (unstable system, endless loop, event budget exhausted…). */
export class SimulationError extends Error {
  /** The bare problem description, without the context prefix. */
  readonly problem: string;
  readonly context: SimulationErrorContext;

  /** Builds the message "replication R, t = T min[, case C][, at P]: problem". */
  constructor(problem: string, context: SimulationErrorContext) {
    super(`${describeContext(context)}: ${problem}`);
    this.name = "SimulationError";
    this.problem = problem;
    this.context = context;
  }
}

function describeContext(context: SimulationErrorContext): string {
  const parts = [`replication ${context.replication}`, `t = ${formatMinutes(context.time)} min`];
  if (context.caseLabel !== null) parts.push(`case ${context.caseLabel}`);
  if (context.where !== null) parts.push(`at ${context.where}`);
  return parts.join(", ");
}

function formatMinutes(t: number): string {
  return Number.isFinite(t) ? t.toFixed(3).replace(/\.?0+$/, "") : String(t);
}

/**
 * A broken internal invariant: the engine met a state its own code should never produce
 * (an event kind or step kind it has no handler for). It is a bug in procsim, not in the
 * model; the message says which value was met and where.
 */
export class InvariantError extends Error {
  /** `what` names the broken invariant, e.g. `unknown step kind 7 at steps[2]`. */
  constructor(what: string) {
    super(`internal invariant violated: ${what}`);
    this.name = "InvariantError";
  }
}
