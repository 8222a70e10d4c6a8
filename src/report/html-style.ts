/**
 * The stylesheet of the HTML report: system fonts, a dark masthead, white cards on a light
 * page, charts in a responsive grid, tables with tabular figures. No web fonts, no network.
 */

/** CSS of the report page. */
export const REPORT_CSS = `
:root { --ink: #1d2530; --muted: #5b6672; --line: #e1e5ea; --page: #f3f5f8; --card: #ffffff;
  --navy: #14263d; --accent: #1f6fb4; --good: #1f7a50; --bad: #b8322a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
.wrap { max-width: 1360px; margin: 0 auto; padding: 0 28px; }
.masthead { background: var(--navy); color: #fff; padding: 26px 0 22px; }
.kicker { margin: 0 0 4px; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #9fb3c8; }
.masthead h1 { margin: 0 0 12px; font-size: 26px; line-height: 1.25; font-weight: 650; }
.masthead h1 .vs { color: #9fb3c8; font-weight: 400; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }
.facts div { display: flex; gap: 6px; font-size: 13px; }
.facts dt { color: #9fb3c8; } .facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
main { padding: 24px 0 40px; }
h2 { font-size: 18px; margin: 28px 0 12px; font-weight: 650; }
.headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 1px 2px rgba(20,38,61,.05); }
.headline .card { padding: 16px 20px; border-top: 4px solid var(--accent); }
.headline h3 { margin: 0 0 8px; font-size: 15px; }
.headline ul { margin: 0; padding: 0; list-style: none; }
.headline li { padding: 5px 0 5px 22px; position: relative; border-top: 1px solid #f0f2f5; }
.headline li:first-child { border-top: 0; }
.headline li::before { content: ""; position: absolute; left: 2px; top: 12px; width: 10px; height: 10px; border-radius: 50%; background: #c3cad2; }
.headline li.better::before { background: var(--good); } .headline li.worse::before { background: var(--bad); }
.headline li.unclear { color: var(--muted); }
.warnings { background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 10px; padding: 10px 18px; margin-top: 16px; }
.warnings ul { margin: 4px 0; padding-left: 20px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(560px, 100%), 1fr)); grid-auto-flow: row dense; gap: 18px; }
.chart { margin: 0; padding: 14px 16px 10px; overflow-x: auto; min-width: 0; }
.chart.wide { grid-column: 1 / -1; }
.chart.tall { grid-row: span 2; }
.chart .view { min-height: 120px; }
.chart .view svg { max-width: 100%; height: auto; }
.chart figcaption { font-size: 12px; color: var(--muted); margin-top: 6px; }
.chart figcaption a { color: var(--muted); }
details.table { margin-bottom: 16px; padding: 0; overflow: hidden; }
details.table summary { cursor: pointer; padding: 12px 18px; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; border-top: 1px solid var(--line); white-space: nowrap; }
th { background: #f7f9fb; text-align: left; font-weight: 600; color: #3a4450; white-space: normal; vertical-align: bottom; }
td.num, th.num { text-align: right; }
tbody td:first-child { white-space: normal; min-width: 12em; }
details.table td.ci { white-space: normal; }
td.ci { color: var(--muted); font-size: 12px; }
tr.better td.verdict { color: var(--good); font-weight: 600; }
tr.worse td.verdict { color: var(--bad); font-weight: 600; }
tbody tr:nth-child(even) { background: #fbfcfd; }
footer { color: var(--muted); font-size: 12px; padding: 24px 0 8px; border-top: 1px solid var(--line); margin-top: 28px; }
.toc { padding: 8px 18px; margin-bottom: 8px; font-size: 13px; }
.toc summary { cursor: pointer; font-weight: 600; }
.toc ul { margin: 4px 0; padding-left: 20px; columns: 2; column-gap: 32px; }
.toc ul ul { columns: 1; }
.toc a { color: var(--accent); text-decoration: none; }
.question { font-size: 17px; font-weight: 600; margin: 0 0 14px; }
.decision h3 { font-size: 15px; margin: 18px 0 8px; }
.proposal h4 { margin: 10px 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.proposal > ul { margin: 0; padding-left: 20px; }
.proposal .description { color: var(--muted); margin: 0 0 6px; font-size: 13px; }
.proposal .set-aside { color: var(--muted); margin: 2px 0 8px; font-size: 13px; }
.money { margin: 10px 0 0; }
.decision table, .assumptions { background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
.decision th[scope="row"], .assumptions th[scope="row"] { background: transparent; font-weight: 600; white-space: normal; }
td.state { white-space: normal; }
td.state.met strong { color: var(--good); } td.state.notMet strong { color: var(--bad); } td.state.unclear strong { color: #a36a00; }
.assumptions td { white-space: normal; }
.assumptions tr.changed td, .assumptions tr.changed th { background: #fff4d6; }
.note { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11px; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: #fff; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--navy); }
  .masthead .kicker, .facts dt { color: var(--muted); }
  .toc, .vega-embed details, .chart figcaption a { display: none; }
  .card { box-shadow: none; break-inside: avoid; }
  .grid { display: block; }
  .chart { overflow: visible; margin-bottom: 12px; }
  .chart .view svg { max-width: 100%; height: auto; }
  .headline { display: block; } .headline .card { margin-bottom: 10px; }
  .scroll { overflow: visible; }
  table { font-size: 9px; } th, td { padding: 3px 5px; white-space: normal; }
  details.table > summary { list-style: none; }
  h2 { break-after: avoid; }
}
`;
