/**
 * The share of cases that takes each option of a conditional route, from the attribute
 * distributions the sources declare, for the checks and facts that need routing
 * probabilities (reachability, expected visits, offered load, the changes a report words).
 *
 * "Credit committee if amount > 100,000" with amounts lognormal(mean 60,000, sd 50,000) takes
 * P(amount > 100,000) = 14.3% of the loans, so the committee's offered load counts 14.3% of
 * the arrivals, not half of them. Shares are exact: each tested attribute's line is cut at the
 * conditions' bounds into points and open pieces (or its categories), each piece weighed with
 * the distribution's CDF (random/dist-cdf.ts) and walked through the options as the engine
 * would; attributes are drawn independently, so a combination's weight is the product of its
 * pieces'. Only an attribute whose distribution has no CDF is sampled (65,536 draws from a
 * fixed stream), and its shares are marked `estimated`. Sources count equally. A branch no
 * case can take keeps a tiny share, so it still counts as reachable.
 */
import type { AttributeSpec, Condition, ConditionalOption } from "../compile/attribute-types.js";
import type { Model } from "../compile/model.js";
import { compileSampler, distSpecProblem } from "../../random/dists.js";
import { distCdf } from "../../random/dist-cdf.js";
import { streamKey } from "../../random/streams.js";

/** Draws of an attribute whose distribution has no CDF. */
const SAMPLES = 65_536;
/** Share kept by a branch that no case takes, so it still counts as reachable. */
const FLOOR = 1e-9;

/** One piece of an attribute's values: a representative value and its probability. */
interface Piece {
  readonly value: number | string | undefined;
  readonly p: number;
}

/** An option's share; `estimated` when a tested attribute had to be sampled. */
export interface ConditionShare {
  readonly to: string;
  readonly p: number;
  readonly estimated?: true;
}

/** True when the value satisfies the condition (undefined: the case has no such attribute). */
function satisfies(when: Condition, value: number | string | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return when.categories !== null && when.categories.includes(value);
  const lower = when.lower ?? -Infinity;
  const upper = when.upper ?? Infinity;
  const above = value > lower || (when.lowerInclusive && value === lower);
  return above && (value < upper || (when.upperInclusive && value === upper));
}

/** The attribute's values cut at `bounds` (sorted, distinct): each bound and the open pieces between. */
function numericPieces(spec: AttributeSpec & { kind: "numeric" }, bounds: readonly number[]): Piece[] | null {
  const cdf = distCdf(spec.dist);
  if (cdf === null) return null;
  const pieces: Piece[] = [];
  let from = -Infinity;
  let massBelow = 0;
  for (const b of [...bounds, Infinity]) {
    const value = from === -Infinity ? (b === Infinity ? 0 : b - Math.max(1, Math.abs(b))) : b === Infinity ? from + Math.max(1, Math.abs(from)) : (from + b) / 2;
    const below = b === Infinity ? 1 : cdf.below(b);
    pieces.push({ value, p: Math.max(0, below - massBelow) });
    if (b === Infinity) break;
    const atMost = cdf.atMost(b);
    pieces.push({ value: b, p: Math.max(0, atMost - below) });
    from = b;
    massBelow = atMost;
  }
  return pieces;
}

/** `SAMPLES` equally likely draws of an attribute without a CDF. */
function sampledPieces(name: string, spec: AttributeSpec & { kind: "numeric" }): Piece[] {
  const [k0, k1] = streamKey(0, 0, "condition-share", name);
  const sampler = compileSampler(spec.dist);
  const out = new Float64Array(1);
  return Array.from({ length: SAMPLES }, (_, n) => {
    sampler.sampleInto(out, 0, k0 | 0, k1 | 0, n, 0, 0);
    return { value: out[0], p: 1 / SAMPLES };
  });
}

/** The pieces of one attribute of one source, and whether they were sampled. */
function piecesOf(name: string, spec: AttributeSpec | undefined, conditions: readonly Condition[]): { pieces: Piece[]; estimated: boolean } {
  if (spec === undefined) return { pieces: [{ value: undefined, p: 1 }], estimated: false };
  if (spec.kind === "categorical") {
    const total = spec.shares.reduce((a, b) => a + b, 0);
    return { pieces: spec.categories.map((value, i) => ({ value, p: spec.shares[i] / total })), estimated: false };
  }
  if (distSpecProblem(spec.dist) !== null) return { pieces: [{ value: undefined, p: 1 }], estimated: false };
  const bounds = [...new Set(conditions.flatMap((c) => [c.lower, c.upper]).filter((b): b is number => b !== null))].sort((a, b) => a - b);
  const exact = numericPieces(spec, bounds);
  return exact === null ? { pieces: sampledPieces(name, spec), estimated: true } : { pieces: exact, estimated: false };
}

/** The share of one source's cases taking each option (they add up to 1 with a fallback). */
function sourceShares(source: Model["arrivals"][number], options: readonly ConditionalOption[], tested: readonly string[]): { shares: Float64Array; estimated: boolean } {
  const shares = new Float64Array(options.length);
  const fallbackTotal = options.reduce((sum, option) => sum + (option.when === null ? (option.p ?? 1) : 0), 0);
  let estimated = false;
  // Per attribute, per piece: the index of the first option whose condition on that attribute holds.
  const perAttribute = tested.map((name) => {
    const conditions = options.flatMap((option) => (option.when !== null && option.when.attribute === name ? [option.when] : []));
    const { pieces, estimated: sampled } = piecesOf(name, source.attributes[name], conditions);
    estimated ||= sampled;
    const first = pieces.map((piece) => options.findIndex((option) => option.when !== null && option.when.attribute === name && satisfies(option.when, piece.value)));
    return { name, pieces, first };
  });
  // Option i is taken when its attribute's first satisfied option is i and every other attribute's comes later.
  const later = (a: (typeof perAttribute)[number], i: number) => a.pieces.reduce((s, piece, k) => s + (a.first[k] < 0 || a.first[k] > i ? piece.p : 0), 0);
  options.forEach((option, i) => {
    if (option.when === null) return;
    const own = perAttribute.find((a) => a.name === option.when?.attribute);
    if (own === undefined) return;
    const mine = own.pieces.reduce((s, piece, k) => s + (own.first[k] === i ? piece.p : 0), 0);
    shares[i] = perAttribute.reduce((p, a) => (a === own ? p : p * later(a, i)), mine);
  });
  const none = perAttribute.reduce((p, a) => p * later(a, options.length), 1);
  if (fallbackTotal > 0) options.forEach((option, i) => (shares[i] += option.when === null ? (none * (option.p ?? 1)) / fallbackTotal : 0));
  return { shares, estimated };
}

/** The share of the cases taking each option (they add up to 1 when the route has a fallback). */
export function conditionShares(model: Model, options: readonly ConditionalOption[]): ConditionShare[] {
  const tested = [...new Set(options.flatMap((option) => (option.when ? [option.when.attribute] : [])))];
  const totals = new Float64Array(options.length);
  let estimated = false;
  for (const source of model.arrivals) {
    const one = sourceShares(source, options, tested);
    one.shares.forEach((p, i) => (totals[i] += p / model.arrivals.length));
    estimated ||= one.estimated;
  }
  return options.map((option, i) => {
    const p = Math.max(model.arrivals.length > 0 ? totals[i] : 0, option.when === null && (option.p ?? 1) === 0 ? 0 : FLOOR);
    return estimated ? { to: option.to, p, estimated: true } : { to: option.to, p };
  });
}
