"""Generate a deterministic corpus of cjm journey maps for benchmarks.

Usage::

    python benchmarks/generate_corpus.py OUTDIR --journeys N [--seed 42] [--personas 20]
        [--measurements ROWS]

writes

- ``OUTDIR/cjm.toml`` (empty), so that OUTDIR is the workspace root;
- ``OUTDIR/personas/pNN.yaml``: persona documents with ids ``p00``, ``p01``, ...;
- ``OUTDIR/journeys/jNNNNN.yaml``: journey maps in format v1 (PRODUCT.md section 2),
  each with 10-14 stages, about 50 touchpoints, 25 pain points (with evidence,
  benchmark and 0-2 actions) and 25 KPIs: 20-30 KB of YAML, 25 KB on average.

With ``--measurements ROWS`` the KPIs are measured from a data file instead: every
KPI loses its ``current``, ``OUTDIR/data/kpis.csv`` holds ROWS rows
(``journey,kpi,date,value,note``) spread evenly over the corpus's KPIs, a quarter apart
and ending on MEASURED_UNTIL, and ``cjm.toml`` names it (``measurements``). The maps are
otherwise the same bytes as without the option.

The sizes follow the benchmark corpus of PRODUCT.md section 6. Every journey is
valid: ids are slugs, unique within the journey across all kinds; every
touchpoint channel is declared and every declared channel is used; every pain
point touchpoint and every persona reference resolves. The maps still trigger
some lint findings (overdue actions, off-target KPIs, stale reviews), as real
maps do.

The YAML text is written by a small block-style emitter (2-space indent; flow
style only for tags, personas and one-item lists; a literal block for the
multi-line description) that double-quotes every string YAML 1.1 would read
as something else or that a plain scalar cannot hold (``"%"``, ``"2:30"``,
``"2026"``, ``"@growth-team"``, ``"Nice touch: ..."``). Text is UTF-8.

Output is byte-identical for the same arguments: journey ``i`` is built from
its own ``random.Random(f"{seed}:journey:{i}")``, so a corpus of 1,000 journeys
is also the first 1,000 files of a corpus of 5,000. Nothing depends on the
clock or on the global random state. Only the standard library is used.

Without ``--force`` the generator refuses a non-empty OUTDIR; with it, stale
generated files (``journeys/j*.yaml``, ``personas/p*.yaml``) are removed first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias

# --------------------------------------------------------------------------- #
# A tiny YAML emitter
# --------------------------------------------------------------------------- #


class Flow(list[str]):
    """A list of strings written in flow style: ``[a, b]``."""


Scalar: TypeAlias = str | int | float | bool | dt.date
Node: TypeAlias = Scalar | Sequence["Node"] | Mapping[str, "Node"]  # lists, Flow, dicts

JOURNEY_HEADER = "# yaml-language-server: $schema=../../schemas/journey.schema.json\n"
PERSONA_HEADER = "# yaml-language-server: $schema=../../schemas/persona.schema.json\n"

# Plain words that YAML 1.1 reads as booleans, null, a value or a merge key.
# fmt: off
_YAML11_WORDS = frozenset((
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
    "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    "~", "=", "<<",
))
# fmt: on
# Anything that starts like a number, a date, a time or a sexagesimal: quote it.
_NUMBER_LIKE = re.compile(r"[-+.]?[0-9][0-9a-zA-Z_.:+-]*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = re.compile(r"[,?:#\[\]{}]")  # PyYAML ends flow plain scalars at ? and :
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]")


def _needs_quotes(text: str, flow: bool) -> bool:
    """Return True when ``text`` written plain would not load back as this string."""
    if not text or text in _YAML11_WORDS or _NUMBER_LIKE.fullmatch(text):
        return True
    if text[0] in _INDICATORS or text[0].isspace() or text[-1].isspace():
        return True
    if ": " in text or " #" in text or text.endswith(":") or _CONTROL.search(text):
        return True
    return flow and _FLOW_UNSAFE.search(text) is not None


def _double_quoted(text: str) -> str:
    """Write ``text`` as a double-quoted YAML scalar."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return f'"{text}"'


@lru_cache(maxsize=8192)
def _string(text: str, flow: bool = False) -> str:
    return _double_quoted(text) if _needs_quotes(text, flow) else text


