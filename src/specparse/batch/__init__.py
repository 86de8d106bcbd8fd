"""Batch conversion: many files on a supervised pool of workers, resumable, in deterministic order.

``run_batch(BatchOptions(...))`` is what ``specparse DIR -o OUT`` runs; see runner.py for the flow,
discovery.py for naming, pool.py/worker.py for isolation (timeouts, memory caps, crashes).
"""

from __future__ import annotations

from .mapping import convert_record
from .pool import default_jobs
from .runner import BatchOptions, UsageError, run_batch

__all__ = ["BatchOptions", "UsageError", "convert_record", "default_jobs", "run_batch"]
