"""The columns of a unit roster workbook and how each cell value is read and checked.

Headers are matched in Chinese or English with common variants; values are parsed into the
unit's fields, every problem becomes a :class:`~dudao_desktop.errors.Finding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from stdnum.cn import uscc as uscc_check
from stdnum.exceptions import InvalidChecksum, ValidationError

from ..errors import QT_TRANSLATE_NOOP
from ..model.vocab import UNIT_KINDS


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source label, translated in exports
    aliases: tuple[str, ...]
    kind: str = "text"  # text | int | date | kind
    required: bool = False


FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        QT_TRANSLATE_NOOP("Roster", "Unit name"),
        ("单位名称", "单位全称", "单位名称全称", "名称", "unit", "unitname", "name"),
        required=True,
    ),
    Field(
        "uscc",
        QT_TRANSLATE_NOOP("Roster", "Unified social credit code"),
        (
            "统一社会信用代码",
            "信用代码",
            "社会信用代码",
            "统一代码",
            "uscc",
            "creditcode",
            "unifiedsocialcreditcode",
        ),
        required=True,
    ),
    Field(
        "kind",
        QT_TRANSLATE_NOOP("Roster", "Unit kind"),
        ("单位类型", "单位性质", "单位类别", "机构类型", "类型", "kind", "unitkind", "type"),
        kind="kind",
        required=True,
    ),
    Field(
        "department",
        QT_TRANSLATE_NOOP("Roster", "Supervising department"),
        ("主管部门", "主管单位", "主管部门名称", "supervisingdepartment", "department"),
    ),
    Field(
        "establishment_admin",
        QT_TRANSLATE_NOOP("Roster", "Administrative establishment"),
        ("行政编制", "行政编制数", "administrativeestablishment", "adminestablishment"),
        kind="int",
    ),
    Field(
        "establishment_institution",
        QT_TRANSLATE_NOOP("Roster", "Public institution establishment"),
        ("事业编制", "事业编制数", "publicinstitutionestablishment", "institutionestablishment"),
        kind="int",
    ),
    Field(
        "establishment_law",
        QT_TRANSLATE_NOOP("Roster", "Political-legal special establishment"),
        (
            "政法专项编制",
            "政法专项编制数",
            "政法编制",
            "politicallegalspecialestablishment",
            "lawestablishment",
        ),
        kind="int",
    ),
    Field(
        "actual_staff",
        QT_TRANSLATE_NOOP("Roster", "Actual staff"),
        ("实有人数", "实有人员", "实有人员数", "在编人数", "actualstaff", "staff"),
        kind="int",
    ),
    Field(
        "leader_posts_approved",
        QT_TRANSLATE_NOOP("Roster", "Leader posts approved"),
        ("核定领导职数", "领导职数", "领导职数核定", "leaderpostsapproved", "leaderposts"),
        kind="int",
    ),
    Field(
        "leader_posts_actual",
        QT_TRANSLATE_NOOP("Roster", "Leader posts actual"),
        ("实配领导职数", "实有领导职数", "领导职数实配", "leaderpostsactual"),
        kind="int",
    ),
    Field(
        "internal_institutions",
        QT_TRANSLATE_NOOP("Roster", "Internal institutions"),
        ("内设机构", "内设机构名称", "internalinstitutions"),
    ),
    Field(
        "certificate_no",
        QT_TRANSLATE_NOOP("Roster", "Legal-person certificate number"),
        (
            "法人证书号",
            "事业单位法人证书号",
            "法人证书编号",
            "证书编号",
            "证书号",
            "legalpersoncertificatenumber",
            "certificateno",
            "certificatenumber",
        ),
    ),
    Field(
        "certificate_expiry",
        QT_TRANSLATE_NOOP("Roster", "Certificate expiry"),
        ("证书有效期", "证书有效期至", "有效期至", "法人证书有效期", "certificateexpiry", "expiry"),
        kind="date",
    ),
    Field("address", QT_TRANSLATE_NOOP("Roster", "Address"), ("地址", "单位地址", "address")),
    Field(
        "head",
        QT_TRANSLATE_NOOP("Roster", "Head of unit"),
        ("负责人", "单位负责人", "主要负责人", "headofunit", "head"),
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
UNIT_FIELDS = tuple(f.key for f in FIELDS if f.key != "department")

KIND_WORDS = {
    "agency": (
        "agency",
        "机关",
        "党政机关",
        "行政机关",
        "党政机构",
        "党委部门",
        "政府部门",
        "partyorgovernmentagency",
    ),
    "institution": ("institution", "事业单位", "publicinstitution"),
    "township": (
        "township",
        "镇街",
        "乡镇",
        "镇",
        "街道",
        "街道办事处",
        "乡镇街道",
        "townorsubdistrict",
    ),
}

_NOISE = re.compile(r"[\s\u3000*＊:：_\-（）()【】\[\]/、.]+")


def normalise_header(text: Any) -> str:
    """Lower case, no spaces, brackets or punctuation: "单位名称（全称）" -> "单位名称全称"."""
    return _NOISE.sub("", str(text or "")).lower()


_ALIASES: dict[str, str] = {}
for _field in FIELDS:
    for _alias in (*_field.aliases, _field.label):
        _ALIASES[normalise_header(_alias)] = _field.key


def match_header(text: Any) -> str | None:
    """The field key a header cell names, or ``None``."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    # "单位名称（盖章）", "实有人数(人)": drop a bracketed suffix and try again.
    stripped = normalise_header(re.sub(r"[（(【\[].*?[）)】\]]", "", str(text)))
    return _ALIASES.get(stripped)


def parse_kind(value: Any) -> str | None:
    word = normalise_header(value)
    for key, words in KIND_WORDS.items():
        if word in (normalise_header(w) for w in words):
            return key
    for key, label in UNIT_KINDS.items():
        if word == normalise_header(label):
            return key
    return None


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