def scalar(value: Scalar, flow: bool = False) -> str:
    """Write one scalar value as YAML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return _string(value, flow)


def _emit_value(key: str, value: Node, pad: str, out: list[str]) -> None:
    if isinstance(value, str) and "\n" in value:
        out.append(f"{pad}{key}: |")
        lines = value.rstrip("\n").split("\n")
        out.extend(f"{pad}  {line}" if line else "" for line in lines)
    elif isinstance(value, (str, int, float, dt.date)):
        out.append(f"{pad}{key}: {scalar(value)}")
    elif isinstance(value, Mapping):
        out.append(f"{pad}{key}:")
        emit_mapping(value, len(pad) + 2, out)
    elif isinstance(value, Flow):
        out.append(f"{pad}{key}: [{', '.join(scalar(v, flow=True) for v in value)}]")
    elif not value:
        out.append(f"{pad}{key}: []")
    else:
        out.append(f"{pad}{key}:")
        emit_sequence(value, len(pad) + 2, out)


def emit_mapping(mapping: Mapping[str, Node], indent: int, out: list[str]) -> None:
    """Append the block mapping ``mapping`` at ``indent`` to ``out``."""
    pad = " " * indent
    for key, value in mapping.items():
        _emit_value(key, value, pad, out)


def emit_sequence(items: Sequence[Node], indent: int, out: list[str]) -> None:
    """Append the block sequence ``items``, dashes at ``indent``, to ``out``."""
    pad = " " * indent
    for item in items:
        if isinstance(item, (str, int, float, dt.date)):
            out.append(f"{pad}- {scalar(item)}")
        elif isinstance(item, Mapping):
            start = len(out)
            emit_mapping(item, indent + 2, out)
            out[start] = f"{pad}- {out[start][indent + 2 :]}"
        else:
            raise TypeError("nested sequences are not used by the corpus")


def to_yaml(document: Mapping[str, Node], header: str) -> str:
    """Return the YAML text of ``document`` with a leading comment ``header``."""
    out: list[str] = []
    emit_mapping(document, 0, out)
    return header + "\n".join(out) + "\n"


# --------------------------------------------------------------------------- #
# Vocabulary
# --------------------------------------------------------------------------- #


class StageSpec(NamedTuple):
    key: str  # the stage id
    name: str
    phase: str
    goal: str
    mood: float  # typical emotion of the stage


class ChannelSpec(NamedTuple):
    id: str
    name: str
    type: str
    touchpoints: tuple[str, ...]


class KpiSpec(NamedTuple):
    slug: str
    name: str
    unit: str
    better: str
    low: float
    high: float
    source: str


class PainSpec(NamedTuple):
    slug: str
    description: str
    benchmark: str  # how a competitor solves it
    action: tuple[str, str]  # (id, description) of the obvious fix


class Domain(NamedTuple):
    tag: str
    titles: tuple[str, ...]
    business: tuple[str, ...]
    customer: tuple[str, ...]
    shared: tuple[str, ...]


# The tables below are aligned by hand.
# fmt: off
PRE, BUY, POST, LOYAL = "pre-purchase", "purchase", "post-purchase", "loyalty"
STAGES: tuple[StageSpec, ...] = (
    StageSpec("need", "Realise a need", PRE, "Understand what I actually need", 0.0),
    StageSpec("inspiration", "Get inspired", PRE, "See what is possible", 1.0),
    StageSpec("search", "Search", PRE, "Find relevant options quickly", 0.0),
    StageSpec("compare", "Compare options", PRE, "Pick the best value without regret", -0.5),
    StageSpec("reviews", "Read reviews", PRE, "Trust that the product is good", 0.5),
    StageSpec("store-visit", "Visit the store", PRE, "Touch and try before I buy", 1.0),
    StageSpec("advice", "Ask for advice", PRE, "Get an honest recommendation", 0.5),
    StageSpec("choose", "Choose a product", BUY, "Be sure it fits my needs", 0.5),
    StageSpec("signup", "Sign up", BUY, "Get an account quickly", -1.0),
    StageSpec("cart", "Add to cart", BUY, "Keep track of what I want", 0.5),
    StageSpec("checkout", "Check out", BUY, "Pay without surprises", -1.0),
    StageSpec("payment", "Pay", BUY, "Pay safely with my usual method", -0.5),
    StageSpec("confirmation", "Order confirmation", BUY, "Know that the order went through", 1.0),
    StageSpec("waiting", "Wait for delivery", POST, "Know when it arrives", -0.5),
    StageSpec("delivery", "Receive the order", POST, "Get it on time and undamaged", 1.0),
    StageSpec("setup", "Unbox and set up", POST, "Start using it straight away", 1.5),
    StageSpec("first-use", "First use", POST, "Get value on day one", 1.0),
    StageSpec("support", "Get support", POST, "Solve my problem in one contact", -1.5),
    StageSpec("returns", "Return or exchange", POST, "Send it back without hassle", -1.0),
    StageSpec("billing", "Pay the bill", POST, "Understand what I pay for", -0.5),
    StageSpec("renewal", "Renew", LOYAL, "Keep the service without effort", 0.0),
    StageSpec("loyalty", "Join the loyalty programme", LOYAL, "Be rewarded for coming back", 1.0),
    StageSpec("rebuy", "Buy again", LOYAL, "Reorder in a few taps", 1.0),
    StageSpec("sharing", "Share the experience", LOYAL, "Tell friends about a good find", 1.5),
)

CHANNELS: tuple[ChannelSpec, ...] = (
    ChannelSpec("web", "Website", "online", (
        "Home page", "Product page", "Search results", "Comparison table", "Checkout form",
        "Account dashboard", "Help centre", "Order tracking page", "Pricing page", "FAQ",
    )),
    ChannelSpec("app", "Mobile app", "online", (
        "App home screen", "Push notification", "In-app checkout", "Order status screen",
        "Loyalty wallet", "Onboarding carousel", "Barcode scanner", "Saved items list",
    )),
    ChannelSpec("email", "E-mail", "online", (
        "Welcome email", "Order confirmation email", "Shipping update email", "Newsletter",
        "Abandoned-cart reminder", "Review request email", "Renewal reminder", "Invoice email",
    )),
    ChannelSpec("social", "Social media", "online", (
        "Instagram ad", "Short video", "Influencer post", "Community forum thread",
        "YouTube review", "Brand page comment",
    )),
    ChannelSpec("store", "Flagship store", "offline", (
        "Shop window", "Fitting room", "Checkout counter", "Click & collect desk",
        "In-store display", "Returns desk",
    )),
    ChannelSpec("call-centre", "Call centre", "human", (
        "IVR menu", "Hotline agent", "Callback request", "Complaint line",
    )),
    ChannelSpec("chat", "Live chat", "online", (
        "Chatbot", "Live chat agent", "WhatsApp support",
    )),
    ChannelSpec("sms", "SMS", "online", (
        "SMS delivery alert", "One-time passcode SMS", "Appointment reminder SMS",
    )),
    ChannelSpec("partner", "Partners", "other", (
        "Marketplace listing", "Price comparison site", "Courier handover", "Reseller counter",
    )),
    ChannelSpec("kiosk", "Self-service kiosk", "offline", (
        "Self-service kiosk", "Parcel locker",
    )),
    ChannelSpec("post", "Post", "offline", (
        "Printed catalogue", "Welcome letter", "Paper invoice",
    )),
    ChannelSpec("field", "Field service", "human", (
        "Installation visit", "Home consultation", "Courier at the door",
    )),
)

DOMAINS: tuple[Domain, ...] = (
    Domain("retail", ("Online fashion purchase", "Click & collect order", "Seasonal sale"),
           ("Sell more high-margin products", "Raise repeat purchases by 10%"),
           ("Find clothes that fit my style", "Get my order fast and without surprises"),
           ("Suggest products that fit each customer's style at a fair price",)),
    Domain("grocery", ("Weekly grocery delivery", "Meal-kit subscription"),
           ("Grow basket size", "Cut delivery cost per order"),
           ("Save time on the weekly shop", "Get fresh food at the promised slot"),
           ("Reliable slots that fit the customer's week",)),
    Domain("saas", ("SaaS trial to paid", "Team plan upgrade"),
           ("Convert more trials to paid plans", "Reduce churn in the first 90 days"),
           ("See value before the trial ends", "Get my team working without training"),
           ("Customers reach their first success in the first session",)),
    Domain("banking", ("Open a current account", "Apply for a mortgage", "Card replacement"),
           ("Grow primary-bank customers", "Lower cost to serve"),
           ("Open an account from my sofa", "Know where my application stands"),
           ("A fully digital onboarding that still feels personal",)),
    Domain("telco", ("Switch mobile provider", "Home broadband installation"),
           ("Win switchers from competitors", "Reduce installation call-backs"),
           ("Keep my number and never lose signal", "Get online on the first day"),
           ("Switching takes one day and no calls",)),
    Domain("travel", ("Book a city break", "Airport journey", "Hotel stay"),
           ("Sell more ancillaries", "Raise direct bookings"),
           ("Plan the trip without stress", "Know what happens if my flight is late"),
           ("Travellers feel looked after from booking to return",)),
    Domain("insurance", ("Car insurance claim", "Home insurance quote"),
           ("Settle claims faster", "Raise renewal rate"),
           ("Get paid quickly after an accident", "Understand what I am covered for"),
           ("Claims handled in days, with updates at every step",)),
    Domain("utilities", ("Move house with energy", "Smart meter installation"),
           ("Keep customers when they move", "Cut billing complaints"),
           ("Have power on the day I move in", "Pay a fair and clear bill"),
           ("Moving home never interrupts the supply",)),
)

PAINS: tuple[PainSpec, ...] = (
    PainSpec("hidden-costs", "Delivery costs only appear at the last step",
             "shows the full price including delivery on the product page",
             ("show-total-early", "Show the total price on the product page")),
    PainSpec("too-many-fields", "The form asks for too much personal information",
             "offers one-tap social sign-up", ("social-login", "Offer social login")),
    PainSpec("irrelevant-results", "Search returns irrelevant results for common queries",
             "corrects typos and suggests categories as you type",
             ("search-synonyms", "Add synonyms and typo tolerance to search")),
    PainSpec("size-guide-hidden", "The size guide is hard to find",
             "shows a fit predictor next to the size picker",
             ("fit-predictor", "Add a fit predictor to the product page")),
    PainSpec("long-hold", "Hold time often exceeds 10 minutes",
             "calls back within 15 minutes, guaranteed",
             ("callback-sla", "Introduce a call-back SLA and monitor it")),
    PainSpec("vague-status", "Status updates are vague and arrive late",
             "lets customers track the courier live on a map",
             ("live-tracking", "Add live courier tracking")),
    PainSpec("no-guest-checkout", "Customers must create an account before paying",
             "lets customers pay as a guest and save the account later",
             ("guest-checkout", "Allow guest checkout")),
    PainSpec("slow-page", "Pages load slowly on mobile networks",
             "loads its product pages in under a second",
             ("perf-budget", "Set a performance budget for mobile pages")),
    PainSpec("payment-declined", "Cards are declined without a reason",
             "explains declines and offers another method at once",
             ("decline-reasons", "Show why a payment was declined")),
    PainSpec("no-slot", "No delivery slot is available this week",
             "lets customers pick a two-hour delivery window",
             ("slot-capacity", "Add evening delivery slots")),
    PainSpec("repeat-story", "Customers repeat their story to every agent",
             "keeps the whole conversation history for every agent",
             ("crm-history", "Give agents the full contact history")),
    PainSpec("jargon", "Terms and conditions are full of jargon",
             "sends a plain-language summary of the contract",
             ("plain-language", "Rewrite the terms in plain language")),
    PainSpec("stock-mismatch", "Stock shown online does not match the store",
             "shows live shelf stock per store",
             ("stock-sync", "Sync store stock every 5 minutes")),
    PainSpec("return-label", "The return label has to be printed at home",
             "prints the return label in the store, no printer needed",
             ("qr-returns", "Replace printed labels with QR codes")),
    PainSpec("refund-delay", "Refunds take more than two weeks",
             "refunds as soon as the parcel is scanned at drop-off",
             ("instant-refund", "Refund at drop-off scan")),
    PainSpec("bill-shock", "The first bill is higher than the quote",
             "sends a bill preview before charging",
             ("bill-preview", "Email a bill preview three days before charging")),
    PainSpec("spam-emails", "Too many marketing emails after signing up",
             "asks for email preferences at sign-up",
             ("email-preferences", "Let customers choose email frequency at sign-up")),
    PainSpec("chatbot-loop", "The chatbot loops back to the same menu",
             "hands over to a human after two failed answers",
             ("bot-handover", "Hand over to an agent after two failed answers")),
    PainSpec("missing-reviews", "Few reviews for new products",
             "sends free samples to early reviewers",
             ("review-sampling", "Send free samples to early reviewers")),
    PainSpec("app-crash", "The app crashes when uploading a photo",
             "compresses photos on the device before upload",
             ("fix-upload", "Fix the photo upload crash on older phones")),
    PainSpec("no-callback", "Promised call-backs never happen",
             "sends the call-back time by SMS and keeps it",
             ("callback-sms", "Confirm call-back times by SMS")),
    PainSpec("queue-in-store", "Long queues at the checkout counter",
             "lets staff take payment anywhere with handheld devices",
             ("mobile-pos", "Equip staff with handheld payment terminals")),
    PainSpec("unclear-pricing", "Plans are hard to compare",
             "shows three plans side by side with a recommended one",
             ("plan-table", "Redesign the plan comparison table")),
    PainSpec("damaged-parcel", "Parcels arrive damaged",
             "uses fitted boxes for fragile items",
             ("fitted-boxes", "Pack fragile items in fitted boxes")),
    PainSpec("no-tracking", "The tracking link shows no data for two days",
             "sends the tracking link only once the courier has the parcel",
             ("tracking-timing", "Send the tracking link after the first scan")),
    PainSpec("otp-delay", "One-time passcodes arrive too late",
             "approves payments in its own app instead of by SMS",
             ("in-app-approval", "Approve payments in the app")),
    PainSpec("loyalty-points", "Loyalty points are not credited automatically",
             "credits loyalty points at checkout",
             ("auto-points", "Credit points automatically at checkout")),
    PainSpec("installer-late", "The installer arrives outside the booked window",
             "sends the installer's live ETA on the day",
             ("installer-eta", "Send the installer's ETA by SMS")),
    PainSpec("renewal-surprise", "Renewal price rises without warning",
             "announces price changes 30 days ahead with a one-click switch",
             ("renewal-notice", "Send renewal prices 30 days ahead")),
)

EVIDENCE: tuple[str, ...] = (
    "{year} Q{q} survey: {pct}% of respondents mention it",
    "VOC: {n} complaints in the last quarter",
    "Analytics: {pct}% drop-off at this step",
    "Usability test ({k} participants): {j} struggled",
    'NPS verbatim: "{quote}"',
    "Call-centre logs: {n} calls a week about this",
    "App store reviews: {j} one-star reviews mention it",
    "Session recordings show repeated rage clicks",
    "Social listening: negative sentiment up {pct}% since {month}",
)

QUOTES: tuple[str, ...] = (
    "I gave up and bought it elsewhere",
    "Why do they need my address?",
    "Nobody told me it would take this long",
    "Great product, terrible delivery",
    "I had to call three times",
)

COMPETITORS: tuple[str, ...] = (
    "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Woodgrove", "Tailspin",
)

FOLLOW_UPS: tuple[tuple[str, str], ...] = (
    ("interview-customers", "Interview ten affected customers"),
    ("ab-test", "A/B test the change before rolling it out"),
    ("measure-effect", "Measure the effect at the next quarterly review"),
    ("train-staff", "Train front-line staff on the new process"),
)

OPPORTUNITIES: tuple[tuple[str, str], ...] = (
    ("style-quiz", "A 30-second style quiz pre-fills preferences"),
    ("surprise-gift", "A handwritten note and a small gift in the first order"),
    ("proactive-delay", "Tell customers about delays before they ask"),
    ("one-tap-reorder", "One-tap reorder from the order confirmation email"),
    ("video-setup", "Short setup videos linked from the packaging"),
    ("birthday-reward", "A birthday reward in the loyalty wallet"),
    ("expert-chat", "Chat with a product expert, not a generic agent"),
    ("community-tips", "Show tips from other customers at the right moment"),
    ("carbon-info", "Show the carbon footprint of each delivery option"),
    ("name-the-agent", "Introduce the agent by name and photo"),
)

BACKSTAGE: tuple[str, ...] = (
    "CRM creates the member record",
    "Warehouse picks and packs the order",
    "Fraud check scores the payment",
    "Marketing automation sends the journey emails",
    "Planner assigns a delivery slot",
    "Agent opens a ticket in the service desk",
    "Finance issues the invoice",
    "Data team refreshes the stock feed every hour",
    "Courier API returns tracking events",
    "Store staff prepare the click & collect shelf",
)

THOUGHTS: tuple[str, ...] = (
    "Why do they need my address?",
    "Is this really the best price?",
    "I hope it fits.",
    '"Free" delivery is not free after all',
    "Where is my parcel?",
    "Finally, that was easy!",
    "Do I have to call them again?",
    "No. Just no.",
    "Can I trust these reviews?",
    "Nice touch: they remembered my size",
    "What happens if I change my mind?",
    "Hmm… 3 steps left",
)

DURATIONS: tuple[str, ...] = (
    "5 minutes", "a few minutes", "10-15 minutes", "1 hour", "1-2 days", "up to a week",
    "2:30", "30 seconds", "a month", "2 weeks",
)

OWNERS: tuple[str, ...] = (
    "cx-team", "growth-team", "@growth-team", "service-design", "ops", "logistics",
    "Maria Lopez", "customer-care", "web-platform", "finance-ops", "crm-team", "@store-ops",
)

TAGS: tuple[str, ...] = (
    "online", "offline", "omnichannel", "b2c", "b2b", "mobile-first", "as-is", "to-be",
    "2026", "q3-2026", "pilot", "eu", "priority",
)

KPIS: tuple[KpiSpec, ...] = (
    KpiSpec("bounce-rate", "Bounce rate", "%", "lower", 20, 70, "Web analytics"),
    KpiSpec("conversion", "Conversion rate", "%", "higher", 1, 12, "Web analytics"),
    KpiSpec("nps", "Net Promoter Score", "points", "higher", -20, 70, "NPS survey"),
    KpiSpec("csat", "Customer satisfaction (CSAT)", "%", "higher", 60, 95, "Post-contact survey"),
    KpiSpec("ces", "Customer effort score", "1-7", "lower", 1, 7, "Post-contact survey"),
    KpiSpec("aht", "Average handling time", "minutes", "lower", 3, 15, "Contact centre"),
    KpiSpec("fcr", "First-contact resolution", "%", "higher", 50, 90, "Contact centre"),
    KpiSpec("delivery-time", "Delivery time", "days", "lower", 1, 7, "Logistics dashboard"),
    KpiSpec("on-time", "On-time delivery", "%", "higher", 80, 99, "Logistics dashboard"),
    KpiSpec("repeat-rate", "Repeat-purchase rate", "%", "higher", 10, 50, "CRM"),
    KpiSpec("cart-abandonment", "Cart abandonment", "%", "lower", 40, 80, "Web analytics"),
    KpiSpec("app-rating", "App store rating", "stars", "higher", 2, 5, "App stores"),
    KpiSpec("return-rate", "Return rate", "%", "lower", 5, 40, "ERP"),
    KpiSpec("churn", "Monthly churn", "%", "lower", 1, 8, "Billing system"),
    KpiSpec("activation", "Activation rate", "%", "higher", 20, 80, "Product analytics"),
    KpiSpec("open-rate", "Email open rate", "%", "higher", 15, 55, "Email platform"),
    KpiSpec("ctr", "Click-through rate", "%", "higher", 1, 10, "Ad platform"),
    KpiSpec("page-load", "Page load time (p75)", "seconds", "lower", 1, 6, "RUM"),
    KpiSpec("signup-completion", "Sign-up completion rate", "%", "higher", 40, 90, "Web analytics"),
    KpiSpec("complaints", "Complaints", "per 1,000 orders", "lower", 1, 30, "Service desk"),
    KpiSpec("aov", "Average order value", "€", "higher", 30, 150, "ERP"),
    KpiSpec("tickets", "Support tickets", "tickets/week", "lower", 50, 900, "Service desk"),
    KpiSpec("reviews", "Reviews written", "%", "higher", 1, 15, "Review platform"),
    KpiSpec("referrals", "Referral rate", "%", "higher", 1, 20, "CRM"),
    KpiSpec("time-to-value", "Time to first value", "hours", "lower", 1, 72, "Product analytics"),
)

PERSONA_NAMES: tuple[str, ...] = (
    "Style seeker", "Bargain hunter", "Busy parent", "First-time buyer", "Loyal regular",
    "Small-business owner", "Student on a budget", "Tech-savvy early adopter",
    "Senior customer", "Frequent traveller", "No-frills shopper", "Eco-conscious buyer",
)

PERSONA_GOALS: tuple[str, ...] = (
    "Save time", "Pay a fair price", "Look good at work", "Avoid surprises on the bill",
    "Buy from brands that share my values", "Get help from a human when it matters",
)

PERSONA_FRUSTRATIONS: tuple[str, ...] = (
    "Hidden fees", "Long waiting times", "Having to repeat myself", "Pushy sales calls",
    "Websites that do not work on my phone", "Returns that cost money",
)

FREQUENCY = ("every week", "every month", "a few times a year")
SEVERITIES = ("low", "medium", "high", "critical")
SEVERITY_WEIGHTS = (2, 4, 3, 1)
STATUSES = ("planned", "in-progress", "done", "dropped")
STATUS_WEIGHTS = (4, 3, 2, 1)
MOMENTS = ("zmot", "fmot", "smot", "umot")
BASE_DATE = dt.date(2026, 6, 1)
# fmt: on

# --------------------------------------------------------------------------- #
# Helpers
# --------------------------------------------------------------------------- #

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1024)
def slugify(text: str) -> str:
    """Return a slug ``^[a-z0-9][a-z0-9-]*$`` made from ``text``."""
    return _SLUG_JUNK.sub("-", text.lower()).strip("-")


class Ids:
    """Hands out ids that are unique within one journey."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str, prefix: str = "") -> str:
        """Return ``wanted`` if free, else ``prefix-wanted``, else with ``-2``, ``-3``..."""
        if prefix and wanted in self.used:
            wanted = f"{prefix}-{wanted}"
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            candidate = f"{wanted}-{n}"
        self.used.add(candidate)
        return candidate


