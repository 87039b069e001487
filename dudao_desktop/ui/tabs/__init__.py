"""The main window's tabs, one class and module each, in the order they are shown."""

from __future__ import annotations


def tab_classes() -> list[type]:
    """The tab classes in display order (imported lazily so a tab can import services freely)."""
    from .approvals_tab import ApprovalsTab
    from .dashboard_tab import DashboardTab
    from .evidence_tab import EvidenceTab
    from .information_tab import InformationTab
    from .plan_tab import PlanTab
    from .rectification_tab import RectificationTab
    from .units_tab import UnitsTab

    return [
        DashboardTab, PlanTab, UnitsTab, EvidenceTab, ApprovalsTab, RectificationTab,
        InformationTab,
    ]
