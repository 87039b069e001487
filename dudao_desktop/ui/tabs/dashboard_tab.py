"""Dashboard (工作台): the campaign at a glance, the first thing office staff see.

Progress by procedure step and by group, units not yet visited, problems by category and
status, rectification rate, overdue problems, open warnings and the blacklist. Every figure
comes from ``services.figures`` (the same numbers as the supervision report) and a click on
it opens the list behind it.

At the start of the application (a main window made with ``background=True``) the figures
are computed in a worker, so the window is usable at once; the cards show "…" meanwhile.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QToolButton, QWidget

from ...db.engine import Database
from ...model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS, STEP_LABELS
from ...services.figures import CampaignFigures, campaign_figures, current_campaign_id
from ...services.problem_query import ProblemFilters
from ..charts import Bar, BarChart
from ..forms.ui_DashboardTab import Ui_DashboardTab
from ..vocab_labels import label as vocab_label
from .base import Tab

CARD_STYLE = (
    "QToolButton { font-size: 11pt; padding: 6px; border: 1px solid #B4C7E7;"
    " border-radius: 6px; background: #F3F6FB; }"
    "QToolButton:hover { background: #DCE6F4; border-color: #2F5597; }"
)


class DashboardTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_DashboardTab()
        self.ui.setupUi(self)
        self.today: date | None = None  # tests pin the day; None is today
        self.figures: CampaignFigures | None = None
        self.campaign_id: str | None = None
        self.step_chart = self._chart(self.ui.stepGroup)
        self.group_chart = self._chart(self.ui.groupGroup)
        self.category_chart = self._chart(self.ui.categoryGroup)
        self.status_chart = self._chart(self.ui.statusGroup)
        for card in self.cards():
            card.setStyleSheet(CARD_STYLE)
        ui = self.ui
        ui.problemsCard.clicked.connect(lambda: self.open_problems(ProblemFilters()))
        ui.rateCard.clicked.connect(lambda: self.open_problems(ProblemFilters()))
        ui.overdueCard.clicked.connect(lambda: self.open_problems(ProblemFilters(overdue=True)))
        ui.coveredCard.clicked.connect(lambda: self.open_units(visited=True))
        ui.notVisitedCard.clicked.connect(lambda: self.open_units(visited=False))
        ui.warningsCard.clicked.connect(lambda: self.open_information("warnings"))
        ui.blacklistCard.clicked.connect(lambda: self.open_information("blacklist"))
        self.category_chart.barClicked.connect(
            lambda key: self.open_problems(ProblemFilters(category=key))
        )
        self.status_chart.barClicked.connect(
            lambda key: self.open_problems(ProblemFilters(status=key))
        )
        self.step_chart.barClicked.connect(lambda key: self.open_units(step=key))
        self.group_chart.barClicked.connect(lambda key: self.open_units(group_id=key, visited=True))
        ui.refreshButton.clicked.connect(self.refresh)
        ui.reportButton.clicked.connect(self.open_reports)
        ui.followupButton.clicked.connect(self.open_followup)
        self.task = None
        if getattr(parent, "background_figures", False):
            self.refresh_in_background()
        else:
            self.refresh()

    def _chart(self, box: QWidget) -> BarChart:
        chart = BarChart(box)
        box.layout().addWidget(chart)
        return chart

    def cards(self) -> list[QToolButton]:
        ui = self.ui
        return [
            ui.coveredCard,
            ui.notVisitedCard,
            ui.problemsCard,
            ui.rateCard,
            ui.overdueCard,
            ui.warningsCard,
            ui.blacklistCard,
        ]

    def title(self) -> str:
        return self.tr("Dashboard")

    # Figures --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.campaign_id = current_campaign_id(self.database)
        self.figures = (
            campaign_figures(self.database, self.campaign_id, self.today)
            if self.campaign_id
            else None
        )
        self.show_figures()

    def refresh_in_background(self) -> None:
        """Compute the figures in a worker; show them when they arrive."""
        from ..workers import run_with_progress

        database, today = self.database, self.today

        def work():
            campaign_id = current_campaign_id(database)
            figures = campaign_figures(database, campaign_id, today) if campaign_id else None
            return campaign_id, figures

        for card in self.cards():
            card.setText("…")
        self.task = run_with_progress(
            self,
            work,
            self.title(),
            on_done=self._figures_ready,
            dialog=False,
            cancellable=False,
        )

    def captions(self) -> dict[QToolButton, str]:
        """What each figure card counts (shown also before there is a campaign)."""
        ui = self.ui
        return {
            ui.coveredCard: self.tr("Units covered"),
            ui.notVisitedCard: self.tr("Not yet visited"),
            ui.problemsCard: self.tr("Problems"),
            ui.rateCard: self.tr("Rectification rate"),
            ui.overdueCard: self.tr("Overdue problems"),
            ui.warningsCard: self.tr("Open warnings"),
            ui.blacklistCard: self.tr("On the blacklist"),
        }

    def _figures_ready(self, result) -> None:
        self.task = None
        self.campaign_id, self.figures = result
        self.show_figures()

    def show_figures(self) -> None:
        f = self.figures
        ui = self.ui
        ui.reportButton.setEnabled(f is not None)
        captions = self.captions()
        if f is None:
            ui.campaignLabel.setText(self.tr("No campaign yet: plan one in the campaign tab."))
            for card, caption in captions.items():
                card.setText(f"–\n{caption}")
                card.setEnabled(False)
            for chart in (
                self.step_chart,
                self.group_chart,
                self.category_chart,
                self.status_chart,
            ):
                chart.set_bars([])
            return
        period = ""
        if f.start_date and f.end_date:
            period = f"{f.start_date.isoformat()} – {f.end_date.isoformat()}"
        ui.campaignLabel.setText(f"<b>{f.campaign_name}</b>　{period}")
        values = {
            ui.coveredCard: f"{f.units_covered} / {f.units_in_roster}",
            ui.notVisitedCard: str(f.units_not_visited),
            ui.problemsCard: str(f.problems),
            ui.rateCard: f"{f.rectification_rate:.1%}",
            ui.overdueCard: str(f.overdue),
            ui.warningsCard: str(f.open_warnings),
            ui.blacklistCard: str(f.blacklisted),
        }
        for card, caption in captions.items():
            card.setText(f"{values[card]}\n{caption}")
            card.setEnabled(True)
        self.step_chart.set_bars(
            [Bar(step, vocab_label(STEP_LABELS, step), count) for step, count in f.by_step.items()]
        )
        self.group_chart.set_bars(
            [
                Bar(
                    g.id,
                    g.name,
                    g.covered,
                    self.tr("{0}: {1} of {2} units covered").format(g.name, g.covered, g.units),
                )
                for g in f.group_summaries
            ]
        )
        self.category_chart.set_bars(
            [
                Bar(key, vocab_label(PROBLEM_CATEGORIES, key), count)
                for key, count in f.problems_by_category.items()
            ]
        )
        self.status_chart.set_bars(
            [
                Bar(key, vocab_label(PROBLEM_STATUS_LABELS, key), count)
                for key, count in f.problems_by_status.items()
            ]
        )

    def retranslate(self) -> None:
        self.show_figures()

    # Click-through --------------------------------------------------------------------------
    def main_window(self):
        window = self.window()
        return window if hasattr(window, "tab_named") and hasattr(window, "ui") else None

    def open_tab(self, class_name: str):
        window = self.main_window()
        if window is None:
            return None
        tab = window.tab_named(class_name)  # built on demand
        if tab is not None:
            window.ui.tabs.setCurrentWidget(tab)
        return tab

    def open_problems(self, filters: ProblemFilters) -> None:
        """Open the rectification ledger showing exactly this campaign's matching problems."""
        filters.campaign_id = self.campaign_id
        filters.today = self.today
        tab = self.open_tab("RectificationTab")
        if tab is not None and hasattr(tab, "show_filtered"):
            tab.show_filtered(filters)

    def open_units(
        self, group_id: str | None = None, step: str | None = None, visited: bool | None = None
    ) -> None:
        """Open the units tab showing exactly the units counted in the clicked figure."""
        tab = self.open_tab("UnitsTab")
        if tab is not None and hasattr(tab, "show_filtered"):
            tab.show_filtered(group_id=group_id, step=step, visited=visited)

    def open_information(self, page: str) -> None:
        """Open the information data ledger on its open warnings or current blacklist."""
        tab = self.open_tab("InformationTab")
        if tab is not None and hasattr(tab, "show_filtered"):
            tab.show_filtered(page)

    # Reports and follow-up ------------------------------------------------------------------
    def open_reports(self):
        """The report dialog: the office's text sections, then any report as PDF or .xlsx."""
        from ..report_dialog import ReportDialog

        dialog = ReportDialog(self.database, self.campaign_id, self)
        dialog.open()
        return dialog

    def open_followup(self):
        from ..followup_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.database, self)
        dialog.open()
        return dialog
