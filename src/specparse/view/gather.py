"""Run the pipeline's steps and keep what each one produced, for the review page.

``pipeline.run_steps`` is the one sequence of steps ``specparse.parse`` runs too: the page shows the very
lines, cut and record a conversion produces (``tests/test_view_data.py`` checks the record is identical),
without parsing the JSON back or reading the document twice.
"""

from __future__ import annotations

import os

from ..pipeline import Input
from ..pipeline import Steps as Gathered

__all__ = ["Gathered", "gather"]


def gather(
    source: Input,
    *,
    format: str | None = None,
    name: str | None = None,
    password: str | None = None,
    vocab: str | os.PathLike[str] | None = None,
    pdf_engine: str | None = None,
    max_bytes: int | None = None,
) -> Gathered:
    """Convert ``source`` as ``specparse.parse`` does and keep the intermediate results.

    Raises the same ``SpecparseError`` subclasses as ``parse`` on input it cannot read.
    """
    from .. import limits as limits_module
    from ..pipeline import run_steps

    with limits_module.use(limits_module.current()):
        return run_steps(source, format, name, password, vocab, pdf_engine, max_bytes)
