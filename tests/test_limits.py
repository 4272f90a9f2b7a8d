"""Every resource limit is configurable under [limits] and refuses input just over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm.loader import Limits


def stages(count: int, touchpoints: int = 0) -> str:
    def stage(n: int) -> str:
        listed = "".join(f"      - {{id: t{n}-{t}, name: T}}\n" for t in range(touchpoints))
        return f"  - id: s{n}\n    name: S{n}\n" + (f"    touchpoints:\n{listed}" if listed else "")

    return "cjm: 1\nid: j\ntitle: T\nstages:\n" + "".join(stage(n) for n in range(count))


def nested(depth: int) -> str:
    return "cjm: 1\nid: j\ntitle: T\nstages: " + "[" * depth + "]" * depth + "\n"


def aliases(nodes: int) -> str:
    """A document whose aliases expand to a little over ``nodes`` nodes."""
    items = ", ".join(["x"] * 99)
    copies = ", ".join(["*a"] * (nodes // 100 + 1))
    return f"cjm: 1\nid: j\ntitle: T\ntags: &a [{items}]\nextra: [{copies}]\n"


# config key, limit, text just within it, text just over it, words of the message
CASES = [
    ("max-stages", 3, stages(3), stages(4), "4 stages, over the limit of 3"),
    ("max-touchpoints", 4, stages(2, 2), stages(1, 5), "5 touchpoints, over the limit of 4"),
    ("max-depth", 10, nested(8), nested(10), "nesting deeper than 10 levels"),
    ("max-alias-nodes", 1000, aliases(500), aliases(1000), "past 1,000 nodes"),
    (
        "max-file-size",
        300,
        "cjm: 1\n" + "#" * 250 + "\n",
        "cjm: 1\n" + "#" * 300 + "\n",
        "over the limit of 300 bytes",
    ),
]


@pytest.mark.parametrize(("key", "limit", "within", "over", "words"), CASES)
def test_limit_is_configurable_and_enforced(cjm, tmp_path: Path, key, limit, within, over, words):
    (tmp_path / "cjm.toml").write_text(f"[limits]\n{key} = {limit}\n")
    (tmp_path / "within.yaml").write_text(within)
    (tmp_path / "over.yaml").write_text(over)
    findings = cjm("validate", tmp_path, "-f", "json").json()["findings"]
    by_file = {Path(f["file"]).name: f for f in findings if f["rule"] in ("yaml", "schema")}
    assert words in by_file["over.yaml"]["message"]
    assert "within.yaml" not in by_file or words not in by_file["within.yaml"]["message"]


def test_defaults_are_documented_in_the_readme():
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    defaults = Limits()
    for key, value in [
        ("max-file-size", defaults.max_file_size),
        ("max-depth", defaults.max_depth),
        ("max-alias-nodes", defaults.max_alias_nodes),
        ("max-stages", defaults.max_stages),
        ("max-touchpoints", defaults.max_touchpoints),
    ]:
        assert f"| `{key}` | {value:,} |" in readme


def test_an_unknown_limit_is_a_configuration_error(cjm, tmp_path):
    (tmp_path / "cjm.toml").write_text("[limits]\nmax-stage = 3\n")
    (tmp_path / "j.yaml").write_text(stages(1))
    run = cjm("validate", tmp_path)
    assert run.exit_code == 2
    assert "unknown limit 'max-stage' (did you mean \"max-stages\"?)" in run.stderr
