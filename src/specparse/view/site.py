"""``specparse view DIR -o site/``: a review page per input and an index of them all.

The batch runner does the work (same discovery, worker pool, timeouts, memory cap, progress bar and
exit codes as ``specparse DIR -o OUT``) with the "html" format: each worker writes one page, named
like a batch output (``site/a/x.doc.html`` for ``DIR/a/x.doc``, always inside ``site/``), and sends
back the page's row for the index, which the parent writes when the run ends.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from ..batch.discovery import InputFile
    from ..batch.worker import Result
    from ..models import JobSpec

INDEX_NAME = "index.html"
# Used instead when an input's own page would be index.html (an input named "index" with no extension).
SPARE_INDEX_NAME = "specparse-index.html"


@dataclass(slots=True)
class IndexRow:
    """One input in the index: its outcome and, when it converted, the facts a reviewer sorts by."""

    path: str  # as given on the command line (shown on hover)
    name: str  # relative to the common folder of the inputs: what the table shows
    status: str
    error: str | None = None
    href: str | None = None  # the page, relative to the index
    title: str | None = None
    class_code: str | None = None
    jurisdiction: str | None = None
    format: str | None = None
    pages: int | None = None
    sections: list[str] = field(default_factory=list)
    duties: int = 0
    requirements: int = 0
    warnings: int = 0


def summary(spec: JobSpec) -> dict[str, Any]:
    """What the index shows of one record; small, so it travels from the worker cheaply."""
    qualifications = spec.qualifications
    requirements = len(qualifications.alternatives) or len(qualifications.education) + len(qualifications.experience)
    return {
        "title": spec.title,
        "class_code": spec.class_code,
        "jurisdiction": spec.jurisdiction,
        "sections": [section.key for section in spec.sections],
        "duties": len(spec.duties),
        "requirements": requirements,
        "warnings": len(spec.warnings),
    }


def index_href(page: Path, index: str | None) -> str | None:
    """The link from a page back to the index, relative so the site can be moved or zipped."""
    if index is None:
        return None
    return quote(Path(os.path.relpath(index, page.parent)).as_posix())


def write_page(
    path: str, output: str, index: str | None, parse_options: dict[str, Any]
) -> tuple[JobSpec, dict[str, Any]]:
    """Render and write one input's page (in a batch worker); return its record and index summary."""
    from ..output import write_atomic
    from .gather import gather
    from .html_page import page_html

    gathered = gather(path, **parse_options)
    page = Path(output)
    write_atomic(page, page_html(gathered, index_href=index_href(page, index)), durable=False)
    return gathered.record, summary(gathered.record)


def index_path(output: Path, relatives: Sequence[PurePosixPath]) -> Path:
    from ..batch.discovery import output_path

    taken = {output_path(output, relative, ".html") for relative in relatives}
    return output / (SPARE_INDEX_NAME if output / INDEX_NAME in taken else INDEX_NAME)


def build_site(
    inputs: Sequence[str],
    output: str,
    *,
    jobs: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    timeout: float | None = 60.0,
    max_memory_mb: int | None = None,
    quiet: bool = False,
    progress: bool | None = None,
    parse_options: dict[str, Any] | None = None,
) -> int:
    """Write the site and return the batch exit code (0 all pages written, 1 some input failed, ...)."""
    from ..batch import BatchOptions, run_batch
    from ..output import write_atomic
    from .html_index import index_html

    root = Path(output)
    rows: list[IndexRow] = []
    index = index_path(root, [item.relative for item in _inputs(inputs, include, exclude, output)])

    def collect(item: InputFile, result: Result) -> None:
        rows.append(_row(item, result, root))

    options = BatchOptions(
        inputs=inputs,
        output=output,
        fmt="html",
        include=include,
        exclude=exclude,
        jobs=jobs,
        force=True,  # the index needs every page's row: a page is rebuilt in milliseconds
        timeout=timeout,
        max_memory_mb=max_memory_mb,
        quiet=quiet,
        progress=progress,
        parse_options=dict(parse_options or {}),
        site_index=str(index),
        on_result=collect,
    )
    code = run_batch(options)
    if rows or code == 0:
        write_atomic(index, index_html(rows, title=_site_title(inputs)))
    return code


def _inputs(inputs: Sequence[str], include: Sequence[str], exclude: Sequence[str], output: str) -> list[InputFile]:
    """The inputs as the run will see them (to name the index); a bad argument is left for the run to report."""
    from ..batch.discovery import DiscoveryError, discover

    try:
        return discover(inputs, include=include, exclude=exclude, output_dir=output)
    except DiscoveryError:
        return []


def _row(item: InputFile, result: Result, root: Path) -> IndexRow:
    from ..batch.discovery import output_path

    # The page's own path, made by the batch's output_path (never outside ``root``), is what the index links.
    page = output_path(root, item.relative, ".html")
    relative = page.relative_to(root).as_posix()
    row = IndexRow(
        path=item.path,
        name=relative.removesuffix(".html"),
        status=result.status,
        error=result.error,
        format=result.format,
        pages=result.pages,
    )
    if result.status == "ok" and isinstance(result.payload, dict):
        row.href = quote(relative)
        for key, value in result.payload.items():
            if key in IndexRow.__dataclass_fields__:
                setattr(row, key, value)
    return row


def _site_title(inputs: Sequence[str]) -> str:
    names = [Path(argument).name or argument for argument in inputs]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
