/**
 * The gamma function Γ(x), needed for the analytic moments of the Weibull family.
 *
 * A document-review time "Weibull, shape 1.5, scale 20 minutes" has mean 20·Γ(1 + 1/1.5);
 * the offered-load check and the theory tests read that mean from here.
 */

// Lanczos approximation, g = 7, n = 9 (relative error about 1e-15 for x > 0).
const LANCZOS_G = 7;
/** Above this, Γ(x) exceeds the largest double (Γ(171.6244) ≈ 1.7977e308). */
const MAX_ARGUMENT = 171.6244;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * Γ(x) for real x (reflection formula below 0.5). Returns NaN at 0 and the negative
 * integers, and Infinity when the result overflows (x above about 171.6).
 */
export function gammaFunction(x: number): number {
  if (x < 0.5) {
    if (Number.isInteger(x)) return NaN;
    return Math.PI / (Math.sin(Math.PI * x) * gammaFunction(1 - x));
  }
  // Γ(171.62…) is the largest double; beyond it (a Weibull shape of 0.001 asks for Γ(1001)) the
  // product below would be Infinity × 0 = NaN, not the Infinity it is.
  if (x > MAX_ARGUMENT) return Infinity;
  const y = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) sum += LANCZOS_COEFFICIENTS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  // t^(y+½) in two halves around e^−t, so that it does not overflow before Γ(x) does (x ≈ 143).
  const half = Math.pow(t, (y + 0.5) / 2);
  return Math.sqrt(2 * Math.PI) * ((half * Math.exp(-t)) * half) * sum;
}
