"""Time the PDF reader per page: each engine end to end, against PDFium's bare text extraction.

    .venv/bin/python benchmarks/bench_pdf.py [--engines pdfium,pdfplumber] [--repeat 5] [FILES...]

Without files it reads the Los Angeles bulletins in ../shared/corpus. Times are CPU seconds of this
process (best of ``--repeat``), so other load on the machine disturbs them less than wall time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from specparse.extract import extract
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEFAULT_FILES = CORPUS / "specs" / "la_kaggle" / "pdfs"


def bare_pdfium(datas: list[bytes]) -> int:
    """Open, load every page and its text page, get the text: the floor any PDFium reader pays."""
    pages = 0
    for data in datas:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            document.close()
    return pages


def reader(engine: str) -> Callable[[list[bytes]], int]:
    def run(datas: list[bytes]) -> int:
        options = {"pdf_engine": engine}
        return sum(extract(make_source(data, "x.pdf", options=options)).pages or 0 for data in datas)

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--engines", default="pdfium")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_FILES.glob("*.pdf"))
    datas = [path.read_bytes() for path in files]
    runs = [("pdfium text only (floor)", bare_pdfium)] + [(e, reader(e)) for e in args.engines.split(",")]
    best: dict[str, float] = {}
    pages = 0
    for _ in range(args.repeat):
        for name, run in runs:
            start = time.process_time()
            pages = run(datas)
            per_page = (time.process_time() - start) / max(pages, 1) * 1000
            best[name] = min(best.get(name, per_page), per_page)
    print(f"{len(files)} files, {pages} pages, best of {args.repeat} (CPU time)")
    for name, ms in best.items():
        print(f"  {name:26} {ms:8.2f} ms/page  {1000 / ms:7.0f} pages/s")


if __name__ == "__main__":
    main()
