/**
 * The changes of a proposal that the step, pool and assumption sentences do not word: any
 * other setting of a step, an arrival source or a pool present in both models
 * (`settings` of their facts, api/model-settings.ts).
 *
 * Giving returned messages a lower priority than live calls reads "Step agent: admission ›
 * message › priority not set → −1."; a shorter patience of walk-in customers "Arrivals
 * walk-in: patience › mean 10 → 6.".
 */
import type { ModelFacts } from "./model-facts.js";
import { t } from "./i18n/translate.js";

/** An element of a model with a name and, possibly, settings beyond its facts. */
interface Named {
  readonly name: string;
  readonly settings?: Readonly<Record<string, string>>;
}

/** One sentence (without its full stop) per setting of `before` and `after` that differs. */
function differences(owner: string, before: Named, after: Named): string[] {
  const [was, now] = [before.settings ?? {}, after.settings ?? {}];
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter((key) => was[key] !== now[key])
    .map((key) => t("changes.setting", { owner, setting: key.split(".").join(" › "), before: was[key] ?? t("changes.notSet"), after: now[key] ?? t("changes.notSet") }));
}

/** Differences of the elements of `after` that `before` has too (by name). */
function changedSettings(before: readonly Named[], after: readonly Named[], owner: (name: string) => string): string[] {
  const earlier = new Map(before.map((x) => [x.name, x]));
  return after.flatMap((x) => {
    const was = earlier.get(x.name);
    return was === undefined ? [] : differences(owner(x.name), was, x);
  });
}

/** The other settings that differ between the current model and a proposal: steps, then arrival sources, then pools. */
export function settingChanges(current: ModelFacts, proposal: ModelFacts): string[] {
  return [
    ...changedSettings(current.steps, proposal.steps, (name) => t("changes.ownerStep", { name })),
    ...changedSettings(current.arrivals, proposal.arrivals, (name) => t("changes.ownerArrivals", { name })),
    ...changedSettings(current.pools, proposal.pools, (name) => t("changes.ownerPool", { name })),
  ];
}
