"""Milliseconds to build one review page (``specparse.view.render``), parse included.

    .venv/bin/python benchmarks/bench_view.py [--repeat 20] [FILE ...]

Without files it times the Alameda sample as Word and as PDF (two pages) and, when ../shared is present,
a three-page City of Los Angeles bulletin (PDF).
Each figure is the best of ``--repeat`` runs of CPU time, so other load on the machine disturbs it
less; "page" is the share spent after the record is built (lines, links, HTML). Target: < 50 ms.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from specparse.view.gather import gather
from specparse.view.html_page import page_html

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
THREE_PAGES = (
    Path(__file__).resolve().parents[1].parent
    / "shared/corpus/specs/la_kaggle/pdfs/2016__march_2016__PARK_RANGER_1966_REV_030716.pdf"
)
DEFAULT_FILES = [
    SAMPLES / "alameda-lead-customer-service-representative.docx",
    SAMPLES / "alameda-lead-customer-service-representative.pdf",
    *([THREE_PAGES] if THREE_PAGES.exists() else []),
]


def time_page(path: Path, repeat: int) -> tuple[float, float, int]:
    """Best CPU milliseconds for the whole page and for the HTML part alone, and the page's size."""
    best_total = best_page = float("inf")
    size = 0
    for _ in range(repeat):
        started = time.process_time()
        gathered = gather(path)
        built = time.process_time()
        html = page_html(gathered)
        finished = time.process_time()
        best_total = min(best_total, finished - started)
        best_page = min(best_page, finished - built)
        size = len(html.encode("utf-8"))
    return best_total * 1000, best_page * 1000, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    gather(args.files[0])  # imports, compiled patterns and the vocabulary, paid once as in a batch worker
    for path in args.files:
        total, page, size = time_page(path, args.repeat)
        print(f"{path.name}: {total:.1f} ms per page ({page:.1f} ms after the record), {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
