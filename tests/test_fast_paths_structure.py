"""Shortcuts taken for speed in the structural passes (reading text, numbering lines, headings, list items)
give exactly what the plain way gives.

As in the other ``test_fast_paths*`` files, each test builds texts out of the fragments that matter to a
shortcut (markup characters, dates and digits, colons and white space of every kind) and compares the
fast way with the plain computation written out here. The wording is our own.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plain_paragraphs import plain_paragraphs
from specparse.dates import DATE_RE, is_date_only
from specparse.lines import Line, _normalised, number_lines

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)


def _texts(fragments: list[str], size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(fragments), max_size=size).map("".join)


_MARKUP_FRAGMENTS = [
    "#", "|", "*", "**", "_", "__", "=", ">", "`", "[", "]", "<", "\\", "-", "+", " ", "Duties", "x", "(y)", "](",
    "<b>", "\\*", "a_b", "http://x.org/a=b",
]  # fmt: skip


@SETTINGS
@given(st.lists(_texts(_MARKUP_FRAGMENTS, 6), min_size=1, max_size=5))
def test_each_line_of_a_text_reads_as_markdown_said(rows: list[str]) -> None:
    """The reader asks a line only about the markup characters the whole text holds; other lines of the
    text may hold other characters than the line itself."""
    from specparse.extract import text as reader
    from specparse.source import Source

    lines = reader.extract(Source(data="\n".join(["start", *rows, ""]).encode(), name="x.txt", format="text")).lines
    expected = [reader._markdown_line("start")]
    for row in rows:
        expected.append(reader._markdown_line(row))
        if "|" in "\n".join(rows) and reader._is_table_row(row) and expected[-1].text:
            expected.append(Line(text=""))
    assert lines == expected


def _plain_inline(text: str) -> str:
    from specparse.extract import text as reader

    if not reader._INLINE_CHARS.search(text):
        return text
    text = reader._MD_LINK.sub(r"\1", text)
    text = reader._HTML_TAG.sub("", text)
    text = reader._MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    return reader._MD_ESCAPE.sub(r"\1", text)


@SETTINGS
@given(_texts(_MARKUP_FRAGMENTS, 10))
def test_inline_markup_is_stripped_as_every_pattern_says(text: str) -> None:
    from specparse.extract import text as reader

    assert reader._inline(text) == _plain_inline(text)


_SPACE_FRAGMENTS = ["a", "B", " ", "  ", "\t", "\x0b", "\u00a0", "\u2019", "e\u0301", "\u200b", "-"]


@SETTINGS
@given(st.lists(_texts(_SPACE_FRAGMENTS, 6), max_size=8), st.lists(st.sampled_from(["body", "header"]), max_size=8))
def test_numbered_lines_are_normalised_as_the_plain_function_says(texts: list[str], regions: list[str]) -> None:
    """number_lines reads its own memo of the normaliser; asked twice (the second time from the memo)."""
    source = [Line(text=text, region="header" if index < len(regions) and regions[index] == "header" else "body")
              for index, text in enumerate(texts)]  # fmt: skip
    for _ in range(2):
        numbered = number_lines(source)
        counter = 0
        for before, after in zip(source, numbered, strict=True):
            counter += before.region == "body"
            assert after.text == _normalised(before.text)
            assert after.number == (counter if before.region == "body" else 0)
            assert (after.page, after.bold, after.heading_level, after.list_item, after.region) == (
                before.page, before.bold, before.heading_level, before.list_item, before.region,
            )  # fmt: skip


_DATE_FRAGMENTS = ["June", "jun.", " ", "22", ",", "2018", "7/1/09", "-", "/", "Closing Date", ":", "x", "\u0663", "1st"]  # fmt: skip


@SETTINGS
@given(_texts(_DATE_FRAGMENTS, 8))
def test_a_line_without_a_digit_holds_no_date(text: str) -> None:
    from specparse.splitting.headings import _DIGIT

    if not _DIGIT.search(text):
        assert DATE_RE.search(text) is None
        assert DATE_RE.fullmatch(text) is None
        assert not is_date_only(text)


@SETTINGS
@given(_texts(["Knowledge", " of", ":", " ", "\n", "\u2028", "\u00a0", "x", "\t", ": y"], 8))
def test_a_lead_in_is_told_as_the_colon_pattern_says(paragraph: str) -> None:
    from specparse.fields import lists

    expected = [] if lists._INTRO.search(paragraph) else [paragraph]
    assert lists.items_from_paragraphs([paragraph]) == expected or lists.has_marker(paragraph)


_PAY_FRAGMENTS = ["$49,903", " to ", "$72,996", "; and ", " per hour", " Monthly", " (flat-rated)", "\n", "Salary: ",
                  "$25.50", " - ", "$31.00", " hourly", "in the Department of Water and Power is ", "x", "  "]  # fmt: skip


@SETTINGS
@given(st.lists(_texts(_PAY_FRAGMENTS, 8), max_size=5), st.sampled_from([None, "hour", "year"]))
def test_pay_is_read_line_by_line_and_only_beside_a_dollar(rows: list[str], period: str | None) -> None:
    """find_salaries skips lines without "$", and build joins a header into paragraphs only when it
    prints one: both rest on each line's ranges depending on that line alone."""
    from specparse.fields.salary import find_salaries

    text = "\n".join(rows)
    each = [found for row in text.splitlines() for found in find_salaries(row, period)]
    assert find_salaries(text, period) == each
    with_dollar = "\n".join(row for row in text.splitlines() if "$" in row)
    assert find_salaries(with_dollar, period) == each


