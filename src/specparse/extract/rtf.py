"""RTF documents: decode text in each font's code page, keep paragraphs, bold, list markers and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError, SpecparseError
from ..limits import current
from ..lines import Line, Region
from ..source import Source
from . import Extraction
from .rtf_flow import Flow
from .rtf_lexer import (
    CHARSET_CODECS,
    DEFAULT_CODEC,
    SYMBOL_CHARSET,
    DepthError,
    Lexer,
    Token,
    codec_for_codepage,
)

MAX_RTF_BYTES = 64 * 1024 * 1024

# Destinations whose content is never printed text (the \* ones are skipped whatever their name).
SKIP_DESTINATIONS = frozenset(
    (
        "colortbl", "info", "pict", "fldinst", "themedata", "colorschememapping", "datastore",
        "xmlnstbl", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "filetbl",
        "latentstyles", "pgdsctbl", "shprslt", "nonshppict", "annotation", "template", "nonesttables",
        "xe", "tc", "txe", "private", "userprops", "docvar", "objdata", "objclass", "mmathPr", "pn",
    )
)  # fmt: skip
# Starred destinations read rather than skipped: a shape (\*\shpinst) is skipped except for the
# text of a text box inside it ({\shptxt ...}); its drawing-object twin (\shprslt) is skipped.
KEPT_STARRED = frozenset(("shpinst",))
REGION_DESTINATIONS: dict[str, Region] = {
    "header": "header", "headerl": "header", "headerr": "header", "headerf": "header",
    "footer": "footer", "footerl": "footer", "footerr": "footer", "footerf": "footer",
    # Footnotes print at the page foot; inline they would split the paragraph that cites them.
    "footnote": "footer",
}  # fmt: skip
SPECIAL_CHARACTERS = {
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ", "enspace": " ", "qmspace": " ",
    "tab": "\t", "zwnj": "", "zwj": "", "ltrmark": "", "rtlmark": "",
}  # fmt: skip
SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "|": "", ":": ""}
BREAKS = frozenset(("par", "sect", "page", "column"))
# The control words the reader acts on; every other one (\rtlch, \fs24, \insrsid...) is layout.
_PROPERTIES = (
    "b", "v", "f", "plain", "pard", "intbl", "s", "outlinelevel", "uc", "ansicpg", "mac", "pc", "pca",
    "deff", "fonttbl", "stylesheet", "listtext", "pntext", "shptxt", "u", "line", "cell", "nestcell",
    "row", "nestrow",
)  # fmt: skip
_HANDLED = frozenset((*_PROPERTIES, *SPECIAL_CHARACTERS, *BREAKS, *REGION_DESTINATIONS, *SKIP_DESTINATIONS))
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])\b", re.I)


@dataclass(slots=True)
class _State:
    """Everything a group scopes: where text goes, how bytes decode, and the formatting in force."""

    dest: str = "text"  # text, listtext, skip, fonttbl, stylesheet
    region: Region = "body"
    font: int | None = None
    uc: int = 1
    bold: bool = False
    hidden: bool = False
    intbl: bool = False
    style: int = 0
    outline: int | None = None
    box: bool = False  # inside a text box, whose paragraphs must not join the one it is anchored in


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.lexer = Lexer(data, current().rtf_max_depth)
        self.lines: list[Line] = []
        self.flows = {region: Flow(region, self.lines) for region in ("body", "header", "footer")}
        self.state = _State()
        self.stack: list[_State] = []
        self.fonts: dict[int, str] = {}
        self.default_font: int | None = None
        self.ansi = DEFAULT_CODEC
        self.styles: dict[int, int] = {}  # style number -> heading level
        self.style_name: list[str] = []
        self.skip = 0  # fallback characters still to drop after a \uN
        self.pending = bytearray()
        self.pending_key: tuple[str, str, Region, bool] | None = None
        self.font_number: int | None = None  # the font table entry being read
        self.group_start = False  # no token read yet since the last "{"
        self.boxed: list[Flow] = []  # flows set aside while a text box is read
        self.starred = False  # "\*" just read: the next word names an optional destination

    def read(self) -> list[Line]:
        first = True
        for token in self.lexer:
            if first and token.kind != "open":
                raise CorruptDocumentError("not an rtf document (no opening brace)")
            first = False
            self._token(token)
        self._decode_pending()
        for flow in self.flows.values():
            flow.end(self._level())
        return self.lines

    def _token(self, token: Token) -> None:
        kind = token.kind
        if kind == "open":
            self._decode_pending()
            self.stack.append(replace(self.state))
            self.skip = 0
            self.group_start = True
            return
        if self.starred:
            # The word after "\*" names the destination: a shape keeps only its text box.
            self.starred = False
            if kind == "word" and token.value in KEPT_STARRED:
                self.state.dest = "skip"
                self.group_start = False
                return
            if kind != "close":  # "{\*}" is an empty group, not a destination
                self._skip_destination()
                return
        if kind == "close":
            self._decode_pending()
            self._close_group()
        elif kind in ("text", "hex"):
            self._bytes(token.data)
        elif kind == "word":
            self._word(token.value, token.param)
        elif kind == "symbol":
            self._symbol(token.value)
        # "bin" data is always inside a picture or object, which is skipped or has no text.
        self.group_start = False

    def _close_group(self) -> None:
        closing = self.state
        if not self.stack:
            return  # a stray closing brace after the document: ignore it, as Word does
        self.state = self.stack.pop()
        self.skip = 0
        if closing.region != self.state.region:
            self.flows[closing.region].end(self._level())
        elif closing.box and not self.state.box and self.boxed:
            self.flows[closing.region].end(self._level())
            self.flows[closing.region] = self.boxed.pop()

    # Text -----------------------------------------------------------------------------------

    def _bytes(self, data: bytes) -> None:
        if self.skip:
            dropped = min(self.skip, len(data))
            self.skip -= dropped
            data = data[dropped:]
        state = self.state
        if not data or state.hidden or state.dest == "skip":
            return
        if state.dest == "fonttbl":
            return
        codec = self._codec()
        key = (codec, state.dest, state.region, state.bold)
        if key != self.pending_key:
            self._decode_pending()
            self.pending_key = key
        self.pending += data

    def _decode_pending(self) -> None:
        # Bytes are decoded together so a double-byte character whose halves arrive as "\'82\'b1"
        # or "\'81e" (hex lead byte, literal trail byte) comes out whole.
        if not self.pending or self.pending_key is None:
            self.pending.clear()
            return
        codec, dest, region, bold = self.pending_key
        if codec == "symbol":
            text = bytes(self.pending).decode(DEFAULT_CODEC, "replace").replace("\u00b7", "\u2022")
        else:
            text = bytes(self.pending).decode(codec, "replace")
        self.pending.clear()
        self._put(text, dest, region, bold)

    def _text(self, text: str) -> None:
        state = self.state
        if state.hidden or state.dest in ("skip", "fonttbl"):
            return
        self._decode_pending()
        self._put(text, state.dest, state.region, state.bold)

    def _put(self, text: str, dest: str, region: Region, bold: bool) -> None:
        if dest == "text":
            self.flows[region].segments.append((text, bold))
        elif dest == "listtext":
            self.flows[region].marker.append(text)
        elif dest == "stylesheet":
            self._style_text(text)

    def _codec(self) -> str:
        font = self.state.font if self.state.font is not None else self.default_font
        return self.fonts.get(font, self.ansi) if font is not None else self.ansi

    # Control words ----------------------------------------------------------------------------

    def _word(self, word: str, param: int | None) -> None:
        state = self.state
        if self.skip and word not in ("par", "line", "cell", "row"):
            self.skip -= 1
            return
        if state.dest == "fonttbl":
            self._font_word(word, param)
            return
        if word not in _HANDLED:
            return  # most control words are layout (\rtlch, \fs24, \insrsid...) and carry no text
        if word == "u" and param is not None:
            # A signed 16-bit UTF-16 code unit; anything outside that range is a broken file.
            code = param + 65536 if param < 0 else param
            self._text(chr(code) if 0 <= code <= 0xFFFF else "\ufffd")
            self.skip = state.uc
            return
        if word in SPECIAL_CHARACTERS:
            self._text(SPECIAL_CHARACTERS[word])
        elif word in BREAKS or word == "line":
            self._decode_pending()
            if state.dest == "text" and not state.hidden:
                self.flows[state.region].paragraph(self._level(), in_cell=state.intbl)
        elif word in ("cell", "nestcell"):
            self._decode_pending()
            self.flows[state.region].end_cell()
        elif word == "row":
            self._decode_pending()
            self.flows[state.region].end_row()
        elif word == "nestrow":
            self._text(" ")
        else:
            self._property(word, param)

    def _property(self, word: str, param: int | None) -> None:
        state = self.state
        on = param != 0
        if word == "b":
            state.bold = on
        elif word == "v":
            state.hidden = on
        elif word == "f" and param is not None:
            state.font = param
        elif word == "plain":
            state.bold, state.hidden, state.font = False, False, self.default_font
        elif word == "pard":
            state.intbl, state.style, state.outline = False, 0, None
        elif word == "intbl":
            state.intbl = True
        elif word == "s" and param is not None:
            state.style = param
        elif word == "outlinelevel" and param is not None:
            # Levels 0-8 are outline (heading) levels; Word writes 9 for "body text".
            state.outline = param if 0 <= param <= 8 else None
        elif word == "uc" and param is not None:
            state.uc = max(param, 0)
        elif word == "ansicpg" and param is not None:
            self.ansi = codec_for_codepage(param) or self.ansi
        elif word in ("mac", "pc", "pca"):
            self.ansi = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "deff" and param is not None:
            self.default_font = param
        elif not self.group_start:
            return  # a destination word only opens a destination as the first word of a group
        elif word in ("fonttbl", "stylesheet"):
            state.dest = word
        elif word in ("listtext", "pntext"):
            state.dest = "listtext"
        elif word == "shptxt":
            # The box's text is read in a flow of its own; the anchoring paragraph resumes after it.
            self.boxed.append(self.flows[state.region])
            self.flows[state.region] = Flow(state.region, self.lines)
            state.dest, state.box = "text", True
        elif word in REGION_DESTINATIONS:
            state.dest, state.region = "text", REGION_DESTINATIONS[word]
        elif word in SKIP_DESTINATIONS:
            self._skip_destination()

    def _symbol(self, symbol: str) -> None:
        if symbol == "*":
            # "\*" marks an optional destination only at the start of a group.
            self.starred = self.group_start
            if self.starred:
                self.group_start = False
                return
        elif symbol in ("\n", "\r"):
            self._word("par", None)  # "\" before a newline is an old spelling of \par
        elif self.skip:
            self.skip -= 1
        elif symbol in SYMBOLS:
            self._text(SYMBOLS[symbol])

    def _skip_destination(self) -> None:
        self._decode_pending()
        self.lexer.skip_group()
        self.state = self.stack.pop() if self.stack else _State()

    # Font table and style sheet --------------------------------------------------------------

    def _font_word(self, word: str, param: int | None) -> None:
        if word == "f" and param is not None:
            self.font_number = param
            self.fonts.setdefault(param, self.ansi)
        elif self.font_number is None or param is None:
            return
        elif word == "fcharset":
            self.fonts[self.font_number] = self._charset_codec(param)
        elif word == "cpg":
            self.fonts[self.font_number] = codec_for_codepage(param) or self.fonts[self.font_number]

    def _charset_codec(self, charset: int) -> str:
        if charset == SYMBOL_CHARSET:
            return "symbol"
        if charset in CHARSET_CODECS:
            return CHARSET_CODECS[charset]
        # ANSI_CHARSET and DEFAULT_CHARSET mean the document's ANSI code page, unless that is a
        # double-byte one: Japanese Word files mark their Latin fonts ANSI and mean Windows-1252.
        return self.ansi if self.ansi.startswith("cp125") else DEFAULT_CODEC

    def _style_text(self, text: str) -> None:
        self.style_name.append(text)
        joined = "".join(self.style_name)
        if ";" not in joined:
            return
        name = joined.split(";", 1)[0].strip()
        self.style_name = []
        heading = _HEADING_STYLE.match(name)
        level = self.state.outline + 1 if self.state.outline is not None else None
        if heading or level:
            self.styles[self.state.style] = level or int(heading.group(1) if heading else 0)

    # Paragraphs and tables -------------------------------------------------------------------

    def _level(self) -> int | None:
        """The heading level of the paragraph now ending: its outline level, else its style's."""
        state = self.state
        return state.outline + 1 if state.outline is not None else self.styles.get(state.style)


