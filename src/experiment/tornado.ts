/**
 * Sensitivity by tornado: each input moved ±x% from the model's value, one at a time, on
 * common random numbers, and the paired change of every KPI.
 *
 * "Which input matters most for the branch's mean wait: walk-in demand, counter handling
 * time or the business rate?" moves each by ±10%, runs all of them and the unchanged model
 * on the same replications, and reports per input the paired difference (low − base,
 * high − base) of every KPI with its 95% interval; the chart sorts inputs by the spread.
 */
import type { Model } from "../model/compile/model.js";
import type { KpiDef, KpiSummary } from "../stats/result-types.js";
import { pairedDifferences } from "./paired-differences.js";
import type { Parameter } from "./parameters.js";
import { withRunOverrides } from "./run-overrides.js";
import { checkedRuns, runVariants, type SweepRunOptions } from "./sweep.js";
import { sweepModels } from "./sweep-models.js";
import type { Result } from "../model/source/issues.js";
import { pointRunWarnings, type PointRunWarning } from "./point-warnings.js";

/** One input's low and high setting and the paired change of each KPI there. */
export interface TornadoInput {
  readonly path: string;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  /** Per KPI: base mean and the paired differences (setting − base) at low and high. */
  readonly effects: readonly { readonly key: string; readonly base: number | null; readonly low: KpiSummary; readonly high: KpiSummary }[];
}

/** A tornado over several inputs. */
export interface TornadoResult {
  readonly model: string;
  readonly seed: number;
  readonly replications: number;
  /** The relative change applied, e.g. 0.1 for ±10%. */
  readonly change: number;
  readonly kpiDefs: readonly KpiDef[];
  readonly inputs: readonly TornadoInput[];
  /** The run warnings of the model and its low and high settings, each once with the runs that gave it (no settings: the model as given). */
  readonly warnings: readonly PointRunWarning[];
}

/**
 * The low and high values of a parameter for a ±`change` move. Whole-number parameters are
 * rounded and moved by at least 1; a probability stays within [0, 1].
 * @throws RangeError when the parameter has no value of its own to move from.
 */
export function tornadoValues(parameter: Parameter, change: number): { base: number; low: number; high: number } {
  const base = parameter.base;
  if (base === null) throw new RangeError(`${parameter.path} has no value of its own to move by ±${change * 100}% (a pool on shifts: vary a shift's capacity instead)`);
  let low = base * (1 - change);
  let high = base * (1 + change);
  if (parameter.integer) {
    low = Math.min(Math.round(low), base - 1);
    high = Math.max(Math.round(high), base + 1);
    low = Math.max(0, low);
  }
  if (parameter.path.endsWith(".p")) high = Math.min(1, high);
  return { base, low, high };
}

/**
 * Runs the model and, for each parameter, its low and high setting, all on the same seed and
 * replications, and returns the paired effects. Each setting's model is first validated as a
 * model file would be (`sweepModels`): a refused setting returns its issues and nothing runs;
 * the settings' warnings come back as the result's warnings.
 * @throws RangeError for a parameter without a base value; SimulationError when a model fails at run time.
 */
export async function tornado(base: Model, parameters: readonly Parameter[], change: number, options: SweepRunOptions = {}): Promise<Result<{ readonly value: TornadoResult }>> {
  const model = withRunOverrides(base, options);
  const settings = parameters.map((p) => ({ parameter: p, ...tornadoValues(p, change) }));
  const axes = settings.map((s) => ({ parameter: s.parameter, values: [s.low, s.high] }));
  const points = settings.flatMap((s) => [s.low, s.high].map((value) => [{ path: s.parameter.path, value }]));
  const checked = checkedRuns(sweepModels(model, axes, points), { ...options, beforeRun: (variants) => options.beforeRun?.([model, ...variants]) ?? [] });
  if (!checked.ok) return checked;
  const [baseSim, ...sims] = await runVariants([model, ...checked.models], options);
  const means = new Map(baseSim.kpis.map((k) => [k.key, k.mean]));
  const inputs = settings.map((s, i): TornadoInput => {
    const low = new Map(pairedDifferences(baseSim, sims[2 * i]).map((d) => [d.key, d.diff]));
    const high = new Map(pairedDifferences(baseSim, sims[2 * i + 1]).map((d) => [d.key, d.diff]));
    const effects = baseSim.kpiDefs.flatMap((def) => {
      const [l, h] = [low.get(def.key), high.get(def.key)];
      return l && h ? [{ key: def.key, base: means.get(def.key) ?? null, low: l, high: h }] : [];
    });
    return { path: s.parameter.path, base: s.base, low: s.low, high: s.high, effects };
  });
  const warnings = pointRunWarnings([{ settings: [], warnings: baseSim.warnings }, ...sims.map((sim, i) => ({ settings: points[i], warnings: sim.warnings }))]);
  return { ok: true, warnings: checked.warnings, value: { model: model.name, seed: model.run.seed, replications: model.run.replications, change, kpiDefs: baseSim.kpiDefs, inputs, warnings } };
}
