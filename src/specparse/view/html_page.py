"""One spec's review page: the document's lines beside the record, as one self-contained HTML file.

Every piece of document text passes through ``escape``; the only links are "#L12"-style anchors built
from line numbers and the relative link to the folder's index, so a spec holding ``<script>`` or a
``javascript:`` link shows them as text.
"""

from __future__ import annotations

from html import escape

from .assets import CSS, JS
from .facts import Fact, Group, Link, Linker, record_groups
from .gather import Gathered
from .rows import Row, Span, document_spans

# No fetch of any kind (fonts, images, frames, connections); only the page's own inline style and script.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'none'"
PALETTE_SIZE = 8


def page_html(gathered: Gathered, *, index_href: str | None = None) -> str:
    record = gathered.record
    name = record.source.name
    title = record.title or name
    linker = Linker(gathered)
    parts = [
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<meta name='referrer' content='no-referrer'>",
        f"<title>{escape(title)} — specparse review</title><style>{CSS}</style></head><body>",
        _top(gathered, title, index_href),
        _warnings(gathered, linker),
        "<main class='panes'>",
        _document(gathered),
        _record(gathered, linker),
        f"</main><script>{JS}</script></body></html>\n",
    ]
    return "".join(parts)


def _top(gathered: Gathered, title: str, index_href: str | None) -> str:
    source = gathered.record.source
    facts = [f"<b>{escape(source.name)}</b>", escape(source.format)]
    if source.pages:
        facts.append(f"{source.pages} page{'s' if source.pages != 1 else ''}")
    facts.append(f"{source.lines} lines")
    dropped = len(gathered.cleaned.dropped)
    if dropped:
        facts.append(f"{dropped} dropped")
    nav = f"<nav><a href='{escape(index_href)}'>← all specs</a></nav>" if index_href else ""
    return f"<header class='top'><h1>{escape(title)}</h1><div class='meta'>{' · '.join(facts)}</div>{nav}</header>"


def _warnings(gathered: Gathered, linker: Linker) -> str:
    warnings = gathered.record.warnings
    if not warnings:
        return "<section class='warnings' id='warnings'><h2 class='ok'>no warnings</h2></section>"
    items = []
    for warning in warnings:
        text = f"<code>{escape(warning.code)}</code> {escape(warning.message)}"
        link = linker.warning(warning)
        if link is None:
            items.append(f"<li>{text}</li>")
            continue
        where = f"line {warning.line}" if warning.line else "found at " + _where(link)
        items.append(f"<li>{_anchor(link, text + f' <span class=where>({where})</span>', 'w')}</li>")
    count = len(warnings)
    # A <details> a reviewer can fold away once read; open, so nothing is missed on arrival.
    return (
        f"<details class='warnings' id='warnings' open><summary><h2>{count} warning{'s' if count != 1 else ''}</h2>"
        f"</summary><ol>{''.join(items)}</ol></details>"
    )


def _where(link: Link) -> str:
    first, _, last = link.rows.partition("-")
    if not last:
        return "a page header/footer"
    return f"line {first}" if first == last else f"lines {first}–{last}"


def _anchor(link: Link, inner: str, css: str = "v") -> str:
    return f"<a class='{css}' href='#{link.anchor}' data-rows='{link.rows}'>{inner}</a>"


def _document(gathered: Gathered) -> str:
    paged = bool(gathered.record.source.pages)
    out = [
        f"<section class='pane doc{'' if paged else ' nopages'}' id='doc' aria-label='Document lines'>",
        "<div class='legend'><span class='l-front'>front/back matter</span><span class='l-furn'>page header/footer</span>"
        "<span class='l-drop'>dropped as boilerplate</span><span class='l-hl'>selected value's lines</span></div>",
    ]
    page: int | None = None
    for span in document_spans(gathered):
        out.append(_span_open(span))
        for row in span.rows:
            out.append(_row(row, page is not None and row.page is not None and row.page != page))
            page = row.page if row.page is not None else page
        out.append("</div></div>")
    out.append("</section>")
    return "".join(out)


