"""Fuzz the text reader: `python fuzz/fuzz_text.py -atheris_runs=5000` (or `--plain --seconds 60`)."""

from __future__ import annotations

import sys

from _harness import SAMPLE_STEM, SAMPLES, main

if __name__ == "__main__":
    sys.exit(main("text", sorted(SAMPLES.glob(f"{SAMPLE_STEM}*.txt"))))
