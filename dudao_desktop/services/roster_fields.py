"""The columns of a unit roster workbook and how each cell value is read and checked.

Headers are matched by the sheet reader (paths such as 核定编制/行政编制, with the synonym
list); values are parsed into the unit's fields, every problem becomes a
:class:`~dudao_desktop.errors.Finding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from stdnum.cn import uscc as uscc_check
from stdnum.exceptions import InvalidChecksum, ValidationError

from .. import i18n
from ..documents.sheet_reader import Field as ReaderField
from ..errors import QT_TRANSLATE_NOOP
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import (
    ESTABLISHMENT_KIND_NAMES,
    ESTABLISHMENT_KINDS,
    FUNDING_FORM_NAMES,
    FUNDING_FORMS,
    LEADER_POST_KINDS,
    UNIT_FLAG_NAMES,
    UNIT_FLAGS,
    UNIT_KIND_NAMES,
    UNIT_KINDS,
    UNIT_LEVEL_NAMES,
    UNIT_LEVELS,
    UNIT_STATUS_NAMES,
    UNIT_STATUSES,
    USCC_CLASS_KINDS,
)


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source label, translated in exports
    aliases: tuple[str, ...]
    kind: str = "text"  # text | int | date | kind | level | funding | status | flags
    required: bool = False


def _by_kind() -> tuple[Field, ...]:
    """Approved and actual establishment per kind, from the one declaration of kinds."""
    fields = []
    for kind, (approved, actual) in ESTABLISHMENT_COLUMNS.items():
        official, *others = ESTABLISHMENT_KIND_NAMES[kind]
        label = ESTABLISHMENT_KINDS[kind]
        fields.append(
            Field(
                approved,
                f"Approved establishment: {label}",
                (
                    f"核定编制/{official}",
                    f"核定{official}",
                    f"{official}数",
                    official,
                    *(f"核定编制/{o}" for o in others),
                ),
                kind="int",
            )
        )
        fields.append(
            Field(
                actual,
                f"Actual staff: {label}",
                (
                    f"实有人数/{official}",
                    f"实有{official}人数",
                    f"{official}实有人数",
                    *(f"实有人数/{o}" for o in others),
                ),
                kind="int",
            )
        )
    return tuple(fields)


def _leader_posts() -> tuple[Field, ...]:
    words = {"principal": "正职", "deputy": "副职"}
    fields = []
    for post, (approved, actual) in LEADER_POST_COLUMNS.items():
        word = words[post]
        for key, sides in ((approved, ("核定",)), (actual, ("实有人数", "实配", "实有"))):
            fields.append(
                Field(
                    key,
                    f"Leader posts {'approved' if key == approved else 'actual'}: "
                    f"{LEADER_POST_KINDS[post].lower()}",
                    tuple(
                        name
                        for side in sides
                        for name in (
                            f"领导职数/{side}/{word}",
                            f"领导职数/{word}/{side}",
                            f"{side}领导职数/{word}",
                            f"领导职数/{side}{word}",
                            f"{side}{word}职数",
                            f"{side}{word}",
                        )
                    ),
                    kind="int",
                )
            )
    return tuple(fields)


# Labels are English source strings marked in the "Roster" context (lupdate reads the literal
# ones; the per-kind labels are built from the vocabulary and translated piecewise).
FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        QT_TRANSLATE_NOOP("Roster", "Unit name"),
        ("单位名称", "unit", "unitname", "name"),
        required=True,
    ),
    Field(
        "uscc",
        QT_TRANSLATE_NOOP("Roster", "Unified social credit code"),
        ("统一社会信用代码", "uscc", "creditcode", "unifiedsocialcreditcode"),
        required=True,
    ),
    Field(
        "kind",
        QT_TRANSLATE_NOOP("Roster", "Unit kind"),
        ("单位类别", "kind", "unitkind", "type"),
        kind="kind",
    ),
    Field(
        "department",
        QT_TRANSLATE_NOOP("Roster", "Supervising department"),
        ("主管部门", "supervisingdepartment", "department"),
    ),
    Field("level", QT_TRANSLATE_NOOP("Roster", "Level"), ("机构规格", "level"), kind="level"),
    Field(
        "funding",
        QT_TRANSLATE_NOOP("Roster", "Funding"),
        ("经费形式", "funding"),
        kind="funding",
    ),
    Field(
        "status",
        QT_TRANSLATE_NOOP("Roster", "Status"),
        ("单位状态", "status"),
        kind="status",
    ),
    Field(
        "flags",
        QT_TRANSLATE_NOOP("Roster", "Flags"),
        ("单位标记", "标记", "flags"),
        kind="flags",
    ),
    Field(
        "status_date",
        QT_TRANSLATE_NOOP("Roster", "Status date"),
        ("状态时间", "statusdate"),
        kind="date",
    ),
    Field(
        "founding_doc_no",
        QT_TRANSLATE_NOOP("Roster", "Founding document"),
        ("设立文件", "foundingdocument"),
    ),
    Field(
        "founding_date",
        QT_TRANSLATE_NOOP("Roster", "Founding date"),
        ("设立时间", "foundingdate"),
        kind="date",
    ),
    Field(
        "regulation_doc_no",
        QT_TRANSLATE_NOOP("Roster", "Three-determination document"),
        ("三定文件", "regulationdocument"),
    ),
    Field(
        "regulation_date",
        QT_TRANSLATE_NOOP("Roster", "Three-determination date"),
        ("三定时间", "regulationdate"),
        kind="date",
    ),
    *_by_kind(),
    Field(
        "approved_total",
        QT_TRANSLATE_NOOP("Roster", "Approved establishment: total"),
        ("核定编制/合计", "核定编制", "编制总数", "approvedestablishment"),
        kind="int",
    ),
    Field(
        "actual_staff",
        QT_TRANSLATE_NOOP("Roster", "Actual staff"),
        ("实有人数/合计", "实有人数", "actualstaff", "staff"),
        kind="int",
    ),
    Field(
        "staff_outside",
        QT_TRANSLATE_NOOP("Roster", "Staff outside establishment"),
        ("编外人员", "staffoutside"),
        kind="int",
    ),
    *_leader_posts(),
    Field(
        "leader_posts_approved",
        QT_TRANSLATE_NOOP("Roster", "Leader posts approved"),
        (
            "领导职数/核定/合计",
            "领导职数/核定",
            "核定领导职数",
            "领导职数",
            "leaderpostsapproved",
            "leaderposts",
        ),
        kind="int",
    ),
    Field(
        "leader_posts_actual",
        QT_TRANSLATE_NOOP("Roster", "Leader posts actual"),
        (
            "领导职数/实有人数/合计",
            "领导职数/实有人数",
            "实有人数领导职数",
            "实配领导职数",
            "实有领导职数",
            "leaderpostsactual",
        ),
        kind="int",
    ),
    Field(
        "internal_bodies_approved",
        QT_TRANSLATE_NOOP("Roster", "Internal bodies approved"),
        ("内设机构/核定编制", "内设机构数", "internalbodiesapproved"),
        kind="int",
    ),
    Field(
        "internal_institutions",
        QT_TRANSLATE_NOOP("Roster", "Internal institutions"),
        ("内设机构/单位名称", "内设机构/实设", "内设机构", "internalinstitutions"),
    ),
    Field(
        "internal_leader_posts_approved",
        QT_TRANSLATE_NOOP("Roster", "Internal bodies' leader posts approved"),
        ("内设机构领导职数/核定编制", "内设机构领导职数", "核定内设机构领导职数"),
        kind="int",
    ),
    Field(
        "internal_leader_posts_actual",
        QT_TRANSLATE_NOOP("Roster", "Internal bodies' leader posts actual"),
        ("内设机构领导职数/实有人数", "实配内设机构领导职数", "实有内设机构领导职数"),
        kind="int",
    ),
    Field(
        "certificate_no",
        QT_TRANSLATE_NOOP("Roster", "Legal-person certificate number"),
        ("法人证书号", "legalpersoncertificatenumber", "certificateno", "certificatenumber"),
    ),
    Field(
        "certificate_expiry",
        QT_TRANSLATE_NOOP("Roster", "Certificate expiry"),
        ("证书有效期", "certificateexpiry", "expiry"),
        kind="date",
    ),
    Field("address", QT_TRANSLATE_NOOP("Roster", "Address"), ("单位地址", "address")),
    Field(
        "head",
        QT_TRANSLATE_NOOP("Roster", "Head of unit"),
        ("单位负责人", "headofunit", "head"),
    ),
    Field(
        "uscc_override_note",
        QT_TRANSLATE_NOOP("Roster", "USCC exception note"),
        (
            "信用代码例外说明",
            "代码例外说明",
            "校验例外说明",
            "例外说明",
            "usccexceptionnote",
            "usccoverridenote",
        ),
    ),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
#: Fields that only check the others (not stored).
CHECK_FIELDS = ("approved_total",)
UNIT_FIELDS = tuple(f.key for f in FIELDS if f.key not in ("department", *CHECK_FIELDS))
#: Vocabulary fields: key -> (built-in labels, names offices write).
VOCABULARIES = {
    "level": (UNIT_LEVELS, UNIT_LEVEL_NAMES),
    "funding": (FUNDING_FORMS, FUNDING_FORM_NAMES),
    "status": (UNIT_STATUSES, UNIT_STATUS_NAMES),
}


def reader_fields() -> list[ReaderField]:
    """The roster's fields as the sheet reader matches them (English labels too)."""
    return [ReaderField(f.key, (*f.aliases, f.label), required=f.required) for f in FIELDS]


