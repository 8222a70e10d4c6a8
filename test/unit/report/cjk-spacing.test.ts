// Chinese text puts a space between a Latin name or number and a Chinese character; only the
// edges of interpolated values are spaced, and Chinese names join as before.
import { afterEach, describe, expect, it } from "vitest";
import { fillSpaced, spacedValue } from "../../../src/report/i18n/cjk-spacing.js";
import { setLanguage } from "../../../src/report/i18n/language.js";
import { kpiLabel } from "../../../src/report/i18n/kpi-label.js";
import { t } from "../../../src/report/i18n/translate.js";
import type { KpiDef } from "../../../src/stats/result-types.js";
import { reportPathText } from "../../../src/cli/report-output.js";

afterEach(() => setLanguage("en"));

describe("Latin–Chinese spacing", () => {
  it("spaces a Latin value from Chinese text on either side, not from punctuation or a space", () => {
    expect(fillSpaced("{name}从 {from}", { name: "compliance picked up within 1h", from: "89.4%" })).toBe("compliance picked up within 1h 从 89.4%");
    expect(fillSpaced("在{step}之后", { step: "Compliance review" })).toBe("在 Compliance review 之后");
    expect(fillSpaced("在{step}之后", { step: "合规审查" })).toBe("在合规审查之后");
    expect(fillSpaced("（{name}）", { name: "clerks" })).toBe("（clerks）");
    expect(spacedValue("", "", "之后")).toBe("");
  });

  it("applies to Chinese messages and KPI labels, never to English", () => {
    const def: KpiDef = { key: "pool/clerks/utilisation", scope: "pool", subject: "clerks", metric: "utilisation", label: "Utilisation of clerks (busy ÷ available time)", unit: "share", better: "neither" };
    expect(kpiLabel(def)).toBe("Utilisation of clerks (busy ÷ available time)");
    setLanguage("zh");
    expect(kpiLabel(def)).toBe("clerks 利用率（忙碌 ÷ 可用时间）");
    expect(kpiLabel({ ...def, subject: "柜员" })).toBe("柜员利用率（忙碌 ÷ 可用时间）");
    expect(t("terminal.report", { path: "/tmp/r/index.html" })).toBe("报告：/tmp/r/index.html");
  });
});

describe("report path", () => {
  it("is relative inside the working directory and absolute outside it", () => {
    expect(reportPathText("reports/a", "/work/p")).toBe("reports/a/index.html");
    expect(reportPathText("/work/p/reports/a", "/work/p")).toBe("reports/a/index.html");
    expect(reportPathText("/tmp/w-cmptables/ao", "/work/p")).toBe("/tmp/w-cmptables/ao/index.html");
  });
});
