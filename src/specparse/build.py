"""Assemble the JobSpec record from the split document: run the field parsers, collect warnings."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from . import duty_blocks
from .extract import Extraction
from .fields import duties as duty_fields
from .fields import exam, header_meta, lists, provenance, requirements, salary, summary
from .fields import header as header_fields
from .fields import kind as document_kind
from .lines import Line
from .models import (
    Block,
    Dates,
    JobSpec,
    ParseWarning,
    SalaryRange,
    Section,
    SourceInfo,
)
from .paragraphs import margin, paragraphs, starts_item
from .qualifications import read_qualifications
from .sections import RawSection, Split
from .source import Source
from .vocab import Vocabulary

# Word, HTML and RTF readers emit one line per paragraph; text and PDF one per printed line.
PARAGRAPH_FORMATS = frozenset({"docx", "doc", "html", "rtf", "wordml"})
CORE_SECTIONS = ("definition", "duties", "qualifications")


def build_record(
    source: Source,
    extraction: Extraction,
    split: Split,
    furniture: list[Line],
    body: list[Line],
    vocab: Vocabulary,
) -> JobSpec:
    one_per_paragraph = (extraction.format or source.format) in PARAGRAPH_FORMATS
    warnings: list[ParseWarning] = [
        ParseWarning(code=code, message=message, line=None) for code, message in extraction.warnings
    ]
    if source.mismatch:
        warnings.append(
            ParseWarning(
                code="format_mismatch",
                message=f"named as {source.hint} but the content is {source.format}",
                line=None,
            )
        )

    width = margin(body)

    # Paragraphs are joined once per section; several field parsers read the same section.
    section_paras = {
        id(raw): paragraphs(raw.lines, one_line_per_paragraph=one_per_paragraph, width=width) for raw in split.sections
    }

    def paras(section: RawSection) -> list[str]:
        return section_paras[id(section)]

    duty_chains = duty_blocks.duty_chains(split.sections, paras)
    keys = {id(raw): "duties" for chain in duty_chains for raw in chain}
    section_items = {
        id(raw): _items(raw, paras(raw), one_per_paragraph, keys.get(id(raw), raw.key)) for raw in split.sections
    }
    sections = [_section(raw, paras(raw), section_items[id(raw)], keys.get(id(raw), raw.key)) for raw in split.sections]
    sections = _with_companions(sections, vocab)
    for raw in split.sections:
        if not raw.known:
            warnings.append(
                ParseWarning(
                    code="unknown_heading",
                    message=f"heading not in the vocabulary: {raw.heading!r}",
                    line=raw.start_line,
                )
            )
    by_key: dict[str, list[tuple[RawSection, list[str]]]] = {}
    for raw in split.sections:
        by_key.setdefault(keys.get(id(raw), raw.key), []).append((raw, paras(raw)))

    header_lines = split.header_lines()
    in_preamble = {id(line) for line in header_lines}
    fields_elsewhere = [line for line in split.fields if id(line) not in in_preamble]
    head = header_fields.read_header(
        [*header_lines, *fields_elsewhere],
        furniture,
        split.trailer,
        body,
        vocab,
        metadata=extraction.metadata,
    )
    for text, line in head.undated_labels:
        warnings.append(
            ParseWarning(
                code="date_not_understood",
                message=f"a date label without a readable date: {text!r}",
                line=line or None,
            )
        )
    for code, message in document_kind.document_warnings(split, body, head.title):
        warnings.append(ParseWarning(code=code, message=message, line=None))
    for key in CORE_SECTIONS:
        if key not in by_key:
            warnings.append(ParseWarning(code="missing_section", message=f"no {key} section found", line=None))

    # The front matter's paragraphs, read alike by the duties, definition and requirement readers.
    preamble_paras = paragraphs(split.preamble, one_line_per_paragraph=one_per_paragraph, width=width)
    duties = duty_blocks.record_duties(
        duty_chains,
        split.sections,
        paras,
        lambda chain: _chain_items(chain, paras, one_per_paragraph, section_items),
        preamble_paras,
    )
    return JobSpec(
        source=SourceInfo(
            name=source.name,
            format=extraction.format or source.format,
            sha256=source.sha256,
            size=len(source.data),
            pages=extraction.pages,
            lines=sum(1 for line in body),
        ),
        title=head.title,
        class_code=head.class_code,
        jurisdiction=head.jurisdiction,
        department=head.department,
        dates=Dates(**head.dates),
        flsa=head.flsa,
        exam_type=exam.exam_type("\n".join(line.text for line in [*split.preamble, *body])),
        employment=exam.employment(
            [line.text for line in split.preamble]
            + [
                sentence
                for section in section_paras.values()
                for paragraph in section
                if exam.may_name_employment(paragraph)
                for sentence in requirements.sentences(paragraph)
            ]
        ),
        bargaining_unit=head.bargaining_unit,
        salary=_salaries(split, by_key, one_per_paragraph, warnings, extraction.metadata),
        definition=_definition(split, by_key, paras, preamble_paras, head.title),
        distinguishing_features=_joined(by_key.get("distinguishing_features")),
        duties=duties,
        qualifications=read_qualifications(split, by_key, paras, preamble_paras),
        sections=sections,
        front_matter=_block(split.preamble),
        back_matter=_block(split.trailer),
        headers_footers=list(dict.fromkeys(line.text for line in furniture)),
        warnings=warnings,
        provenance=_provenance(head, split, body),
    )


def _provenance(head: header_fields.Header, split: Split, body: list[Line]) -> dict[str, int]:
    values: dict[str, object] = {key: getattr(head, key) for key in provenance.HEADER_FACTS}
    values.update({f"dates.{kind}": value for kind, value in head.dates.items()})
    return provenance.record_provenance(values, head.provenance, [*split.preamble, *split.fields], body)


def _section(raw: RawSection, paras: list[str], items: list[str], key: str) -> Section:
    return Section(
        key=key,
        heading=raw.heading,
        text="\n\n".join(paras),
        items=items,
        start_line=raw.start_line,
        end_line=raw.end_line,
        page=raw.page,
    )


def _items(raw: RawSection, paras: list[str], one_per_paragraph: bool, key: str) -> list[str]:
    """A section's items as the record lists them under it."""
    # A knowledge, skills or abilities block's items are its lead's run alone: the list readers are not
    # asked for items that would be replaced.
    if key in lists.LEADS:
        items = lists.competency_items(paras, key)
    elif key == "duties":
        items = duty_fields.duty_items(paras, _item_flags(raw, paras, one_per_paragraph))
    else:
        items = lists.drop_trailing_prose(
            lists.items_from_paragraphs(paras, _item_flags(raw, paras, one_per_paragraph))
        )
        if len(items) == 1 and key == "knowledge_skills_abilities":
            items = lists.split_run(items[0])
    return items


