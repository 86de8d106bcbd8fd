"""Fuzz the docx reader: `python fuzz/fuzz_docx.py -atheris_runs=5000` (or `--plain --seconds 60`)."""

from __future__ import annotations

import sys

from _harness import SAMPLE_STEM, SAMPLES, main

if __name__ == "__main__":
    sys.exit(main("docx", sorted(SAMPLES.glob(f"{SAMPLE_STEM}*.docx"))))
