"""Translation outside Qt: documents and the CLI read the same ``.ts`` catalogue as the GUI.

The GUI installs a ``QTranslator`` with the compiled ``.qm``; code that must not import Qt
(services, documents, the CLI) calls :func:`translate`, which looks the string up in the
``.ts`` source of the chosen language.
"""

from __future__ import annotations

import locale
import os
from functools import cache

from defusedxml import ElementTree

from .errors import QT_TRANSLATE_NOOP
from .paths import resource

LANGUAGES = ("en", "zh_CN")
#: Printed documents (公文, forms, reports) are in the office's language whatever the UI shows.
DOCUMENT_LANGUAGE = "zh_CN"
UNUSABLE = ("unfinished", "obsolete", "vanished")
_state = {"language": ""}


def system_language() -> str:
    for name in ("DUDAO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith("zh") else "en"


def set_language(language: str) -> None:
    """Choose "en", "zh_CN" or "" (follow the system)."""
    _state["language"] = language if language in LANGUAGES else ""


def current_language() -> str:
    return _state["language"] or system_language()


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource("translations", f"dudao_{language}.ts")
    if language == "en" or not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in UNUSABLE:
                continue
            # A plural message keeps its text in <numerusform>; Chinese has one form.
            text = translation.findtext("numerusform") or translation.text
            if text and text.strip():
                entries[(name, message.findtext("source", ""))] = text
    return entries


def translate(context: str, text: str, language: str | None = None) -> str:
    return catalogue(language or current_language()).get((context, text), text)


def document_text(context: str, text: str) -> str:
    """``text`` in the document language (for everything printed)."""
    return translate(context, text, DOCUMENT_LANGUAGE)


def error_text(error: Exception, language: str | None = None) -> str:
    """A domain error's message in the chosen language, with its findings."""
    template = getattr(error, "template", None)
    if template is None:
        return str(error)
    params = getattr(error, "params", {})
    text = translate("Errors", template, language)
    lines = [text.format(**params) if params else text]
    for finding in getattr(error, "findings", []):
        message = translate("Errors", finding.message, language)
        finding_text = message.format(**finding.params) if finding.params else message
        lines.append(finding_place(finding, language) + finding_text)
    return "\n".join(lines)


PLACE_PARTS = (
    ("sheet", QT_TRANSLATE_NOOP("Errors", "sheet {0}")),
    ("row", QT_TRANSLATE_NOOP("Errors", "row {0}")),
    ("column", QT_TRANSLATE_NOOP("Errors", "column {0}")),
)


def finding_place(finding, language: str | None = None) -> str:
    """'file, sheet S, row R, column C: ' in the chosen language."""
    parts = [finding.file] if finding.file else []
    for attribute, template in PLACE_PARTS:
        value = getattr(finding, attribute)
        if value not in (None, ""):
            parts.append(translate("Errors", template, language).format(value))
    return (", ".join(parts) + ": ") if parts else ""
