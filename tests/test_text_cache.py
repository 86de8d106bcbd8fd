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


def test_a_function_of_the_text_alone_answers_from_its_memo_until_full() -> None:
    calls: list[str] = []

    @text_cache(maxsize=2)
    def title_case(text: str) -> str:
        """Capitalise each word."""
        calls.append(text)
        return text.title()

    assert title_case.__name__ == "title_case"
    assert title_case.__doc__ == "Capitalise each word."
    assert [title_case("senior clerk"), title_case("senior clerk")] == ["Senior Clerk", "Senior Clerk"]
    assert calls == ["senior clerk"]
    long = "word " * MAX_CACHED_CHARS
    assert title_case(long) == title_case(long) == long.title()
    assert calls[1:] == [long, long]  # a long text is never kept
    title_case("park ranger")
    assert title_case.cache_info().currsize == 2  # type: ignore[attr-defined]
    title_case("fire captain")  # full: starts afresh, then keeps the new answer
    info = title_case.cache_info()  # type: ignore[attr-defined]
    assert (info.currsize, info.maxsize, info.misses) == (1, 2, 5)
    assert title_case("fire captain") == "Fire Captain"
    assert calls[-1] == "fire captain"
    assert len(calls) == 5  # remembered again
    title_case.cache_clear()  # type: ignore[attr-defined]
    assert title_case.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert title_case.__wrapped__("senior clerk") == "Senior Clerk"  # type: ignore[attr-defined]


def test_an_error_is_raised_every_time_and_never_remembered() -> None:
    calls: list[str] = []

    @text_cache()
    def strict(text: str) -> int:
        calls.append(text)
        return int(text)

    for _ in range(2):
        try:
            strict("seven")
        except ValueError:
            pass
        else:  # pragma: no cover - the assertion below names the failure
            raise AssertionError("the error was swallowed")
    assert calls == ["seven", "seven"]
    assert strict("7") == strict("7") == 7
    assert calls[2:] == ["7"]
