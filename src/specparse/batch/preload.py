"""Imported once by the fork server: warms what every batch worker then inherits by fork.

The fork server imports the modules in ``pool.PRELOAD`` before it forks any worker, so whatever is
loaded or cached here (the pydantic models, the heading vocabulary, compiled regular expressions,
the JSON serializer's first use) costs one time per run instead of once per worker, and a
replacement worker starts warm too. Nothing here may raise: a failing import would take the
fork server down with it, and each worker warms itself again anyway.
"""

from __future__ import annotations

import contextlib

from .worker import warm_up

with contextlib.suppress(Exception):
    warm_up(rehearse=True)
