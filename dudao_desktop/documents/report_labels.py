"""Labels shared by the report documents (PDF and workbook): vocabulary, grading bands,
dates, percentages and numbered headings, all in the current language."""

from __future__ import annotations

from datetime import date

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from ..model.vocab import (
    ESTABLISHMENT_KIND_NAMES,
    ESTABLISHMENT_KINDS,
    PROBLEM_CATEGORIES,
    PROBLEM_STATUS_LABELS,
    STEP_LABELS,
    UNIT_KIND_NAMES,
    UNIT_KINDS,
    WARNING_RULE_LABELS,
    grading_bands,
)

CONTEXT = "Documents"
DATE_FORMAT = QT_TRANSLATE_NOOP("Documents", "{year}-{month:02d}-{day:02d}")
NUMBERED_HEADING = QT_TRANSLATE_NOOP("Documents", "{number}. {title}")
NOT_SET = QT_TRANSLATE_NOOP("Documents", "(not set)")
NONE_RECORDED = QT_TRANSLATE_NOOP("Documents", "None recorded.")
TOTAL = QT_TRANSLATE_NOOP("Documents", "Total")
NO_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "(no supervising department)")
CHINESE_NUMBERS = "一二三四五六七八九十"


def tr(text: str) -> str:
    return i18n.translate(CONTEXT, text)


def chinese() -> bool:
    return i18n.current_language().startswith("zh")


def vocab(labels: dict[str, str], key: str) -> str:
    text = labels.get(key)
    return i18n.translate("Vocab", text) if text else key


def category(key: str) -> str:
    return vocab(PROBLEM_CATEGORIES, key) if key else tr(NOT_SET)


def status(key: str) -> str:
    return vocab(PROBLEM_STATUS_LABELS, key)


def step(key: str) -> str:
    return vocab(STEP_LABELS, key)


UNKNOWN_KIND = QT_TRANSLATE_NOOP("Documents", "Kind not recorded")


def establishment_kind(key: str) -> str:
    """An establishment kind: the office's own word in Chinese (行政编制), else the label."""
    if key == "unknown":
        return tr(UNKNOWN_KIND)
    if chinese():
        return ESTABLISHMENT_KIND_NAMES[key][0]
    return vocab(ESTABLISHMENT_KINDS, key)


def unit_kind(key: str) -> str:
    """A unit kind: its Chinese name in Chinese (参照公务员法管理事业单位), else the label."""
    if chinese() or key not in UNIT_KINDS:
        return UNIT_KIND_NAMES.get(key, (key,))[0]
    return vocab(UNIT_KINDS, key)


def band(code: str) -> str:
    for entry in grading_bands():
        if entry["code"] == code:
            return entry["label_zh"] if chinese() else entry["label_en"]
    return code


def day(value: date | None) -> str:
    if value is None:
        return ""
    return tr(DATE_FORMAT).format(year=value.year, month=value.month, day=value.day)


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def numbered(number: int, title: str) -> str:
    shown = CHINESE_NUMBERS[number - 1] if chinese() and number <= 10 else str(number)
    return tr(NUMBERED_HEADING).format(number=shown, title=title)


def department(name: str) -> str:
    return name or tr(NO_DEPARTMENT)


def warning_rule(key: str) -> str:
    text = WARNING_RULE_LABELS.get(key)
    return i18n.translate("Warnings", text) if text else key