_CLEAN_FRAGMENTS = ["Home", " | ", "Careers", " > ", "Jobs", "Apply now", "---", "Page 2 of 3", "Duties", " ", "."]


@SETTINGS
@given(st.lists(_texts(_CLEAN_FRAGMENTS, 6), max_size=8))
def test_cleaning_reads_each_line_as_the_line_reader_says(texts: list[str]) -> None:
    """clean's own memo of a line's kind gives what the reader gives (asked twice: then from the memo)."""
    from specparse import clean
    from specparse.vocab import load_vocabulary

    vocab = load_vocabulary(None)
    lines = [Line(text=text, number=index + 1) for index, text in enumerate(texts)]
    for _ in range(2):
        cleaned = clean.clean(lines, vocab)
        for line, kept in zip(lines, cleaned.body, strict=True):
            kind = clean._line_kind(line.text) if line.text else clean._CONTENT
            blank = kind != clean._CONTENT or bool(line.text and vocab.is_boilerplate(line.text))
            assert kept.text == ("" if blank else line.text)
            assert (line in cleaned.furniture) == (kind == clean._NAVIGATION)


_HEAD_FRAGMENTS = ["<", "<?", "<?mso-application", ' progid="Word.Document"', "<html>", "<P>", "<div>", "<br>",
                   'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"', "XMLNS:W=", '="', "=", "?", "# A",
                   "\n", "Duties", " ", "<!-- x -->", "<body>"]  # fmt: skip


def _plain_sniff_text(encoded: bytes, hint: str | None) -> str:
    """sniff's reading of a text head without the substring tests before its patterns."""
    from specparse import source

    if source._WORDML.search(encoded):
        return "wordml"
    if source._HTML_START.search(encoded) or len(source._HTML_ANYWHERE.findall(encoded)) >= 3:
        return "html"
    if hint == "markdown" or (hint != "text" and len(source._MARKDOWN_HINTS.findall(encoded)) >= 3):
        return "markdown"
    return "text"


@SETTINGS
@given(_texts(_HEAD_FRAGMENTS, 10), st.sampled_from([None, "text", "markdown", "html"]))
def test_a_text_head_is_sniffed_as_its_patterns_say(text: str, hint: str | None) -> None:
    from specparse.source import sniff

    data = f"x{text}".encode()  # a leading letter: no other format's magic
    assert sniff(data, hint) == _plain_sniff_text(data, hint)


@SETTINGS
@given(_texts(["and", "or", "AND", " ", "&", "-", "/", "x", "Duties", "\u00a0"], 5))
def test_a_connector_is_told_as_the_word_lists_say(text: str) -> None:
    from specparse.vocab import _NON_WORD, load_vocabulary

    vocab = load_vocabulary(None)
    plain = _NON_WORD.sub(" ", text.lower()).strip() in vocab.connectors or text.strip().lower() in vocab.connectors
    assert vocab.is_connector(text) == plain
    assert vocab.is_connector(text) == plain  # the second time from the memo


