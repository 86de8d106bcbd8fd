"""Small job specs written on the fly for batch tests (not a test module)."""

from __future__ import annotations

from pathlib import Path

SPEC_TEMPLATE = """{title}

Class Code: {code}
Open Date: 06-22-18

ANNUAL SALARY

$49,903 to $72,996

DUTIES

A {title_case} inspects widgets for defects and records the results.

REQUIREMENT/MINIMUM QUALIFICATION

1. Graduation from an accredited four-year college or university with a major in Engineering; or

2. Two years of full-time paid experience as a Widget Aide; and

a. completion of a course in quality control; or

b. one year of experience in a warehouse.

A valid California driver's license is required.
"""


def spec_text(title: str = "WIDGET INSPECTOR", code: str = "4321") -> str:
    return SPEC_TEMPLATE.format(title=title, code=code, title_case=title.title())


def write_spec(path: Path, title: str = "WIDGET INSPECTOR", code: str = "4321") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(spec_text(title, code), encoding="utf-8")
    return path


def make_tree(root: Path, count: int = 6) -> list[Path]:
    """``count`` specs spread over nested folders, class codes 1000, 1001, ... in sorted path order."""
    files = []
    for number in range(count):
        folder = root / ("a" if number % 2 else "b") / ("deep" if number % 3 == 0 else "")
        files.append(write_spec(folder / f"spec{number:02d}.txt", f"WIDGET INSPECTOR {number}", str(1000 + number)))
    return files
