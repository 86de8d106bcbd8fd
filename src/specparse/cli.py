"""The command line: a thin click layer over ``specparse.parse``; it never parses anything itself."""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from ._version import __version__
from .errors import SpecparseError

# Per-worker address-space cap in batch runs: far above a normal worker (~100 MB resident), low
# enough that a decompression bomb fails its file instead of the machine.
DEFAULT_MAX_MEMORY_MB = 2048

EXAMPLES = """
\b
Examples:
  specparse spec.doc                      print the record as JSON
  specparse spec.pdf -o spec.json         write it to a file
  specparse spec.docx --format yaml       YAML instead of JSON
  cat spec.txt | specparse -              read standard input
  specparse spec.doc | jq '.duties[]'     one duty per line
  specparse schema > jobspec.schema.json  the JSON Schema of the output
  specparse sections spec.doc             how the document was cut into sections
  specparse specs/ -o out/ -j 4           a folder tree, 4 workers, resumable
  specparse specs/ --format jsonl | jq -c 'select(.class_code)'
  specparse specs/ --format csv --csv-layout cityofla -o la.csv
  specparse view spec.docx -o spec.html   a review page: lines beside the record
  specparse view specs/ -o site/          a page per spec and a sortable index
  specparse paths specs/ --format dot    promotion paths between job classes
"""


class DefaultCommandGroup(click.Group):
    """A group whose first argument is a file unless it names a subcommand: ``specparse FILE``."""

    default_command = "convert"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in {"--help", "-h", "--version"}):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] FILE | COMMAND [ARGS]...")


@click.group(cls=DefaultCommandGroup, epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="specparse")
def main() -> None:
    """Turn job class specifications (.doc, .docx, .pdf, .html, .rtf, .txt, .md) into structured data.

    Run `specparse FILE` to convert a file; `specparse convert --help` lists every option.
    """


def _fail(name: str, message: str, *, code: int = 1) -> NoReturn:
    click.echo(f"specparse: error: {name}: {message}", err=True)
    sys.exit(code)


def _parse_one(path: str, *, debug: bool, parser: Any = None, **options: Any) -> Any:
    from .pipeline import parse as parse_record

    parse = parser or parse_record
    name = "<stdin>" if path == "-" else path
    if debug:  # the parsing libraries' warnings and log records are hidden unless logging is configured
        logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    try:
        if path == "-":
            return parse(sys.stdin.buffer, name=name, **options)
        return parse(path, **options)
    except SpecparseError as exc:
        if debug:
            traceback.print_exc()
        # The same "FILE: STATUS: cause" shape as a batch's error lines, so one grep serves both.
        _fail(name, f"{exc.status}: {str(exc) or exc.__class__.__name__}")
    except Exception as exc:  # a bug in specparse: still one line, the traceback only on --debug
        if debug:
            traceback.print_exc()
        _fail(name, f"crashed: internal error ({exc.__class__.__name__}: {exc}); rerun with --debug and report it")


# An output file's suffix names its format when --format is not given: `-o all.jsonl` on a folder
# means one JSON Lines file, not a folder of that name holding one JSON record per input.
FORMAT_BY_SUFFIX = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