@SETTINGS
@given(
    _texts(["20", "%", " ", "(", ")", "\u2022", "-", ":", "Prepares reports", "1.", "\u00b7", "\u3000"], 6),
    st.booleans(),
)
def test_an_item_start_is_told_as_the_marker_patterns_say(text: str, listed: bool) -> None:
    from specparse.paragraphs import _SHARE_THEN_MARKER, LIST_MARKER, starts_item

    plain = listed or bool(LIST_MARKER.match(text)) or bool(_SHARE_THEN_MARKER.match(text))
    assert starts_item(Line(text=text, list_item=listed)) == plain


_DUTY_LINES = ["\u2022 Prepares budget reports;", "1. Reviews site plans", "Duties include:", "40% Manages the team",
               "Inspects facilities and writes findings.", "", "and does related work"]  # fmt: skip


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(_DUTY_LINES), st.booleans()), max_size=8),
    st.booleans(),
)
def test_a_duties_section_alone_reads_as_its_chain(rows: list[tuple[str, bool]], one_per_paragraph: bool) -> None:
    """A chain of one duties section takes the section's items: the chain's flags (each paragraph's marker
    where the reader flagged none) give duty_items what the section's own flags give."""
    from specparse import build
    from specparse.fields.duties import duty_items
    from specparse.paragraphs import paragraphs
    from specparse.splitting.raw_sections import RawSection

    raw = RawSection(
        key="duties",
        heading="Duties",
        lines=[Line(text=text, list_item=listed and bool(text), number=index + 1) for index, (text, listed) in enumerate(rows)],
    )  # fmt: skip
    paras = paragraphs(raw.lines, one_line_per_paragraph=one_per_paragraph)
    own = build._items(raw, paras, one_per_paragraph, "duties")
    chained = duty_items(paras, build._chain_flags([raw], lambda _: paras, one_per_paragraph))
    assert own == chained
    assert build._chain_items([raw], lambda _: paras, one_per_paragraph, {id(raw): own}) == chained


_SHARE_FRAGMENTS = ["40", "%", " ", "(", ")", "Program Support", ":", "-", "of the time", "; ", "and reviews", "[a; b]"]


@SETTINGS
@given(_texts(_SHARE_FRAGMENTS, 8))
def test_shares_runs_and_lead_ins_are_told_as_their_patterns_say(text: str) -> None:
    from specparse import duty_blocks
    from specparse.fields import duties, duty_prose
    from specparse.fields.lists import split_run

    assert duties.percent_share(text) == bool(duties.PERCENT_LEAD.match(text))
    assert duty_prose._is_run(text) == (len(split_run(text)) > 1)
    weighted = "%" in text and duty_blocks._WEIGHTED_HEADING.search(text) is not None
    assert weighted == bool(duty_blocks._WEIGHTED_HEADING.search(text))
    # prose_items and items_from_paragraphs tell a lead-in by its last character before white space.
    assert (text.rstrip()[-1:] == ":") == bool(duty_prose._LEAD_IN.search(text))
    if duty_prose._LEAD_IN.search(text):
        assert duty_prose.prose_items([text]) == []


_NAME_FRAGMENTS = [
    "a",
    "Spec",
    ".",
    "..",
    "/",
    "//",
    "/.",
    "./",
    "txt",
    ".txt",
    ".TXT",
    ".Doc",
    "~$",
    " ",
    "\u0130",
    "\u0663",
    "\ufb01",
    "\\",
]


@SETTINGS
@given(_texts(_NAME_FRAGMENTS, 8))
@example("Spec.txt/.")
@example("Spec.txt/")
@example("..txt")
@example("a/.txt")
@example("Spec.")
def test_a_name_suffix_is_the_one_pathlib_gives(name: str) -> None:
    """name_suffix reads the part after the last "/" itself; pathlib first drops empty and "." parts."""
    from pathlib import PurePath

    from specparse.source import hint_from_name, name_suffix

    assert name_suffix(name) == PurePath(name).suffix
    assert hint_from_name(name) == {".txt": "text", ".doc": "doc"}.get(PurePath(name).suffix.lower())


_BYTES_FRAGMENTS = [b"Duties", b" ", b"\r\n", b"\t", b"\x00", b"\x00\x00\x00\x00", b"\x01", b"\x1b", b"\x1f", b"\xef\xbb\xbf",
                    b"\xff\xfe", b"\xc3\xa9", b"\xe9", b"\xd9\xa3", b"\xe2\x80", b"a\x00b\x00"]  # fmt: skip


