"""The main window's tabs, one class and module each, in the order they are shown.

:data:`TABS` names each tab's module, class and title without importing it, so the main
window can show the tab bar at once and build a tab (and import its services and document
libraries) only when it is first shown or asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ...errors import QT_TRANSLATE_NOOP


class TabSpec(NamedTuple):
    module: str
    name: str  # the class name, also the translation context of its title
    title_text: str  # English; the same string the class's ``title()`` translates

    def load(self) -> type:
        return getattr(import_module(f"{__name__}.{self.module}"), self.name)

    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.title_text)


TABS = (
    TabSpec("dashboard_tab", "DashboardTab", QT_TRANSLATE_NOOP("DashboardTab", "Dashboard")),
    TabSpec("plan_tab", "PlanTab", QT_TRANSLATE_NOOP("PlanTab", "Campaign plan")),
    TabSpec("units_tab", "UnitsTab", QT_TRANSLATE_NOOP("UnitsTab", "Units and checklist")),
    TabSpec("evidence_tab", "EvidenceTab", QT_TRANSLATE_NOOP("EvidenceTab", "On-site evidence")),
    TabSpec(
        "approvals_tab", "ApprovalsTab", QT_TRANSLATE_NOOP("ApprovalsTab", "Matter approval ledger")
    ),
    TabSpec(
        "rectification_tab",
        "RectificationTab",
        QT_TRANSLATE_NOOP("RectificationTab", "Rectification ledger"),
    ),
    TabSpec(
        "information_tab",
        "InformationTab",
        QT_TRANSLATE_NOOP("InformationTab", "Information data ledger"),
    ),
)


def tab_classes() -> list[type]:
    """The tab classes in display order (importing every tab module)."""
    return [spec.load() for spec in TABS]
