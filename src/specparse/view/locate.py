"""Find the body lines a piece of record text came from.

List items, requirement texts and salary texts are built from paragraphs: lines joined, markers
("1.", "-") stripped, words hyphenated at a line end put back together. Comparing letters and digits
only, lower-cased, sees through all of that: "custo-" / "mer relations" is "customerrelations" in
both the lines and the item.
"""

from __future__ import annotations

import bisect
import re

from ..lines import Line

Span = tuple[int, int]  # first and last body line, inclusive

_NOT_WORD = re.compile(r"[\W_]+")
# Labels between the parts of a joined text ("Education:", "Experience:") the span may include.
SPAN_SLACK = 40
# A part of an item shorter than this is too likely to be printed somewhere else to point at.
MIN_PREFIX_CHARS = 8
# A whole value searched through the whole document: "$45,000" (45000) is specific, "$ 2" is not.
MIN_WHOLE_CHARS = 5


def fold(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()


class TextIndex:
    """The body's folded text with the offset where each line starts."""

    def __init__(self, body: list[Line]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []  # folded offset of each line, in body order
        self.numbers: list[int] = []
        offset = 0
        for line in body:
            folded = fold(line.text)
            self.starts.append(offset)
            self.numbers.append(line.number)
            parts.append(folded)
            offset += len(folded)
        self.text = "".join(parts)
        self.cursor = 0  # list items are found in order: the next search starts after the last find

    def _line_at(self, offset: int) -> int:
        return self.numbers[bisect.bisect_right(self.starts, offset) - 1]

    def _offset(self, number: int, *, end: bool = False) -> int:
        position = bisect.bisect_left(self.numbers, number + (1 if end else 0))
        return self.starts[position] if position < len(self.starts) else len(self.text)

    def find(self, text: str, within: Span | None = None, *, in_order: bool = False) -> Span | None:
        """The lines ``text`` was printed on, looked for inside ``within`` (lines) when given.

        ``in_order`` continues after the previous ``in_order`` find, so that two duties starting
        with the same words are each found on their own lines.
        """
        wanted = fold(text)
        if not wanted or not self.numbers or (within is None and len(wanted) < MIN_WHOLE_CHARS):
            return None  # "$ 2" searched through a whole document is found everywhere and means nothing
        low, high = (self._offset(within[0]), self._offset(within[1], end=True)) if within else (0, len(self.text))
        starts = [max(low, self.cursor), low] if in_order and low <= self.cursor < high else [low]
        for start in starts:
            found = self._find_in(wanted, start, high)
            if found is not None:
                if in_order:
                    self.cursor = found[1]
                return self._line_at(found[0]), self._line_at(found[1] - 1)
        return None

    def _find_in(self, wanted: str, low: int, high: int) -> tuple[int, int] | None:
        position = self.text.find(wanted, low, high)
        if position >= 0:
            return position, position + len(wanted)
        if len(wanted) < MIN_PREFIX_CHARS:
            return None
        # Rewritten in between ("Graduation from high school. Two years of ..." joined from an "Education:"
        # line and an "Experience:" line): from where its start is printed to where its end is printed.
        head = self._longest_end(wanted, low, high, prefix=True)
        tail = self._longest_end(wanted, head[0] + head[1] if head else low, high, prefix=False)
        if head and tail and tail[0] + tail[1] - head[0] <= 2 * len(wanted) + SPAN_SLACK:
            return head[0], tail[0] + tail[1]
        half = len(wanted) // 2
        if head and head[1] >= half:  # a salary read across two field lines: "$19.92 - $31.72 (TX)"
            return head[0], head[0] + head[1]
        # A competency with its lead prefixed ("Knowledge of" + an item printed under "Knowledge of:").
        tail = self._longest_end(wanted, low, high, prefix=False)
        if tail and tail[1] >= half:
            return tail[0], tail[0] + tail[1]
        return None

    def _longest_end(self, wanted: str, low: int, high: int, *, prefix: bool) -> tuple[int, int] | None:
        """(offset, length) of the longest start (or end) of ``wanted`` printed between ``low`` and ``high``."""
        found, short, long = -1, MIN_PREFIX_CHARS, len(wanted) - 1
        while short <= long:  # any part of a printed part is printed: bisect on the length
            middle = (short + long) // 2
            position = self.text.find(wanted[:middle] if prefix else wanted[-middle:], low, high)
            if position >= 0:
                found, short = position, middle + 1
            else:
                long = middle - 1
        if found < 0:
            return None
        # the bisection ends with ``long`` the longest length found; re-find it for its offset
        part = wanted[:long] if prefix else wanted[-long:]
        return self.text.find(part, low, high), long
