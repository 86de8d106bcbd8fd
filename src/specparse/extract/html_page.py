"""Reading an HTML page: its charset, a safe parse, and where the content is amid the site chrome."""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml.html import HtmlElement

from ..errors import LimitExceededError

CHARSET_SCAN_BYTES = 16 * 1024
MIN_CONTENT_ROOT_CHARS = 200

# Never text: code, media, the document head and form controls.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "object", "embed",
    "canvas", "audio", "video", "map", "input", "select", "option", "optgroup", "textarea",
    "button", "datalist",
)  # fmt: skip
# Words in id/class/role that mark site chrome. Conservative on purpose: each was seen on
# government sites (SharePoint "ms-core-navigation", "pm-top-nav", "sideNavBox", "ms-mpSearchBox").
CHROME_WORDS = (
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar",
    "cookie", "cookies", "search", "searchbar", "searchbox", "skiplink", "skipnav", "banner",
    # Careers sites: "Apply now »" / "Sign in" drawn as buttons, share bars (SuccessFactors, Taleo).
    "btn", "button", "buttons", "share", "sharing", "addthis", "login", "signin",
)  # fmt: skip
# An <aside> whose text is mostly the text of its links ("Find similar jobs: Program/Client Services,
# Policy/Planning/Research, ...") is the site's related links: kept as page furniture, not content.
LINK_ASIDE_SHARE = 0.5
# A footer by id/class is kept but read as region "footer": besides site feet it is where a spec
# page puts its own revision block (the Alameda page's "spec-footer": "r: 6/23/09", file path).
LIBREOFFICE_FURNITURE_TITLES = frozenset(("header", "footer"))
FOOTER_WORDS = ("footer", "contentinfo", "page-footer")
# Whole class names of text meant only for screen readers ("Main Content Anchor", "Link Back to Top").
SCREEN_READER_CLASSES = frozenset(
    ("sr-only", "visually-hidden", "visuallyhidden", "hidden-off-screen", "screen-reader-text",
     "element-invisible", "offscreen", "ms-hidden", "ms-hide")
)  # fmt: skip
CONTENT_WORDS = frozenset(("content", "main-content", "maincontent", "article", "main"))