def _plain_decode_head(head: bytes) -> str | None:
    """_decode_head as it read before its shortcuts (ASCII decoded directly, no NUL no UTF-16)."""
    from specparse import source
    from specparse.decoding import decode_text

    if not head:
        return ""
    sample = head[:512]
    utf16 = len(sample) >= 4 and (
        sample[1::2].count(0) > len(sample[1::2]) * 0.6 or sample[0::2].count(0) > len(sample[0::2]) * 0.6
    )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16:
        return decode_text(head)
    head = source._NUL_PADDING.sub(b"", head)
    if b"\x00" in head and source._BINARY_CONTROL.search(head[:2048]):
        return None
    if len(source._BINARY_CONTROL.findall(head)) > len(head) // 50 + 1:
        return None
    return decode_text(head)


@SETTINGS
@given(st.lists(st.sampled_from(_BYTES_FRAGMENTS), max_size=24).map(b"".join))
def test_a_head_is_decoded_as_the_plain_way_says(head: bytes) -> None:
    from specparse.source import _decode_head

    assert _decode_head(head) == _plain_decode_head(head)


def test_a_path_is_read_as_given_whether_path_or_text(tmp_path: Path) -> None:
    from specparse.source import read_input

    target = tmp_path / "Clerk Typist.txt"
    target.write_bytes(b"CLERK TYPIST\r\n\r\nDUTIES\r\n")
    assert read_input(target) == (target.read_bytes(), str(target))
    assert read_input(str(target)) == (target.read_bytes(), str(target))
    assert read_input(target, name="x.txt") == (target.read_bytes(), "x.txt")


_PARAGRAPH_LINES = ["\u2022 Prepares budget reports;", "1. Reviews site plans", "a) checks permits", "o  files them",
                    "Duties include:", "40% \u2022 Manages the team", "Inspects facilities and writes findings.",
                    "continues the sentence", "OR", "and/or", "", " ", "Knowledge of codes", "Option 2:",
                    "\u017fhall review", "\u0130nspects", "\ufb01les records", "\u0663. counts", "ends with a comma,",
                    "b. ", "x" * 70]  # fmt: skip


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(_PARAGRAPH_LINES), st.booleans()), max_size=10),
    st.booleans(),
    st.sampled_from([None, 0, 20, 80]),
)
def test_lines_join_into_paragraphs_as_the_plain_way_says(
    rows: list[tuple[str, bool]], one_per_paragraph: bool, width: int | None
) -> None:
    """The joiner's marker memo, its inline paragraph ends and its lower-case test first give what the
    plain joiner gives (run twice: the second time the markers come from the memo)."""
    from specparse.paragraphs import paragraphs

    lines = [Line(text=text, list_item=listed) for text, listed in rows]
    for _ in range(2):
        expected = plain_paragraphs(lines, one_line_per_paragraph=one_per_paragraph, width=width)
        assert paragraphs(lines, one_line_per_paragraph=one_per_paragraph, width=width) == expected


@SETTINGS
@given(st.lists(st.sampled_from(_PARAGRAPH_LINES), max_size=6))
def test_list_items_are_read_as_the_marker_pattern_says(paragraphs: list[str]) -> None:
    from specparse.fields import lists
    from specparse.paragraphs import LIST_MARKER

    for paragraph in paragraphs:
        assert lists.has_marker(paragraph) == bool(LIST_MARKER.match(paragraph))
    flags = [bool(LIST_MARKER.match(p)) for p in paragraphs]
    assert lists.items_from_paragraphs(paragraphs) == lists.items_from_paragraphs(paragraphs, flags or None)


def _plain_clean_texts(texts: list[str], vocab: object) -> list[str]:
    from specparse import clean

    kept = []
    for text in texts:
        kind = clean._line_kind(text) if text else clean._CONTENT
        blank = kind != clean._CONTENT or bool(text and vocab.is_boilerplate(text))  # type: ignore[attr-defined]
        kept.append("" if blank else text)
    return kept


_OWN_BOILERPLATE = "[boilerplate]\npatterns = ['duties.*', 'revised \\\\d+']\n"


