"""Is a value fit for its column? One check for incoming package entries and for ``verify``.

Values are checked in their JSON form (as the change log and packages carry them): the type
the column holds, its length, its allowed values, well-formed dates. ``problem`` returns a
short English description of what is wrong, or ``None``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Text

from ..model.vocab import CAMPAIGN_STATUSES, PROBLEM_STATUSES, STEPS

# A Text value longer than this is refused (characters); String columns use their length.
MAX_TEXT = 1_000_000
MAX_INT = 2**63 - 1
# Columns whose values come from a fixed vocabulary.
ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("inspection", "step"): frozenset(STEPS),
    ("problem", "status"): frozenset(PROBLEM_STATUSES),
    ("campaign", "status"): frozenset(CAMPAIGN_STATUSES),
}


def problem(table: str, name: str, column: Any, value: Any) -> str | None:
    """What is wrong with ``value`` (decoded JSON) for ``column``, or None if it fits."""
    return checker(table, name, column)(value)


def checker(table: str, name: str, column: Any) -> Callable[[Any], str | None]:
    """``problem`` for one column, its type looked at once (a merge checks tens of
    thousands of values against a handful of columns)."""
    fits = _fits(table, name, column.type)
    nullable = column.nullable

    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "must not be empty (null)"
        return fits(value)

    return check


def _fits(table: str, name: str, kind: Any) -> Callable[[Any], str | None]:
    """The check of a non-null value for a column type."""
    if isinstance(kind, Boolean):
        return _boolean_problem
    if isinstance(kind, Integer):
        return _integer_problem
    if isinstance(kind, Float | Numeric):
        return _number_problem
    if isinstance(kind, DateTime | Date):
        return functools.partial(_date_problem, kind)
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or MAX_TEXT
        allowed = ALLOWED.get((table, name))
        return functools.partial(_text_problem, limit=limit, allowed=allowed)
    return lambda _value: f"has a type ({type(kind).__name__}) packages cannot carry"


def _boolean_problem(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {_shown(value)}"


def _integer_problem(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"must be a whole number, not {_shown(value)}"
    return None if -MAX_INT <= value <= MAX_INT else "is a number too large to store"


def _number_problem(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"must be a number, not {_shown(value)}"
    return None if math.isfinite(value) else "must be a finite number"


def _text_problem(value: Any, limit: int, allowed: frozenset[str] | None) -> str | None:
    if not isinstance(value, str):
        return f"must be text, not {_shown(value)}"
    if len(value) > limit:
        return f"is {len(value)} characters long, more than the {limit} allowed"
    if allowed is not None and value not in allowed:
        return f"is '{value[:40]}', not one of {', '.join(sorted(allowed))}"
    return None


def _date_problem(kind: Any, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 40:
        return f"must be a date, not {_shown(value)}"
    try:
        if isinstance(kind, DateTime):
            datetime.fromisoformat(value)
        elif len(value) != 10:
            raise ValueError(value)
        else:
            date.fromisoformat(value)
    except ValueError:
        return f"is not a valid date ('{value[:40]}')"
    return None


def _shown(value: Any) -> str:
    if isinstance(value, dict | list):
        return "a nested structure"
    return f"{type(value).__name__} {str(value)[:40]!r}"