def _chain_items(
    chain: list[RawSection],
    paras: Callable[[RawSection], list[str]],
    one_per_paragraph: bool,
    section_items: dict[int, list[str]],
) -> list[str]:
    """The duty statements of a chain of sections read as one duties block.

    A chain of one section is that duties section's own items, read already: the same paragraphs, and
    its flags are the section's (or, where the reader flagged none, each paragraph's marker, which
    duty_items reads itself without flags).
    """
    if len(chain) == 1:
        return section_items[id(chain[0])]
    return duty_fields.duty_items(
        [p for raw in chain for p in paras(raw)], _chain_flags(chain, paras, one_per_paragraph)
    )


def _chain_flags(
    chain: list[RawSection], paras: Callable[[RawSection], list[str]], one_per_paragraph: bool
) -> list[bool] | None:
    flags: list[bool] = []
    for raw in chain:
        own = _item_flags(raw, paras(raw), one_per_paragraph)
        flags += own if own is not None else [lists.has_marker(p) for p in paras(raw)]
    return flags


def _with_companions(sections: list[Section], vocab: Vocabulary) -> list[Section]:
    """A heading naming a second block ("Benefits and Compensation", "Preferred Skills") is published
    once more under that key, without text: the block is both, and its text is given once."""
    published: list[Section] = []
    for section in sections:
        published.append(section)
        for key in vocab.companions(section.heading or "", section.key) if section.heading else ():
            published.append(section.model_copy(update={"key": key, "text": "", "items": []}))
    return published


