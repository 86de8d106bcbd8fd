"""The review pages' style sheet and script, inlined into every page: nothing is fetched, ever."""

from __future__ import annotations

# Section bands cycle through eight tints; the band colour marks the span in the margin and in print.
CSS = """
:root {
  --ink: #1d2330; --muted: #667085; --line: #d9dee7; --paper: #fff; --shade: #f6f7f9;
  --hl: #fff1a8; --hl-edge: #e0a400; --warn: #b54708; --warn-bg: #fffaeb; --link: #1f5fbf;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--paper); color: var(--ink); font: 14px/1.45 var(--ui); }
body { display: flex; flex-direction: column; height: 100vh; }
a { color: var(--link); }
code { font-family: var(--mono); font-size: 12px; }
.top { display: flex; gap: 1rem; align-items: baseline; padding: .5rem 1rem; border-bottom: 1px solid var(--line);
  background: #f9fafb; flex-wrap: wrap; }
.top h1 { font-size: 18px; margin: 0; }
.top .meta { color: var(--muted); font-size: 13px; }
.top .meta b { color: var(--ink); font-weight: 600; }
.top nav { margin-left: auto; font-size: 13px; }
.warnings { max-height: 22vh; overflow: auto; padding: .35rem 1rem; background: var(--warn-bg);
  border-bottom: 1px solid #fedf89; font-size: 13px; }
.warnings summary { cursor: pointer; }
.warnings h2 { display: inline; font-size: 13px; margin: 0 .75rem 0 0; color: var(--warn); }
.warnings ol { margin: 0; padding: 0; list-style: none; }
.warnings li { display: block; margin: .1rem 0; }
.warnings code { color: var(--warn); font-weight: 600; }
.warnings .where { color: var(--muted); }
.ok { color: #067647; }
.panes { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1.45fr) minmax(21rem, 1fr); }
.pane { overflow: auto; min-height: 0; }
.doc { border-right: 1px solid var(--line); padding: .5rem 0 3rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; padding: 0 1rem .5rem; color: var(--muted); font-size: 12px; }
.legend span::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em;
  vertical-align: -1px; border-radius: 2px; background: var(--sw); }
.legend .l-front { --sw: #e4e7ec; } .legend .l-furn { --sw: #fff; outline: 1px dashed #98a2b3; }
.legend .l-drop { --sw: #fee4e2; } .legend .l-hl { --sw: var(--hl); }
.span { display: grid; grid-template-columns: 10.5rem minmax(0, 1fr); border-top: 1px solid #fff;
  background: var(--tint); }
.span > .label { border-left: 5px solid var(--band); padding: .2rem .5rem; font-size: 12px; }
.span > .label .sticky { position: sticky; top: 0; }
.label .key { display: inline-block; max-width: 100%; overflow-wrap: anywhere; font-family: var(--mono); font-weight: 700; color: var(--band-ink, var(--band));
  background: #fff; border: 1px solid var(--band); border-radius: 3px; padding: 0 .3rem; }
.label .heading { display: block; color: var(--ink); margin-top: .15rem; overflow-wrap: anywhere; }
.label .range { display: block; color: var(--muted); font-size: 11px; }
.s-front, .s-back { --tint: #f2f4f7; --band: #98a2b3; }
.s-front .key, .s-back .key { font-style: italic; }
.c0 { --tint: #eaf2fc; --band: #3b73c4; } .c1 { --tint: #e9f6ee; --band: #2f8a55; }
.c2 { --tint: #fcf1e3; --band: #b86e14; } .c3 { --tint: #f3edfb; --band: #7c4fc0; }
.c4 { --tint: #e5f5f5; --band: #23807f; } .c5 { --tint: #fcebf0; --band: #b8436f; }
.c6 { --tint: #f1f3e1; --band: #737a1d; } .c7 { --tint: #eef0f3; --band: #5b6472; }
.rows { padding: .15rem .75rem .15rem 0; }
.row { display: grid; grid-template-columns: 1.4rem 2.4rem minmax(0, 1fr); column-gap: .4rem; scroll-margin: 4rem;
  border-left: 4px solid transparent; }
.nopages .row { grid-template-columns: 0 2.4rem minmax(0, 1fr); column-gap: .2rem; }
.row .pg, .row .no { font-family: var(--mono); font-size: 11px; color: var(--muted); text-align: right;
  padding-top: .2em; user-select: none; }
.row .pg { color: #98a2b3; }
.nopages .row .pg { visibility: hidden; }
.row .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.row.blank { min-height: .55em; line-height: .55em; }
.row.blank .no { font-size: 0; }
.row.heading .tx { font-weight: 700; }
.row.pbreak { border-top: 1px dashed #98a2b3; margin-top: .25rem; padding-top: .15rem; }
.row.furn { color: #475467; font-style: italic; background: repeating-linear-gradient(135deg, #fff 0 6px, #f7f8fa 6px 12px); }
.row .tag { font: 10px var(--ui); color: var(--muted); font-style: normal; white-space: nowrap;
  border: 1px solid var(--line); border-radius: 3px; padding: 0 .25rem; vertical-align: 1px; background: #fff; }
.row.drop { background: #fef3f2; }
.row.drop .tx { text-decoration: line-through; text-decoration-color: #d92d20; color: #912018; }
.row .why { grid-column: 3; font-size: 11px; color: #b42318; }
.row .why code { font-size: 11px; background: #fff; padding: 0 .2rem; border-radius: 2px; }
.row.hl { background: var(--hl); border-left-color: var(--hl-edge); }
#doc .row[id^="L"]:not(.blank) { cursor: pointer; }
#doc .row[id^="L"]:not(.blank):hover { border-left-color: #c7d7fe; }
.record { padding: .5rem 1rem 3rem; background: #fcfcfd; }
.group { margin: 0 0 1rem; }
.group h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: .6rem 0 .3rem; border-bottom: 1px solid var(--line); padding-bottom: .15rem; }
.group h2 .count { font-weight: 400; margin-left: .3rem; }
.group .empty { color: var(--muted); font-style: italic; margin: 0; }
.facts { margin: 0; padding: 0; list-style: none; }
.facts .facts { margin: .15rem 0 .2rem 1.1rem; }
.fact { display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); column-gap: .5rem; padding: .15rem 0;
  border-bottom: 1px solid #f0f2f5; }
.facts .facts .fact { grid-template-columns: 6.5rem minmax(0, 1fr); border-bottom: 0; }
.fact > .k { color: var(--muted); font-size: 12px; padding-top: .1em; hyphens: auto; }
.fact > .facts { grid-column: 1 / -1; }
.v { color: var(--ink); text-decoration: none; border-radius: 3px; overflow-wrap: anywhere; }
a.v { cursor: pointer; }
a.v:hover { background: #eef4ff; }
a.v:hover .loc { background: var(--link); color: #fff; }
a.v.active { background: var(--hl); }
.loc { display: inline-block; margin-left: .35rem; font: 10.5px var(--mono); color: var(--link); background: #eef4ff;
  border: 1px solid #c7d7fe; border-radius: 3px; padding: 0 .25rem; vertical-align: 1px; white-space: nowrap; }
.v.nolink { color: #475467; }
.v.nolink::after { content: " (line not found)"; color: #98a2b3; font-size: 11px; }
.note { display: inline-block; margin-left: .4rem; font-size: 11px; color: #344054; background: #eef1f5;
  border-radius: 3px; padding: 0 .3rem; }
.source { color: var(--muted); font-size: 12px; }
.source dt { float: left; clear: left; width: 5rem; }
.source dd { margin: 0 0 0 5.5rem; overflow-wrap: anywhere; }
@media (max-width: 900px) {
  body { height: auto; display: block; }
  .panes { display: block; }
  .pane { overflow: visible; }
  .span { grid-template-columns: 7rem minmax(0, 1fr); }
}
@media print {
  @page { margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html, body { font-size: 10.5px; }
  body { height: auto; display: block; }
  .top { background: none; }
  .warnings { max-height: none; overflow: visible; }
  .panes { display: flex; flex-direction: column; }
  .pane { overflow: visible; }
  .record { order: -1; border-bottom: 2px solid var(--ink); margin-bottom: .5rem; background: none; }
  .doc { border-right: 0; }
  .span { grid-template-columns: 13rem minmax(0, 1fr); }
  .span > .label .sticky { position: static; }
  .row { break-inside: avoid; }
  .group { break-inside: avoid-page; }
  .top nav, .legend .l-hl { display: none; }
  .loc { border: 0; background: none; padding: 0; color: var(--muted); }
  .row.hl { background: none; border-left-color: transparent; }
  a.v.active { background: none; }
}
"""

