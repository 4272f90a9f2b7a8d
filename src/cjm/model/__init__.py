"""Pydantic models of the cjm file format, version 1. No I/O here."""

from cjm.model.common import FORMAT_VERSION
from cjm.model.journey import (
    Action,
    Channel,
    Goals,
    Journey,
    Kpi,
    Measurement,
    Opportunity,
    PainPoint,
    Stage,
    Touchpoint,
)
from cjm.model.persona import Persona, PersonaDocument

__all__ = [
    "FORMAT_VERSION",
    "Action",
    "Channel",
    "Goals",
    "Journey",
    "Kpi",
    "Measurement",
    "Opportunity",
    "PainPoint",
    "Persona",
    "PersonaDocument",
    "Stage",
    "Touchpoint",
]
