"""Write small PDFs for reader tests: text placed at given points in Helvetica or Helvetica-Bold.

Enough of the format for PDFium to read (catalog, pages, the two standard fonts, one content stream
per page, a cross-reference table); no library and no LibreOffice needed, so a test states its own
layout in a few lines. Coordinates are top-down points on a US Letter page, as the reader reports.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 612, 792


@dataclass(frozen=True)
class Text:
    """One run of text: its left edge and top in points, bold or not, and its font size."""

    x: float
    top: float
    text: str
    bold: bool = False
    size: float = 10.0


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(runs: list[Text]) -> bytes:
    ops = []
    for run in runs:
        font = "F2" if run.bold else "F1"
        baseline = PAGE_HEIGHT - run.top - 0.8 * run.size
        ops.append(f"BT /{font} {run.size:g} Tf {run.x:g} {baseline:g} Td ({_escape(run.text)}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def make_pdf(pages: list[list[Text]]) -> bytes:
    """The bytes of a PDF with one page per list of runs."""
    objects: list[bytes] = []
    first_page = 5
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for index, runs in enumerate(pages):
        content = first_page + 2 * index + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content} 0 R >>".encode()
        )
        stream = _stream(runs)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