def _output_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else JSON."""
    if fmt:
        return fmt
    if output and not output.endswith(("/", os.sep)) and not Path(output).is_dir():
        return FORMAT_BY_SUFFIX.get(Path(output).suffix.lower(), "json")
    return "json"


def _is_batch(files: tuple[str, ...], output: str | None, fmt: str, report: str | None) -> bool:
    """Several inputs, a folder, a stream format, a report or an output folder make a batch run."""
    if len(files) != 1 or fmt in ("jsonl", "csv") or report:
        return True
    if files[0] != "-" and Path(files[0]).is_dir():
        return True
    return output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())


@main.command()
@click.argument("files", metavar="FILE_OR_DIR...", nargs=-1, required=True)
@click.option("-o", "--output", help="Output file; for several inputs or a folder, the output FOLDER.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "yaml", "jsonl", "csv"]),
    help="Output format; jsonl and csv put every input in one stream.  [default: from -o's suffix "
    "(.json, .yaml/.yml, .jsonl/.ndjson, .csv), else json]",
)
@click.option(
    "--input-format",
    type=click.Choice(["text", "markdown", "html", "docx", "doc", "pdf", "rtf", "wordml"]),
    help="Read as this format instead of sniffing the bytes.",
)
@click.option("--password", help="Password of an encrypted PDF.")
@click.option(
    "--pdf-engine",
    type=click.Choice(["pdfium", "pdfplumber"]),
    default=None,
    help="PDF text engine (pdfplumber needs specparse[pdfplumber]).",
)
@click.option("--vocab", type=click.Path(exists=True, dir_okay=False), help="TOML file of extra heading aliases.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option(
    "--csv-layout",
    type=click.Choice(["flat", "cityofla"]),
    default="flat",
    show_default=True,
    help="Batch: CSV columns: one row per spec, or the City of Los Angeles job-bulletin layout.",
)
@click.option("--include", multiple=True, metavar="GLOB", help="Batch: only files matching (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Batch: skip files matching (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Batch: worker processes [default: cores].")
@click.option("--force", is_flag=True, help="Batch: convert even when the output is newer than the input.")
@click.option("--report", type=click.Path(dir_okay=False), help="Batch: write one JSON status line per input.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Batch: seconds per file before it fails as timeout (0: none).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Batch: address-space cap per worker; a file over it fails as too_large (0: none).",
)
@click.option("-q", "--quiet", is_flag=True, help="Batch: no progress bar and no summary line.")
def convert(
    files: tuple[str, ...],
    output: str | None,
    fmt: str | None,
    input_format: str | None,
    password: str | None,
    pdf_engine: str | None,
    vocab: str | None,
    debug: bool,
    csv_layout: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    force: bool,
    report: str | None,
    timeout: float,
    max_memory: int,
    quiet: bool,
) -> None:
    """Convert FILE (`-` for standard input) to a JSON or YAML record, or many files and folders at once.

    \b
    Batch: specparse specs/ -o out/            out/a/x.doc.json for specs/a/x.doc
           specparse specs/ --format jsonl     one record per line on stdout
           specparse specs/ -o all.csv         one CSV row per input (format from the suffix)
    """
    parse_options = {"format": input_format, "password": password, "pdf_engine": pdf_engine, "vocab": vocab}
    fmt = _output_format(fmt, output)
    if _is_batch(files, output, fmt, report):
        from .batch import BatchOptions, UsageError, default_jobs, run_batch

        if "-" in files:
            raise click.UsageError("standard input ('-') cannot be part of a batch")
        options = BatchOptions(
            inputs=files,
            output=output,
            fmt=fmt,
            csv_layout=csv_layout,
            include=include,
            exclude=exclude,
            jobs=jobs or default_jobs(),
            force=force,
            report=report,
            timeout=timeout or None,
            max_memory_mb=max_memory or None,
            quiet=quiet,
            parse_options=parse_options,
        )
        try:
            code = run_batch(options)
        except UsageError as exc:
            raise click.UsageError(str(exc)) from exc
        except KeyboardInterrupt:  # while still walking the input folders
            code = 130
        sys.exit(code)
    from .output import render

    spec = _parse_one(files[0], debug=debug, **parse_options)
    _emit(render(spec, fmt), output)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output record."""
    import json

    from .models import JobSpec

    click.echo(json.dumps(JobSpec.model_json_schema(), indent=2))


@main.command()
@click.argument("file", metavar="FILE")
@click.option("--input-format", type=click.Choice(["text", "markdown", "html", "docx", "doc", "pdf", "rtf", "wordml"]))
@click.option("--vocab", type=click.Path(exists=True, dir_okay=False))
@click.option("--debug", is_flag=True)
def sections(file: str, input_format: str | None, vocab: str | None, debug: bool) -> None:
    """Show how FILE was cut into sections: key, heading, line span and first words."""
    spec = _parse_one(file, debug=debug, format=input_format, vocab=vocab)
    if spec.front_matter:
        click.echo(f"{'(front matter)':<28} lines {spec.front_matter.start_line}-{spec.front_matter.end_line}")
    for section in spec.sections:
        preview = section.text.replace("\n", " ")[:60]
        click.echo(
            f"{section.key:<28} lines {section.start_line}-{section.end_line}  {section.heading!s:.40}  "
            f"[{len(section.items)} items]  {preview}"
        )
    if spec.back_matter:
        click.echo(f"{'(back matter)':<28} lines {spec.back_matter.start_line}-{spec.back_matter.end_line}")
    for warning in spec.warnings:
        click.echo(f"warning: {warning.code}: {warning.message}", err=True)