def _span_open(span: Span) -> str:
    css = f"s-{span.kind}" + (f" c{span.index % PALETTE_SIZE}" if span.kind == "section" else "")
    heading = f"<span class='heading'>{escape(span.heading)}</span>" if span.heading else ""
    key = escape(span.label).replace("_", "_<wbr>")  # "distinguishing_features" breaks after its underscore
    lines = f"lines {span.first}–{span.last}" if span.first else "page furniture"
    return (
        f"<div class='span {css}' data-key='{escape(span.label)}'><div class='label'><div class='sticky'>"
        f"<span class='key'>{key}</span>{heading}<span class='range'>{lines}</span>"
        f"</div></div><div class='rows'>"
    )


def _row(row: Row, page_break: bool) -> str:
    css = ["row"]
    if not row.text:
        css.append("blank")
    if row.heading:
        css.append("heading")
    if row.field_list:
        css.append("field")
    if row.furniture:
        css.append("furn")
    if row.dropped:
        css.append("drop")
    if page_break:
        css.append("pbreak")
    page = str(row.page) if row.page is not None and row.text else ""
    number = str(row.number) if row.number else ""
    tags = ""
    if row.furniture:
        tags += f" <span class='tag'>{row.furniture}</span>"
    if row.field_list:
        tags += " <span class='tag'>field</span>"
    why = f"<span class='why'>dropped: {_reason(row.dropped)}</span>" if row.dropped else ""
    title = f" title='page {page}'" if page else ""
    return (
        f"<div class='{' '.join(css)}' id='{row.anchor}'><span class='pg'{title}>{page}</span>"
        f"<span class='no'>{number}</span><span class='tx'>{escape(row.text)}{tags}</span>{why}</div>"
    )


def _reason(reason: str) -> str:
    label, colon, pattern = reason.partition(": ")
    if not colon or not label.startswith("boilerplate"):
        return escape(reason)
    return f"{escape(label)} <code>{escape(pattern)}</code>"


def _record(gathered: Gathered, linker: Linker) -> str:
    out = ["<aside class='pane record' id='record' aria-label='The record'>"]
    for group in record_groups(gathered, linker):
        out.append(_group(group))
    out.append(_source(gathered))
    out.append("</aside>")
    return "".join(out)


def _group(group: Group) -> str:
    count = f"<span class='count'>{len(group.facts)}</span>" if group.key in ("g-duties", "g-sections") else ""
    body = _facts(group.facts) if group.facts else f"<p class='empty'>{escape(group.empty)}</p>"
    return f"<section class='group' id='{group.key}'><h2>{escape(group.title)}{count}</h2>{body}</section>"


def _facts(facts: list[Fact]) -> str:
    return "<ul class='facts'>" + "".join(_fact(fact) for fact in facts) + "</ul>"


def _fact(fact: Fact) -> str:
    value = escape(fact.value)
    if fact.link:
        shown = _anchor(fact.link, f"{value}<span class='loc'>{_short_where(fact.link)}</span>")
    else:
        shown = f"<span class='v{'' if fact.children else ' nolink'}'>{value}</span>"
    note = f"<span class='note'>{escape(fact.note)}</span>" if fact.note else ""
    children = _facts(fact.children) if fact.children else ""
    label = escape(fact.label).replace("_", "_<wbr>")
    return f"<li class='fact'><span class='k'>{label}</span><span>{shown}{note}</span>{children}</li>"


def _short_where(link: Link) -> str:
    first, _, last = link.rows.partition("-")
    if not last:
        return "header/footer"
    return f"L{first}" if first == last else f"L{first}–{last}"


def _source(gathered: Gathered) -> str:
    source = gathered.record.source
    rows = [
        ("file", source.name),
        ("format", source.format),
        ("size", f"{source.size:,} bytes"),
        ("sha256", source.sha256),
    ]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    return f"<section class='group' id='g-source'><h2>Source</h2><dl class='source'>{items}</dl></section>"
