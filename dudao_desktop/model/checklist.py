"""Versioned checklist templates (督导内容): sections and items."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk
from .vocab import kind_in


class ChecklistTemplate(Synced, Base):
    __tablename__ = "checklist_template"

    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # A frozen version is used by a campaign and is never edited again.
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_id: Mapped[str | None] = fk("checklist_template", nullable=True)


class ChecklistSection(Synced, Base):
    __tablename__ = "checklist_section"

    template_id: Mapped[str] = fk("checklist_template")
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    line_of_work: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ChecklistItem(Synced, Base):
    __tablename__ = "checklist_item"

    section_id: Mapped[str] = fk("checklist_section")
    code: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    answer_kind: Mapped[str] = mapped_column(String(10), default="yes_no")
    # The conforming answer of a yes/no item ("yes" or "no"); empty for other kinds.
    expected: Mapped[str] = mapped_column(String(10), default="")
    # Comma-separated unit kinds the item applies to.
    applies_to: Mapped[str] = mapped_column(String(100), default="agency,institution,township")
    # Per-unit flags the office sets (vocab.UNIT_FLAGS), comma-separated: the item is asked
    # only of units with one of them; "" asks it of every unit of the kinds above.
    flags: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Campaign focus (vocab.CAMPAIGN_FOCUS), comma-separated: asked only when the campaign's
    # focus includes one of them; "" asks it in every campaign.
    focus: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # A figure the office holds (services.held_figures.FIGURES): the answer is checked
    # against it.
    figure: Mapped[str] = mapped_column(String(40), default="", server_default="")
    evidence_required: Mapped[bool] = mapped_column(Boolean, default=False)
    problem_category: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    def applies(
        self, unit_kind: str, unit_flags: str | None = None, focus: str | None = None
    ) -> bool:
        """Whether the item is asked of a unit of ``unit_kind`` (targets are kinds or groups
        of kinds such as "agency") with ``unit_flags`` in a campaign of ``focus``; flags or
        focus left ``None`` are not looked at (a blank form for a kind)."""
        if not kind_in(unit_kind, self.applies_to):
            return False
        if unit_flags is not None and not _meets(self.flags, unit_flags):
            return False
        return focus is None or _meets(self.focus, focus)


def _meets(required: str, present: str) -> bool:
    """No requirement, or one of the required keys is present (both comma-separated)."""
    wanted = {k for k in required.split(",") if k}
    return not wanted or bool(wanted & {k for k in present.split(",") if k})
