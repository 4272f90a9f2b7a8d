"""``cjm render``: draw maps as diagrams, HTML reports and Markdown pages."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, get_args

import typer

from cjm.cli._common import ExitCode, choices, paths_argument, today_option
from cjm.registry import describe
from cjm.render import DEFAULT_FORMATS, RENDERERS
from cjm.render.options import GraphvizEngine

if TYPE_CHECKING:
    from cjm.findings import Finding
    from cjm.render.outputs import OutputDir
    from cjm.render.pipeline import RenderRequest

FORMATS_HELP = f"Output formats, comma-separated: {describe(RENDERERS)}"
GraphvizChoice = choices("GraphvizChoice", get_args(GraphvizEngine))
PROGRESS_FROM = 20
"""Show a progress bar on a terminal from this many files on."""


def render(
    paths: list[Path] = paths_argument(),
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        help="Directory to write into (created when missing).",
        show_default=False,
    ),
    formats: list[str] = typer.Option(
        [",".join(DEFAULT_FORMATS)],
        "--format",
        "-f",
        help=FORMATS_HELP,
    ),
    graphviz: GraphvizChoice = typer.Option(  # type: ignore[valid-type]
        "bundled",
        "--graphviz",
        help="Graphviz for SVG: `bundled` (installed with cjm, the same bytes everywhere) "
        "or `system` (the `dot` program). PNG and PDF always use the system `dot`.",
        case_sensitive=False,
    ),
    check: bool = typer.Option(
        False,
        "--check",
        help="Write nothing; exit 1 if an output is missing or out of date. Outputs whose "
        "fingerprint matches (nothing they are made from changed, and the file is as cjm "
        "wrote it) are accepted without drawing them again; the others are re-rendered as "
        "of the date they record (cjm-as-of), so overdue marks do not make unchanged maps "
        "fail as the calendar moves; --today applies only when none is recorded.",
    ),
    today: dt.date | None = today_option(),
    jobs: int = typer.Option(
        0,
        "--jobs",
        "-j",
        min=0,
        help="Worker processes that check and draw maps (0: one per CPU). With 1, one "
        "process draws every map, Graphviz running beside it in threads.",
    ),
) -> None:
    """Render journey maps: one file per journey and format, named `<journey-id>.<ext>`.

    For a directory, also a portfolio site: `index.html`, `actions.html`, `kpis.html`
    and `personas/<id>.html`. Outputs are deterministic, so they can be committed and
    checked in CI with --check. `.cjm-render.json` in the output directory records what
    each output was made from: outputs whose inputs did not change are not drawn again.

    Examples:

        cjm render journeys/ -o site/

        cjm render journeys/checkout.yaml -o docs/ --format md,svg

        cjm render journeys/ -o site/ --check

    Exit codes: 0 done; 1 a map has errors (a map that does not load is not rendered;
    one with reference errors is, its report listing them) or (--check) outputs are
    missing or out of date; 2 usage or environment error (e.g. PNG without Graphviz).
    """
    from cjm.lint.engine import Linter
    from cjm.render.options import RenderOptions
    from cjm.render.outputs import OutputDir
    from cjm.render.pipeline import RenderRequest, render_paths
    from cjm.text import counted, safe_text
    from cjm.validate import Validator
    from cjm.workspace import iter_candidates

    today = today or dt.date.today()
    if check:
        today = _recorded_date(output, today)
    request = RenderRequest(
        formats=_parse_formats(formats),
        today=today,
        options=RenderOptions(graphviz=graphviz.value),  # type: ignore[attr-defined]
        index=any(path.is_dir() for path in paths),
        jobs=jobs,
    )
    outputs = OutputDir(output, check=check)
    total = sum(1 for _ in iter_candidates(paths))
    with _progress(total) as tick:
        validator = Validator(linter=Linter(today))
        result = render_paths(paths, outputs, request, tick, validator=validator)
    for skipped in result.skipped:
        what = ": its bad rows were left out" if skipped.data_file else " was not rendered"
        _print_errors(skipped.findings, f"{safe_text(skipped.file)}{what}")
    for rendered in result.with_errors:
        errors = [finding for finding in rendered.findings if finding.is_broken_input]
        _print_errors(errors, f"{safe_text(rendered.file)}: rendered, its report lists its errors")
    if check:
        _report_check(outputs, today, _update_command(paths, output, request))
    else:
        up_to_date = len(outputs.skipped)
        print(
            f"rendered {counted(result.journeys, 'journey')} into {output}: "
            f"{counted(len(outputs.written), 'file')} written, "
            f"{len(outputs.unchanged) - up_to_date} unchanged, {up_to_date} skipped (up to date)"
        )
    if result.skipped or result.with_errors or (check and outputs.out_of_date):
        raise typer.Exit(ExitCode.PROBLEMS)


def _print_errors(findings: Iterable[Finding], outcome: str) -> None:
    """A map's errors on stderr, as ``cjm validate`` prints them, then what render did."""
    from cjm.findings import Severity
    from cjm.report.text import format_finding

    for finding in findings:
        if finding.severity is Severity.ERROR:
            print(format_finding(finding), file=sys.stderr)
    print(f"cjm: {outcome}", file=sys.stderr)


def _report_check(outputs: OutputDir, today: dt.date, update: str) -> None:
    """Each missing or stale output, then one line with the command that updates them."""
    from cjm.text import counted

    for path in outputs.missing:
        print(f"missing: {path}")
    for path in outputs.stale:
        print(f"out of date: {path}")
    stale = len(outputs.out_of_date)
    print(
        f"{stale} of {counted(stale + len(outputs.unchanged), 'output')} missing or out of date"
        f" as of {today.isoformat()} ({len(outputs.skipped)} up to date by fingerprint,"
        " not drawn)" + (f"; to update them, run: {update}" if stale else "")
    )


def _update_command(paths: list[Path], output: Path, request: RenderRequest) -> str:
    """The `cjm render` command that writes what `--check` compared, ready to copy."""
    words = ["cjm", "render", *map(str, paths), "-o", str(output)]
    if list(request.formats) != list(DEFAULT_FORMATS):
        words += ["--format", ",".join(request.formats)]
    if request.options.graphviz != "bundled":
        words += ["--graphviz", request.options.graphviz]
    return shlex.join(words)


def _recorded_date(output: Path, today: dt.date) -> dt.date:
    """The date the outputs record (see ``cjm.render.asof``), with a note when several."""
    from cjm.render.asof import check_date

    as_of, dates = check_date(output, today)
    if len(dates) > 1:
        listed = ", ".join(date.isoformat() for date in dates)
        print(
            f"note: the outputs in {output} were rendered as of {listed}; checking as of the "
            "newest (render them again to bring them to one date)"
        )
    return as_of


def _parse_formats(values: list[str]) -> list[str]:
    """``svg,html`` or repeated options; unknown names are a usage error, duplicates dropped."""
    names = [name.strip().lower() for value in values for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in RENDERERS]
    if unknown or not names:
        problem = f"unknown format {', '.join(unknown)}" if unknown else "no format given"
        raise typer.BadParameter(
            f"{problem}; choose from {', '.join(RENDERERS)}", param_hint="'--format'"
        )
    return list(dict.fromkeys(names))


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal when there are many files; silent otherwise."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Rendering", total=total)
        yield lambda: progress.advance(task)
