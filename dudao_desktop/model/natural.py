"""Records that exist once per natural key, and their ids.

Each gets the same id wherever it is created: a UUIDv5 of its table and key values. Two
laptops answering the same item therefore write one record (and their values meet in a
conflict), never two rows. Other "one per parent" links are deliberately not keyed:
group memberships, assignments and avoidance declarations are tombstoned and written anew
when the plan changes, so each of their rows is a distinct fact of the plan's history.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

NAMESPACE = uuid.UUID("6f1d3b5e-8a52-4c1e-9a57-2f0b7c3de4a1")

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "inspection": ("campaign_id", "unit_id"),  # one inspection per campaign and unit
    "answer": ("inspection_id", "item_id"),  # one answer per inspection and checklist item
    "questionnaire_issue": ("questionnaire_id", "unit_id"),
    "questionnaire_answer": ("questionnaire_id", "question_id", "unit_id"),
    "establishment_snapshot": ("unit_id", "month"),
    "campaign_report_text": ("campaign_id", "section"),
    "visit": ("inspection_id",),  # one visit record per inspection
    "figure_check": ("inspection_id", "item_id"),  # one check per held figure asked
}


def natural_id(table: str, values: Mapping[str, Any]) -> str:
    """The id of the record of ``table`` with these key values."""
    parts = [str(values[name]) for name in NATURAL_KEYS[table]]
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((table, *parts))))
