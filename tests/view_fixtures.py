"""Specs written for the review-page tests: a hostile one (markup and script links in its text) and a tree."""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLE_DOCX = Path(__file__).resolve().parents[1] / "samples" / "alameda-lead-customer-service-representative.docx"
SCRIPT = "<script>document.title='pwned';window.PWNED=1</script>"
IMAGE = "<img src=x onerror=\"document.title='pwned';window.PWNED=1\">"
LINK = "[read this](javascript:alert(1))"
BARE_SCRIPT_URL = "javascript:alert(3)"
UNKNOWN_HEADING = "ZEBRA GROOMING PROTOCOLS"
DUTY_COUNT = 30


def hostile_spec() -> str:
    """A plain-text spec whose every part carries markup a browser would run if it were not escaped.

    Enough duties that the unknown heading at the end (a warning with a line) lies below the first screen.
    """
    duties = "\n".join(
        f"{n}. Inspects widget batch {n} for {SCRIPT if n == 3 else 'defects'} and records the results."
        for n in range(1, DUTY_COUNT + 1)
    )
    return (
        f"COUNTY OF NOWHERE\nSENIOR WIDGET INSPECTOR {SCRIPT}\nClass Code: 9099\n\n"
        f"DEFINITION\nInspects widgets {IMAGE} and writes reports; see {LINK} "
        f'or <a href="javascript:alert(2)">this link</a>; type {BARE_SCRIPT_URL} nowhere.\n\n'
        f"EXAMPLES OF DUTIES\n{duties}\n\n"
        "MINIMUM QUALIFICATIONS\nEducation: Graduation from high school.\n"
        "Experience: Two years of experience inspecting widgets.\n\n"
        f"{UNKNOWN_HEADING}\nZebras are groomed weekly.\n\nPage 2 of 2\n"
    )


def write_hostile(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(hostile_spec(), encoding="utf-8")
    return path


def small_folder(root: Path) -> Path:
    """The DOCX sample, the hostile spec and a broken .docx (fails as corrupt) in one folder."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE_DOCX, root / SAMPLE_DOCX.name)
    write_hostile(root / "hostile" / "widget-inspector.txt")
    (root / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    return root
