"""Checklist templates as data: the bundled default and template files in JSON form."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ChecklistItem, ChecklistSection, ChecklistTemplate
from ..paths import resource

DEFAULT_TEMPLATE = resource("checklist", "default_template.json")


def read_template_file(path: Path = DEFAULT_TEMPLATE) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Checklist template {file} cannot be read: {error}."),
            file=str(path),
            error=str(error),
        ) from error


def add_template(session: Session, data: dict[str, Any], ids: Any = None) -> ChecklistTemplate:
    """Create a template with its sections and items from the JSON structure.

    ``ids`` (a callable) supplies record ids, so the demo can be reproducible.
    """
    make_id = ids or (lambda: None)
    template = ChecklistTemplate(
        id=make_id(), name=data["name"], version=int(data.get("version", 1))
    )
    session.add(template)
    session.flush()
    for s_pos, section_data in enumerate(data["sections"]):
        section = ChecklistSection(
            id=make_id(),
            template_id=template.id,
            code=section_data["code"],
            title=section_data["title"],
            line_of_work=section_data.get("line_of_work", ""),
            position=s_pos,
        )
        session.add(section)
        session.flush()
        for i_pos, item in enumerate(section_data["items"]):
            session.add(
                ChecklistItem(
                    id=make_id(),
                    section_id=section.id,
                    code=item["code"],
                    text=item["text"],
                    guidance=item.get("guidance", ""),
                    answer_kind=item.get("answer_kind", "yes_no"),
                    expected=item.get("expected") or "",
                    applies_to=",".join(item.get("applies_to", [])),
                    flags=",".join(item.get("flags", [])),
                    focus=",".join(item.get("focus", [])),
                    figure=item.get("figure", ""),
                    evidence_required=bool(item.get("evidence_required", False)),
                    problem_category=item.get("problem_category", ""),
                    position=i_pos,
                )
            )
    session.flush()
    return template
