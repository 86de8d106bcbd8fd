"""Which files a batch converts, in what order, and where each one's output goes.

Inputs are files and folders as given; folders are walked recursively in sorted order so the run
order (and so JSONL/CSV order) never depends on the file system. Each input keeps its path relative
to the common folder of all inputs, and its output is that relative path plus ``.json`` inside the
output folder: ``a/b/x.doc`` → ``OUT/a/b/x.doc.json``, beside ``OUT/a/b/x.pdf.json``.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

# Without --include, a folder yields every file that is not hidden: formats are told by content,
# and a file that is not a document is reported as skipped rather than silently left out.
DEFAULT_INCLUDE = ("*",)


class DiscoveryError(Exception):
    """An input argument names nothing usable (missing path); the CLI turns it into a usage error."""


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # as the user will recognise it: the argument, or argument/relative for walked files
    relative: PurePosixPath  # under the common root; the output mirrors it


def _matches(relative: PurePosixPath, patterns: Iterable[str]) -> bool:
    """A pattern with a slash matches the relative path, one without matches the file name."""
    text, name = relative.as_posix(), relative.name
    return any(fnmatch.fnmatch(text if "/" in p else name, p) for p in patterns)


def _walk(folder: Path, skip: Path | None) -> Iterator[Path]:
    """Files under ``folder``; hidden entries are skipped and folder symlinks not followed (loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (skip is None or (root_path / d).absolute() != skip)
        )
        for name in sorted(files):
            if not name.startswith("."):
                yield root_path / name


def discover(
    arguments: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    output_dir: str | None = None,
) -> list[InputFile]:
    """Expand files and folders into the ordered, de-duplicated list of inputs.

    Files named explicitly are always taken; --include (default: known extensions) and --exclude
    filter what folders yield. The output folder is never walked, so re-runs do not read outputs.
    """
    skip = Path(output_dir).absolute() if output_dir else None
    found: list[tuple[Path, Path]] = []  # (absolute file, absolute base its relative path starts from)
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            base = path.absolute()
            walked = []
            for file in _walk(path, skip):
                relative = PurePosixPath(file.absolute().relative_to(base).as_posix())
                if _matches(relative, include or DEFAULT_INCLUDE) and not _matches(relative, exclude):
                    walked.append((relative.parts, file.absolute()))
            # Sorted by path components, like `find | sort`: a/deep/x before a/y, whatever os.walk does.
            found.extend((file, base) for _parts, file in sorted(walked))
        elif path.exists() or path.is_symlink():
            found.append((path.absolute(), path.absolute().parent))
        else:
            raise DiscoveryError(f"{argument}: no such file or folder")
    if not found:
        return []
    common = Path(os.path.commonpath([str(base) for _, base in found]))
    inputs: list[InputFile] = []
    seen: set[Path] = set()
    cwd = Path.cwd()
    for file, _base in found:
        if file in seen:
            continue
        seen.add(file)
        relative = PurePosixPath(file.relative_to(common).as_posix())
        try:
            shown = str(file.relative_to(cwd))
        except ValueError:
            shown = str(file)
        inputs.append(InputFile(path=shown, relative=relative))
    return inputs


def output_path(output_dir: Path, relative: PurePosixPath, suffix: str) -> Path:
    """The output file of one input, guaranteed to lie inside ``output_dir``."""
    parts = [part for part in relative.parts if part not in ("", ".", "..")]
    candidate = output_dir.joinpath(*parts[:-1], parts[-1] + suffix)
    # Relative paths come from real directory entries under a common root, so ".." cannot occur;
    # this check keeps that promise even if that reasoning is ever broken by a future change.
    if not candidate.absolute().is_relative_to(output_dir.absolute()):
        raise ValueError(f"output path {candidate} escapes {output_dir}")
    return candidate
