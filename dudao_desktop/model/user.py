"""The people who sign off on an installation (督导组组长, 组员, 科室经办人, 编办领导)."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class UserAccount(Synced, Base):
    """A person who works with this installation; sign-offs name the account, never a typed
    name. The password is optional (a single-user laptop needs none); only its salted hash
    is kept."""

    __tablename__ = "user_account"

    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # see vocab.USER_ROLES
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    # The office's approver of 销号 (closing a rectified problem).
    approves_closing: Mapped[bool] = mapped_column(Boolean, default=False)