_CHROME = re.compile(r"(?<![a-z0-9])(" + "|".join(CHROME_WORDS) + r")(?![a-z0-9])")
FOOTER = re.compile(r"(?<![a-z0-9])(" + "|".join(FOOTER_WORDS) + r")(?![a-z0-9])")
_CHROME_HINT = re.compile("|".join(CHROME_WORDS), re.I)
_FOOTER_HINT = re.compile("|".join(FOOTER_WORDS), re.I)
_CONTAINER_HINT = re.compile("content|main|article", re.I)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")
_SKIP_LINK = re.compile(r"^\s*skip\b", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Browsers read these labels as windows-1252 (WHATWG encoding standard), and so do we.
_AS_CP1252 = {"ascii", "latin-1", "iso8859-1", "iso8859-15"}


def decode_html(data: bytes) -> str:
    """Decode by BOM, then the declared charset (meta or XML declaration), then UTF-8, then cp1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace").lstrip("\ufeff")
    head = data[:CHARSET_SCAN_BYTES]
    declared = _XML_ENCODING.match(head) or _CHARSET.search(head)
    candidates = ["utf-8", "cp1252"]
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = ""
        # A page cannot really be UTF-16 once we read its ASCII meta tag; ignore such a claim.
        if name and not name.startswith("utf-16"):
            candidates.insert(0, "cp1252" if name in _AS_CP1252 else name)
    for codec in candidates:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", "replace")


def parse(text: str) -> HtmlElement:
    # Re-encoded to UTF-8 bytes so a leftover <?xml encoding=...?> cannot confuse lxml; the HTML
    # parser never loads DTDs or fetches anything, and HTML has no user-defined entities.
    data = text.replace("\x00", "").encode("utf-8")
    for huge in (False, True):
        parser = lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge
        )
        document = lxml.html.document_fromstring(data, parser=parser)
        # libxml2 silently stops at 256 levels unless huge_tree is set; the size limit above
        # bounds what huge_tree would otherwise let through.
        if not any("Excessive depth" in entry.message for entry in parser.error_log):
            return document
    raise LimitExceededError("html page is nested too deeply (over 2048 levels)")


CHROME, FOOTER_ROLE, CONTAINER, MAIN, PAGE_HEADER_ROLE = 1, 2, 4, 8, 16


def _has_word(raw: str, hint: re.Pattern[str], pattern: re.Pattern[str]) -> bool:
    """True when ``pattern`` finds a whole word of an id/class/role, camelCase split ("sideNavBox")."""
    # A plain substring test first: splitting camelCase costs microseconds per element, and
    # SharePoint pages carry thousands of elements with long class lists.
    if not hint.search(raw):
        return False
    return bool(pattern.search(_CAMEL.sub("-", raw).lower()))


def classify(element: HtmlElement) -> int:
    """Flags for one element: CHROME (navigation, menus, search, cookie banners, hidden or
    screen-reader-only text), FOOTER_ROLE (a footer by id/class), CONTAINER (id/class says content),
    MAIN (<main> or role=main)."""
    flags = MAIN if element.tag == "main" else 0
    if element.tag == "aside" and _mostly_links(element):
        return FOOTER_ROLE
    attrib = element.attrib
    if not attrib:  # most elements: the fast path matters on pages with thousands of them
        return flags
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return CHROME
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return CHROME
    if element.tag == "div" and attrib.get("title") in LIBREOFFICE_FURNITURE_TITLES:
        # LibreOffice's HTML export wraps the page header and footer of the document it saved in
        # <div title="header"> and <div title="footer">: page furniture, as in the .docx.
        return flags | (FOOTER_ROLE if attrib.get("title") == "footer" else PAGE_HEADER_ROLE)
    ident, classes, role = attrib.get("id"), attrib.get("class"), attrib.get("role")
    if classes and not SCREEN_READER_CLASSES.isdisjoint(classes.lower().split()):
        return CHROME
    href = attrib.get("href")
    if href and href.startswith("#") and element.tag == "a" and _SKIP_LINK.match(element.text_content()):
        return CHROME
    if role == "main":
        flags |= MAIN
    raw = " ".join(filter(None, (ident, classes, role)))
    if not raw:
        return flags
    if _has_word(raw, _CHROME_HINT, _CHROME):
        return CHROME
    if _has_word(raw, _FOOTER_HINT, FOOTER):
        flags |= FOOTER_ROLE
    if _CONTAINER_HINT.search(raw) and not CONTENT_WORDS.isdisjoint(_CAMEL.sub("-", raw).lower().split()):
        flags |= CONTAINER
    return flags


def _mostly_links(element: HtmlElement) -> bool:
    text = len("".join(element.text_content().split()))
    links = sum(len("".join(link.text_content().split())) for link in element.iter("a"))
    return text > 0 and links >= LINK_ASIDE_SHARE * text


def is_chrome(element: HtmlElement) -> bool:
    return bool(classify(element) & CHROME)


def classify_cached(cache: dict[HtmlElement, int], element: HtmlElement) -> int:
    """``classify`` remembered per element: the root search and the reading walk visit the same ones.

    The cache holds the elements themselves, which keeps lxml handing back the same proxy objects.
    """
    found = cache.get(element)
    if found is None:
        found = cache[element] = classify(element)
    return found


def content_root(document: HtmlElement, cache: dict[HtmlElement, int]) -> HtmlElement:
    """The <main>, role=main or content container when there is one worth reading, else <body>.

    Found by a walk that skips chrome subtrees: an XPath over every element costs more than the
    parse on SharePoint pages whose navigation menus hold thousands of elements.
    """
    body = document.find("body")
    fallback = body if body is not None else document
    main: HtmlElement | None = None
    container: HtmlElement | None = None
    stack = list(reversed(fallback))
    while stack and main is None:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in ("header", "footer"):
            continue
        flags = classify_cached(cache, element)
        if flags & (CHROME | FOOTER_ROLE | PAGE_HEADER_ROLE):
            continue
        if flags & MAIN:
            main = element
        elif container is None and flags & CONTAINER:
            # Not searched further: a <main> inside it is inside it, and reading the container
            # instead loses nothing. Only a <main> beside it still wins.
            container = element
            continue
        stack.extend(reversed(element))
    for candidate in (main, container):
        if candidate is not None and len(candidate.text_content().strip()) >= MIN_CONTENT_ROOT_CHARS:
            return candidate
    return fallback
