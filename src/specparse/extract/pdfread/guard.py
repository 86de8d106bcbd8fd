"""Checks on a PDF's raw bytes before pdfium sees them: stream bombs and Form XObject fan-out.

pdfium inflates each stream whole, and it bounds how deep Form XObjects nest but not how many times
they are drawn: two forms that each draw both (or 24 levels of forms each drawing the next twice)
make one page load run for minutes inside C code that nothing in-process can interrupt. Both
attacks are visible in the raw file — a Form XObject is a stream, and streams are never inside
object streams — so they are refused here, in time proportional to the file.
"""

from __future__ import annotations

import re
import zlib

from ...errors import LimitExceededError
from ...limits import MIB, Limits, check_stream_size, current

_STREAM_KEYWORD = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_FLATE = re.compile(rb"/Fl(?:ateDecode)?\b")
_OBJ_START = re.compile(rb"(\d+)\s+\d+\s+obj\b")
# "N G obj" is found from its keyword backwards: a pattern that starts with a literal is searched
# at C speed, while one starting with \d+ is retried at every digit of the compressed streams
# (17 ms on a typical 2-page bulletin, more than pdfium takes to read it).
_OBJ_KEYWORD = re.compile(rb"obj\b")
_WHITESPACE = frozenset(b" \t\n\r\x0b\x0c")  # what \s matches in a bytes pattern
_DIGITS = frozenset(b"0123456789")
_FORM = re.compile(rb"/Subtype\s*/Form\b")
_RESOURCES_REF = re.compile(rb"/Resources\s+(\d+)\s+\d+\s+R")
_XOBJECT_REF = re.compile(rb"/XObject\s+(\d+)\s+\d+\s+R")
_XOBJECT_DICT = re.compile(rb"/XObject\s*<<")
_NAMED_REF = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+(\d+)\s+\d+\s+R")
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
_INFLATE_STEP = MIB  # bytes inflated per call: memory stays bounded whatever the ratio
# Deflate's ceiling: one input byte inflates to at most 1032 bytes (a 258-byte match coded in two
# bits), so zlib data with fewer than cap / 1032 bytes left in the file cannot inflate past the cap.
MAX_DEFLATE_RATIO = 1032
_HEADER_WINDOW = 4096  # bytes of an object read for its dictionary
_FORM_CONTENT_BYTES = 4 * MIB  # of a form's content read to count what it draws


def check_pdf(data: bytes, limits: Limits | None = None) -> None:
    """Raise LimitExceededError for a stream bomb or a Form XObject fan-out in ``data``."""
    active = limits or current()
    check_streams(data, active)
    check_forms(data, active)


def check_streams(data: bytes, limits: Limits | None = None) -> None:
    """Refuse a PDF whose Flate streams inflate past ``pdf_max_stream_bytes`` (1 MB at a time, then dropped).

    A 500 KB file holding a 500 MB stream of spaces made pdfium peak at 1.5 GB. A stream zlib
    cannot read is left for the PDF library to judge.
    """
    active = limits or current()
    cap = active.pdf_max_stream_bytes
    for keyword in _STREAM_KEYWORD.finditer(data):
        if (len(data) - keyword.end()) * MAX_DEFLATE_RATIO <= cap:
            # This stream and every later one are too close to the end of the file to reach the cap
            # (a PDF of under 63 KB is never inflated at all): the outcome is already known.
            return
        window = data[max(0, keyword.start() - 2048) : keyword.start()]
        starts = _object_starts(window)
        header = window[starts[-1][1] :] if starts else window
        if _FLATE.search(header):
            _inflate(data, keyword.end(), cap, active)


def _object_starts(data: bytes) -> list[tuple[int, int]]:
    """(object number, offset just past "obj") of every "N G obj", as ``_OBJ_START.finditer`` finds them."""
    found: list[tuple[int, int]] = []
    for keyword in _OBJ_KEYWORD.finditer(data):
        generation_end = keyword.start()
        generation = _skip_back(data, generation_end, _WHITESPACE)
        number_end = _skip_back(data, generation, _DIGITS)
        number_space = _skip_back(data, number_end, _WHITESPACE)
        number = _skip_back(data, number_space, _DIGITS)
        # Each run must be non-empty; a run never crosses the previous keyword, so the scans stay linear.
        if (
            generation < generation_end
            and number_end < generation
            and number_space < number_end
            and number < number_space
        ):
            found.append((int(data[number:number_space]), keyword.end()))
    return found


