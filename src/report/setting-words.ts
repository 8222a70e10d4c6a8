/**
 * A setting's change in plain words, never in the YAML path it came from: the settings a
 * report knows have a sentence of their own, any other is named by its words ("admission
 * message priority", not "admission › message › priority").
 *
 * The call centre's live-first proposal gives messages priority −1: "Messages left at agent:
 * served after live callers (priority −1, was the caller's own)"; a shorter message offer
 * "Messages at agent: offered after 30 s in line (was 1 min)".
 */
import { formatDuration, fixed } from "./format.js";
import { t } from "./i18n/translate.js";

/** Where a setting belongs: a step, an arrival source or a pool, by name. */
export interface SettingOwner {
  readonly kind: "step" | "arrivals" | "pool";
  readonly name: string;
}

const MINUS = "−";
const numberOf = (text: string | undefined): number | null => (text === undefined ? null : Number(text.replace(MINUS, "-")));

/** A message's callback priority: after or before live callers (whose default priority is 0). */
function messagePriority(step: string, before: string | undefined, after: string | undefined): string {
  const was = before ?? t("setting.callersOwn");
  const now = numberOf(after);
  if (after === undefined) return t("setting.messagePriorityUnset", { step, was });
  const key = now !== null && now < 0 ? "setting.messageAfterLive" : now !== null && now > 0 ? "setting.messageBeforeLive" : "setting.messagePriority";
  return t(key, { step, priority: after, was });
}

function minutesText(text: string | undefined): string {
  const m = numberOf(text);
  return m === null || Number.isNaN(m) ? t("changes.notSet") : formatDuration(m);
}

function shareText(text: string | undefined): string {
  const p = numberOf(text);
  return p === null || Number.isNaN(p) ? t("changes.notSet") : `${fixed(p * 100, Number.isInteger(Math.round(p * 1000) / 10) ? 0 : 1)}%`;
}

/** The sentence of a setting a report knows, or null. */
function knownSetting(owner: SettingOwner, key: string, before: string | undefined, after: string | undefined): string | null {
  if (owner.kind !== "step") return null;
  const step = owner.name;
  switch (key) {
    case "admission.message.priority": return messagePriority(step, before, after);
    case "admission.message.after": return t("setting.messageOffered", { step, after: minutesText(after), before: minutesText(before) });
    case "admission.message.p": return t("setting.messageAccepted", { step, after: shareText(after), before: shareText(before) });
    case "admission.message.to": return t("setting.messageTo", { step, after: after ?? t("changes.notSet"), before: before ?? t("changes.notSet") });
    default: return null;
  }
}

/** "admission message priority", "option 2 to": a setting's path as words. */
export function settingName(key: string): string {
  return key
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? t("setting.item", { n: String(Number(part) + 1) }) : part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()))
    .join(" ");
}

/** One setting's change as a sentence without its full stop. */
export function settingText(owner: SettingOwner, key: string, before: string | undefined, after: string | undefined): string {
  const known = knownSetting(owner, key, before, after);
  if (known !== null) return known;
  const name = owner.kind === "step" ? t("changes.ownerStep", { name: owner.name }) : owner.kind === "arrivals" ? t("changes.ownerArrivals", { name: owner.name }) : t("changes.ownerPool", { name: owner.name });
  return t("changes.setting", { owner: name, setting: settingName(key), before: before ?? t("changes.notSet"), after: after ?? t("changes.notSet") });
}
