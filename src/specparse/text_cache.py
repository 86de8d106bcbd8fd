"""Memoise pure functions of a document's text (a line, a sentence, a paragraph), within bounds.

An employer's documents repeat most of their wording (notices, requirement paragraphs, headings), so a
batch worker that remembers what a reader found in a text skips most of the reading; but a batch may also
be thousands of documents saved without line breaks, each one long line that is never seen again. Only
texts up to ``MAX_CACHED_CHARS`` are remembered, so the memory the caches of a worker can hold stays
bounded whatever the batch (about ``maxsize * MAX_CACHED_CHARS`` characters per cache); longer texts are
read afresh each time, which is also where remembering gains least.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

# A long paragraph is a few hundred characters (LA's "As a covered entity under the Fair Employment and
# Housing Act …" is 570); a page-long text without line breaks is tens of thousands.
MAX_CACHED_CHARS = 1_000
DEFAULT_SIZE = 8_192

_P = ParamSpec("_P")
_R = TypeVar("_R")


def text_cache(maxsize: int = DEFAULT_SIZE) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """``functools.lru_cache`` for a function whose first argument is a text, skipping long texts."""

    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        memo = functools.lru_cache(maxsize=maxsize)(function)
        cached = cast(Callable[_P, _R], memo)  # the same call, hashable arguments aside

        @functools.wraps(function)
        def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            text: Any = args[0]
            if len(text) > MAX_CACHED_CHARS:
                return function(*args, **kwargs)
            return cached(*args, **kwargs)

        call.cache_clear = memo.cache_clear  # type: ignore[attr-defined]
        call.cache_info = memo.cache_info  # type: ignore[attr-defined]
        return call

    return decorate
