/**
 * The standard normal distribution's density, distribution function and quantile, to
 * double precision.
 *
 * A cheque-clearing time "normal, mean 8, sd 2 minutes" is sampled by inversion,
 * `8 + 2 * normalQuantile(u)`, so a larger uniform always means a longer clearing time —
 * which keeps common random numbers aligned when a variant swaps one family for another.
 * The truncated-normal moments need the distribution function deep in the tail.
 */

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal distribution function Φ(x), with relative error below ~1e-13 in both tails:
 * Hart's rational approximation (West 2005, "Better approximations to cumulative normal
 * functions") for |x| < 4, Laplace's continued fraction for the Mills ratio beyond.
 * Φ(x) = 0 below −38 and 1 above 38.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  const tail = z > 38 ? 0 : z < MILLS_SWITCH ? upperTailRational(z) : upperTailContinuedFraction(z);
  return x > 0 ? 1 - tail : tail;
}

/** Below this |x| the rational approximation is used, above it Laplace's continued fraction. */
const MILLS_SWITCH = 4;
/** Terms of the continued fraction: enough for ~1e-15 relative error from |x| = 4 on. */
const MILLS_TERMS = 120;

/** Upper tail 1 − Φ(z) for 0 ≤ z < 7.07 by Hart's rational approximation (West 2005). */
function upperTailRational(z: number): number {
  let num = 3.52624965998911e-2 * z + 0.700383064443688;
  num = num * z + 6.37396220353165;
  num = num * z + 33.912866078383;
  num = num * z + 112.079291497871;
  num = num * z + 221.213596169931;
  num = num * z + 220.206867912376;
  let den = 8.83883476483184e-2 * z + 1.75566716318264;
  den = den * z + 16.064177579207;
  den = den * z + 86.7807322029461;
  den = den * z + 296.564248779674;
  den = den * z + 637.333633378831;
  den = den * z + 793.826512519948;
  den = den * z + 440.413735824752;
  return (Math.exp(-0.5 * z * z) * num) / den;
}

/** Upper tail φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))) for z ≥ 4, evaluated from the back. */
function upperTailContinuedFraction(z: number): number {
  let frac = z;
  for (let k = MILLS_TERMS; k >= 1; k--) frac = z + k / frac;
  return normalPdf(z) / frac;
}

/**
 * Standard normal quantile Φ⁻¹(p) for p in (0, 1), accurate to about 1e-16 (Wichura 1988,
 * algorithm AS 241, PPND16). Returns −Infinity for p ≤ 0 and +Infinity for p ≥ 1.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r + 6.7265770927008700853e4) * r +
          4.5921953931549871457e4) * r + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r +
          1.3314166789178437745e2) * r + 3.387132872796366608)) /
      (((((((5.226495278852854561e3 * r + 2.8729085735721942674e4) * r + 3.930789580009271061e4) * r +
        2.1213794301586595867e4) * r + 5.3941960214247511077e3) * r + 6.871870074920579083e2) * r +
        4.2313330701600911252e1) * r + 1)
    );
  }
  const tail = quantileTail(Math.sqrt(-Math.log(q < 0 ? p : 1 - p)));
  return q < 0 ? -tail : tail;
}

/** AS 241's tail branches, as a function of r = sqrt(−ln(min(p, 1 − p))); returns |Φ⁻¹(p)|. */
function quantileTail(r: number): number {
  if (r <= 5) {
    const s = r - 1.6;
    return (
      (((((((7.7454501427834140764e-4 * s + 2.27238449892691845833e-2) * s + 2.4178072517745061177e-1) * s +
        1.27045825245236838258) * s + 3.64784832476320460504) * s + 5.7694972214606914055) * s +
        4.6303378461565452959) * s + 1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * s + 5.475938084995344946e-4) * s + 1.51986665636164571966e-2) * s +
        1.4810397642748007459e-1) * s + 6.8976733498510000455e-1) * s + 1.6763848301838038494) * s +
        2.05319162663775882187) * s + 1)
    );
  }
  const s = r - 5;
  return (
    (((((((2.01033439929228813265e-7 * s + 2.71155556874348757815e-5) * s + 1.2426609473880784386e-3) * s +
      2.6532189526576123093e-2) * s + 2.9656057182850489123e-1) * s + 1.7848265399172913358) * s +
      5.4637849111641143699) * s + 6.6579046435011037772) /
    (((((((2.04426310338993978564e-15 * s + 1.4215117583164458887e-7) * s + 1.8463183175100546818e-5) * s +
      7.868691311456132591e-4) * s + 1.48753612908506148525e-2) * s + 1.3692988092273580531e-1) * s +
      5.9983220655588793769e-1) * s + 1)
  );
}
