/**
 * The standalone HTML report: one page with headline, charts and tables that opens from disk
 * with no network (Vega, Vega-Lite and vega-embed are inlined, the specs carry their data).
 *
 * A branch manager double-clicks index.html on a laptop in the branch: the charts draw, the
 * headline says "Mean cycle time falls by 38%", and the tables hold every CI. Same input,
 * same bytes: no dates, no random ids.
 */
import type { ProposalHeadline } from "./headline.js";
import { REPORT_CSS } from "./html-style.js";
import type { ReportPage } from "./page.js";
import type { Table } from "./tables.js";
import { assumptionsHtml, decisionHtml } from "./decision-html.js";
import { t } from "./i18n/translate.js";
import { headerText } from "./i18n/headers.js";

/** The library builds inlined into the page (their `dist/*.min.js` text). */
export interface ReportScripts {
  readonly vega: string;
  readonly vegaLite: string;
  readonly vegaEmbed: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON safe inside a <script> element (no "</script>", no "<!--"). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Library code safe inside a <script> element; drops source-map comments (no file to fetch). */
function scriptCode(code: string): string {
  return code.replace(/^\/\/# sourceMappingURL=.*$/gm, "").replace(/<\/script/gi, "<\\/script");
}

function masthead(page: ReportPage): string {
  const kicker = escapeHtml(t(page.kind === "comparison" ? "html.kickerComparison" : "html.kickerRun"));
  const vs = escapeHtml(t("page.vs", { current: "", proposals: "" }));
  const title = escapeHtml(page.title).replace(vs, ` <span class="vs">${vs.trim()}</span> `);
  const facts = page.facts.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`).join("");
  return `<header class="masthead"><div class="wrap"><p class="kicker">${kicker}</p><h1>${title}</h1><dl class="facts">${facts}</dl></div></header>`;
}

function headlineSection(page: ReportPage): string {
  const card = (h: ProposalHeadline) => {
    const items = h.sentences.map((s) => `<li class="${s.verdict}">${escapeHtml(s.text)}</li>`).join("");
    const note = h.note ? `<p class="note">${escapeHtml(h.note)}</p>` : "";
    return `<div class="card"><h3>${escapeHtml(h.proposal)}</h3><ul>${items || `<li class="unclear">${escapeHtml(t("decision.noKpi"))}</li>`}</ul>${note}</div>`;
  };
  const title = escapeHtml(t(page.kind === "comparison" ? "html.everyHeadline" : "html.keyFigures"));
  const warnings = page.warnings.length
    ? `<div class="warnings"><strong>${escapeHtml(t("html.warnings"))}</strong><ul>${page.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></div>`
    : "";
  return `<section id="headline"><h2>${title}</h2><div class="headline">${page.headline.map(card).join("")}</div>${warnings}</section>`;
}

function chartsSection(page: ReportPage): string {
  const heading = `<h2>${escapeHtml(t("html.charts"))}</h2>`;
  const notes = page.chartNotes?.length ? page.chartNotes.map((n) => `<p class="note chart-note">${escapeHtml(n)}</p>`).join("") : "";
  if (!page.charts.length) return `<section id="charts">${heading}<p>${escapeHtml(t("html.nothingToChart"))}</p>${notes}</section>`;
  const figures = page.charts.map((c) => {
    const files = `<a href="${c.id}.svg">SVG</a> · <a href="${c.id}.png">PNG</a> · <a href="${c.id}.vl.json">Vega-Lite</a>`;
    return `<figure class="card chart${c.wide ? " wide" : ""}${c.tall ? " tall" : ""}" id="chart-${c.id}"><div class="view" data-chart="${c.id}" role="img" aria-label="${escapeHtml(c.title)}"></div><figcaption>${escapeHtml(c.title)} · ${files}</figcaption></figure>`;
  });
  return `<section id="charts">${heading}<div class="grid">${figures.join("")}</div>${notes}</section>`;
}

function rowClass(row: unknown): string {
  const verdict = (row as { verdict?: unknown }).verdict;
  return typeof verdict === "string" ? ` class="${verdict}"` : "";
}

/** An HTML table of a table's display columns (numbers right-aligned, CI columns muted). */
export function tableToHtml<R>(table: Table<R>): string {
  const columns = table.columns.filter((c) => !c.csvOnly);
  const cls = (c: (typeof columns)[number]) => {
    const names = [c.align === "right" ? "num" : "", c.header === "95% CI" ? "ci" : "", c.header === "verdict" ? "verdict" : ""].filter(Boolean);
    return names.length ? ` class="${names.join(" ")}"` : "";
  };
  const head = columns.map((c) => `<th${cls(c)}>${escapeHtml(headerText(c.header))}</th>`).join("");
  const body = table.rows.map((r) => `<tr${rowClass(r)}>${columns.map((c) => `<td${cls(c)}>${escapeHtml(c.text(r))}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function tablesSection(page: ReportPage): string {
  const blocks = page.tables.map((t, i) => `<details class="card table" id="table-${i + 1}" open><summary>${escapeHtml(t.title)}</summary><div class="scroll">${tableToHtml(t)}</div>${t.note ? `<p class="note table-note">${escapeHtml(t.note)}</p>` : ""}</details>`);
  return `<section id="tables"><h2>${escapeHtml(t("html.tables"))}</h2>${blocks.join("\n")}</section>`;
}

/** The table of contents: the sections, then each chart and table by title. */
function contents(page: ReportPage): string {
  const link = (id: string, text: string) => `<li><a href="#${id}">${escapeHtml(text)}</a></li>`;
  const charts = page.charts.map((c) => link(`chart-${c.id}`, c.title)).join("");
  const tables = page.tables.map((t, i) => link(`table-${i + 1}`, t.title)).join("");
  const items = [
    link("decision", t("decision.title")),
    page.assumptions.rows.length ? link("assumptions", t("assumptions.title")) : "",
    link("headline", t(page.kind === "comparison" ? "html.everyHeadline" : "html.keyFigures")),
    `<li><a href="#charts">${escapeHtml(t("html.charts"))}</a><ul>${charts}</ul></li>`,
    `<li><a href="#tables">${escapeHtml(t("html.tables"))}</a><ul>${tables}</ul></li>`,
  ];
  const contentsWord = escapeHtml(t("html.contents"));
  return `<nav class="toc card" aria-label="${contentsWord}"><details><summary>${contentsWord}</summary><ul>${items.join("")}</ul></details></nav>`;
}

/** Draws every chart with vega-embed; marks each container done or error (for tests and readers). */
const BOOT = `(function () {
  var specs = JSON.parse(document.getElementById("procsim-specs").textContent);
  var nodes = Array.prototype.slice.call(document.querySelectorAll("[data-chart]"));
  var options = { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } };
  // A chart laid out wider than its half-width card would be shrunk (5-7 px text): give it the full row.
  function widenIfScaled(node) {
    var svg = node.querySelector("svg");
    var figure = node.closest("figure");
    if (svg && figure && svg.getBoundingClientRect().width < Number(svg.getAttribute("width")) - 1) figure.classList.add("wide");
  }
  Promise.all(nodes.map(function (node) {
    return vegaEmbed(node, specs[node.getAttribute("data-chart")], options).then(function () {
      widenIfScaled(node);
      node.setAttribute("data-state", "done");
    }).catch(function (error) {
      node.setAttribute("data-state", "error");
      node.textContent = "This chart could not be drawn: " + error.message;
      console.error(error);
    });
  })).then(function () { document.body.setAttribute("data-charts", "done"); });
})();`;

/** The complete page. Deterministic: the same page and scripts give the same bytes. */
export function renderReportHtml(page: ReportPage, scripts: ReportScripts): string {
  const specs = Object.fromEntries(page.charts.map((c) => [c.id, c.spec]));
  const footer = `<footer>${escapeHtml(t("html.footer", { differences: page.kind === "comparison" ? t("html.footerDifferences") : "" }))}</footer>`;
  return [
    "<!doctype html>",
    `<html lang="${t("html.lang")}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("html.pageTitle", { title: page.title }))}</title><style>${REPORT_CSS}</style></head>`,
    "<body>",
    masthead(page),
    `<main class="wrap">${contents(page)}${decisionHtml(page.decision)}${assumptionsHtml(page.assumptions.models, page.assumptions.rows)}${headlineSection(page)}${chartsSection(page)}${tablesSection(page)}${footer}</main>`,
    `<script>${scriptCode(scripts.vega)}</script>`,
    `<script>${scriptCode(scripts.vegaLite)}</script>`,
    `<script>${scriptCode(scripts.vegaEmbed)}</script>`,
    `<script type="application/json" id="procsim-specs">${scriptJson(specs)}</script>`,
    `<script>${BOOT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