@SETTINGS
@given(st.lists(_texts([*_CLEAN_FRAGMENTS, "Revised ", "2019", "Page 2 of 3", "\u0130"], 6), max_size=8))
def test_each_vocabulary_cleans_by_its_own_boilerplate(texts: list[str]) -> None:
    """clean remembers each line's verdict for the vocabulary it was given: a user's vocabulary with
    boilerplate of its own, then the built-in one again, each get their own answers."""
    import tempfile

    from specparse import clean
    from specparse.vocab import load_vocabulary

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vocab.toml"
        path.write_text(_OWN_BOILERPLATE, "utf-8")
        own = load_vocabulary(str(path))
        built_in = load_vocabulary(None)
        lines = [Line(text=text, number=index + 1) for index, text in enumerate([*texts, "Duties", "Revised 2019"])]
        for vocab in (built_in, own, built_in, own):
            cleaned = clean.clean(lines, vocab)
            assert [line.text for line in cleaned.body] == _plain_clean_texts([line.text for line in lines], vocab)


def test_a_clean_still_running_with_another_vocabulary_never_fills_the_new_ones_memo(tmp_path: Path) -> None:
    """Two threads cleaning with two vocabularies: the one whose vocabulary was replaced meanwhile keeps
    writing into its own memo, so the line its vocabulary calls boilerplate stays content for the other."""
    from specparse import clean
    from specparse.vocab import load_vocabulary

    path = tmp_path / "vocab.toml"
    path.write_text(_OWN_BOILERPLATE, "utf-8")
    own, built_in = load_vocabulary(str(path)), load_vocabulary(None)
    text = "Duties of the office"
    first = clean._verdicts(own)  # a clean with the user's vocabulary starts
    clean._verdicts(built_in)  # another thread's clean, with the built-in one, takes the module's memo
    assert clean._remember_verdict(text, own, first) != clean._CONTENT  # the first goes on: boilerplate
    body = clean.clean([Line(text=text, number=1)], built_in).body
    assert [line.text for line in body] == [text]  # the built-in vocabulary keeps the line


_SPLIT_LINES = ["DUTIES", "NOTES:", "Education: Graduation from high school.", "Closing Date: 5/1/2019", "",
                "For details see http://per.example.org/jobs and apply online at http://apply.example.org/x " * 2,
                "Hours of work are 8:15 AM to 4:30 PM, Monday through Friday, at the main office downtown.. " * 2,
                "Selection Process: The examination will consist of a written test weighted 100 percent " * 2,
                "\u2022 Prepares budget reports;", "Knowledge of:", "ANNUAL SALARY", "$49,903 to $72,996",
                "Minimum Qualifications", "Applicants must hold a valid license issued by the state board. " * 2,
                "\u0130NSPECTOR DUT\u0130ES", "\u017fkills: \ufb01ling", "Class Code: 1513", "   ", "\u0663. Or II"]  # fmt: skip


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(_SPLIT_LINES), st.sampled_from([None, None, 2]), st.booleans()), max_size=12))
def test_the_split_asks_heading_at_only_where_it_could_answer(rows: list[tuple[str, int | None, bool]]) -> None:
    """may_head turns a line down (a long one whose colon opens no label among them) only where heading_at
    would, and the split's inline test of a short line agrees: the split is the one made by asking
    heading_at of every non-blank line."""
    from unittest import mock

    from specparse import sections
    from specparse.splitting.headings import heading_at, may_head
    from specparse.vocab import load_vocabulary

    vocab = load_vocabulary(None)
    lines = [
        Line(text=text, heading_level=level, bold=bold, number=index + 1)
        for index, (text, level, bold) in enumerate(rows)
    ]
    for index, line in enumerate(lines):
        if not may_head(line):
            for seen_known in (False, True):
                assert heading_at(lines, index, vocab, seen_known=seen_known) is None
    fast = sections.split_sections(lines, vocab)
    with (
        mock.patch.object(sections, "may_head", return_value=True),
        mock.patch.object(sections, "MAX_SHORT_LINE_CHARS", 0),
    ):
        plain = sections.split_sections(lines, vocab)
    assert fast == plain
    for section in fast.sections:
        numbered = [line.number for line in section.lines if line.text and line.number]
        assert section.end_line == max([section.end_line, *numbered[-1:]])


@SETTINGS
@given(st.lists(_texts(["Duties", " ", "\t", "\u00a0", "\u3000", "x" * 40, "\u0130", "\n"], 8), max_size=12))
def test_the_margin_is_the_percentile_of_the_plain_lengths(texts: list[str]) -> None:
    from specparse.paragraphs import MARGIN_PERCENTILE, UNWRAPPED_LINE_CHARS, margin

    lengths = sorted(len(text.rstrip()) for text in texts if text.strip())
    if not lengths:
        expected = 0
    elif lengths[-1] > UNWRAPPED_LINE_CHARS:
        expected = lengths[-1]
    else:
        expected = lengths[min(len(lengths) - 1, int(len(lengths) * MARGIN_PERCENTILE))]
    assert margin([Line(text=text) for text in texts]) == expected


