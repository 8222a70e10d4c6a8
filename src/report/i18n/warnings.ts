/**
 * A run's warning in the language in use. The results hold warnings as English sentences
 * (the results JSON holds no display language); each is recognised by its template in
 * `en-warnings.ts` and worded again from the catalogue, its numbers, names and durations
 * carried over. A sentence no template matches is shown as it is.
 *
 * "The run is too short for a steady state: over a run of 15 days, …" reads in a Chinese
 * report "运行时间太短，达不到稳态：在 15 天 的运行中，…".
 */
import { EN_WARNINGS } from "./en-warnings.js";
import { isChinese, t } from "./translate.js";

type WarningId = keyof typeof EN_WARNINGS;

/** The pattern of a template: its text, each `{name}` a named group. */
function patternOf(template: string): RegExp {
  const parts = template.split(/\{([A-Za-z0-9_]+)\}/);
  const body = parts.map((part, i) => (i % 2 === 1 ? `(?<${part}>.*?)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^${body}$`, "s");
}

/** Sentences the report words again (the "wait" clause and method names are parts of them). */
const SENTENCES: readonly WarningId[] = ["warning.unobserved", "warning.oneReplication", "warning.noneCompleted", "warning.someEmpty", "warning.tooShort", "warning.warmupShort", "warning.carriedOver", "warning.partialBatches"];
const PATTERNS = SENTENCES.map((id) => ({ id, pattern: patternOf(EN_WARNINGS[id]) }));
const WAIT = patternOf(EN_WARNINGS["warning.carriedOverWait"]);
const METHODS: Readonly<Record<string, "warning.mser5" | "warning.mserDaily" | "warning.mserWeekly">> = { [EN_WARNINGS["warning.mser5"]]: "warning.mser5", [EN_WARNINGS["warning.mserDaily"]]: "warning.mserDaily", [EN_WARNINGS["warning.mserWeekly"]]: "warning.mserWeekly" };

/** A duration as the warm-up warnings word it ("15 days", "1 day", "1,440 min") in the language in use. */
function durationText(english: string): string {
  const found = /^([\d.,]+) (day|days|min)$/.exec(english);
  if (!found) return english;
  const [, n, unit] = found;
  return unit === "min" ? t("duration.minutes", { n }) : t(unit === "day" ? "duration.day" : "duration.days", { n });
}

/** A parameter of a recognised sentence in the language in use. */
function paramText(name: string, value: string): string {
  if (name.endsWith("Duration")) return durationText(value);
  if (name === "method") return value in METHODS ? t(METHODS[value]) : value;
  if (name === "wait" && value !== "") {
    const minutes = WAIT.exec(value)?.groups?.minutes;
    return minutes === undefined ? value : t("warning.carriedOverWait", { minutes });
  }
  return value;
}

/** The warning in the language in use (English: as the run worded it). */
export function warningText(english: string): string {
  if (!isChinese()) return english;
  for (const { id, pattern } of PATTERNS) {
    const found = pattern.exec(english);
    if (!found) continue;
    const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([name, value]) => [name, paramText(name, value)]));
    return (t as (id: WarningId, params: Record<string, string>) => string)(id, params);
  }
  return english;
}
