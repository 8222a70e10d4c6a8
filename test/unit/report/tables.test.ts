/**
 * Tables and their renderings: values formatted in their unit, CSV at full precision with
 * RFC 4180 quoting, Markdown and text aligned, and the plain-word headline.
 */
import { describe, expect, it } from "vitest";
import { buildHeadline, sentenceOf } from "../../../src/report/headline.js";
import {
  comparisonKpiTable,
  differencesTable,
  kpiMatrixTable,
  runKpiTable,
  tableToCsv,
  tableToMarkdown,
} from "../../../src/report/tables.js";
import { tableToText } from "../../../src/report/table-text.js";
import { accountOpeningComparison, accountOpeningRun, minimalRun } from "../../fixtures/results/account-opening.js";

describe("KPI tables", () => {
  it("lists every KPI of a run with its CI", () => {
    const table = runKpiTable(accountOpeningRun);
    expect(table.rows.length).toBe(accountOpeningRun.kpiDefs.length);
    const text = tableToText(table);
    expect(text).toMatch(/Mean cycle time\s+min\s+116\.4\s+\[112\.5, 120\.3\]\s+30/);
  });

  it("writes CSV with raw values at full precision and quotes fields that need it", () => {
    const csv = tableToCsv(comparisonKpiTable(accountOpeningComparison));
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe("model,key,KPI,unit,mean,lo,hi,halfWidth,sd,n");
    const cycle = accountOpeningComparison.current.kpis[0];
    expect(lines[1]).toBe(`account opening today,overall/cycleTime.mean,Mean cycle time,min,${cycle.mean},${cycle.lo},${cycle.hi},${cycle.halfWidth},${cycle.sd},30`);
    expect(lines.length).toBe(1 + accountOpeningComparison.current.kpis.length + accountOpeningComparison.proposals.reduce((s, p) => s + p.result.kpis.length, 0));
    expect(tableToCsv({ title: "t", columns: [{ header: "a", align: "left", raw: () => 'x, "y"', text: () => "" }], rows: [1] })).toBe('a\n"x, ""y"""\n');
  });

  it("shows a KPI missing from one model as a dash in the matrix", () => {
    const models = [
      { name: "today", result: accountOpeningComparison.current },
      { name: "rpa", result: accountOpeningComparison.proposals[0].result },
    ];
    const md = tableToMarkdown(kpiMatrixTable(models));
    expect(md.split("\n")[0]).toBe("| KPI | unit | today | 95% CI | rpa | 95% CI |");
    expect(md).toContain("| Utilisation of rpa bots | % | – | – | 35.00% | [34.74%, 35.26%] |");
  });

  it("survives a run whose KPI has no value", () => {
    expect(tableToText(runKpiTable(minimalRun))).toContain("empty branch  Mean cycle time  min      –       –  0");
  });
});

describe("long times in hours", () => {
  /** The account-opening fixture with its cycle times scaled so that they run past ten hours. */
  const longer = (factor: number) => {
    const scale = <T extends { key: string; mean: number | null; lo: number | null; hi: number | null; halfWidth: number | null; sd: number | null }>(k: T): T =>
      k.key === "overall/cycleTime.mean" ? { ...k, mean: k.mean! * factor, lo: k.lo! * factor, hi: k.hi! * factor, halfWidth: k.halfWidth! * factor, sd: k.sd! * factor } : k;
    return { ...accountOpeningRun, kpis: accountOpeningRun.kpis.map(scale) };
  };

  it("shows a time of ten hours or more in hours, in every model's row, and keeps minutes in the CSV", () => {
    const text = tableToText(runKpiTable(longer(18)));
    expect(text).toMatch(/Mean cycle time\s+h\s+34\.9\s+\[33\.7, 36\.1\]/);
    expect(text).toMatch(/Mean waiting per case\s+min\s/);
    expect(tableToCsv(runKpiTable(longer(18)))).toContain(",overall/cycleTime.mean,Mean cycle time,min,2095.");
    expect(tableToText(runKpiTable(longer(5)))).toMatch(/Mean cycle time\s+min\s+582/);
  });

  it("shows a long time's paired difference in hours, whatever the size of the difference", () => {
    const current = longer(18);
    const proposed = { ...current, model: "faster", kpis: current.kpis.map((k) => (k.key === "overall/cycleTime.mean" ? { ...k, mean: k.mean! - 90 } : k)) };
    const cycle = (r: typeof current) => r.kpis.find((k) => k.key === "overall/cycleTime.mean")!;
    const diff = { ...cycle(current), mean: -90, lo: -120, hi: -60, halfWidth: 30 };
    const comparison = { current, proposals: [{ name: "faster", result: proposed, differences: [{ key: diff.key, current: cycle(current), proposed: cycle(proposed), diff, relativeChange: -90 / cycle(current).mean!, significant: true, unpairedHalfWidth: 60 }] }] };
    expect(tableToText(differencesTable(comparison as never), { width: 200 })).toMatch(/Mean cycle time\s+h\s+34\.9\s+33\.4\s+−1\.50 h\s+\[−2\.00, −1\.00\]/);
  });
});

describe("differences table", () => {
  const table = differencesTable(accountOpeningComparison);

  it("has one row per paired difference with verdict and significance", () => {
    const expected = accountOpeningComparison.proposals.reduce((s, p) => s + p.differences.length, 0);
    expect(table.rows.length).toBe(expected);
    const row = table.rows.find((r) => r.proposal === "RPA data entry" && r.def.key === "overall/cost.idle");
    expect(row?.verdict).toBe("worse");
    expect(tableToText(table, { width: 200 })).toMatch(/Rostered idle cost\s+cost\s+410\s+454\s+\+44\.0\s+\[\+/);
  });

  it("keeps paired and unpaired half-widths in the CSV", () => {
    const csv = tableToCsv(table);
    expect(csv.split("\n")[0]).toBe("proposal,key,KPI,unit,current,proposed,difference,currentHalfWidth,proposedHalfWidth,diffLo,diffHi,change,significant,verdict,pairedHalfWidth,unpairedHalfWidth");
    expect(csv).toContain(",true,better,");
  });
});

describe("headline", () => {
  const headline = buildHeadline(accountOpeningComparison);

  it("says what changed in plain words, key KPIs first", () => {
    const single = headline.find((h) => h.proposal === "RPA + single approval");
    expect(single?.sentences[0].text).toBe("Mean cycle time falls by 38% (95% CI 37–40%).");
    expect(single?.sentences[2].text).toBe("Cases waiting ≤ 30 min rises from 42.0% to 81.0% (+39.0 points, 95% CI 38.1 to 39.9 points).");
  });

  it("gives a small significant change one decimal instead of rounding it to 0%", () => {
    const summary = (mean: number, lo: number, hi: number) => ({ key: "overall/cost.perCase", n: 20, mean, sd: 1, halfWidth: (hi - lo) / 2, lo, hi });
    const def = { key: "overall/cost.perCase", scope: "overall", subject: "", metric: "cost.perCase", label: "Cost per completed case", unit: "currency", better: "lower" } as const;
    const difference = { key: def.key, current: summary(100, 99, 101), proposed: summary(100.4, 99.4, 101.4), diff: summary(0.4, 0.1, 0.7), relativeChange: 0.004, relativeCi: { lo: 0.001, hi: 0.007 }, significant: true, unpairedHalfWidth: 1.4 };
    expect(sentenceOf(def, difference).text).toBe("Cost per completed case rises by 0.4% (95% CI 0.1–0.7%).");
  });
});
