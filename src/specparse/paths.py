"""Promotion paths: which job classes' experience qualifies for which class, as a graph's edges.

Every requirement naming a class ("two years of full-time paid experience as a Management Assistant")
is an edge from that class to the class of the bulletin, with the years and whether they must be
full-time, and where in the requirements it sits (set "2", sub-requirement "B" or "" for the set itself).
Edges are written as CSV or as a Graphviz DOT digraph. Class names are upper-cased so that a class's
incoming and outgoing edges join whatever case each bulletin printed it in.

``edges(spec)`` reads one record; ``collect_edges`` runs the batch machinery over files and folders
(each bad file is one error line on stderr, the rest go on) and yields the edges in input order.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from typing import IO, TYPE_CHECKING, Any

from .cityofla import requirement_items
from .fields.experience import class_names

if TYPE_CHECKING:
    from .models import JobSpec

EDGE_COLUMNS = ("from_class", "to_class", "to_class_code", "years", "full_time", "set", "subset")


@dataclass(frozen=True, slots=True)
class Edge:
    from_class: str
    to_class: str
    to_class_code: str
    years: float | None
    full_time: bool | None
    set: str
    subset: str


def _name(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip().upper()


def edges(spec: JobSpec) -> list[Edge]:
    """One edge per requirement of ``spec`` that names a job class, per class it names."""
    if not spec.title:
        return []
    to_class = _name(spec.title)
    found: list[Edge] = []
    for set_id, subset_id, item in requirement_items(spec):
        for experience in item.experience:
            if not experience.class_title:
                continue
            for name in class_names(experience.class_title):
                edge = Edge(
                    from_class=_name(name),
                    to_class=to_class,
                    to_class_code=spec.class_code or "",
                    years=experience.years,
                    full_time=experience.full_time,
                    set=set_id,
                    subset=subset_id,
                )
                if edge not in found:
                    found.append(edge)
    return found


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else f"{value:g}"
    return str(value)


def write_csv(found: Iterable[Edge], stream: IO[str]) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    count = 0
    for edge in found:
        writer.writerow([_cell(value) for value in astuple(edge)])
        count += 1
    return count


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(found: Iterable[Edge], stream: IO[str]) -> int:
    """A Graphviz digraph: one node per class, one arrow per edge labelled with the years asked for."""
    stream.write("digraph promotions {\n  rankdir=LR;\n  node [shape=box];\n")
    count = 0
    for edge in found:
        label = f"{_cell(edge.years)}y" if edge.years is not None else ""
        if edge.full_time is False:
            label += " part-time"
        stream.write(f"  {_quoted(edge.from_class)} -> {_quoted(edge.to_class)} [label={_quoted(label.strip())}];\n")
        count += 1
    stream.write("}\n")
    return count


WRITERS = {"csv": write_csv, "dot": write_dot}
assert tuple(f.name for f in fields(Edge)) == EDGE_COLUMNS


class _RecordLines(io.TextIOBase):
    """A text sink for the batch's JSONL stream: each complete line is one record, turned into edges."""

    def __init__(self) -> None:
        self._pending = ""
        self.edges: list[Edge] = []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        from .models import JobSpec

        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self.edges.extend(edges(JobSpec.model_validate(json.loads(line))))
        return len(text)


def collect_edges(
    inputs: Sequence[str], *, jobs: int = 1, quiet: bool = False, stderr: IO[str] | None = None, **batch: Any
) -> tuple[list[Edge], int]:
    """Parse files and folders with the batch machinery; the edges in input order and the batch's exit code."""
    from .batch import BatchOptions, run_batch

    sink = _RecordLines()
    options = BatchOptions(inputs=inputs, fmt="jsonl", jobs=jobs, quiet=quiet, **batch)
    code = run_batch(options, stdout=sink, stderr=stderr)  # type: ignore[arg-type]
    return sink.edges, code


def top_targets(found: Iterable[Edge], count: int = 5) -> list[tuple[str, int]]:
    """The classes with the most distinct classes leading into them."""
    sources: dict[str, set[str]] = {}
    for edge in found:
        sources.setdefault(edge.to_class, set()).add(edge.from_class)
    ranked = sorted(sources.items(), key=lambda item: (-len(item[1]), item[0]))
    return [(name, len(froms)) for name, froms in ranked[:count]]
