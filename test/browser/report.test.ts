/**
 * The HTML reports in a real browser: generated from the account-opening fixtures, from the
 * real pipeline on bundled scenarios, and from any report folder already under reports/;
 * opened from disk in headless Chromium with no network. Every chart must draw (an SVG with marks in each view), with no console error and
 * no failed or outside request. A 1280 × 1600 screenshot of the top of each lands in reports/screenshots/
 * (the bundled comparisons' are kept in the repository). The Chinese loan-approval model is
 * reported in Chinese: its decision summary must be there and nothing may overflow either.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_MARKER, writeComparisonReport, writeRunReport } from "../../src/report/write.js";
import { accountOpeningComparison, accountOpeningRun } from "../fixtures/results/account-opening.js";
import { compareFiles } from "../../src/api/compare.js";
import { loadModels, simulateFile } from "../../src/api/simulate.js";
import { comparisonContextOf, runContextOf } from "../../src/api/model-facts.js";
import type { ReportContext } from "../../src/report/model-facts.js";
import { setLanguage } from "../../src/report/i18n/language.js";

/** The bundled comparisons (current, proposal, language) and the bundled models run on their own. */
const BUNDLED_COMPARISONS = [
  ["account-opening-rpa", "scenarios/account-opening.yaml", "scenarios/account-opening-rpa-proposed.yaml", "en"],
  ["branch-counter-lunch", "scenarios/branch-counter.yaml", "scenarios/branch-counter-lunch-proposed.yaml", "en"],
  ["loan-factory-prereview", "scenarios/loan-factory.yaml", "scenarios/loan-factory-prereview-proposed.yaml", "en"],
  ["call-centre-callback-team", "scenarios/call-centre.yaml", "scenarios/call-centre-callback-team-proposed.yaml", "en"],
  ["loan-approval-zh", "examples/贷款审批.yaml", "examples/贷款审批-增加审批员.yaml", "zh"],
] as const;
const BUNDLED_RUNS = [["branch-counter", "scenarios/branch-counter.yaml"], ["call-centre", "scenarios/call-centre.yaml"]] as const;

/** Reports from the real pipeline: bundled scenarios, a few replications, in-process, with the models' facts. */
async function pipelineReports(out: string) {
  const options = { replications: 4, workers: 1 };
  const target = (dir: string, context: ReportContext) => ({ outDir: join(out, dir), allowOutside: true, png: false, context });
  const written = [];
  for (const [name, current, proposal, language] of BUNDLED_COMPARISONS) {
    const models = loadModels([current, proposal]);
    const comparison = await compareFiles(current, [proposal], options);
    if (!comparison.ok || !models.ok) throw new Error(`${name}: bundled scenarios failed to load`);
    const before = setLanguage(language);
    try {
      written.push([name, await writeComparisonReport(comparison.value, target(name, comparisonContextOf(models.value, comparison.value, options)))] as const);
    } finally {
      setLanguage(before);
    }
  }
  for (const [name, path] of BUNDLED_RUNS) {
    const models = loadModels([path]);
    const run = await simulateFile(path, options);
    if (!run.ok || !models.ok) throw new Error(`${name}: bundled scenario failed to load`);
    written.push([name, await writeRunReport(run.value, target(name, runContextOf(models.value[0], run.value, options)))] as const);
  }
  return written;
}

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
const REPORTS = resolve("reports");
const SCREENSHOTS = join(REPORTS, "screenshots");
const installed = existsSync(CHROMIUM);
const MISSING = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this in CI).`;

if (!installed && !process.env.CI) console.warn(`Skipping browser tests: ${MISSING}`);

/** Report folders the CLI already wrote under reports/ (each with its marker and index.html). */
function existingReports(): { name: string; html: string }[] {
  if (!existsSync(REPORTS)) return [];
  return readdirSync(REPORTS)
    .filter((d) => existsSync(join(REPORTS, d, REPORT_MARKER)) && existsSync(join(REPORTS, d, "index.html")))
    .map((d) => ({ name: d, html: join(REPORTS, d, "index.html") }));
}

/**
 * A fontconfig file that adds the Chinese font procsim ships for its PNG charts to the system's
 * fonts, so a machine without a CJK font (a CI container) draws the Chinese report's glyphs as a
 * Chinese reader's browser does, not as empty boxes.
 */
function cjkFontConfig(dir: string): string {
  const path = join(dir, "fonts.conf");
  const fonts = resolve("node_modules/@embedpdf/fonts-sc/fonts");
  writeFileSync(path, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(dir, "font-cache")}</cachedir></fontconfig>\n`);
  return path;
}

