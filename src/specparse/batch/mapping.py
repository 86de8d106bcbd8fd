"""A picklable one-file function for engines that already distribute work (Dask, Ray, Spark).

``specparse.parse`` is a pure function of bytes to record; ``convert_record`` wraps it so that a
map over millions of inputs never raises: each input becomes one plain-dict status record, the
same shape as a line of ``--report`` plus the record itself.
"""

from __future__ import annotations

import os
from typing import Any


def convert_record(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None, **options: Any
) -> dict[str, Any]:
    """Parse one input; return ``{"input", "status", "error", "record"}`` whatever happens.

    ``status`` is one of the report's words (ok, empty, corrupt, …); ``record`` is the JobSpec as
    JSON-ready data when ok, else None. Timeouts and memory caps are the engine's job here.
    """
    from ..errors import SpecparseError
    from ..pipeline import parse

    label = name or (os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<bytes>")
    try:
        spec = parse(source, name=name, **options)
    except SpecparseError as exc:
        return {"input": label, "status": exc.status, "error": str(exc) or type(exc).__name__, "record": None}
    except MemoryError:
        return {"input": label, "status": "too_large", "error": "ran out of memory", "record": None}
    except Exception as exc:  # a bug in specparse must not end a million-file map
        return {"input": label, "status": "crashed", "error": f"{type(exc).__name__}: {exc}", "record": None}
    return {"input": label, "status": "ok", "error": None, "record": spec.model_dump(mode="json")}
