"""The command line: a thin click layer over ``specparse.parse``; it never parses anything itself."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from ._version import __version__
from .errors import SpecparseError

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


def _parse_one(path: str, *, debug: bool, **options: Any) -> Any:
    from .pipeline import parse

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
        _fail(name, str(exc) or exc.__class__.__name__)
    except Exception as exc:  # a bug in specparse: still one line, the traceback only on --debug
        if debug:
            traceback.print_exc()
        _fail(name, f"internal error ({exc.__class__.__name__}: {exc}); rerun with --debug and report it")


@main.command()
@click.argument("file", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "yaml"]),
    default="json",
    show_default=True,
    help="Output format.",
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
def convert(
    file: str,
    output: str | None,
    fmt: str,
    input_format: str | None,
    password: str | None,
    pdf_engine: str | None,
    vocab: str | None,
    debug: bool,
) -> None:
    """Convert FILE (`-` for standard input) to a JSON or YAML record."""
    from .output import render, write_atomic

    spec = _parse_one(file, debug=debug, format=input_format, password=password, pdf_engine=pdf_engine, vocab=vocab)
    text = render(spec, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(Path(output), text)
    except OSError as exc:
        _fail(output, f"cannot write output: {exc.strerror or exc}")


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
