"""The office's settings for its official documents: what the 版头 and 版记 say and whether
letters are printed with the red 版头 or as plain documents."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from ..db.engine import Database
from ..model import DocumentSetting, Installation


@dataclass
class DocumentSettings:
    mark: str = ""  # 发文机关标志 (red, at the top of the first page)
    issuer: str = ""  # 发文机关署名 and 印发机关
    copies_to: str = ""  # 抄送机关, separated by 、or ，
    addressee: str = "市委编委"  # 主送机关 of the supervision report
    contact: str = ""  # 联系人 (附注)
    phone: str = ""  # 联系电话 (附注)
    red_header: bool = True  # False: plain documents without the 版头


_FIELDS = {f.name for f in fields(DocumentSettings)}


def load_settings(database: Database) -> DocumentSettings:
    with database.Session() as s:
        stored = dict(s.execute(select(DocumentSetting.key, DocumentSetting.value)).all())
    values: dict[str, object] = {k: v for k, v in stored.items() if k in _FIELDS}
    if "red_header" in values:
        values["red_header"] = values["red_header"] == "1"
    return DocumentSettings(**values)  # type: ignore[arg-type]


def save_settings(database: Database, settings: DocumentSettings) -> None:
    with database.session() as s:
        for key, value in asdict(settings).items():
            text = ("1" if value else "0") if isinstance(value, bool) else str(value).strip()
            row = s.get(DocumentSetting, key)
            if row is None:
                s.add(DocumentSetting(key=key, value=text))
            else:
                row.value = text


def office_name(database: Database) -> str:
    """The name the office signs with: the issuer of its documents, else the installation's
    display name."""
    issuer = load_settings(database).issuer
    if issuer:
        return issuer
    with database.Session() as s:
        installation = s.execute(select(Installation)).scalars().first()
        return installation.display_name if installation else ""