def field_label(key: str) -> str:
    """The field's label in the UI language."""
    spec = FIELD_BY_KEY[key]
    for kind, (approved, actual) in ESTABLISHMENT_COLUMNS.items():
        if key in (approved, actual):
            side = (
                QT_TRANSLATE_NOOP("Roster", "Approved establishment: {kind}")
                if key == approved
                else QT_TRANSLATE_NOOP("Roster", "Actual staff: {kind}")
            )
            return i18n.translate("Roster", side).format(
                kind=i18n.translate("Vocab", ESTABLISHMENT_KINDS[kind])
            )
    for post, (approved, actual) in LEADER_POST_COLUMNS.items():
        if key in (approved, actual):
            side = (
                QT_TRANSLATE_NOOP("Roster", "Leader posts approved: {post}")
                if key == approved
                else QT_TRANSLATE_NOOP("Roster", "Leader posts actual: {post}")
            )
            return i18n.translate("Roster", side).format(
                post=i18n.translate("Vocab", LEADER_POST_KINDS[post])
            )
    return i18n.translate("Roster", spec.label)


def normalise_header(text: Any) -> str:
    """Lower case, no spaces, brackets or punctuation: "单位名称（全称）" -> "单位名称全称"."""
    return _NOISE.sub("", str(text or "")).lower()


