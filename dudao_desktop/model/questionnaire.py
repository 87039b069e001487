"""Questionnaires (调查问卷) issued to units, and the units' answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Questionnaire(Synced, Base):
    __tablename__ = "questionnaire"

    campaign_id: Mapped[str] = fk("campaign")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class QuestionnaireQuestion(Synced, Base):
    __tablename__ = "questionnaire_question"

    questionnaire_id: Mapped[str] = fk("questionnaire")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    # One of vocab.QUESTION_KINDS: yes_no, number, text, choice.
    answer_kind: Mapped[str] = mapped_column(String(10), default="text")
    # Options of a choice question, separated by "|".
    options: Mapped[str] = mapped_column(Text, default="")


class QuestionnaireIssue(Synced, Base):
    """The questionnaire was issued to a unit (and, once answered, returned)."""

    __tablename__ = "questionnaire_issue"

    questionnaire_id: Mapped[str] = fk("questionnaire")
    unit_id: Mapped[str] = fk("unit")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class QuestionnaireAnswer(Synced, Base):
    __tablename__ = "questionnaire_answer"

    questionnaire_id: Mapped[str] = fk("questionnaire")
    question_id: Mapped[str] = fk("questionnaire_question")
    unit_id: Mapped[str] = fk("unit")
    value: Mapped[str] = mapped_column(Text, default="")
