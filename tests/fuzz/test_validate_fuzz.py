"""Property: no input makes validation crash; every finding names a file and a line.

Inputs are arbitrary bytes, YAML-shaped text, and mutations of the bundled examples
(deleted lines, truncation, swapped types, random unicode, odd numbers).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm.loader import Limits, load_document
from cjm.validate import Validator
from tests.conftest import EXAMPLES

EXAMPLE_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))]
SMALL_LIMITS = Limits(max_file_size=200_000, max_depth=64, max_alias_nodes=20_000)
FUZZ = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

yaml_tokens = st.sampled_from(
    [
        "cjm: 1\n",
        "cjm: 2\n",
        "kind: persona\n",
        "id: x\n",
        "title: T\n",
        "stages:\n",
        "  - id: s\n",
        "    name: S\n",
        "    emotion: ",
        ".nan",
        ".inf",
        "-0.0",
        "1e400",
        "99999999999999999999999",
        "&a ",
        "*a",
        "<<: *a\n",
        "[",
        "]",
        "{",
        "}",
        ", ",
        ": ",
        "- ",
        "\n",
        "  ",
        "\t",
        "!!binary ",
        "!!python/name:os.system ",
        "'",
        '"',
        "|\n",
        ">\n",
        "# cjm: disable=x\n",
        "---\n",
        "...\n",
        "? ",
        "%YAML 1.1\n",
        "\ufeff",
        "\x00",
        "\u202e",
        "\u200b",
        "한국어",
        "🙂",
        "\\",
        "%",
        "@",
        "`",
    ]
)


def check_text(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "map.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        result = load_document(path, limits=SMALL_LIMITS)
        findings = list(result.findings)
        if result.document is not None:
            findings += list(Validator().check(result.document, path))
        for finding in findings:
            assert finding.file == str(path)
            assert finding.line >= 1
            assert finding.column >= 1
            assert finding.message
            assert "\n" not in finding.message


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    check_text(data)


@FUZZ
@given(st.lists(yaml_tokens, max_size=60).map("".join))
def test_yaml_shaped_text(text):
    check_text(text)


@st.composite
def mutated_example(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(EXAMPLE_TEXTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        mutation = draw(st.sampled_from(["delete", "truncate", "replace", "insert", "swap"]))
        if mutation == "delete":
            del lines[index]
        elif mutation == "truncate":
            cut = draw(st.integers(0, len(lines[index])))
            lines = [*lines[:index], lines[index][:cut]]
        elif mutation == "replace" and ":" in lines[index]:
            key = lines[index].split(":", 1)[0]
            value = draw(
                st.one_of(
                    st.sampled_from(
                        [
                            "[]",
                            "{}",
                            "~",
                            "true",
                            "-0.0",
                            ".nan",
                            "1e999",
                            "[1, 2]",
                            "'2024-13-45'",
                            "*missing",
                            "&x y",
                        ]
                    ),
                    st.text(max_size=20).map(lambda s: '"' + s.replace('"', "") + '"'),
                    st.integers().map(str),
                )
            )
            lines[index] = f"{key}: {value}\n"
        elif mutation == "insert":
            lines.insert(index, draw(st.text(max_size=30)) + "\n")
        elif mutation == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        if not lines:
            break
    return "".join(lines)


@FUZZ
@given(mutated_example())
def test_mutated_examples(text):
    check_text(text)
