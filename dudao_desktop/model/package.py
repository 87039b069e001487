"""Package exchange bookkeeping (not synced): history, pinned peer keys, acknowledgements."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import HLC_LENGTH, Base


class PackageRecord(Base):
    """A package this installation wrote (``sent``) or applied (``received``)."""

    __tablename__ = "package_record"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10), index=True)  # sent | received
    kind: Mapped[str] = mapped_column(String(10))  # field | return
    campaign_id: Mapped[str] = mapped_column(String(36), default="")
    # Field packages: the group; return packages: the groups as comma-separated ids.
    group_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    groups: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    source_name: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    entries: Mapped[int] = mapped_column(Integer, default=0)
    blobs: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)


class PeerKey(Base):
    """A pinned public key: the office's (on a laptop) or a laptop's (at the office)."""

    __tablename__ = "peer_key"

    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    pinned_at: Mapped[datetime] = mapped_column(DateTime)


class Acknowledgement(Base):
    """On a laptop: up to which HLC the office (``holder_id``) holds this origin's changes."""

    __tablename__ = "acknowledgement"

    holder_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), default="")
    package_id: Mapped[str] = mapped_column(String(36), default="")


class ImportReport(Base):
    """What an applied import did; kept so it can be shown and printed later."""

    __tablename__ = "import_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(10), default="")
    source_name: Mapped[str] = mapped_column(String(200), default="")
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    evidence_received: Mapped[int] = mapped_column(Integer, default=0)
    # Per-table counts and notes as JSON.
    details: Mapped[str] = mapped_column(Text, default="{}")