_HEADING_FRAGMENTS = ["DUTIES", "Duties", " ", "$", "5/1/2019", "12", "%", "#", "1.", "\u2022", "I. ", "of", "x" * 30,
                      "\u0663", "\u0130", "\u017f", ":", "Task # Description"]  # fmt: skip


@SETTINGS
@given(_texts(_HEADING_FRAGMENTS, 8))
def test_heading_shape_is_remembered_for_each_kind_of_line(text: str) -> None:
    """One memo of the text alone for plain lines and one for lines marked as headings give what the
    two-argument test gives (asked twice: the second time from the memo)."""
    from specparse.splitting import headings

    for _ in range(2):
        assert headings._could_be_plain_heading(text) == headings._could_be_heading(text, False)
        assert headings._could_be_marked_heading(text) == headings._could_be_heading(text, True)


_KEYS = ["duties", "salary", "application", "working_conditions", "other", "knowledge_skills_abilities", "notes"]


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(_SPLIT_LINES), st.sampled_from([None, 2, 3]), st.booleans()), min_size=1, max_size=8
    ),
    st.sampled_from(_KEYS),
    st.booleans(),
    st.sampled_from(["", "Full time", "Monday through Friday.", "$5,000 - $6,000 Monthly", "25"]),
    st.lists(
        st.tuples(
            st.sampled_from(_KEYS), st.booleans(), st.booleans(), st.sampled_from(["", "1. Inspections:", "\u2022 x"])
        ),
        max_size=3,
    ),
    st.lists(st.sampled_from([None, 1, 2, 3]), max_size=3),
)
def test_the_split_skips_only_tests_that_answer_no_for_that_kind_of_heading(
    rows: list[tuple[str, int | None, bool]],
    key: str,
    known: bool,
    rest: str,
    before: list[tuple[str, bool, bool, str]],
    levels: list[int | None],
) -> None:
    """split_sections asks the unknown-heading tests only of an unknown heading and the known-heading tests
    only of a known one, header_field only of a salary heading and labelled_value only of a field-prone
    one: each skipped test answers no there."""
    from specparse import sections as split
    from specparse.splitting import body_fields
    from specparse.splitting.headings import Heading
    from specparse.splitting.raw_sections import RawSection

    lines = [
        Line(text=text, heading_level=level, bold=bold, number=i + 1) for i, (text, level, bold) in enumerate(rows)
    ]
    opened = [
        RawSection(key=k, heading=k, known=kn, subheaded=sub, lines=[Line(text=t, number=1)] if t else [])
        for k, kn, sub, t in before
    ]
    heading = Heading(key=key, text=key, rest=rest, known=known)
    for index, line in enumerate(lines):
        if known:
            assert not split._under_empty(heading, opened)
            assert not split._nested(line, heading, levels)
            assert not split._repeated(heading, opened)
            assert not split._groups_items(lines, index, heading, opened)
        else:
            assert not split._lead_in_under_empty(line, heading, opened)
            assert not split._nested_lead_in(line, heading, levels, opened)
        if key != "salary":
            assert not body_fields.header_field(lines, index, heading)
        if key not in body_fields.FIELD_PRONE_KEYS:
            assert not body_fields.labelled_value(lines, index, heading)


def test_each_noisy_logger_is_hushed_once_even_behind_a_placeholder() -> None:
    """library_noise_hidden reads each logger from logging's registry; a name known only as the parent of
    another logger (a placeholder there) still gets its own logger from getLogger, and its handler once."""
    import logging
    from unittest import mock

    from specparse import pipeline

    logging.getLogger("specparse_test_noise_parent.child")  # the parent is now a placeholder
    names = ("specparse_test_noise_parent", "specparse_test_noise_plain")
    with mock.patch.object(pipeline, "NOISY_LOGGERS", names):
        for _ in range(3):
            with pipeline.library_noise_hidden():
                pass
    for name in names:
        handlers = logging.getLogger(name).handlers
        assert len(handlers) == 1
        assert isinstance(handlers[0], logging.NullHandler)
        assert pipeline._HUSHED[name] is handlers[0]
