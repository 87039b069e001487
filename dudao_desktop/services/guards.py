"""Guards shared by the services. Master data (roster, checklist templates, campaign plan,
inspector pool, draws) is kept by the office: on a field installation (a laptop) the services
that change it refuse with :func:`require_office`."""

from __future__ import annotations

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError


class OfficeOnlyError(DudaoError):
    """Master data was to be changed on a laptop."""


def require_office(database: Database) -> None:
    """Refuse on a field installation: master data changes only at the office."""
    if getattr(database, "role", "") == "field":
        raise OfficeOnlyError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a laptop (field installation): master data (the roster, checklist "
                "templates, the campaign plan, the inspector pool and the draws) is kept by the "
                "office and cannot be changed here. Make the change at the office; it reaches "
                "this laptop with the next field package.",
            )
        )
