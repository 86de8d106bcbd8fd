"""The paragraph joiner written the plain way, which the fast-path tests compare it with (not a test module)."""

from __future__ import annotations

from specparse import paragraphs as module
from specparse.lines import Line


def plain_paragraphs(lines: list[Line], *, one_line_per_paragraph: bool, width: int | None = None) -> list[str]:
    """paragraphs() as written before its shortcuts: a flush helper, every test of a continued part."""

    result: list[str] = []
    current: list[str] = []
    broken = False

    def flush() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    def continues(text: str) -> bool:
        previous = current[-1] if current else (result[-1] if result else "")
        if not previous or module._TERMINAL.search(previous) or module._CONNECTOR.fullmatch(previous):
            return False
        return text[:1].islower()

    width = width if width is not None else module.margin(lines)
    for line in lines:
        text = line.text.strip()
        if not text:
            broken = True
            continue
        item = (
            line.list_item
            or bool(module.LIST_MARKER.match(line.text))
            or bool(module._SHARE_THEN_MARKER.match(line.text))
        )
        if item:
            flush()
        elif broken or one_line_per_paragraph or (bool(current) and module._hard_break(current[-1], text, width)):
            if not continues(text):
                flush()
            elif not current and result:
                current.append(result.pop())
        current.append(text)
        broken = False
    flush()
    return result
