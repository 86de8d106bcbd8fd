"""Shared driver of the fuzz harnesses: atheris (coverage-guided) when installed, else a plain mutation loop.

Each ``fuzz_<format>.py`` names its format and its seed files; this module feeds inputs to
``specparse.parse`` forced to that format. The property fuzzed is the contract of issue #6: every
input ends in a JobSpec or a ``SpecparseError`` — any other exception is a finding, saved to
``fuzz/crashes/`` with the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CRASHES = Path(__file__).resolve().parent / "crashes"
SAMPLE_STEM = "alameda-lead-customer-service-representative"


def one_input(fmt: str) -> Callable[[bytes], None]:
    """The target: parse ``data`` as ``fmt``; SpecparseError is an expected outcome, anything else is not."""
    from specparse.errors import SpecparseError
    from specparse.pipeline import parse

    def target(data: bytes) -> None:
        with contextlib.suppress(SpecparseError):
            parse(data, format=fmt, name=f"fuzz.{fmt}")

    return target


def mutate(seed: bytes, rng: random.Random) -> bytes:
    """One random edit of a seed: bit flips, byte runs, a cut, a splice or a duplicated block."""
    data = bytearray(seed or b"\0")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        position = rng.randrange(len(data))
        if kind == 0:
            data[position] ^= 1 << rng.randrange(8)
        elif kind == 1:
            data[position : position + rng.randint(1, 8)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif kind == 2:
            del data[position:]
            data = data or bytearray(b"\0")
        elif kind == 3:
            data[position:position] = rng.choice([b"\xff\xff\xff\x7f", b"\0\0\0\0", b"{" * 64, b"<div>" * 64, b"%%EOF"])
        else:
            length = rng.randint(1, 256)
            data[position:position] = data[position : position + length] * rng.randint(2, 16)
    return bytes(data)


def plain_loop(target: Callable[[bytes], None], seeds: list[bytes], runs: int, seconds: float, seed: int) -> int:
    """Run mutated seeds until ``runs`` or ``seconds`` is reached; save and report the first finding."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    slowest = 0.0
    for count in range(1, runs + 1):
        data = mutate(rng.choice(seeds), rng)
        start = time.monotonic()
        try:
            target(data)
        except Exception:
            CRASHES.mkdir(exist_ok=True)
            path = CRASHES / f"crash-{seed}-{count}.bin"
            path.write_bytes(data)
            path.with_suffix(".txt").write_text(traceback.format_exc())
            print(f"FINDING after {count} inputs: {path}\n{traceback.format_exc()}", file=sys.stderr)
            return 1
        slowest = max(slowest, time.monotonic() - start)
        if time.monotonic() > deadline:
            break
    print(f"{count} inputs, no finding; slowest input {slowest:.2f}s; peak RSS {_peak_rss_mb():.0f} MB")
    return 0


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(fmt: str, seed_files: list[Path], extra_seeds: list[bytes] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Fuzz the {fmt} reader.")
    parser.add_argument("--plain", action="store_true", help="a plain random-mutation loop instead of atheris")
    parser.add_argument("--runs", type=int, default=2000, help="inputs to try in the plain loop")
    parser.add_argument("--seconds", type=float, default=60, help="time budget of the plain loop")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the plain loop")
    known, rest = parser.parse_known_args()
    seeds = [path.read_bytes() for path in seed_files if path.is_file()] + (extra_seeds or [])
    if not seeds:
        print(f"no seed files for {fmt}", file=sys.stderr)
        return 2
    try:
        import atheris
    except ImportError:
        atheris = None
    if known.plain or atheris is None:
        if atheris is None and not known.plain:
            print("atheris is not installed: running the plain mutation loop", file=sys.stderr)
        return plain_loop(one_input(fmt), seeds, known.runs, known.seconds, known.seed)
    import importlib

    from specparse.extract import READERS

    # parse() imports its stages and the reader lazily: import them here so they are instrumented.
    with atheris.instrument_imports(include=["specparse"]):
        for module in ("specparse.pipeline", "specparse.build", "specparse.sections", READERS[fmt]):
            importlib.import_module(module)
    corpus = tempfile.mkdtemp(prefix=f"specparse-fuzz-{fmt}-")
    for index, data in enumerate(seeds):
        Path(corpus, f"seed-{index}").write_bytes(data)
    atheris.Setup([sys.argv[0], *rest, corpus], one_input(fmt))
    atheris.Fuzz()
    return 0