def emotion(rng: random.Random, mood: float) -> int | float:
    """Return an emotion in -2..2 near ``mood``: mostly integers, some halves."""
    value = max(-2.0, min(2.0, round((mood + rng.gauss(0, 0.8)) * 2) / 2))
    return value if value % 1 else int(value)


def number(value: float) -> int | float:
    """Round to one decimal; return an int when the result is whole."""
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def short_list(items: list[str]) -> Node:
    """Write a single item in flow style, ``[like this]``, longer lists as blocks."""
    return Flow(items) if len(items) == 1 else items


def some_date(rng: random.Random, before: int, after: int) -> dt.date:
    """Return a date between ``before`` days before and ``after`` days after BASE_DATE."""
    return BASE_DATE + dt.timedelta(days=rng.randint(-before, after))


def spread(rng: random.Random, total: int, bins: int, minimum: int) -> list[int]:
    """Split ``total`` items over ``bins`` with at least ``minimum`` in each."""
    counts = [minimum] * bins
    for _ in range(total - minimum * bins):
        counts[rng.randrange(bins)] += 1
    return counts


# --------------------------------------------------------------------------- #
# Journey parts
# --------------------------------------------------------------------------- #


class Context(NamedTuple):
    rng: random.Random
    ids: Ids
    channels: tuple[ChannelSpec, ...]


