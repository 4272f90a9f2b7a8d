"""The README's walk-throughs run as written: each file it shows is written, each command
it shows is run, and the output must be what the README says.

A walk-through lies between ``<!-- readme-test: start NAME -->`` and
``<!-- readme-test: end -->``. A ``yaml`` or ``toml`` block whose first line is
``# PATH`` is written to PATH (a later block with the same path replaces it); a
``console`` block holds ``$ cjm ...`` commands, each followed by its output, where a line
``...`` stands for any lines; ``$ echo $?`` prints the previous command's exit code.
Commands run in one temporary folder per walk-through, on the tests' fixed date.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from cjm.workspace import find_root
from tests.conftest import REPO, make

README = (REPO / "README.md").read_text(encoding="utf-8")
_REGION = re.compile(r"<!-- readme-test: start (\S+) -->\n(.*?)<!-- readme-test: end -->", re.S)
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)
WALKTHROUGHS = {name: body for name, body in _REGION.findall(README)}


def expected_pattern(output: str) -> re.Pattern[str]:
    """The output as a pattern where a line ``...`` matches any lines."""
    parts = [
        r"(?:.*\n)*?" if line == "..." else re.escape(line) + r"\n" for line in output.splitlines()
    ]
    return re.compile("".join(parts))


def commands(block: str) -> list[tuple[str, str]]:
    """The ``$ command`` lines of a console block, each with the output below it."""
    found: list[tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            found.append((line[2:].strip(), ""))
        else:
            command, output = found[-1]
            found[-1] = (command, output + line)
    return found


def test_the_readme_has_the_governance_and_adoption_walkthroughs():
    assert set(WALKTHROUGHS) == {"governance", "adoption"}


@pytest.mark.parametrize("name", sorted(WALKTHROUGHS))
def test_walkthrough_runs_as_written(name: str, cjm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    exit_code = 0
    ran = 0
    for language, block in _BLOCK.findall(WALKTHROUGHS[name]):
        if language in ("yaml", "toml"):
            first, _, _ = block.partition("\n")
            assert first.startswith("# "), f"a {language} block without a `# PATH` line"
            make(tmp_path, {first[2:].strip(): block})
            continue
        assert language == "console", language
        for command, output in commands(block):
            if command == "echo $?":
                actual = f"{exit_code}\n"
            else:
                argv = shlex.split(command)
                assert argv[0] == "cjm", command
                find_root.cache_clear()  # each command is a new process in the README
                run = cjm(*argv[1:])
                actual, exit_code = run.stdout + run.stderr, run.exit_code
                ran += 1
            assert expected_pattern(output).fullmatch(actual), f"$ {command}\n{actual}"
    assert ran >= 3
