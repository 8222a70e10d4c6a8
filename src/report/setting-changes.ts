/**
 * The changes of a proposal that the step, pool and assumption sentences do not word: any
 * other setting of a step, an arrival source or a pool present in both models
 * (`settings` of their facts, api/model-settings.ts).
 *
 * Giving returned messages a lower priority than live calls reads "Messages left at agent:
 * served after live callers (priority −1, was the caller's own)."; a shorter patience of
 * walk-in customers "Arrivals walk-in: patience mean: 10 → 6." (setting-words.ts).
 */
import type { ModelFacts } from "./model-facts.js";
import { settingText, type SettingOwner } from "./setting-words.js";

/** An element of a model with a name and, possibly, settings beyond its facts. */
interface Named {
  readonly name: string;
  readonly settings?: Readonly<Record<string, string>>;
}

/** One sentence (without its full stop) per setting of `before` and `after` that differs. */
function differences(owner: SettingOwner, before: Named, after: Named): string[] {
  const [was, now] = [before.settings ?? {}, after.settings ?? {}];
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter((key) => was[key] !== now[key])
    .map((key) => settingText(owner, key, was[key], now[key]));
}

/** Differences of the elements of `after` that `before` has too (by name). */
function changedSettings(before: readonly Named[], after: readonly Named[], kind: SettingOwner["kind"]): string[] {
  const earlier = new Map(before.map((x) => [x.name, x]));
  return after.flatMap((x) => {
    const was = earlier.get(x.name);
    return was === undefined ? [] : differences({ kind, name: x.name }, was, x);
  });
}

/** The other settings that differ between the current model and a proposal: steps, then arrival sources, then pools. */
export function settingChanges(current: ModelFacts, proposal: ModelFacts): string[] {
  return [
    ...changedSettings(current.steps, proposal.steps, "step"),
    ...changedSettings(current.arrivals, proposal.arrivals, "arrivals"),
    ...changedSettings(current.pools, proposal.pools, "pool"),
  ];
}