def make_channels(rng: random.Random) -> tuple[ChannelSpec, ...]:
    """Pick 5-7 channels, always with the website."""
    others = rng.sample(CHANNELS[1:], rng.randint(4, 6))
    return (CHANNELS[0], *sorted(others, key=CHANNELS.index))


def channel_plan(
    rng: random.Random, channels: Sequence[ChannelSpec], total: int
) -> list[ChannelSpec]:
    """Return one channel per touchpoint, every channel used at least once."""
    plan = list(channels) + [rng.choice(channels) for _ in range(total - len(channels))]
    rng.shuffle(plan)
    return plan


def make_touchpoint(ctx: Context, stage: StageSpec, channel: ChannelSpec) -> dict[str, Node]:
    rng = ctx.rng
    name = rng.choice(channel.touchpoints)
    tp: dict[str, Node] = {
        "id": ctx.ids.take(slugify(name), stage.key),
        "name": name,
        "channel": channel.id,
    }
    if rng.random() < 0.1:
        tp["description"] = (
            f"{name} during the {stage.name.lower()} stage, via {channel.name.lower()}"
        )
    if rng.random() < 0.6:
        tp["emotion"] = emotion(rng, stage.mood)
    if rng.random() < 0.25:
        tp["moment"] = rng.choice(MOMENTS)
    if rng.random() < 0.06:
        tp["wow"] = True
    return tp


