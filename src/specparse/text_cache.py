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
from typing import Any, NamedTuple, ParamSpec, TypeVar, cast

# A long paragraph is a few hundred characters (LA's "As a covered entity under the Fair Employment and
# Housing Act …" is 570); a page-long text without line breaks is tens of thousands.
MAX_CACHED_CHARS = 1_000
DEFAULT_SIZE = 8_192

_P = ParamSpec("_P")
_R = TypeVar("_R")


class TextCacheInfo(NamedTuple):
    misses: int  # calls that ran the function (a long text runs it every time)
    maxsize: int
    currsize: int


class _TextMemo(dict[str, Any]):
    """The remembered answers of one function of a single text.

    A hit is the dict's own lookup, called straight from C (see ``_single_text``): no Python frame
    runs, where a Python wrapper around ``lru_cache`` cost about 2,000 instructions a call, and the
    readers of a bulletin ask these caches some 500 times. Only a miss runs Python code. When full
    it starts afresh rather than evicting the least recently used entry (which needs bookkeeping on
    every hit); the answers are the same either way, only how often they are recomputed differs.
    """

    __slots__ = ("function", "maxsize", "misses")

    def __init__(self, function: Callable[[str], Any], maxsize: int) -> None:
        super().__init__()
        self.function, self.maxsize, self.misses = function, maxsize, 0

    def __missing__(self, text: str) -> Any:
        self.misses += 1
        value = self.function(text)
        if len(text) <= MAX_CACHED_CHARS:
            if len(self) >= self.maxsize:
                self.clear()
            self[text] = value
        return value

    def info(self) -> TextCacheInfo:
        return TextCacheInfo(self.misses, self.maxsize, len(self))


# inspect.CO_VARARGS and CO_VARKEYWORDS, without importing inspect for two numbers.
_CO_VARARGS, _CO_VARKEYWORDS = 0x04, 0x08


def _takes_one_text(function: Callable[..., Any]) -> bool:
    code = getattr(function, "__code__", None)
    return (
        code is not None
        and code.co_argcount == 1
        and code.co_kwonlyargcount == 0
        and not code.co_flags & (_CO_VARARGS | _CO_VARKEYWORDS)
        and not getattr(function, "__defaults__", None)
    )


def _single_text(function: Callable[_P, _R], maxsize: int) -> Callable[_P, _R]:
    memo = _TextMemo(cast(Callable[[str], Any], function), maxsize)
    # A partial of the dict's own __getitem__: calling it is C all the way to the lookup, and unlike
    # the bound method it can carry the wrapped function's name, docs and the cache controls.
    call: Any = functools.partial(dict.__getitem__, memo)
    functools.update_wrapper(call, function)
    call.cache_clear = memo.clear
    call.cache_info = memo.info
    return cast(Callable[_P, _R], call)


def text_cache(maxsize: int = DEFAULT_SIZE) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Memoise a function whose first argument is a text, skipping long texts.

    A module-level function of the text alone gets a dict looked up from C; one with further
    arguments keeps ``functools.lru_cache`` behind a small wrapper.
    """

    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        if _takes_one_text(function):
            return _single_text(function, maxsize)
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
