"""Declarative base and the columns every synced record carries."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


#: Namespace of ids derived from a natural key.
NATURAL_KEY_NAMESPACE = uuid.UUID("6f1d3c1e-8c4b-5d8a-9a57-2f6d0e1b7c42")


def natural_id(table: str, *key: str) -> str:
    """The id of the record of ``table`` that exists once per ``key`` (UUIDv5): the same on
    every installation, so concurrent creation meets as a conflict, never a duplicate."""
    return str(uuid.uuid5(NATURAL_KEY_NAMESPACE, "/".join((table, *key))))


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
    STAMP_FIELDS = frozenset({"id", "created_hlc", "updated_hlc", "origin"})


def fk(target: str, nullable: bool = False, **kwargs):
    """A foreign key to another synced record's UUID."""
    from sqlalchemy import ForeignKey

    return mapped_column(
        String(36), ForeignKey(f"{target}.id"), nullable=nullable, index=True, **kwargs
    )