def make_evidence(rng: random.Random) -> str:
    return rng.choice(EVIDENCE).format(
        year=rng.choice((2025, 2026)),
        q=rng.randint(1, 4),
        pct=rng.randint(5, 60),
        n=rng.randint(12, 480),
        k=rng.randint(5, 12),
        j=rng.randint(2, 5),
        quote=rng.choice(QUOTES),
        month=rng.choice(("January", "March", "June", "October")),
    )


def make_action(ctx: Context, prefix: str, slug: str, description: str) -> dict[str, Node]:
    rng = ctx.rng
    action: dict[str, Node] = {"id": ctx.ids.take(slug, prefix), "description": description}
    if rng.random() < 0.9:
        action["owner"] = rng.choice(OWNERS)
    if rng.random() < 0.85:
        action["due"] = some_date(rng, 200, 400)
    status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
    if status != "planned" or rng.random() < 0.5:  # "planned" is the default
        action["status"] = status
    return action


def make_pain_point(
    ctx: Context, stage: StageSpec, spec: PainSpec, touchpoints: list[dict[str, Node]]
) -> dict[str, Node]:
    rng = ctx.rng
    prefix = stage.key
    pain: dict[str, Node] = {"id": ctx.ids.take(spec.slug, prefix), "description": spec.description}
    severity = rng.choices(SEVERITIES, SEVERITY_WEIGHTS)[0]
    if severity != "medium" or rng.random() < 0.5:  # "medium" is the default
        pain["severity"] = severity
    if touchpoints and rng.random() < 0.85:
        pain["touchpoint"] = rng.choice(touchpoints)["id"]
    pain["evidence"] = short_list(
        [make_evidence(rng) for _ in range(rng.choices((1, 2), (5, 1))[0])]
    )
    pain["benchmark"] = f"{rng.choice(COMPETITORS)} {spec.benchmark}"
    plans = [spec.action, rng.choice(FOLLOW_UPS)][: rng.choices((0, 1, 2), (4, 5, 1))[0]]
    actions = [make_action(ctx, prefix, *plan) for plan in plans]
    if actions:
        pain["actions"] = actions
    return pain


