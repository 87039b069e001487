"""The printable import report of ``.dudao`` packages: one row per package file with what it
brought (new, updated, unchanged, conflicts, refused, evidence received) and why a refused
one was refused.

``ReportLine`` is shared with the GUI (``ui/package_report.py``): build the lines from import
outcomes (:func:`lines_from_outcomes`) or from stored reports (:func:`lines_from_reports`), then
:func:`write_package_report`. Labels are English, in the "PackageReport" context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from . import pdf

CONTEXT = "PackageReport"

STATUS_LABELS = {
    "applied": QT_TRANSLATE_NOOP("PackageReport", "Imported"),
    "dry_run": QT_TRANSLATE_NOOP("PackageReport", "Preview: would import"),
    "already": QT_TRANSLATE_NOOP("PackageReport", "Already imported"),
    "refused": QT_TRANSLATE_NOOP("PackageReport", "Refused"),
}

KIND_LABELS = {
    "field": QT_TRANSLATE_NOOP("PackageReport", "Field package"),
    "return": QT_TRANSLATE_NOOP("PackageReport", "Return package"),
}

COLUMNS = (
    QT_TRANSLATE_NOOP("PackageReport", "File"),
    QT_TRANSLATE_NOOP("PackageReport", "Result"),
    QT_TRANSLATE_NOOP("PackageReport", "Kind"),
    QT_TRANSLATE_NOOP("PackageReport", "From"),
    QT_TRANSLATE_NOOP("PackageReport", "New"),
    QT_TRANSLATE_NOOP("PackageReport", "Updated"),
    QT_TRANSLATE_NOOP("PackageReport", "Unchanged"),
    QT_TRANSLATE_NOOP("PackageReport", "Conflicts"),
    QT_TRANSLATE_NOOP("PackageReport", "Refused"),
    QT_TRANSLATE_NOOP("PackageReport", "Evidence received"),
    QT_TRANSLATE_NOOP("PackageReport", "Reason / note"),
)
COLUMN_WEIGHTS = (3, 1.8, 2.1, 2.2, 1.1, 1.5, 1.6, 1.5, 1.4, 1.6, 3.6)
NUMBER_COLUMNS = (4, 5, 6, 7, 8, 9)

TITLE = QT_TRANSLATE_NOOP("PackageReport", "Package import report")
PREVIEW_TITLE = QT_TRANSLATE_NOOP("PackageReport", "Package import preview (nothing was changed)")
PRINTED_AT = QT_TRANSLATE_NOOP("PackageReport", "Printed at")
INSTALLATION = QT_TRANSLATE_NOOP("PackageReport", "Installation")
TOTALS = QT_TRANSLATE_NOOP("PackageReport", "Total")

# Landscape A4: the frame is the page height less the left and right margins.
WIDE = pdf.PAGE_SIZE[1] - pdf.MARGIN_LEFT - pdf.MARGIN_RIGHT


@dataclass
class ReportLine:
    file: str
    status: str
    kind: str = ""
    source: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0
    evidence_received: int = 0
    message: str = ""
    package_id: str = ""

    def counts(self) -> tuple[int, int, int, int, int, int]:
        return (
            self.new,
            self.updated,
            self.unchanged,
            self.conflicts,
            self.refused,
            self.evidence_received,
        )


def lines_from_outcomes(outcomes: Iterable[Any]) -> list[ReportLine]:
    """Lines from ``ImportOutcome`` objects (an import or a dry run just done)."""
    return [
        ReportLine(
            o.file,
            o.status,
            o.kind,
            o.source_name,
            o.new,
            o.updated,
            o.unchanged,
            o.conflicts,
            o.refused,
            o.evidence_received,
            o.message or refused_note(o.refused_records),
            o.package_id,
        )
        for o in outcomes
    ]


def refused_note(records: Sequence[str], shown: int = 5) -> str:
    """The records a package was not allowed to change ("table id: reason"), the first few."""
    more = "; …" if len(records) > shown else ""
    return "; ".join(records[:shown]) + more


def lines_from_reports(reports: Iterable[dict[str, Any]]) -> list[ReportLine]:
    """Lines from stored reports (``services.packages.reports``)."""
    return [
        ReportLine(
            r["file"],
            "applied",
            r["kind"],
            r["source"],
            r["new"],
            r["updated"],
            r["unchanged"],
            r["conflicts"],
            r["refused"],
            r["evidence_received"],
            refused_note(r["details"].get("refused_records", [])),
            r["package_id"],
        )
        for r in reports
    ]


def cells(line: ReportLine, language: str | None = None) -> list[Any]:
    """The row of one line as shown and printed (labels translated)."""

    def tr(text: str) -> str:
        return i18n.translate(CONTEXT, text, language) if text else ""

    return [
        line.file,
        tr(STATUS_LABELS.get(line.status, line.status)),
        tr(KIND_LABELS.get(line.kind, line.kind)),
        line.source,
        *line.counts(),
        line.message,
    ]


def totals(lines: Sequence[ReportLine]) -> list[int]:
    return [sum(values) for values in zip(*(line.counts() for line in lines), strict=True)] or [
        0
    ] * 6


def write_package_report(
    path: str | Path,
    lines: Sequence[ReportLine],
    *,
    preview: bool = False,
    header: str = "",
    installation: str = "",
    language: str | None = None,
) -> Path:
    """Write the report as an A4 landscape PDF (atomically); returns the path."""

    def tr(text: str) -> str:
        return i18n.translate(CONTEXT, text, language)

    title = tr(PREVIEW_TITLE if preview else TITLE)
    story: list[Any] = [*pdf.title(title)]
    pairs = [(tr(PRINTED_AT), datetime.now().strftime("%Y-%m-%d %H:%M"))]
    if installation:
        pairs.append((tr(INSTALLATION), installation))
    story.append(pdf.key_value_table(pairs, columns=2, width=WIDE))
    story.append(pdf.spacer())
    rows = [cells(line, language) for line in lines]
    rows.append([tr(TOTALS), "", "", "", *totals(lines), ""])
    story.append(
        pdf.table(
            [tr(c) for c in COLUMNS],
            rows,
            COLUMN_WEIGHTS,
            width=WIDE,
            center_columns=NUMBER_COLUMNS,
        )
    )
    return pdf.write_pdf(path, story, title, header, landscape=True, author=installation)
