"""The raw layer of the split: each heading with the lines under it, as printed, and the split document."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lines import Line


@dataclass(slots=True)
class RawSection:
    """A heading and the lines under it, as printed."""

    key: str
    heading: str | None
    lines: list[Line] = field(default_factory=list)
    start_line: int = 0
    end_line: int = 0
    page: int | None = None
    known: bool = True
    # Opened by a sub-heading ("PERSON SPECIFICATION" then "Setting Direction"): its further unknown
    # headings are more sub-headings, not new sections.
    subheaded: bool = False
    # A pay field of the header ("Salary: $74,839 - $96,438"): its figures are read as a field already.
    pay_field: bool = False

    def content(self) -> list[Line]:
        return [line for line in self.lines if line.text]

    def has_content(self) -> bool:
        """``bool(self.content())`` without collecting a long section's lines to ask whether there is one."""
        for line in self.lines:  # noqa: SIM110 (a plain loop: any() over a generator costs more)
            if line.text:
                return True
        return False


@dataclass(slots=True)
class Split:
    """The document cut at its headings: text before the first, the sections, text after the last."""

    preamble: list[Line]
    sections: list[RawSection]
    trailer: list[Line]
    fields: list[Line] = field(default_factory=list)  # "Label: value" field-list lines, wherever they stood
    front_pay: list[Line] = field(default_factory=list)  # pay fields of the front matter, now salary sections

    def header_lines(self) -> list[Line]:
        """The front matter as printed, its pay fields in place: what the header readers read."""
        if not self.front_pay:
            return self.preamble
        return sorted([*self.preamble, *self.front_pay], key=lambda line: line.number)