def make_kpi(ctx: Context, stage: StageSpec, spec: KpiSpec) -> dict[str, Node]:
    rng = ctx.rng
    target = rng.uniform(spec.low, spec.high)
    current = min(spec.high, max(spec.low, target + rng.gauss(0, (spec.high - spec.low) / 8)))
    whole = spec.high - spec.low > 20
    kpi: dict[str, Node] = {
        "id": ctx.ids.take(spec.slug, stage.key),
        "name": spec.name,
        "unit": spec.unit,
        "target": round(target) if whole else number(target),
        "current": round(current) if whole else number(current),
    }
    if spec.better == "lower" or rng.random() < 0.4:  # "higher" is the default
        kpi["better"] = spec.better
    kpi["source"] = spec.source
    return kpi


def make_opportunity(ctx: Context) -> dict[str, Node]:
    slug, description = ctx.rng.choice(OPPORTUNITIES)
    return {"id": ctx.ids.take(slug), "description": description}


class StagePlan(NamedTuple):
    spec: StageSpec
    channels: list[ChannelSpec]
    pains: int
    kpis: int


def stage_header(ctx: Context, spec: StageSpec) -> dict[str, Node]:
    rng = ctx.rng
    stage: dict[str, Node] = {
        "id": ctx.ids.take(spec.key),
        "name": spec.name,
        "phase": spec.phase,
    }
    if rng.random() < 0.3:
        stage["description"] = f"The customer is in the {spec.name.lower()} stage."
    if rng.random() < 0.8:
        stage["customer_goal"] = spec.goal
        stage["thoughts"] = short_list(rng.sample(THOUGHTS, rng.randint(1, 2)))
    if rng.random() < 0.9:
        stage["emotion"] = emotion(rng, spec.mood)
    if rng.random() < 0.6:
        stage["duration"] = rng.choice(DURATIONS)
    return stage


