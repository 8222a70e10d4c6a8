/**
 * Distribution descriptors: plain records naming a family and its parameters.
 *
 * A teller's handling time "triangular between 3 and 12 minutes, most often 6" is
 * `{ kind: "triangular", min: 3, mode: 6, max: 12 }`. Time-valued parameters are in
 * minutes once the model is normalised. Each family's spec type, rules, moments and sampler
 * live in its record under `families/`; this module is the stable place to import the types.
 */
export { DIST_KINDS, type DistKind, type DistSpec } from "./families/registry.js";
