"""Vocabulary terms the office added (unit kinds of its own...), beside the built-in ones."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import VocabularyTerm
from ..model.vocab import UNIT_KIND_GROUPS, UNIT_KIND_NAMES, UNIT_KINDS, USCC_CLASS_KINDS

UNIT_KIND = "unit_kind"


def added_terms(session: Session, vocabulary: str) -> dict[str, str]:
    """The office's own terms of ``vocabulary``: name -> group."""
    return {
        t.name: t.group_key
        for t in session.scalars(
            select(VocabularyTerm).where(
                VocabularyTerm.vocabulary == vocabulary, VocabularyTerm.deleted.is_(False)
            )
        )
    }


def add_term(session: Session, vocabulary: str, name: str, group: str = "") -> None:
    """Add a term (nothing happens when it is there already)."""
    if name not in added_terms(session, vocabulary):
        session.add(VocabularyTerm(vocabulary=vocabulary, name=name, group_key=group))


def kind_label(kind: str) -> str:
    """The Chinese name of a unit kind (built-in or added), as documents print it."""
    names = UNIT_KIND_NAMES.get(kind)
    return names[0] if names else kind


def suggested_group(uscc: str) -> str:
    """The kind group a new kind probably belongs to, from a unit's USCC class."""
    kind = USCC_CLASS_KINDS.get(uscc[:2], "")
    for group in ("agency", "institution", "township"):
        if kind in UNIT_KIND_GROUPS[group]:
            return group
    return ""


def unit_kinds(session: Session) -> dict[str, str]:
    """Every kind a unit may have: key -> English label (built-in) or name (added)."""
    kinds = dict(UNIT_KINDS)
    kinds.update({name: name for name in added_terms(session, UNIT_KIND)})
    return kinds
