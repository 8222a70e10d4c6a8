/**
 * The one lookup of worded text: `t(id, params)` reads the message of the language in use
 * from its catalogue and fills in the `{name}` parameters.
 *
 * `t("decision.costChange", { year: "−CNY 1,139,000", month: "−CNY 94,900" })` gives
 * "Total cost change: −CNY 1,139,000 a year, −CNY 94,900 a month." in English and
 * "总成本变化：每年 −CNY 1,139,000，每月 −CNY 94,900。" in Chinese (a Latin value next to a
 * Chinese character gets a space, `cjk-spacing.ts`). Parameters are checked
 * against the English template at compile time.
 */
import { EN, type MessageId } from "./en.js";
import { ZH } from "./zh.js";
import { currentLanguage, type Language } from "./language.js";
import { fillSpaced } from "./cjk-spacing.js";

/** The parameter names of a template: "{a} and {b}" → "a" | "b". */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;

/** The parameters message `K` takes (numbers should be formatted by `format.ts` first). */
export type MessageParams<K extends MessageId> = Record<ParamNames<(typeof EN)[K]>, string | number>;

/** The catalogue of a language, keyed by message id. */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = { en: EN, zh: ZH };

/** A template's parameter names, in order of appearance (for the catalogue test). */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);
}

/** The message `id` in the language in use, parameters filled in. */
export function t<K extends MessageId>(id: K, ...params: ParamNames<(typeof EN)[K]> extends never ? [] : [MessageParams<K>]): string {
  const language = currentLanguage();
  const template = CATALOGUES[language][id];
  const values = (params[0] ?? {}) as Record<string, string | number>;
  if (language === "zh") return fillSpaced(template, values);
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** True when the language in use is Chinese (word order and plural rules differ). */
export function isChinese(): boolean {
  return currentLanguage() === "zh";
}

export type { MessageId };

/** The message `id` in the language in use when the catalogue has one, else `fallback` (ids built at run time). */
export function textOr(id: string, fallback: string): string {
  const catalogue: Readonly<Record<string, string>> = CATALOGUES[currentLanguage()];
  return id in catalogue ? catalogue[id] : fallback;
}
