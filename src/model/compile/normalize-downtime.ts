/**
 * A pool's downtime in normal form: random failures (both distributions in minutes) or
 * scheduled outages (minutes since the start of the run), the interruption rule filled in.
 * Reported here: neither or both forms, an up time whose mean is not above 0 (the pool would
 * fail endlessly at one instant), outages out of order or overlapping.
 *
 * `downtime: { between: { exponential: { mean: 8h } }, repair: 20min }` on the core banking
 * system becomes `{ between: exponential(480), repair: deterministic(20), outages: null,
 * interrupted: "resume" }`; `outages: [{ from: 30h, to: 32h }]` becomes `[{ from: 1800, to:
 * 1920 }]`. Parameter problems of the distributions are checked in checks/dist-params.ts.
 */
import type { ModelPath, PoolDowntime } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawDowntime } from "../schema/schema-downtime.js";
import { toMinutes, type TimeUnit } from "../schema/units.js";
import { distMean } from "../../random/dist-moments.js";
import { normalizeDist } from "./normalize-dist.js";

/** Normalises a pool's `downtime`; problems are pushed to `issues`. */
export function normalizeDowntime(raw: RawDowntime, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): PoolDowntime {
  const interrupted = raw.interrupted ?? "resume";
  const send = {
    ...(raw.sendTo === undefined ? {} : { sendTo: raw.sendTo }),
    ...(raw.sendWaiting === undefined ? {} : { sendWaiting: raw.sendWaiting }),
  };
  const random = raw.between !== undefined && raw.repair !== undefined;
  if (random === (raw.outages !== undefined) || (!random && (raw.between !== undefined || raw.repair !== undefined))) {
    issues.push(error("downtimeForm", path));
  }
  if (raw.outages !== undefined) return { between: null, repair: null, outages: normalizeOutages(raw.outages, [...path, "outages"], unit, issues), interrupted, ...send, path };
  if (raw.between === undefined || raw.repair === undefined) return { between: null, repair: null, outages: [], interrupted, ...send, path };
  const between = normalizeDist(raw.between, { unit, timed: true }, [...path, "between"], issues);
  const repair = normalizeDist(raw.repair, { unit, timed: true }, [...path, "repair"], issues);
  if (!(distMean(between) > 0)) issues.push(error("tooSmall", [...path, "between"], { found: distMean(between), minimum: 0, inclusive: false }));
  return { between, repair, outages: null, interrupted, ...send, path };
}

function normalizeOutages(raw: NonNullable<RawDowntime["outages"]>, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): { from: number; to: number }[] {
  let previousEnd = 0;
  return raw.map((outage, i) => {
    const from = toMinutes(outage.from, unit);
    const to = toMinutes(outage.to, unit);
    if (!(from >= previousEnd && to > from)) issues.push(error("outageOrder", [...path, i], { from: String(outage.from), to: String(outage.to) }));
    previousEnd = Math.max(previousEnd, to);
    return { from, to };
  });
}
