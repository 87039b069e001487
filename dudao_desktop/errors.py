"""Domain exceptions: messages a clerk understands, shown without a traceback.

Messages are English templates marked for translation with ``QT_TRANSLATE_NOOP`` (a no-op
here; ``pyside6-lupdate`` collects them) and filled with named values, so the GUI can show
them translated: ``i18n.error_text(error)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERRORS = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without importing Qt."""
    return text


class DudaoError(Exception):
    """A user-facing error: what is wrong, where, and what to do.

    ``template`` should be a ``QT_TRANSLATE_NOOP("Errors", ...)`` string with ``{name}``
    placeholders filled from ``params``.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class NotFoundError(DudaoError):
    """A record named by the user does not exist."""


@dataclass
class Finding:
    """One problem in an input file: where it is and what to fix."""

    message: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        place = ", ".join(
            part
            for part in (
                self.file,
                f"sheet {self.sheet}" if self.sheet else "",
                f"row {self.row}" if self.row is not None else "",
                f"column {self.column}" if self.column else "",
            )
            if part
        )
        text = self.message.format(**self.params) if self.params else self.message
        return f"{place}: {text}" if place else text


class ValidationError(DudaoError):
    """Input failed validation; ``findings`` lists every problem, nothing was changed."""

    def __init__(self, template: str, findings: list[Finding] | None = None, **params: Any):
        super().__init__(template, **params)
        self.findings = list(findings or [])

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(f"  {f}" for f in self.findings)])
