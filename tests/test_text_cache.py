"""The per-text caches remember short texts only, and answer as the function does either way."""

from __future__ import annotations

from specparse.text_cache import MAX_CACHED_CHARS, text_cache


def test_short_texts_are_remembered_and_long_ones_read_afresh() -> None:
    calls: list[str] = []

    @text_cache(maxsize=4)
    def shout(text: str, times: int = 1) -> str:
        calls.append(text)
        return text.upper() * times

    short, long = "the city of springfield", "x" * (MAX_CACHED_CHARS + 1)
    assert [shout(short), shout(short), shout(short, 2)] == [
        "THE CITY OF SPRINGFIELD",
        "THE CITY OF SPRINGFIELD",
        "THE CITY OF SPRINGFIELD" * 2,
    ]
    assert calls == [short, short]  # the second call was remembered; other arguments are another entry
    assert shout(long) == long.upper()
    assert shout(long) == long.upper()
    assert calls[2:] == [long, long]  # never kept
    info = shout.cache_info()  # type: ignore[attr-defined]
    assert info.currsize == 2
    assert info.maxsize == 4
    shout.cache_clear()  # type: ignore[attr-defined]
    assert shout.cache_info().currsize == 0  # type: ignore[attr-defined]