/** What the page did: charts drawn, console errors, failed or blocked requests. */
interface PageCheck {
  readonly charts: { id: string; state: string | null; marks: number; laidOut: number; shown: number }[];
  readonly errors: string[];
  readonly badRequests: string[];
  /** At 1280 px: whether the decision summary is there, and the tables and charts wider than their card. */
  readonly decision: boolean;
  /** The decision summary's heading ("Decision summary", "决策摘要"). */
  readonly heading: string;
  readonly overflowing: string[];
}

/** Tables and charts at least a pixel wider than the card they sit in (what a reader cannot see). */
const OVERFLOW_CHECK = `(() => {
  const out = [];
  for (const card of document.querySelectorAll(".card")) {
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll("table, .view svg")) {
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) out.push((card.id || card.className) + ": " + el.tagName + " " + Math.round(r.width) + " px in " + Math.round(box.width) + " px");
    }
  }
  return out;
})()`;

async function openReport(context: BrowserContext, html: string, screenshot: string): Promise<PageCheck> {
  const page = await context.newPage();
  const errors: string[] = [];
  const badRequests: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => badRequests.push(`failed: ${r.url()}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    badRequests.push(`outside: ${url}`);
    return route.abort();
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(pathToFileURL(html).href);
  await page.waitForSelector("body[data-charts=done]", { timeout: 60_000 });
  const charts = await page.$$eval("[data-chart]", (nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute("data-chart") ?? "",
      state: n.getAttribute("data-state"),
      marks: n.querySelectorAll("svg g[class*='mark-'] path, svg g[class*='mark-'] line, canvas").length,
      laidOut: Number(n.querySelector("svg")?.getAttribute("width") ?? 0),
      shown: n.querySelector("svg")?.getBoundingClientRect().width ?? 0,
    })),
  );
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, width: 1280, height: 1600 } });
  const decision = (await page.$("#decision .question")) !== null;
  const heading = (await page.textContent("#decision h2")) ?? "";
  const overflowing = (await page.evaluate(OVERFLOW_CHECK)) as string[];
  await page.close();
  return { charts, errors, badRequests, decision, heading, overflowing };
}

describe.skipIf(!installed && !process.env.CI)("HTML report in headless Chromium", () => {
  let context: BrowserContext;
  let userData: string;
  let out: string;
  const reports: { name: string; html: string }[] = [];

  beforeAll(async () => {
    if (!installed) throw new Error(MISSING);
    out = mkdtempSync(join(tmpdir(), "procsim-report-"));
    userData = mkdtempSync(join(tmpdir(), "procsim-chromium-"));
    const written = [
      ["fixture-comparison", await writeComparisonReport(accountOpeningComparison, { outDir: join(out, "comparison"), allowOutside: true })],
      ["fixture-run", await writeRunReport(accountOpeningRun, { outDir: join(out, "run"), allowOutside: true })],
      ...(await pipelineReports(out)),
    ] as const;
    for (const [name, result] of written) {
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
      reports.push({ name, html: join(result.dir, "index.html") });
    }
    reports.push(...existingReports());
    mkdirSync(SCREENSHOTS, { recursive: true });
    const env = { ...process.env, FONTCONFIG_FILE: cjkFontConfig(userData) } as Record<string, string>;
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: ARGS, env });
  });

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("draws every chart of every report with no error and no network", async () => {
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const report of reports) {
      const check = await openReport(context, report.html, join(SCREENSHOTS, `${report.name}.png`));
      expect(check.charts.length, report.name).toBeGreaterThanOrEqual(5);
      for (const chart of check.charts) {
        expect(chart.state, `${report.name}: ${chart.id}`).toBe("done");
        expect(chart.marks, `${report.name}: ${chart.id} has no marks`).toBeGreaterThan(3);
        // Shrunk to fit a half-width card, a 951-px chart's text read 5–7 px (56%): a chart is shown at
        // its own width, or in the full row at no less than 90% of it (text of 11 px still reads 10).
        expect(chart.shown, `${report.name}: ${chart.id} laid out at ${chart.laidOut} px`).toBeGreaterThanOrEqual(0.9 * chart.laidOut);
      }
      expect(check.errors, report.name).toEqual([]);
      expect(check.badRequests, report.name).toEqual([]);
      expect(existsSync(join(SCREENSHOTS, `${report.name}.png`))).toBe(true);
      expect(check.decision, `${report.name}: decision summary`).toBe(true);
      expect(check.heading, report.name).toBe(report.name.endsWith("-zh") ? "决策摘要" : "Decision summary");
      expect(check.overflowing, `${report.name}: wider than their card at 1280 px`).toEqual([]);
    }
  });
});