def _skip_back(data: bytes, end: int, allowed: frozenset[int]) -> int:
    """The start of the run of ``allowed`` bytes that ends at ``end``."""
    start = end
    while start > 0 and data[start - 1] in allowed:
        start -= 1
    return start


def _inflate(data: bytes, start: int, cap: int, limits: Limits | None) -> bytes:
    """Inflate the zlib data at ``start``; past ``cap`` raise (``limits`` given) or stop (None)."""
    inflater = zlib.decompressobj()
    total = 0
    kept: list[bytes] = []
    position = start
    pending = b""
    while not inflater.eof:
        if not pending:
            if position >= len(data):
                break
            pending = data[position : position + _INFLATE_STEP]
            position += len(pending)
        try:
            chunk = inflater.decompress(pending, _INFLATE_STEP)
        except zlib.error:
            break
        total += len(chunk)
        pending = inflater.unconsumed_tail
        if limits is not None:
            check_stream_size(total, limits=limits)
        else:
            kept.append(chunk)
            if total > cap:
                break
    return b"".join(kept)[:cap]


def check_forms(data: bytes, limits: Limits | None = None) -> None:
    """Refuse Form XObjects that would be drawn more than ``pdf_max_form_draws`` times in all.

    Each form's draws are counted from its content (``/Name Do``) and its resources, then expanded
    as pdfium would, down to ``pdf_max_depth`` levels; counts are capped, so loops cost nothing extra.
    """
    active = limits or current()
    objects = dict(_object_starts(data))
    forms: dict[int, dict[int, int]] = {}
    for number, start in objects.items():
        header = _header(data, start)
        if _FORM.search(header):
            forms[number] = _draws(data, start, header, objects)
    if not forms:
        return
    cap = active.pdf_max_form_draws + 1
    expanded = dict.fromkeys(forms, 1)  # draws below a form at the deepest level: itself
    for _ in range(active.pdf_max_depth):
        expanded = {
            form: min(cap, 1 + sum(times * expanded.get(child, 0) for child, times in children.items()))
            for form, children in forms.items()
        }
    worst = max(expanded.values())
    if worst >= cap:
        raise LimitExceededError(
            f"PDF Form XObjects draw each other over {active.pdf_max_form_draws:,} times "
            "(set SPECPARSE_PDF_MAX_FORM_DRAWS)"
        )


def _header(data: bytes, start: int) -> bytes:
    window = data[start : start + _HEADER_WINDOW]
    for end_mark in (b"stream", b"endobj"):
        cut = window.find(end_mark)
        if cut != -1:
            window = window[:cut]
    return window


def _draws(data: bytes, start: int, header: bytes, objects: dict[int, int]) -> dict[int, int]:
    """Form object number -> times this form draws it."""
    names = _xobject_names(data, header, objects)
    if not names:
        return {}
    content = _content(data, start, header)
    draws: dict[int, int] = {}
    for match in _DO.finditer(content):
        target = names.get(match.group(1))
        if target is not None:
            draws[target] = draws.get(target, 0) + 1
    return draws


def _xobject_names(data: bytes, header: bytes, objects: dict[int, int]) -> dict[bytes, int]:
    """The form's /XObject resource names and the objects they point at (inline or one hop away)."""
    resources = header
    indirect = _RESOURCES_REF.search(header)
    if indirect and int(indirect.group(1)) in objects:
        resources = _header(data, objects[int(indirect.group(1))])
    table = _XOBJECT_REF.search(resources)
    if table and int(table.group(1)) in objects:
        body = _header(data, objects[int(table.group(1))])
    else:
        inline = _XOBJECT_DICT.search(resources)
        if inline is None:
            return {}
        body = resources[inline.end() : resources.find(b">>", inline.end()) + 1 or None]
    return {match.group(1): int(match.group(2)) for match in _NAMED_REF.finditer(body)}


def _content(data: bytes, start: int, header: bytes) -> bytes:
    keyword = _STREAM_KEYWORD.search(data, start, start + _HEADER_WINDOW + 64)
    if keyword is None:
        return b""
    if _FLATE.search(header):
        return _inflate(data, keyword.end(), _FORM_CONTENT_BYTES, None)
    end = data.find(b"endstream", keyword.end(), keyword.end() + _FORM_CONTENT_BYTES)
    return data[keyword.end() : end if end != -1 else keyword.end() + _FORM_CONTENT_BYTES]
