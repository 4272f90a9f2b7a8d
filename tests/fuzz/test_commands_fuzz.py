"""Property: every command that reads maps survives any input.

Mutated examples and arbitrary bytes go through ``diff``, ``export``, ``stats`` and
``render`` in-process: the exit code is 0, 1 or 2, nothing escapes as an
exception (the ``cjm`` fixture re-raises anything but a tool error), and every problem
printed names a file, a line and a column.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.test_validate_fuzz import mutated_example

FINDING_LINE = re.compile(r"^.+:\d+:\d+: (error|warning|info) [a-z-]+ .+$")
COMMANDS = [
    ("diff", "{old}", "{new}"),
    ("diff", "{old}", "{new}", "--format", "md"),
    ("export", "{new}", "--format", "csv"),
    ("stats", "{new}", "--format", "json"),
    ("render", "{new}", "-o", "{out}", "--format", "html,md,mermaid,dot"),
]
FUZZ = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

document = st.one_of(mutated_example(), st.binary(max_size=300).map(lambda b: b))


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@FUZZ
@given(old=document, new=document, command=st.sampled_from(COMMANDS))
def test_commands_never_crash_and_always_position_problems(cjm, old, new, command):
    with tempfile.TemporaryDirectory() as folder:
        files = {
            "old": write(Path(folder) / "old.yaml", old),
            "new": write(Path(folder) / "new.yaml", new),
            "out": Path(folder) / "site",
        }
        run = cjm(*(part.format(**files) for part in command))
    assert run.exit_code in (0, 1, 2)
    for line in run.stderr.splitlines():
        if line.startswith(str(Path(folder))):
            assert FINDING_LINE.match(line), line
    if run.exit_code == 2:
        assert run.stderr.startswith(("cjm: error:", "Usage:")), run.stderr