def extract(source: Source) -> Extraction:
    data = source.data
    if len(data) > MAX_RTF_BYTES:
        raise LimitExceededError(f"rtf document is over the {MAX_RTF_BYTES:,}-byte limit")
    start = data.find(b"{\\rtf")
    if start < 0 or start > 1024:
        raise CorruptDocumentError("not an rtf document (no {\\rtf header)")
    reader = _Reader(data[start:])
    try:
        lines = reader.read()
    except SpecparseError:
        raise
    except DepthError as exc:
        raise LimitExceededError(
            f"RTF groups nested deeper than {current().rtf_max_depth:,} levels (set SPECPARSE_RTF_MAX_DEPTH)"
        ) from exc
    except (RecursionError, MemoryError) as exc:
        raise CorruptDocumentError("rtf document is too deeply nested or too large to read") from exc
    except Exception as exc:
        raise CorruptDocumentError(f"unreadable rtf: {exc}") from exc
    warnings: list[tuple[str, str]] = []
    if reader.lexer.depth > 0:
        warnings.append(("truncated", f"rtf ends with {reader.lexer.depth} group(s) still open"))
    if not any(line.region == "body" and line.text.strip() for line in lines):
        raise EmptyDocumentError("no text")
    return Extraction(lines=lines, warnings=warnings)
