/**
 * The language the report and the terminal speak: English (the default) or Simplified
 * Chinese, set once per command from `--lang` or the model's `language:` field.
 *
 * A Shanghai operations committee runs `procsim compare 贷款审批.yaml 贷款审批-拟议.yaml --lang zh`:
 * the CLI sets "zh" before it prints, and every message, KPI label and unit read after that
 * comes from the Chinese catalogue; numbers are grouped the zh-CN way (same digits as en-US).
 */

/** A language procsim speaks. */
export type Language = "en" | "zh";

/** Every language, English first. */
export const LANGUAGES: readonly Language[] = ["en", "zh"];

/**
 * The setting lives on the global object, not in this module: the command line (one CommonJS
 * bundle) and the report writer it loads on demand (an ES module chunk) each carry their own
 * copy of this file, and `--lang zh` set by the first must reach the second.
 */
const SETTING = Symbol.for("procsim.language");
const holder = globalThis as unknown as Record<typeof SETTING, Language | undefined>;

/** Sets the language of everything worded after this call; returns the one it replaces. */
export function setLanguage(language: Language): Language {
  const before = currentLanguage();
  holder[SETTING] = language;
  return before;
}

/** The language in use. */
export function currentLanguage(): Language {
  return holder[SETTING] ?? "en";
}

/** The Intl locale of the number formatter for the language in use. */
export function numberLocale(): string {
  return currentLanguage() === "zh" ? "zh-CN" : "en-US";
}

/** Runs `work` in `language` and puts the earlier language back (also when it throws). */
export function inLanguage<T>(language: Language, work: () => T): T {
  const before = setLanguage(language);
  try {
    return work();
  } finally {
    setLanguage(before);
  }
}
