/**
 * "Did you mean …?" for misspelt keys, references and enum values.
 *
 * A step that names resource "clerk" when the pools are "clerks" and "managers" gets the
 * suggestion "clerks": the candidate nearest by edit distance, if it is near enough to be a
 * plausible typo (a case-insensitive match always is). A misspelt part of a longer name counts
 * too: "aproval" suggests "first approval".
 */
import { distance } from "fastest-levenshtein";

/** The nearest candidate to `input`, or undefined when none is a plausible typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 500) return undefined;
  const lower = input.toLowerCase();
  const caseMatch = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (caseMatch !== undefined) return caseMatch;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  if (bestDistance <= tolerance) return best;
  return nearestByWord(lower, candidates, tolerance) ?? candidates.find((candidate) => {
    const other = candidate.toLowerCase();
    const shared = sharedPrefix(lower, other);
    const oneContainsOther = shared >= 3 && (shared === other.length || shared === lower.length);
    return oneContainsOther || shared >= Math.max(5, Math.ceil(0.6 * input.length));
  });
}

/** The candidate one of whose words is nearest to `lower` within `tolerance` (first on ties). */
function nearestByWord(lower: string, candidates: readonly string[], tolerance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    for (const word of candidate.toLowerCase().split(/[\s_-]+/)) {
      if (word.length < 3) continue;
      const d = distance(lower, word);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  return best;
}

/** Length of the common prefix of two strings ("triangle" and "triangular" share 7). */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** `{ suggestion }` when there is one, else `{}` (spread into issue params). */
export function suggestion(input: string, candidates: readonly string[]): { suggestion?: string } {
  const found = suggest(input, candidates);
  return found === undefined ? {} : { suggestion: found };
}
