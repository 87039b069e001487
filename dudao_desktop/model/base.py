"""Declarative base and the columns every synced record carries."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so Alembic migrations are reproducible on any backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HLC_LENGTH = 64


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for records that travel in packages.

    The stamps are filled by the change recorder (``db.changes``); services never set them.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), default="")
    updated_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), default="")
    origin: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    # Columns that the change log never carries as fields of their own.
    STAMP_FIELDS = frozenset({"id", "created_hlc", "updated_hlc", "origin", "version"})


class Versioned:
    """Mixin for records that several clerks edit side by side (problems, approval matters).

    Every save, local or merged, moves ``version`` on; a save made from an older version is
    refused (optimistic concurrency), never a silent overwrite. The version is this
    database's own counter: it does not travel in packages.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def fk(target: str, nullable: bool = False, **kwargs):
    """A foreign key to another synced record's UUID."""
    from sqlalchemy import ForeignKey

    return mapped_column(
        String(36), ForeignKey(f"{target}.id"), nullable=nullable, index=True, **kwargs
    )
