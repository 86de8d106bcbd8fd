"""Document metadata a file carries beside its text: YAML front matter, HTML ``<meta>`` and ``<title>``.

Readers hand these over as plain key/value strings (``Extraction.metadata``); they know nothing of
job specs. Which key means what (``title``, ``company``, ``post-date``…) is the header step's business.
"""

from __future__ import annotations

import re

# Jekyll/Hugo front matter opens the file with "---" and closes with "---" (or "..."); a trailing space
# after the closing rule is common in hand-edited posts ("--- ").
_OPEN = re.compile(r"^\ufeff?---\s*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)\s*$")
# "title: 'Administrative Officer - Internal Operations '", "post-date : 3-31-2013": a top-level key
# (no indentation), a colon, the value. Nested mappings and lists (indented lines) are not read.
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w .-]{0,40}?)\s*:(?:\s+(?P<value>.*?))?\s*$")
# "description: >-" and "description: |": a block scalar continued on the indented lines below.
_BLOCK = re.compile(r"^[>|][-+]?\d?$")
MAX_FRONT_MATTER_LINES = 200


def front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The leading YAML front matter of a Markdown/text file as flat strings, and its length in lines.

    Returns ``({}, 0)`` when the file does not open with a front-matter block (an unclosed "---" is a
    rule, not front matter). Keys are lower-cased; empty values and nested structures are skipped.
    """
    if not lines or not _OPEN.match(lines[0]):
        return {}, 0
    end = next(
        (i for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)) if _CLOSE.match(lines[i])),
        None,
    )
    if end is None:
        return {}, 0
    metadata: dict[str, str] = {}
    position = 1
    while position < end:
        match = _KEY_VALUE.match(lines[position])
        position += 1
        if not match:
            continue
        key, value = match.group("key").strip().lower(), (match.group("value") or "").strip()
        if _BLOCK.match(value):
            block = []
            while position < end and (lines[position].startswith((" ", "\t")) or not lines[position].strip()):
                block.append(lines[position].strip())
                position += 1
            value = " ".join(part for part in block if part)
        value = _unquoted(value)
        if value and not value.startswith(("[", "{")) and key not in metadata:
            metadata[key] = value
    return metadata, end + 1


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return " ".join(value.split())


def meta_tags(pairs: list[tuple[str | None, str | None]]) -> dict[str, str]:
    """``<meta name|property|itemprop=… content=…>`` pairs as metadata; the first of each key wins."""
    metadata: dict[str, str] = {}
    for key, content in pairs:
        if key and content and content.strip():
            metadata.setdefault(key.strip().lower(), " ".join(content.split()))
    return metadata