def make_stage(ctx: Context, plan: StagePlan) -> dict[str, Node]:
    rng, spec = ctx.rng, plan.spec
    stage = stage_header(ctx, spec)
    touchpoints = [make_touchpoint(ctx, spec, ch) for ch in plan.channels]
    if touchpoints:
        stage["touchpoints"] = touchpoints
    stage["backstage"] = rng.sample(BACKSTAGE, rng.choices((1, 2), (3, 1))[0])
    pains = [
        make_pain_point(ctx, spec, pain, touchpoints) for pain in rng.sample(PAINS, plan.pains)
    ]
    if pains:
        stage["pain_points"] = pains
    if rng.random() < 0.4:
        stage["opportunities"] = [make_opportunity(ctx) for _ in range(rng.randint(1, 2))]
    kpis = [make_kpi(ctx, spec, kpi) for kpi in rng.sample(KPIS, plan.kpis)]
    if kpis:
        stage["kpis"] = kpis
    return stage


def plan_stages(ctx: Context) -> list[StagePlan]:
    """Choose 10-14 stages and how many touchpoints, pains and KPIs each gets."""
    rng = ctx.rng
    count = rng.randint(10, 14)
    specs = [STAGES[i] for i in sorted(rng.sample(range(len(STAGES)), count))]
    channels = channel_plan(rng, ctx.channels, rng.randint(46, 54))
    tp_counts = spread(rng, len(channels), count, 2)
    pain_counts = spread(rng, rng.randint(22, 28), count, 0)
    kpi_counts = spread(rng, rng.randint(22, 28), count, 1)
    starts = [sum(tp_counts[:i]) for i in range(count)]
    return [
        StagePlan(spec, channels[start : start + n], pains, kpis)
        for spec, start, n, pains, kpis in zip(
            specs, starts, tp_counts, pain_counts, kpi_counts, strict=True
        )
    ]


def journey_header(rng: random.Random, index: int, personas: int) -> dict[str, Node]:
    domain = rng.choice(DOMAINS)
    title = rng.choice(domain.titles)
    persona_ids = sorted(rng.sample(range(personas), min(personas, rng.randint(1, 2))))
    return {
        "cjm": 1,
        "kind": "journey",
        "id": f"{slugify(title)}-{index:05d}",
        "title": title,
        "description": (
            f"{title}, from the first moment of need to loyalty.\n"
            f"Benchmark corpus journey {index}; the {domain.tag} team reviews it every quarter.\n"
        ),
        "owner": rng.choice(OWNERS),
        "state": rng.choice(("current", "current", "future")),
        "reviewed": some_date(rng, 500, 0),
        "tags": Flow([domain.tag, *rng.sample(TAGS, rng.randint(1, 3))]),
        "goals": {
            "business": rng.choice(domain.business),
            "customer": rng.choice(domain.customer),
            "shared": rng.choice(domain.shared),
        },
        "personas": Flow(persona_id(i, personas) for i in persona_ids),
    }


def make_journey(seed: int, index: int, personas: int) -> dict[str, Node]:
    """Build journey number ``index`` as a plain Python structure."""
    rng = random.Random(f"{seed}:journey:{index}")
    journey = journey_header(rng, index, personas)
    ctx = Context(rng, Ids(), make_channels(rng))
    journey["channels"] = [{"id": c.id, "name": c.name, "type": c.type} for c in ctx.channels]
    journey["stages"] = [make_stage(ctx, plan) for plan in plan_stages(ctx)]
    return journey


# --------------------------------------------------------------------------- #
# Personas
# --------------------------------------------------------------------------- #


def persona_width(personas: int) -> int:
    return max(2, len(str(personas - 1)))


def persona_id(index: int, personas: int) -> str:
    return f"p{index:0{persona_width(personas)}d}"


def make_persona(seed: int, index: int, personas: int) -> dict[str, Node]:
    """Build persona number ``index`` as a plain Python structure."""
    rng = random.Random(f"{seed}:persona:{index}")
    name = PERSONA_NAMES[index % len(PERSONA_NAMES)]
    if index >= len(PERSONA_NAMES):
        name = f"{name} {index // len(PERSONA_NAMES) + 1}"
    return {
        "cjm": 1,
        "kind": "persona",
        "id": persona_id(index, personas),
        "name": name,
        "segment": rng.choice(("existing", "target")),
        "description": f"{name}: {rng.randint(25, 70)} years old, buys {rng.choice(FREQUENCY)}.",
        "goals": rng.sample(PERSONA_GOALS, 2),
        "frustrations": rng.sample(PERSONA_FRUSTRATIONS, 2),
    }


# --------------------------------------------------------------------------- #
# Writing the corpus
# --------------------------------------------------------------------------- #

_GENERATED = re.compile(r"j\d{5,}\.yaml|p\d{2,}\.yaml")


MEASUREMENTS_CSV = Path("data") / "kpis.csv"
MEASURED_UNTIL = dt.date(2026, 9, 30)
"""The date of every KPI's latest measurement in the data file."""


