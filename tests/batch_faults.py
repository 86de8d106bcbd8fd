"""Fault injection for batch tests (not a test module): a parse function that misbehaves on cue.

Selected through the internal ``_SPECPARSE_BATCH_PARSE_HOOK=batch_faults:parse`` environment
variable; the input's file name says what goes wrong, everything else is parsed normally.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import PurePath
from typing import Any

HOOK = "batch_faults:parse"


def parse(path: str, **options: Any) -> Any:
    name = PurePath(path).name
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("segfault"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("sleep"):
        time.sleep(60)
    if name.startswith("stuck"):
        # The alarm cannot be delivered (as when stuck inside C code): only the parent's kill helps.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGTERM})
        time.sleep(60)
    if name.startswith("hog"):
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB, far over the test's cap
        del hoard
    if name.startswith("bug"):
        raise ZeroDivisionError("injected")
    if name.startswith("slow"):
        time.sleep(1.0)  # long enough that Ctrl-C lands mid-run even on a loaded machine
    from specparse.pipeline import parse as real_parse

    return real_parse(path, **options)
