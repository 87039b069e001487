"""The installation's role as the GUI needs it: on a field installation (a laptop) master
data (roster, templates, campaign plan, inspector pool, draw) is kept by the office, so the
actions that edit it are disabled with :func:`disable_on_field`'s tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..db.engine import Database


def is_field(database: Database | None) -> bool:
    """True on a laptop (field installation)."""
    return database is not None and getattr(database, "role", "") == "field"


def office_only_tip() -> str:
    return QCoreApplication.translate(
        "Role", "Master data is kept by the office; on this laptop it cannot be changed."
    )


def disable_on_field(database: Database | None, *widgets_or_actions) -> bool:
    """Disable the given actions/widgets on a field installation, with the tooltip saying
    why. Returns whether the installation is a laptop."""
    field = is_field(database)
    if field:
        tip = office_only_tip()
        for target in widgets_or_actions:
            if target is None:
                continue
            target.setEnabled(False)
            target.setToolTip(tip)
    return field