# Clicking a value, a warning or a section highlights its lines and scrolls the document pane to them.
# Links are plain "#L12" anchors too, so the page works (and prints) without the script.
JS = """
(function () {
  "use strict";
  var lit = [];
  function rowsOf(spec) {
    var m = /^(\\d+)-(\\d+)$/.exec(spec || ""), out = [], e, n;
    if (m) {
      for (n = +m[1]; n <= +m[2]; n++) { e = document.getElementById("L" + n); if (e) { out.push(e); } }
      return out;
    }
    e = document.getElementById(spec);
    return e ? [e] : [];
  }
  function clear() {
    lit.forEach(function (e) { e.classList.remove("hl"); });
    Array.prototype.forEach.call(document.querySelectorAll("a.active"), function (e) { e.classList.remove("active"); });
    lit = [];
  }
  function show(link) {
    clear();
    lit = rowsOf(link.getAttribute("data-rows"));
    lit.forEach(function (e) { e.classList.add("hl"); });
    link.classList.add("active");
    if (lit.length) { lit[0].scrollIntoView({ block: lit.length > 6 ? "start" : "center" }); }
  }
  // The reverse way: a click on a document line lights up the record values read from it.
  var fromLine = {};
  Array.prototype.forEach.call(document.querySelectorAll("#record a[data-rows]"), function (link) {
    rowsOf(link.getAttribute("data-rows")).forEach(function (row) {
      (fromLine[row.id] = fromLine[row.id] || []).push(link);
    });
  });
  function width(link) {
    var m = /^(\\d+)-(\\d+)$/.exec(link.getAttribute("data-rows") || "");
    return m ? +m[2] - +m[1] : 0;
  }
  function showValues(row) {
    // The narrowest value first: a duty's own item before the whole duties section.
    var links = (fromLine[row.id] || []).slice().sort(function (a, b) { return width(a) - width(b); });
    clear();
    row.classList.add("hl");
    lit = [row];
    links.forEach(function (e) { e.classList.add("active"); });
    if (links.length) { links[0].scrollIntoView({ block: "center" }); }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-rows]") : null;
    if (!link) {
      var row = event.target.closest ? event.target.closest("#doc .row[id]") : null;
      var selection = window.getSelection ? window.getSelection() : null;
      if (row && (!selection || selection.isCollapsed)) { showValues(row); }
      return;
    }
    event.preventDefault();
    show(link);
    if (history.replaceState) { history.replaceState(null, "", link.getAttribute("href")); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
  if (location.hash) {
    var target = document.querySelector('a[data-rows][href="' + location.hash.replace(/"/g, "") + '"]');
    if (target) { show(target); }
  }
})();
"""
