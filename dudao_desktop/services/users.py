"""Users and roles on an installation, who is signed in, and what each role may sign.

The current user is chosen at start (:func:`sign_in`); a password is asked only for an
account that has one (the office machine). Sign-offs record the signed-in account's name,
never a typed one: :func:`require_role` refuses with a message that names the role needed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import weakref
from dataclasses import dataclass

from sqlalchemy import select

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import UserAccount
from ..model.vocab import USER_ROLES

_ITERATIONS = 200_000


@dataclass(frozen=True)
class SignedIn:
    id: str
    name: str
    role: str
    approves_closing: bool


# Who is signed in on each open database (the GUI's session or a CLI run).
_signed_in: weakref.WeakKeyDictionary[Database, SignedIn] = weakref.WeakKeyDictionary()


def _hash(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS)
    return f"pbkdf2${_ITERATIONS}${salt.hex()}${digest.hex()}"


def _matches(password: str, stored: str) -> bool:
    try:
        _scheme, iterations, salt, digest = stored.split("$")
        mine = hashlib.pbkdf2_hmac(
            "sha256", password.encode(), bytes.fromhex(salt), int(iterations)
        )
    except ValueError:
        return False
    return hmac.compare_digest(mine.hex(), digest)


def add_user(
    database: Database,
    name: str,
    role: str,
    password: str = "",
    approves_closing: bool = False,
) -> str:
    """Add an account; returns its id."""
    name = name.strip()
    if not name:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the user's name."))
    if role not in USER_ROLES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown role '{role}'; choose one of: {choices}."),
            role=role,
            choices=", ".join(USER_ROLES),
        )
    with database.session() as s:
        taken = s.execute(
            select(UserAccount.id).where(UserAccount.name == name, UserAccount.deleted.is_(False))
        ).first()
        if taken:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "There is already a user called {name}."), name=name
            )
        account = UserAccount(
            name=name,
            role=role,
            password_hash=_hash(password) if password else "",
            approves_closing=approves_closing,
        )
        s.add(account)
        s.flush()
        return account.id


def list_users(database: Database) -> list[UserAccount]:
    with database.Session() as s:
        return list(
            s.execute(
                select(UserAccount)
                .where(UserAccount.deleted.is_(False))
                .order_by(UserAccount.role, UserAccount.name)
            ).scalars()
        )


def needs_password(database: Database, name: str) -> bool:
    with database.Session() as s:
        account = _by_name(s, name)
        return bool(account.password_hash)


def _by_name(session, name: str) -> UserAccount:
    account = session.execute(
        select(UserAccount).where(UserAccount.name == name, UserAccount.deleted.is_(False))
    ).scalar()
    if account is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no user called {name}."), name=name
        )
    return account


def sign_in(database: Database, name: str, password: str = "") -> SignedIn:
    """Make ``name`` the current user (the password is checked if the account has one)."""
    with database.Session() as s:
        account = _by_name(s, name)
        if account.password_hash and not _matches(password, account.password_hash):
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "The password for {name} is wrong; try again."),
                name=name,
            )
        user = SignedIn(account.id, account.name, account.role, account.approves_closing)
    _signed_in[database] = user
    database.user_name = user.name  # the change log records who made each change
    return user


def current_user(database: Database) -> SignedIn | None:
    return _signed_in.get(database)


def require_role(database: Database, roles: tuple[str, ...], action: str) -> SignedIn:
    """The signed-in user if their role may do ``action`` (an English phrase in the
    ``Errors`` context); else a message naming who may."""
    user = current_user(database)
    needed = "、".join(i18n.translate("Vocab", USER_ROLES[r]) for r in roles)
    if user is None:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Sign in as {roles} to {action}."),
            roles=needed,
            action=i18n.translate("Errors", action),
        )
    if user.role not in roles:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is signed in as {role}; only {roles} may {action}. Sign in as one.",
            ),
            name=user.name,
            role=i18n.translate("Vocab", USER_ROLES[user.role]),
            roles=needed,
            action=i18n.translate("Errors", action),
        )
    return user


def require_closing_approver(database: Database) -> SignedIn:
    """The signed-in user if the office made them the approver of 销号."""
    user = current_user(database)
    if user is None or not user.approves_closing:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Closing a problem (销号) needs the approver the office named; sign in as "
                "that person.",
            )
        )
    return user
