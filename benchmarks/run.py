"""Benchmark ``cjm`` on a generated corpus, against the raw parser and check-jsonschema.

Usage::

    python benchmarks/run.py [--journeys 1000] [--large 5000] [--measurements 100000]
                             [--runs 5] [--work DIR]

Run it with the project's virtualenv (``make bench`` does). It generates the corpus
with ``generate_corpus.py`` once (cached in ``--work``), then times, as whole commands
including interpreter start-up, the median of ``--runs`` runs of:

(a) the floor: every file parsed with PyYAML's C loader and nothing else;
(b) ``cjm validate`` on the corpus;
(c) ``check-jsonschema`` with cjm's committed journey schema on the same files;
(d) ``cjm render`` to SVG and HTML, with worker processes (the default) and with
    ``--jobs 1`` (one process, Graphviz in threads: the path before the process pool),
    each into an empty directory, in turns (one of each, three times at most), so that
    the load of a shared machine weighs on both alike; with the CPU seconds (user and
    system, children included) of each;
(g) ``cjm render --check`` on the unchanged output of (d): decided from fingerprints;
(e) start-up: ``python -c pass``, ``cjm --version``, ``cjm validate`` on one small file;
(f) ``cjm validate`` on one map against the least any validator of it must do: import
    pydantic and yaml and compose the map with the C parser (median of 10 runs each);
(h) ``cjm validate`` on the same corpus with its KPIs measured from a data file of
    ``--measurements`` rows instead of ``current`` (read, checked, merged, linted);

and the peak memory (largest resident set of any process) of ``cjm validate`` on
``--journeys`` and ``--large`` files. It prints a table with the ratios b/a, c/b and f/b.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PYTHON = sys.executable
CJM = [PYTHON, "-m", "cjm"]
ONE_FILE_FLOOR = (
    "import pydantic, yaml, sys; yaml.compose(open(sys.argv[1]), Loader=yaml.CSafeLoader)"
)
FLOOR = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, encoding='utf-8') as f:\n"
    "        yaml.load(f.read(), Loader=yaml.CSafeLoader)\n"
)


@dataclass(frozen=True)
class Timing:
    """Median wall time and CPU time, and the largest resident set seen over the runs."""

    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0
    """User and system time of the command and the processes it waited for."""


def run_once(command: Sequence[str]) -> Timing:
    """Wall time, peak RSS (MiB) and CPU time of one run; output is discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])}… failed ({process.returncode}):\n{stderr}")
    return Timing(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def measure(command: Sequence[str], runs: int) -> Timing:
    return summary([run_once(command) for _ in range(runs)])


def summary(results: Sequence[Timing]) -> Timing:
    return Timing(
        statistics.median(t.seconds for t in results),
        max(t.peak_mib for t in results),
        statistics.median(t.cpu_seconds for t in results),
    )


def render_in_turns(draw: Sequence[str], runs: int, scratch: Path) -> tuple[Timing, Timing, Path]:
    """(d): ``draw`` with ``--jobs 1`` and with worker processes, in turns, each into an
    empty directory; the output of the last pooled run is kept for (g)."""
    single: list[Timing] = []
    pooled: list[Timing] = []
    out = scratch / "render"
    for _ in range(runs):
        for results, jobs in ((single, ["--jobs", "1"]), (pooled, [])):
            shutil.rmtree(out, ignore_errors=True)  # the previous run's: 250 MB
            results.append(run_once([*draw, "-o", str(out), *jobs]))
    return summary(single), summary(pooled), out


def corpus(work: Path, journeys: int, measurements: int | None = None) -> Path:
    """The corpus of ``journeys`` maps, generated once and reused; with ``measurements``,
    its KPIs are measured from a data file of that many rows."""
    options = [] if measurements is None else ["--measurements", str(measurements)]
    suffix = "" if measurements is None else f"-measured-{measurements}"
    target = work / f"corpus-{journeys}{suffix}"
    if not (target / "journeys").is_dir():
        subprocess.run(
            [
                PYTHON,
                str(HERE / "generate_corpus.py"),
                str(target),
                "--journeys",
                str(journeys),
                *options,
                "--force",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def journey_files(root: Path) -> list[str]:
    return sorted(str(path) for path in (root / "journeys").glob("*.yaml"))


def row(label: str, timing: Timing | None, note: str = "") -> str:
    if timing is None:
        return f"| {label} | — | — | {note} |"
    return f"| {label} | {timing.seconds:.3f} s | {timing.peak_mib:.0f} MiB | {note} |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journeys", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--large", type=int, default=5000, help="memory check size (default 5000)")
    parser.add_argument(
        "--measurements",
        type=int,
        default=100_000,
        help="rows of the measurements data file of (h) (default 100000)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--work", type=Path, default=REPO / "bench-out", help="cache folder")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)

    root = corpus(args.work, args.journeys)
    files = journey_files(root)
    small = REPO / "examples" / "online-store.yaml"
    checker = shutil.which("check-jsonschema", path=str(Path(PYTHON).parent))
    validate = [*CJM, "validate", str(root), "--fail-on", "never", "--quiet"]

    floor = measure([PYTHON, "-c", FLOOR, *files], args.runs)
    ours = measure(validate, args.runs)
    generic = (
        measure(
            [checker, "--schemafile", str(REPO / "schemas" / "journey.schema.json"), *files],
            max(1, args.runs // 2),
        )
        if checker
        else None
    )
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        draw = [*CJM, "render", str(root), "--format", "svg,html"]
        render_one, render, pooled = render_in_turns(draw, min(args.runs, 3), Path(scratch))
        check = measure([*draw, "-o", str(pooled), "--check"], args.runs)
    load_after = os.getloadavg()
    bare = measure([PYTHON, "-c", "pass"], args.runs * 4)
    version = measure([*_console_script(), "--version"], args.runs * 4)
    compose_one = measure([PYTHON, "-c", ONE_FILE_FLOOR, str(small)], 10)
    validate_one = measure([*_console_script(), "validate", str(small), "--fail-on", "never"], 10)
    large = measure(
        [*CJM, "validate", str(corpus(args.work, args.large)), "--fail-on", "never", "--quiet"], 1
    )
    measured = corpus(args.work, args.journeys, args.measurements)
    with_data = measure(
        [*CJM, "validate", str(measured), "--fail-on", "never", "--quiet"], args.runs
    )

    n = len(files)
    print(
        f"\ncjm benchmark: {n} journeys ({_size_mib(files):.1f} MiB), median of {args.runs} runs,"
        f" {os.cpu_count()} CPUs\n"
    )
    print("| measurement | wall | peak RSS | note |\n| --- | --- | --- | --- |")
    print(row("(a) C-parser floor", floor, f"{n / floor.seconds:.0f} files/s"))
    print(row("(b) cjm validate", ours, f"{n / ours.seconds:.0f} files/s"))
    print(
        row(
            "(c) check-jsonschema",
            generic,
            "" if checker else "not installed: pip install '.[bench]'",
        )
    )
    print(
        row(
            "(d) cjm render svg,html --jobs 1",
            render_one,
            f"one process (before the pool); CPU {render_one.cpu_seconds:.1f} s",
        )
    )
    print(
        row(
            "(d) cjm render svg,html",
            render,
            f"{os.cpu_count()} worker processes; CPU {render.cpu_seconds:.1f} s; load average"
            f" {load_before[0]:.1f} before, {load_after[0]:.1f} after (d, g)",
        )
    )
    print(row("(g) cjm render --check, unchanged", check, "fingerprints"))
    print(row("(e) python -c pass", bare))
    print(row("(e) cjm --version", version))
    print(row("(e, f) cjm validate one file", validate_one, "median of 10"))
    print(row("(f) import pydantic, yaml; compose it", compose_one, "median of 10"))
    print(row(f"cjm validate, {args.large} journeys", large))
    print(
        row(
            f"(h) cjm validate, {n} journeys + {args.measurements:,}-row measurements CSV",
            with_data,
            f"{n / with_data.seconds:.0f} files/s",
        )
    )
    print("\n| ratio | value | target |\n| --- | --- | --- |")
    print(f"| b/a (validate / floor) | {ours.seconds / floor.seconds:.2f}× | ≤ 1.0× |")
    if generic:
        print(
            f"| c/b (check-jsonschema / validate) | {generic.seconds / ours.seconds:.1f}× | ≥ 8× |"
        )
    print(f"| d: render / render --jobs 1 | {render.seconds / render_one.seconds:.2f}× | ≤ 0.6× |")
    print(
        f"| d, CPU: render / render --jobs 1 | "
        f"{render.cpu_seconds / render_one.cpu_seconds:.2f}× | — |"
    )
    print(f"| g/b (render --check / validate) | {check.seconds / ours.seconds:.2f}× | ≤ 2× |")
    print(
        f"| h/b (validate with / without measurements) | "
        f"{with_data.seconds / ours.seconds:.2f}× | — |"
    )
    print(f"| cjm --version / python -c pass | {version.seconds / bare.seconds:.2f}× | ≤ 3× |")
    print(
        f"| f: validate one map / compose it | "
        f"{validate_one.seconds / compose_one.seconds:.2f}× | ≤ 2× |"
    )
    print(
        f"| peak RSS {args.large} / {args.journeys} files | "
        f"{large.peak_mib / ours.peak_mib:.2f}× | ≤ 1.5× |"
    )
    return 0


def _console_script() -> list[str]:
    script = Path(PYTHON).parent / "cjm"
    return [str(script)] if script.exists() else CJM


def _size_mib(files: list[str]) -> float:
    return sum(os.path.getsize(name) for name in files) / 2**20


if __name__ == "__main__":
    sys.exit(main())
