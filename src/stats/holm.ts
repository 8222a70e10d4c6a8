/**
 * Holm's step-down procedure: which of several "significant at 5%" findings survive when
 * they are judged together.
 *
 * A proposal compared on nine headline KPIs at 5% each will show about one spurious
 * "change" in two comparisons of models that do not differ at all. Holm (1979) keeps the
 * chance of any false "change" among the nine at 5%: sort the p-values, compare the
 * smallest with 5%/9, the next with 5%/8, …, and stop at the first that fails. It is
 * uniformly more powerful than Bonferroni and needs no assumption about how the KPIs
 * depend on each other (mean wait and 90th percentile wait are strongly correlated).
 */

/** Family-wise error rate used for headline conclusions. */
export const FAMILY_WISE_ALPHA = 0.05;

/**
 * For each p-value, whether Holm's step-down procedure at family-wise level `alpha`
 * rejects its hypothesis. Null p-values (no interval) are never rejected and are not counted
 * in the family. Ties keep their input order.
 */
export function holmRejections(pValues: readonly (number | null)[], alpha = FAMILY_WISE_ALPHA): boolean[] {
  const tested = pValues.flatMap((p, i) => (p === null || !Number.isFinite(p) ? [] : [{ p, i }]));
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const rejected = pValues.map(() => false);
  const m = tested.length;
  for (let k = 0; k < m; k++) {
    if (tested[k].p > alpha / (m - k)) break;
    rejected[tested[k].i] = true;
  }
  return rejected;
}