_NOISE = re.compile(r"[\s\u3000*＊:：_\-（）()【】\[\]/、.]+")


def parse_kind(value: Any, added: dict[str, str] | None = None) -> str | None:
    """The kind a cell names: a built-in key, an office-added kind's name, or ``None``."""
    word = normalise_header(value)
    for key, names in UNIT_KIND_NAMES.items():
        if word in (normalise_header(n) for n in (*names, key, UNIT_KINDS[key])):
            return key
    for name in added or {}:
        if word == normalise_header(name):
            return name
    return None


def parse_term(value: Any, labels: dict[str, str], names: dict[str, tuple[str, ...]]) -> str | None:
    """The key of a vocabulary value (Chinese name, key or English label), or ``None``."""
    word = normalise_header(value)
    for key in labels:
        if word in (normalise_header(n) for n in (*names.get(key, ()), key, labels[key])):
            return key
    return None


def parse_flags(value: Any) -> tuple[str, list[str]]:
    """The stored flags of a cell such as "涉改、学校" ("reform,school"), and the words that
    are not flags."""
    words = [w for w in re.split(r"[,，、;；\s]+", str(value or "")) if w]
    keys = [parse_term(w, UNIT_FLAGS, UNIT_FLAG_NAMES) for w in words]
    known = [k for k in UNIT_FLAGS if k in keys]
    return ",".join(known), [w for w, k in zip(words, keys, strict=True) if k is None]


def flag_names(flags: str) -> str:
    """The Chinese names of stored flags, for a workbook."""
    return "、".join(UNIT_FLAG_NAMES[k][0] for k in flags.split(",") if k in UNIT_FLAG_NAMES)


def kind_from_uscc(code: str) -> str:
    """The kind a USCC's class implies (11 agency, 12 institution, 13 mass organisation)."""
    return USCC_CLASS_KINDS.get(code[:2], "")


def parse_int(value: Any) -> int | None:
    """A non-negative whole number from a cell, or ``None`` if it is not one."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = str(value).strip().replace(",", "")
    if text.endswith(("人", "名", "个")):
        text = text[:-1]
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    return None


def parse_date(value: Any) -> date | None | str:
    """A date, ``None`` for an empty cell, or the string "bad"."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = re.fullmatch(
        r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", str(value)
    )
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            return "bad"
    return "bad"


def uscc_problem(code: str) -> tuple[str, bool]:
    """("", _) if ``code`` is a valid USCC, else (message, overridable)."""
    try:
        uscc_check.validate(code)
    except InvalidChecksum:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Unified social credit code {value} fails the GB 32100 checksum: correct it, or "
            "give a reason in the USCC exception note column if the code is known to be right.",
        ), True
    except ValidationError:
        if len(code) == 18:
            return QT_TRANSLATE_NOOP(
                "Errors",
                "Unified social credit code {value} has characters a USCC cannot have: correct "
                "it, or give a reason in the USCC exception note column.",
            ), True
        return QT_TRANSLATE_NOOP(
            "Errors", "Unified social credit code {value} must have 18 characters: correct it."
        ), False
    return "", False
