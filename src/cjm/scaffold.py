"""``cjm new`` as a library: a starter journey map from a template in ``templates/journeys``.

Templates are Jinja2 files extending ``_base.yaml.j2`` (goals, personas, review date
left empty with guiding comments). Each stage comes with typical touchpoints and KPIs
without targets, so the first ``cjm validate`` lists exactly what the team must fill in.
Every rendered map is loaded back before it is returned: a template can never hand the
user a map that does not validate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjm.errors import CjmError
from cjm.resources import templates_dir

if TYPE_CHECKING:
    import jinja2

TEMPLATES: dict[str, str] = {
    "blank": "one stage, one touchpoint, one KPI: every field explained in comments",
    "aisas": "Attention, Interest, Search, Action, Share, grouped pre-purchase / purchase / "
    "post-purchase",
    "ecommerce": "online shop: awareness, visit, sign-up, search, product page, cart, payment, "
    "delivery, customer service",
    "saas-trial": "B2B SaaS free trial: discover, sign up, onboard, first value, convert, expand",
}
"""Template name → one-line description, for ``--template`` choices and ``cjm new --list``."""


def render_journey(
    journey_id: str, template: str = "blank", title: str | None = None, lang: str = "en"
) -> str:
    """The YAML text of a new journey map, its comments and placeholder names in ``lang``
    (one of :func:`cjm.i18n.languages`)."""
    # Imported here: the CLI reads TEMPLATES at start-up, and `--help` needs nothing more.
    from cjm.ids import check_id
    from cjm.yamltext import quote, scalar

    check_id(journey_id)
    if template not in TEMPLATES:
        raise CjmError(f"unknown template {template!r}: choose one of {', '.join(TEMPLATES)}")
    title = default_title(journey_id) if title is None else title
    if not title.strip():
        raise CjmError("the title must not be empty")
    try:
        quoted = quote(title)
    except ValueError as error:
        raise CjmError(f"the title is {error}") from None
    text = (
        _environment(lang)
        .get_template(f"{template}.yaml.j2")
        .render(id=scalar(journey_id), title=quoted, template=template, lang=lang)
    )
    _check_loads(text, template)
    return text


def default_title(journey_id: str) -> str:
    """``checkout-flow`` → ``Checkout flow``."""
    return journey_id.replace("-", " ").capitalize()


def _environment(lang: str) -> jinja2.Environment:
    """The starters in ``lang``: Jinja2's i18n extension with the language's catalog."""
    import jinja2  # only when a map is rendered: `cjm --version` stays fast

    from cjm.i18n import language

    words = language(lang)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "journeys"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # YAML, not HTML: user text is quoted with yamltext.quote
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        words.gettext, words.ngettext, newstyle=True
    )
    env.filters["comment"] = comment
    return env


def comment(text: str) -> str:
    """A message of several lines as YAML comment lines: ``# `` before each line."""
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def _check_loads(text: str, template: str) -> None:
    from cjm.loader import load_text

    findings = load_text(text, f"template {template}").findings
    if findings:
        raise AssertionError(f"template {template} renders an invalid map: {findings[0]}")
