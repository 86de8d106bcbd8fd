"""Time the PDF path per page, stage by stage, against PDFium's bare text extraction.

    .venv/bin/python benchmarks/bench_pdf.py [--engines pdfium,pdfplumber] [--repeat 5] [FILES...]

Without files it reads the Los Angeles bulletins in ../shared/corpus. Times are CPU seconds of this
process (best of ``--repeat``), so other load on the machine disturbs them less than wall time. Rows:

* ``pdfium alone (floor)``: open, load every page and its text page, get the text; what any PDFium
  reader pays, and the floor the rows below are compared with;
* ``guard``: the raw-byte checks run before PDFium sees the file (stream bombs, form fan-out);
* ``pdfium engine``: our PDFium reading (the floor plus boxes, font sizes and weights per line);
* ``assemble``: rows, columns, running headers and heading hints from the engine's runs;
* ``extraction (<engine>)``: ``specparse.extract`` end to end (all of the above);
* ``parse + JSON``: ``specparse.parse`` and the JSON Lines record, the whole path in one process.

The parse row's second run onwards finds the per-line caches of the field readers filled by the first,
so its first run is shown too (``first run``, after the warm-up a batch worker starts with): a batch
meets every document once.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from specparse import parse
from specparse.batch.worker import warm_up
from specparse.extract import extract
from specparse.extract.pdfread import pdfium_engine
from specparse.extract.pdfread.assemble import assemble
from specparse.extract.pdfread.guard import check_pdf
from specparse.output import to_jsonl
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEFAULT_FILES = CORPUS / "specs" / "la_kaggle" / "pdfs"
MAX_PAGES = 2_000

Run = Callable[[list[bytes]], None]


def read_with_pdfium(data: bytes) -> int:
    """Open one PDF, load every page and its text page, get the text; the number of pages."""
    document = pdfium.PdfDocument(data)
    try:
        pages = len(document)
        for index in range(pages):
            page = document[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def bare_pdfium(datas: list[bytes]) -> None:
    """PDFium alone on every file: the floor any PDFium reader pays."""
    for data in datas:
        read_with_pdfium(data)


def count_pages(datas: list[bytes]) -> int:
    pages = 0
    for data in datas:
        document = pdfium.PdfDocument(data)
        pages += len(document)
        document.close()
    return pages


def guard(datas: list[bytes]) -> None:
    for data in datas:
        check_pdf(data)


def engine_pages(datas: list[bytes]) -> None:
    for data in datas:
        pdfium_engine.read_pages(data, None, MAX_PAGES)


def assembler(datas: list[bytes]) -> Run:
    """Assemble pages read once beforehand, so the row times assembling alone."""
    read = [pdfium_engine.read_pages(data, None, MAX_PAGES) for data in datas]

    def run(_datas: list[bytes]) -> None:
        for pages in read:
            assemble(pages)

    return run


def extraction(engine: str) -> Run:
    def run(datas: list[bytes]) -> None:
        options = {"pdf_engine": engine}
        for data in datas:
            extract(make_source(data, "x.pdf", options=options))

    return run


def parse_to_json(datas: list[bytes]) -> None:
    for data in datas:
        to_jsonl(parse(data, name="x.pdf"))


def cpu_ms(run: Run, datas: list[bytes]) -> float:
    start = time.process_time()
    run(datas)
    return (time.process_time() - start) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--engines", default="pdfium")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_FILES.glob("*.pdf"))
    datas = [path.read_bytes() for path in files]
    pages = max(count_pages(datas), 1)
    warm_up(rehearse=True)  # imports and vocabulary, as a batch worker has them before its first file
    first_parse = cpu_ms(parse_to_json, datas)  # before anything else fills the readers' caches
    runs: list[tuple[str, Run]] = [("pdfium alone (floor)", bare_pdfium), ("guard", guard)]
    runs += [("pdfium engine", engine_pages), ("assemble", assembler(datas))]
    runs += [(f"extraction ({engine})", extraction(engine)) for engine in args.engines.split(",")]
    runs += [("parse + JSON", parse_to_json)]
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, run in runs:
            per_page = cpu_ms(run, datas) / pages
            best[name] = min(best.get(name, per_page), per_page)
    floor = best["pdfium alone (floor)"]
    print(f"{len(files)} files, {pages} pages, best of {args.repeat} (CPU time)")
    print(f"  {'':28} {'ms/page':>8} {'pages/s':>8} {'x floor':>8}")
    for name, ms in [*best.items(), ("parse + JSON, first run", first_parse / pages)]:
        print(f"  {name:28} {ms:8.2f} {1000 / ms:8.0f} {ms / floor:8.2f}")


if __name__ == "__main__":
    main()