class MeasuredKpi(NamedTuple):
    """A KPI whose values go to the data file, and its latest value."""

    journey: str
    kpi: str
    latest: float
    whole: bool


def move_current_out(journey: Mapping[str, Any]) -> Iterator[MeasuredKpi]:
    """Remove every KPI's ``current`` from ``journey``; yield the KPIs it was taken from."""
    for stage in journey["stages"]:
        for kpi in stage.get("kpis", ()):
            latest = kpi.pop("current")
            yield MeasuredKpi(journey["id"], kpi["id"], latest, isinstance(latest, int))


def measurement_rows(seed: int, kpis: Sequence[MeasuredKpi], rows: int) -> Iterator[str]:
    """``rows`` CSV lines spread over ``kpis``, each KPI's a quarter apart, oldest first,
    the latest one its former ``current``."""
    rng = random.Random(f"{seed}:measurements")
    for k, kpi in enumerate(kpis):
        count = rows // len(kpis) + (1 if k < rows % len(kpis) else 0)
        for back in range(count - 1, -1, -1):
            day = MEASURED_UNTIL - dt.timedelta(days=91 * back)
            drift = 0.0 if back == 0 else rng.gauss(0, abs(kpi.latest) * 0.05 + 0.1)
            value = round(kpi.latest + drift) if kpi.whole else number(kpi.latest + drift)
            note = "" if rng.random() < 0.8 else "quarterly export"
            yield f"{kpi.journey},{kpi.kpi},{day.isoformat()},{value},{note}\n"


def write_measurements(outdir: Path, seed: int, kpis: Sequence[MeasuredKpi], rows: int) -> None:
    """Write the data file of ``rows`` measurements and name it in ``cjm.toml``."""
    (outdir / MEASUREMENTS_CSV).parent.mkdir(exist_ok=True)
    with (outdir / MEASUREMENTS_CSV).open("w", encoding="utf-8", newline="") as stream:
        stream.write("journey,kpi,date,value,note\n")
        if kpis:
            stream.writelines(measurement_rows(seed, kpis, rows))
    config = f'measurements = ["{MEASUREMENTS_CSV.as_posix()}"]\n'
    (outdir / "cjm.toml").write_text(config, encoding="utf-8")


def generated_files(outdir: Path) -> Iterator[Path]:
    """Yield files in ``outdir`` that look like the output of this script."""
    for sub in ("journeys", "personas"):
        folder = outdir / sub
        if folder.is_dir():
            yield from (p for p in folder.iterdir() if _GENERATED.fullmatch(p.name))


def prepare(outdir: Path) -> None:
    """Create the folders and ``cjm.toml``; remove stale generated files."""
    for stale in generated_files(outdir):
        stale.unlink()
    (outdir / "journeys").mkdir(parents=True, exist_ok=True)
    (outdir / "personas").mkdir(parents=True, exist_ok=True)
    (outdir / MEASUREMENTS_CSV).unlink(missing_ok=True)
    (outdir / "cjm.toml").write_text("", encoding="utf-8")


def write_text(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def generate(
    outdir: Path, journeys: int, seed: int, personas: int, measurements: int | None = None
) -> int:
    """Write the corpus to ``outdir``; return the number of journey bytes written.

    With ``measurements``, the KPIs' values go to a data file of that many rows."""
    for i in range(personas):
        doc = make_persona(seed, i, personas)
        write_text(outdir / "personas" / f"{doc['id']}.yaml", to_yaml(doc, PERSONA_HEADER))
    total = 0
    measured: list[MeasuredKpi] = []
    for i in range(journeys):
        journey = make_journey(seed, i, personas)
        if measurements is not None:
            measured.extend(move_current_out(journey))
        total += write_text(
            outdir / "journeys" / f"j{i:05d}.yaml", to_yaml(journey, JOURNEY_HEADER)
        )
    if measurements is not None:
        write_measurements(outdir, seed, measured, measurements)
    return total


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write a deterministic corpus of cjm journey maps for benchmarks.",
    )
    parser.add_argument("outdir", type=Path, metavar="OUTDIR", help="workspace root to create")
    parser.add_argument(
        "--journeys", type=int, required=True, metavar="N", help="number of journeys"
    )
    parser.add_argument("--seed", type=int, default=42, help="random seed (default: 42)")
    parser.add_argument("--personas", type=int, default=20, help="number of personas (default: 20)")
    parser.add_argument("--force", action="store_true", help="regenerate into a non-empty OUTDIR")
    parser.add_argument(
        "--measurements",
        type=int,
        metavar="ROWS",
        help="measure the KPIs from a data file of ROWS rows instead of `current`",
    )
    args = parser.parse_args(argv)
    if args.journeys < 0 or args.personas < 1 or (args.measurements or 0) < 0:
        parser.error("--journeys and --measurements must be >= 0 and --personas >= 1")
    if args.outdir.exists() and not args.outdir.is_dir():
        parser.error(f"{args.outdir} is not a directory")
    if args.outdir.is_dir() and any(args.outdir.iterdir()) and not args.force:
        parser.error(f"{args.outdir} is not empty (use --force to regenerate into it)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    prepare(args.outdir)
    size = generate(args.outdir, args.journeys, args.seed, args.personas, args.measurements)
    average = size / args.journeys / 1024 if args.journeys else 0.0
    print(
        f"wrote {args.journeys} journeys ({size / 2**20:.1f} MiB, {average:.1f} KiB average) "
        f"and {args.personas} personas to {args.outdir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
