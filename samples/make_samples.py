"""Regenerate the Alameda sample spec in every format from the user's .txt (python-docx, LibreOffice).

Usage: python samples/make_samples.py [--no-soffice]

The .txt (a web page saved as text) is the source of truth for the wording: every paragraph below is
read from it, none is retyped here. The script writes the .docx (python-docx), .md and .html (by hand),
then, when LibreOffice is installed, converts the .docx to .doc (Word 97), .pdf, .rtf, Word 2003 XML
(.xml) and LibreOffice's own HTML export (.libreoffice.html). The layout
choices are explained in samples/README.md.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "alameda-lead-customer-service-representative"
SOURCE_TXT = HERE / f"{STEM}.txt"

# Lines the web capture added that the Word original never had: the "(OVER)" page-turn note printed
# at the foot of page 1, and the capture date the browser stamped at the end.
DEBRIS = frozenset({"(OVER)", "4/3/2013"})
# The original's second page opens with these unnumbered bold sub-headings of EMPLOYMENT STANDARDS.
SUBHEADINGS = frozenset({"Knowledge", "Abilities", "Other Requirements"})
# Word footer lines of the original: revision date, custodian, and the file path on the city's share.
FOOTER_PREFIXES = ("r:", "CL:", "G:\\")
# Paragraphs that open with a bold label ("Education: Graduation from ...").
LABEL = re.compile(r"^(Education:|Experience:)\s+(.*)$")
NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
# numId of the "List Number" style in python-docx's default template (abstractNum decimal "%1.").
LIST_NUMBER_NUM_ID = 5
SOFFICE_TIMEOUT = 180


@dataclass
class Section:
    heading: str
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text): para, item, sub


@dataclass
class Spec:
    header: list[str]  # "City of Alameda", "Code No. 7565", "Approved by CSB: 7/1/09"
    title: str
    sections: list[Section]
    footer: list[str]


def parse_txt(text: str) -> Spec:
    """Read the saved web page: drop its nav table and rules, keep paragraphs, headings and items."""
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|") or re.fullmatch(r"-{3,}", line):
            continue
        if line:
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    header: list[str] = []
    title = ""
    sections: list[Section] = []
    footer: list[str] = []
    for lines in filter(None, paragraphs):
        first = lines[0]
        if first.startswith("## "):
            title = first[3:].strip()
        elif first.startswith("### "):
            sections.append(Section(first[4:].strip().strip("*")))
        elif not title:
            # "Approved by CSB:" and its date sit on two lines of the capture; one field in the .doc.
            joined = " ".join(lines)
            header = [lines[0], lines[1], joined.split(lines[1], 1)[1].strip()]
        elif first in DEBRIS:
            continue
        elif first.startswith(FOOTER_PREFIXES):
            footer.append(first)
        elif all(NUMBERED.match(line) for line in lines):
            sections[-1].blocks.extend(("item", NUMBERED.match(line).group(2)) for line in lines)  # type: ignore[union-attr]
        elif first in SUBHEADINGS:
            sections[-1].blocks.append(("sub", first))
        else:
            para = " ".join(lines)
            blocks = sections[-1].blocks
            # The capture split "customer / service" across a page break; the .doc held one paragraph.
            if blocks and blocks[-1][0] == "para" and not blocks[-1][1].endswith((".", ":", ";")) and para[0].islower():
                blocks[-1] = ("para", f"{blocks[-1][1]} {para}")
            else:
                blocks.append(("para", para))
    return Spec(header=header, title=title, sections=sections, footer=footer)


def write_docx(spec: Spec, path: Path) -> None:
    doc = Document()
    doc.core_properties.title = spec.title.title()
    doc.core_properties.author = "specparse samples/make_samples.py"
    doc.core_properties.comments = "Sample rebuilt from the Alameda .txt; see samples/README.md"
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("Title", "Heading 2"):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.font.color.rgb = RGBColor(0, 0, 0)
        # The template's theme fonts (Calibri/Cambria) would override the name set above.
        fonts = style.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
    doc.styles["Title"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)

    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    for name in ("Header", "Footer"):
        doc.styles[name].font.name = "Times New Roman"
    head = section.header.paragraphs[0]
    head.text = spec.header[0]
    section.header.add_paragraph(spec.header[1])
    foot = section.footer.paragraphs[0]
    foot.text = spec.footer[0]
    for line in spec.footer[1:]:
        section.footer.add_paragraph(line)
    for para in section.footer.paragraphs:
        for run in para.runs:
            run.font.size = Pt(8)

    approved = doc.add_paragraph(spec.header[2])
    approved.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(spec.title, style="Title")
    for sec in spec.sections:
        doc.add_paragraph(sec.heading, style="Heading 2")
        for kind, text in sec.blocks:
            if kind == "item":
                _add_numbered(doc, text)
            elif kind == "sub":
                para = doc.add_paragraph()
                para.add_run(text).bold = True
                # "(OVER)" in the capture marks where the printed original turned to its second page.
                para.paragraph_format.page_break_before = text == "Knowledge"
            elif match := LABEL.match(text):
                para = doc.add_paragraph()
                para.add_run(match.group(1)).bold = True
                para.add_run(" " + match.group(2))
            else:
                doc.add_paragraph(text)
    doc.save(str(path))


def _add_numbered(doc: DocxDocument, text: str) -> None:
    """A List Number paragraph with its own numPr, as Word writes it when the user clicks Numbering."""
    para = doc.add_paragraph(text, style="List Number")
    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]  # metaclass-made
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = LIST_NUMBER_NUM_ID


def render_markdown(spec: Spec) -> str:
    out = [f"{spec.header[0]}  ", f"{spec.header[1]}  ", spec.header[2], "", f"# {spec.title}", ""]
    for sec in spec.sections:
        out += [f"## {sec.heading}", ""]
        number = 0
        for kind, text in sec.blocks:
            if kind == "item":
                number += 1
                out.append(f"{number}. {text}")
                continue
            if out[-1]:
                out.append("")
            if kind == "sub":
                out += [f"**{text}**", ""]
            elif match := LABEL.match(text):
                out += [f"**{match.group(1)}** {match.group(2)}", ""]
            else:
                out += [text, ""]
        if out[-1]:
            out.append("")
    out += ["---", ""]
    for line in spec.footer:
        out += [line, ""]
    return "\n".join(out).rstrip() + "\n"


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title_case} | Class Specifications | City of Alameda</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body {{ font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; }}
  .site-header, .site-footer {{ background: #0b3d66; color: #fff; padding: 12px 24px; }}
  nav.main-menu ul {{ list-style: none; margin: 0; padding: 0; display: flex; gap: 18px; }}
  nav.main-menu a, .site-footer a {{ color: #fff; text-decoration: none; }}
  table.quick-links td {{ padding: 4px 16px; border: 1px solid #ccc; }}
  #content {{ max-width: 820px; margin: 24px auto; line-height: 1.45; }}
  .spec-footer {{ font-size: 8pt; color: #555; margin-top: 32px; }}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag() {{ dataLayer.push(arguments); }}
  gtag('js', new Date());
</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="#">City of Alameda <span>California</span></a></div>
  <nav class="main-menu" aria-label="Main">
    <ul>
      <li><a href="#">Home</a></li>
      <li><a href="#">Government</a></li>
      <li><a href="#">Departments</a></li>
      <li><a href="#">Human Resources</a></li>
      <li><a href="#">Jobs</a></li>
      <li><a href="#">Contact Us</a></li>
    </ul>
  </nav>
  <form class="search" action="#"><input type="search" name="q" placeholder="Search"></form>
</header>
<div class="breadcrumbs"><a href="#">Home</a> &gt; <a href="#">Human Resources</a> &gt;
<a href="#">Class Specifications</a> &gt; {title_case}</div>
<table class="quick-links">
  <tr>
    <td><a href="#">Salary Schedule</a></td>
    <td><a href="#">MOU</a></td>
    <td><a href="#">Benefits</a></td>
  </tr>
</table>
<div id="content" class="class-spec">
{body}
</div>
<footer class="site-footer">
  <p>City of Alameda &middot; Human Resources Department</p>
  <p><a href="#">Accessibility</a> | <a href="#">Privacy Policy</a> | <a href="#">Site Map</a></p>
  <p>&copy; City of Alameda. All rights reserved.</p>
</footer>
<script>
  document.querySelectorAll('table.quick-links a').forEach(function (a) {{ a.rel = 'noopener'; }});
</script>
</body>
</html>
"""