def _item_flags(raw: RawSection, paras: list[str], one_per_paragraph: bool) -> list[bool] | None:
    """Mark which paragraphs are list items when a reader flagged them (Word numbering, <li>)."""
    if not any(line.list_item for line in raw.lines):
        return None
    flags: list[bool] = []
    for line in raw.lines:
        if line.text and starts_item(line) and len(flags) < len(paras):
            flags.append(True)
        elif line.text and one_per_paragraph and len(flags) < len(paras):
            flags.append(False)
    if len(flags) != len(paras):
        return None
    return flags


def _block(lines: list[Line]) -> Block | None:
    content = [line for line in lines if line.text]
    if not content:
        return None
    return Block(
        # Header blocks are one value per line ("City of Alameda" / "Code No. 7565"): keep the lines.
        text="\n".join(line.text for line in content),
        start_line=content[0].number,
        end_line=content[-1].number,
        page=content[0].page,
    )


def _definition(
    split: Split,
    by_key: dict[str, list[tuple[RawSection, list[str]]]],
    paras: Callable[[RawSection], list[str]],
    preamble_paras: list[str],
    title: str | None,
) -> str | None:
    """The definition block, or the job's summary paragraph where no definition heading exists."""
    return summary.definition(
        [p for _, section_paras in by_key.get("definition", []) for p in section_paras],
        preamble_paras,
        [p for raw in split.sections if raw.key == "other" for p in paras(raw)],
        title,
    )


def _joined(entries: list[tuple[RawSection, list[str]]] | None) -> str | None:
    if not entries:
        return None
    text = "\n\n".join(p for _, paras in entries for p in paras)
    return text or None


def _salaries(
    split: Split,
    by_key: dict[str, list[tuple[RawSection, list[str]]]],
    one_per_paragraph: bool,
    warnings: list[ParseWarning],
    metadata: Mapping[str, str],
) -> list[SalaryRange]:
    # Every range, in document order: the metadata's (a job post's front matter "salary_min"/"salary_max",
    # which the page's text may only cap: "the maximum salary … is $172,500"), the header block's
    # ("Salary: $104,863.92 - $133,780.80 YEAR" in a posting's field list, figures above a "PAY GRADE: 41"
    # label) and then each salary section's.
    header = split.header_lines()
    # find_salaries reads only lines with a "$" (each on its own), and joining lines into paragraphs adds
    # none: a header printing no "$" (most) yields no range and is not joined at all.
    preamble: list[str] = []
    if any("$" in line.text for line in header):
        preamble = paragraphs(header, one_line_per_paragraph=one_per_paragraph)
    fields = [line.text for line in split.fields if line.text]
    stated = header_meta.metadata_pay(metadata)
    blocks: list[tuple[str, str | None]] = [(stated, None)] if stated else []
    blocks.append(("\n".join([*preamble, *fields]), None))
    blocks += [("\n".join(paras), raw.heading) for raw, paras in by_key.get("salary", []) if not raw.pay_field]
    ranges: list[SalaryRange] = []
    seen: set[tuple[float | None, float | None, str | None]] = set()
    for text, heading in blocks:
        for found in salary.find_salaries(text, salary.heading_period(heading)):
            if found.inferred:
                warnings.append(
                    ParseWarning(
                        code="salary_period_inferred",
                        message=f"no pay period printed with {found.text!r}; guessed {found.period}",
                        line=None,
                    )
                )
            if (found.min, found.max, found.period) in seen:
                continue  # a field-list line repeated in the preamble
            seen.add((found.min, found.max, found.period))
            ranges.append(
                SalaryRange(min=found.min, max=found.max, period=found.period, text=found.text, note=found.note)
            )
    return salary.summaries_last(ranges)
