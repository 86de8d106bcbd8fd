"""Review pages: a spec's extracted lines beside its record, to check a conversion by eye.

``render(path)`` returns one self-contained HTML page; ``specparse view FILE`` writes it and
``specparse view DIR -o site/`` writes a page per spec plus a sortable index (``site.build_site``).
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Input

__all__ = ["render"]


def render(source: Input, *, index_href: str | None = None, **options: Any) -> str:
    """The review page of one spec. ``options`` are ``specparse.parse``'s (format, vocab, ...)."""
    from .gather import gather
    from .html_page import page_html

    return page_html(gather(source, **options), index_href=index_href)
