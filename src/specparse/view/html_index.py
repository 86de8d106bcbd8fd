"""The site's index page: every input in one sortable, filterable table, failures included."""

from __future__ import annotations

from collections import Counter
from html import escape

from .assets import CSS
from .html_page import CSP
from .site import IndexRow

INDEX_CSS = """
body { height: auto; display: block; }
.controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding: .5rem 1rem;
  border-bottom: 1px solid var(--line); font-size: 13px; }
.controls input[type=search] { width: 18rem; padding: .2rem .4rem; font: inherit; }
.controls select { font: inherit; }
.controls .shown { color: var(--muted); margin-left: auto; }
.tally { color: var(--muted); font-size: 13px; }
.tally b { color: var(--ink); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eaecf0; }
th { position: sticky; top: 0; background: #f9fafb; cursor: pointer; user-select: none; white-space: nowrap;
  border-bottom: 1px solid var(--line); }
th[aria-sort=ascending]::after { content: " ▲"; font-size: 10px; }
th[aria-sort=descending]::after { content: " ▼"; font-size: 10px; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.path { overflow-wrap: anywhere; min-width: 16rem; max-width: 26rem; }
td.path .dir { color: var(--muted); font-size: 12px; }
tr:hover td { background: #f5f8ff; }
.status { font-family: var(--mono); font-size: 12px; padding: 0 .3rem; border-radius: 3px; background: #ecfdf3; color: #067647; }
tr.failed .status { background: #fef3f2; color: #b42318; }
tr.skipped .status { background: #f2f4f7; color: #475467; }
td.error { color: #b42318; }
.keys { display: flex; flex-wrap: wrap; gap: .15rem; max-width: 22rem; }
.keys span { font-family: var(--mono); font-size: 10.5px; background: #eef1f5; border-radius: 3px; padding: 0 .25rem; }
td.warn { color: var(--warn); font-weight: 600; }
@media print { .controls input, .controls select, .controls label { display: none; } th { position: static; } }
"""

INDEX_JS = """
(function () {
  "use strict";
  var table = document.getElementById("specs"), body = table.tBodies[0];
  var search = document.getElementById("q"), status = document.getElementById("status");
  var warned = document.getElementById("warned"), shown = document.getElementById("shown");
  function filter() {
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean), want = status.value, count = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = row.textContent.toLowerCase(), s = row.getAttribute("data-status");
      var ok = (!want || want === s || (want === "failed" && row.classList.contains("failed")))
        && (!warned.checked || +row.getAttribute("data-warnings") > 0)
        && words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) { count++; }
    });
    shown.textContent = count + " of " + body.rows.length + " shown";
  }
  function sortBy(th) {
    var column = th.cellIndex, numeric = th.hasAttribute("data-numeric");
    var order = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", order);
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-v") || a.cells[column].textContent;
      var y = b.cells[column].getAttribute("data-v") || b.cells[column].textContent;
      var r = numeric ? (+x) - (+y) : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
      return order === "ascending" ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  table.tHead.addEventListener("click", function (e) { var th = e.target.closest("th"); if (th) { sortBy(th); } });
  [search, status, warned].forEach(function (c) { c.addEventListener("input", filter); c.addEventListener("change", filter); });
  filter();
})();
"""

# (heading, sorts as a number, what the column counts: shown on hover)
COLUMNS = (
    ("Status", False, "ok, or why the file failed: empty, encrypted, unsupported, corrupt, too_large, timeout, ..."),
    ("File", False, "the input, relative to the folder given; links to its review page"),
    ("Title", False, "the record's title (for a failed file: the error)"),
    ("Code", False, "class code"),
    ("Jurisdiction", False, "employer"),
    ("Sections", False, "section keys in document order (×n: how many times)"),
    ("Duties", True, "duty statements"),
    ("Reqs", True, "ways to qualify (alternatives), else education and experience entries"),
    ("Warnings", True, "parse warnings: open the page to see each at its line"),
    ("Format", False, "format read from the bytes, pages for PDFs"),
)
OK_STATUSES = ("ok", "skipped")


def index_html(rows: list[IndexRow], *, title: str) -> str:
    statuses = Counter(row.status for row in rows)
    failed = sum(count for status, count in statuses.items() if status not in OK_STATUSES)
    tally = " · ".join(f"<b>{count}</b> {escape(status)}" for status, count in sorted(statuses.items()))
    options = "".join(f"<option value='{escape(s)}'>{escape(s)} ({n})</option>" for s, n in sorted(statuses.items()))
    if failed:
        options = f"<option value='failed'>any failure ({failed})</option>" + options
    head = "".join(
        f"<th scope='col' title='{escape(hint)}'{' data-numeric' if numeric else ''}>{name}</th>"
        for name, numeric, hint in COLUMNS
    )
    return "".join(
        [
            "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>",
            f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">",
            "<meta name='viewport' content='width=device-width, initial-scale=1'><meta name='referrer' content='no-referrer'>",
            f"<title>{escape(title)} — specparse review</title><style>{CSS}{INDEX_CSS}</style></head><body>",
            f"<header class='top'><h1>{escape(title)}</h1><div class='tally'><b>{len(rows)}</b> inputs · {tally}</div></header>",
            "<div class='controls'><input type='search' id='q' placeholder='Filter: title, code, file, section…' aria-label='Filter'>",
            f"<label>Status <select id='status'><option value=''>all</option>{options}</select></label>",
            "<label><input type='checkbox' id='warned'> with warnings only</label><span class='shown' id='shown'></span></div>",
            f"<table id='specs'><thead><tr>{head}</tr></thead><tbody>",
            "".join(_row(row) for row in rows),
            f"</tbody></table><script>{INDEX_JS}</script></body></html>\n",
        ]
    )


def _row(row: IndexRow) -> str:
    css = "r-ok" if row.status == "ok" else ("skipped" if row.status == "skipped" else "failed")
    folder, _, name = row.name.rpartition("/")
    shown = (f"<span class='dir'>{escape(folder)}/</span>" if folder else "") + escape(name)
    file_cell = f"<a href='{escape(row.href)}' title='{escape(row.path)}'>{shown}</a>" if row.href else shown
    if row.status == "ok":
        counts = Counter(row.sections)
        keys = "".join(f"<span>{escape(key)}{f' ×{counts[key]}' if counts[key] > 1 else ''}</span>" for key in counts)
        cells = [
            f"<td>{escape(row.title or '')}</td>",
            f"<td>{escape(row.class_code or '')}</td>",
            f"<td>{escape(row.jurisdiction or '')}</td>",
            f"<td data-v='{len(row.sections)}'><div class='keys'>{keys}</div></td>",
            f"<td class='n'>{row.duties}</td>",
            f"<td class='n'>{row.requirements}</td>",
            f"<td class='n{' warn' if row.warnings else ''}'>{row.warnings}</td>",
        ]
    else:
        # Empty cells rather than one wide cell: sorting reads every row's cells by column position.
        cells = [
            f"<td class='error'>{escape(row.error or '')}</td>",
            "<td></td>" * 3,
            "<td class='n' data-v='-1'></td>" * 3,
        ]
    pages = f" · {row.pages} p." if row.pages else ""
    return (
        f"<tr class='{css}' data-status='{escape(row.status)}' data-warnings='{row.warnings}'>"
        f"<td><span class='status'>{escape(row.status)}</span></td><td class='path'>{file_cell}</td>"
        f"{''.join(cells)}<td>{escape(row.format or '')}{pages}</td></tr>"
    )
