"""RTF tokens and code pages: split RTF bytes into groups, control words and text; name byte codecs."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import NamedTuple

# One token at a time. A control word swallows one space delimiter; its parameter is kept short
# so a hostile "\par999999..." cannot build a huge integer.
_TOKEN = re.compile(
    rb"""
    \\(?P<word>[a-zA-Z]{1,32})(?P<param>-?[0-9]{1,10})?[0-9]*\x20?
  | \\'(?P<hex>[0-9a-fA-F]{2})
  | \\(?P<symbol>[^a-zA-Z'])
  | (?P<brace>[{}])
  | (?P<text>[^\\{}\r\n]+)
  | [\r\n]+
  | \\'
  | \\$
    """,
    re.X | re.S,
)
_GROUP_SCAN = re.compile(rb"[{}\\]")
_BIN = re.compile(rb"\\bin(-?[0-9]{1,10})\x20?")

# \fcharsetN (a Windows character set) to the code page Word writes for it.
CHARSET_CODECS = {
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "gbk",
    136: "big5",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
    254: "cp437",
    255: "cp437",
}
SYMBOL_CHARSET = 2
DEFAULT_CODEC = "cp1252"


class Token(NamedTuple):
    """One RTF token: kind is word, hex, symbol, open, close, text or bin."""

    kind: str
    value: str = ""
    param: int | None = None
    data: bytes = b""


def codec_for_codepage(number: int) -> str | None:
    """The Python codec for an RTF \\ansicpgN or \\cpgN, or None when Python has none."""
    name = {10000: "mac_roman", 936: "gbk", 950: "big5", 65001: "utf-8"}.get(number, f"cp{number}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_OPEN = Token("open")
_CLOSE = Token("close")


class Lexer:
    """Iterate over the tokens of ``data``; ``skip_group`` jumps past the group now open."""

    def __init__(self, data: bytes, max_depth: int) -> None:
        self.data = data
        self.pos = 0
        self.depth = 0
        self.max_depth = max_depth

    def __iter__(self) -> Iterator[Token]:
        data = self.data
        while True:
            for found in _TOKEN.finditer(data, self.pos):
                self.pos = end = found.end()
                kind = found.lastgroup
                if kind == "text":
                    yield Token("text", data=found["text"])
                elif kind == "word" or kind == "param":  # lastgroup names the parameter when present
                    word = found["word"].decode("ascii")
                    raw = found["param"]
                    param = int(raw) if raw is not None else None
                    if word == "bin":
                        # \binN is followed by N raw bytes that may hold braces and backslashes.
                        self.pos += max(param or 0, 0)
                        yield Token("bin", data=data[end : self.pos])
                    else:
                        yield Token("word", word, param)
                elif kind == "hex":
                    yield Token("hex", data=bytes.fromhex(found["hex"].decode("ascii")))
                elif kind == "symbol":
                    yield Token("symbol", found["symbol"].decode("latin-1"))
                elif kind == "brace":
                    if found["brace"] == b"{":
                        self.depth += 1
                        if self.depth > self.max_depth:
                            raise DepthError(f"groups nested deeper than {self.max_depth}")
                        yield _OPEN
                    else:
                        self.depth -= 1
                        yield _CLOSE
                if self.pos != end:
                    break  # \bin data or a skipped group moved us on: scan again from there
            else:
                return

    def skip_group(self) -> None:
        """Move past the end of the group now open, as if its closing brace had been read."""
        self.pos = skip_group(self.data, self.pos)
        self.depth -= 1


class DepthError(ValueError):
    """Groups nest deeper than the reader allows."""


def skip_group(data: bytes, pos: int) -> int:
    """Return the position just after the group that is open at ``pos``, or len(data) when cut short.

    Skipped destinations (pictures, object data, theme XML) are most of a big RTF file; scanning
    for braces is far cheaper than tokenising them.
    """
    depth, end = 1, len(data)
    search = _GROUP_SCAN.search
    while pos < end:
        found = search(data, pos)
        if found is None:
            return end
        char = data[found.start()]
        pos = found.end()
        if char == 0x5C:  # backslash: an escaped brace or backslash, or \binN with raw bytes
            binary = _BIN.match(data, found.start())
            if binary:
                pos = binary.end() + max(int(binary.group(1)), 0)
            else:
                pos += 1
        elif char == 0x7B:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return pos
    return end