@main.command()
@click.argument("inputs", metavar="FILE_OR_DIR...", nargs=-1, required=True)
@click.option("-o", "--output", help="The page to write for one FILE (default: stdout); the site FOLDER otherwise.")
@click.option(
    "--input-format",
    type=click.Choice(["text", "markdown", "html", "docx", "doc", "pdf", "rtf", "wordml"]),
    help="Read as this format instead of sniffing the bytes.",
)
@click.option("--vocab", type=click.Path(exists=True, dir_okay=False), help="TOML file of extra heading aliases.")
@click.option("--include", multiple=True, metavar="GLOB", help="Folder: only files matching (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Folder: skip files matching (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Folder: worker processes [default: cores].")
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True, help="Folder: seconds per file."
)
@click.option(
    "--max-memory", type=click.IntRange(min=0), default=DEFAULT_MAX_MEMORY_MB, show_default=True, metavar="MB"
)
@click.option("-q", "--quiet", is_flag=True, help="Folder: no progress bar and no summary line.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def view(
    inputs: tuple[str, ...],
    output: str | None,
    input_format: str | None,
    vocab: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    timeout: float,
    max_memory: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Write a review page: the document's lines beside its record, values linked to their lines.

    \b
    specparse view spec.docx -o spec.html     one self-contained page
    specparse view specs/ -o site/            a page per spec and site/index.html
    """
    parse_options = {"format": input_format, "vocab": vocab}
    to_folder = output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    if len(inputs) == 1 and not Path(inputs[0]).is_dir() and not to_folder:
        _view_one(inputs[0], output, debug=debug, **parse_options)
        return
    if not output:
        raise click.UsageError("a folder or several files need -o FOLDER for the site")
    from .batch import UsageError, default_jobs
    from .view.site import build_site

    try:
        code = build_site(
            inputs,
            output,
            jobs=jobs or default_jobs(),
            include=include,
            exclude=exclude,
            timeout=timeout or None,
            max_memory_mb=max_memory or None,
            quiet=quiet,
            parse_options=parse_options,
        )
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


def _view_one(path: str, output: str | None, *, debug: bool, **options: Any) -> None:
    from .view import render

    _emit(_parse_one(path, debug=debug, parser=render, **options), output)


def _emit(text: str, output: str | None) -> None:
    """One document's output: to stdout, or written whole to ``output`` (never half a file)."""
    from .output import write_atomic

    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(Path(output), text)
    except OSError as exc:
        _fail(output, f"cannot write output: {exc.strerror or exc}")


@main.command()
@click.argument("inputs", metavar="FILE_OR_DIR...", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["csv", "dot"]), default="csv", show_default=True, help="Edge format."
)
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: cores].")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True, help="Seconds per file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def paths(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    timeout: float,
    quiet: bool,
) -> None:
    """Promotion paths: one edge per requirement naming a job class, from that class to the spec's class.

    \b
    Columns: from_class, to_class, to_class_code, years, full_time, set, subset
    Example: specparse paths bulletins/ | csvgrep -c from_class -m "MANAGEMENT ASSISTANT"
             specparse paths bulletins/ --format dot | dot -Tsvg > paths.svg
    """
    from .batch import UsageError, default_jobs
    from .output import write_atomic
    from .paths import WRITERS, collect_edges

    if "-" in inputs:
        raise click.UsageError("paths reads files and folders, not standard input")
    try:
        found, code = collect_edges(
            inputs, jobs=jobs or default_jobs(), quiet=quiet, include=include, exclude=exclude, timeout=timeout or None
        )
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    except KeyboardInterrupt:
        sys.exit(130)
    buffer = io.StringIO()
    WRITERS[fmt](found, buffer)
    if output is None:
        click.echo(buffer.getvalue(), nl=False)
    else:
        try:
            write_atomic(Path(output), buffer.getvalue())
        except OSError as exc:
            _fail(output, f"cannot write output: {exc.strerror or exc}")
    sys.exit(code)