def render_html(spec: Spec) -> str:
    esc = html.escape
    body = [
        '<table class="spec-header">',
        f"  <tr><td>{esc(spec.header[0])}</td><td>{esc(spec.header[1])}</td></tr>",
        f"  <tr><td></td><td>{esc(spec.header[2])}</td></tr>",
        "</table>",
        f"<h2>{esc(spec.title)}</h2>",
    ]
    for sec in spec.sections:
        body.append(f"<h3>{esc(sec.heading)}</h3>")
        in_list = False
        for kind, text in sec.blocks:
            if kind == "item" and not in_list:
                body.append("<ol>")
                in_list = True
            elif kind != "item" and in_list:
                body.append("</ol>")
                in_list = False
            if kind == "item":
                body.append(f"  <li>{esc(text)}</li>")
            elif kind == "sub":
                body.append(f"<p><strong>{esc(text)}</strong></p>")
            elif match := LABEL.match(text):
                body.append(f"<p><strong>{esc(match.group(1))}</strong> {esc(match.group(2))}</p>")
            else:
                body.append(f"<p>{esc(text)}</p>")
        if in_list:
            body.append("</ol>")
    body.append('<div class="spec-footer">')
    body += [f"  <p>{esc(line)}</p>" for line in spec.footer]
    body.append("</div>")
    return PAGE.format(title_case=esc(spec.title.title()), body="\n".join(body))


def soffice_convert(docx: Path, target: str, ext: str, dest: str | None = None) -> None:
    """Convert with LibreOffice in a throw-away profile so a user's running instance is not disturbed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install LibreOffice or pass --no-soffice")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            outdir,
            str(docx),
        ]
        subprocess.run(cmd, check=True, timeout=SOFFICE_TIMEOUT, capture_output=True)
        produced = Path(outdir) / f"{docx.stem}.{ext}"
        if not produced.exists():
            raise SystemExit(f"soffice did not write {produced.name}")
        shutil.move(str(produced), HERE / (dest or produced.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice conversions")
    args = parser.parse_args(argv)
    spec = parse_txt(SOURCE_TXT.read_text(encoding="utf-8"))
    docx = HERE / f"{STEM}.docx"
    write_docx(spec, docx)
    (HERE / f"{STEM}.md").write_text(render_markdown(spec), encoding="utf-8")
    (HERE / f"{STEM}.html").write_text(render_html(spec), encoding="utf-8")
    if not args.no_soffice:
        soffice_convert(docx, "doc:MS Word 97", "doc")
        soffice_convert(docx, "pdf:writer_pdf_Export", "pdf")
        soffice_convert(docx, "rtf:Rich Text Format", "rtf")
        soffice_convert(docx, "xml:MS Word 2003 XML", "xml")
        soffice_convert(docx, "html:HTML (StarWriter)", "html", f"{STEM}.libreoffice.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
