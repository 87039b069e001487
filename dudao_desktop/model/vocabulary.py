"""Terms an office added to a vocabulary (a unit kind of its own, a problem category...)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class VocabularyTerm(Synced, Base):
    """One added term, stored by the name the office first gave it, which stays its key (the
    records hold it); a rename changes only ``label``. A row whose name is a built-in key
    only retires (or renames) that built-in entry."""

    __tablename__ = "vocabulary_term"
    __table_args__ = (UniqueConstraint("vocabulary", "name", name="uq_vocabulary_term_name"),)

    vocabulary: Mapped[str] = mapped_column(String(40))  # "unit_kind", "problem_category"
    name: Mapped[str] = mapped_column(String(100))
    # For a unit kind: the group it belongs to (agency, institution, township or "").
    group_key: Mapped[str] = mapped_column(String(40), default="")
    # The name shown and printed since a rename ("" = the name itself).
    label: Mapped[str] = mapped_column(String(100), default="")
    # Retired: kept for the records that use it, no longer offered for new ones.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
