/**
 * Case attributes are read but not used yet: no step, route or KPI depends on them.
 *
 * A loan factory that declares `attributes: { amount: { lognormal: … } }` may expect large
 * loans to go to senior analysts; procsim does not draw or use attributes yet, so the model
 * is told so, at the `attributes` key of each source that declares them — never silently.
 */
import type { Model } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";

/** One warning per arrival source that declares attributes. */
export function checkAttributes(model: Model): IssueDraft[] {
  return model.arrivals.flatMap((source) => {
    const names = Object.keys(source.attributes);
    if (names.length === 0) return [];
    return [{ ...warning("attributesIgnored", [...source.path, "attributes"], { source: source.name, names }), atKey: true }];
  });
}
