"""The checks a package passes before anything is applied (guarantee 5, "Safe").

Each raises ``PackageRefused`` with a message that says what is wrong; none of them writes.
The importer runs them in order: the plain header (:func:`check_size`, :func:`check_kind`),
against what this installation holds once the header is authenticated (:func:`preflight`,
again inside the applying transaction), the manifest while the content streams
(:func:`check_manifest`), and the changes themselves (:func:`check_origins`,
:func:`return_units`, then ``scope.authorise_return``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model import Campaign, PackageRecord, PeerKey
from .container import PackageRefused, damaged
from .contents import Limits
from .entries import Entry
from .scope import campaign_groups, group_units

SIGNATURE_AND_SLACK = 1024 * 1024


def refuse(template: str, **params: Any) -> PackageRefused:
    return PackageRefused(template, **params)


def last_seq(session: Session, kind: str, **where: str) -> int:
    query = select(func.max(PackageRecord.seq)).where(
        PackageRecord.direction == "received", PackageRecord.kind == kind
    )
    for name, value in where.items():
        query = query.where(getattr(PackageRecord, name) == value)
    return session.execute(query).scalar() or 0


def check_size(size: int, limits: Limits, file: str) -> None:
    """Refuse a file larger than any package within the limits could be."""
    if size > limits.package_bytes + SIGNATURE_AND_SLACK + limits.package_bytes // 50:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} is {size} bytes, more than the limit of {limit}; it is "
                "refused and nothing was changed.",
            ),
            file=file,
            size=size,
            limit=limits.package_bytes,
        )


def check_kind(database: Database, header: dict[str, Any], file: str) -> None:
    """Checks on the plain header that need no key: shape, and the right role for its kind."""
    kind = header.get("kind")
    for name in ("package_id", "campaign_id", "source", "signer_key"):
        if not isinstance(header.get(name), str) or not header.get(name):
            raise damaged(file, "header")
    if not isinstance(header.get("seq"), int):
        raise damaged(file, "header")
    if kind == "field" and database.role != "field":
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} is a field package for a laptop; the office makes field "
                "packages and does not import them.",
            ),
            file=file,
        )
    if kind == "return" and database.role != "office":
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} is a return package; only the office imports return packages.",
            ),
            file=file,
        )
    if kind not in ("field", "return"):
        raise damaged(file, "header")


def preflight(session: Session, database: Database, header: dict[str, Any], file: str) -> str:
    """Checks against what this installation holds; returns 'already' for a package applied
    before. Runs once the header is authenticated (the first chunk decrypted)."""
    kind = header["kind"]
    if session.get(PackageRecord, header["package_id"]) is not None:
        return "already"
    source, signer = header["source"], header["signer_key"]
    if source == database.installation_id:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "Package {file} was made by this installation; it has nothing new."
            ),
            file=file,
        )
    if kind == "field":
        office = session.execute(select(PeerKey).where(PeerKey.role == "office")).scalars().first()
        if office is not None and office.signing_key.hex() != signer:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} is signed by a key other than the office key this laptop "
                    "trusts ({office}); it is refused and nothing was changed.",
                ),
                file=file,
                office=office.display_name,
            )
        group = header.get("group_id")
        if not isinstance(group, str):
            raise damaged(file, "header")
        last = last_seq(session, "field", group_id=group)
    else:
        laptop = session.get(PeerKey, source)
        if laptop is not None and laptop.signing_key.hex() != signer:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} claims to come from laptop '{laptop}' but is signed with a "
                    "different key than the one pinned for it; it is refused and nothing was "
                    "changed.",
                ),
                file=file,
                laptop=laptop.display_name,
            )
        if session.get(Campaign, header["campaign_id"]) is None:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} belongs to a campaign this office does not hold; it is "
                    "refused and nothing was changed.",
                ),
                file=file,
            )
        last = last_seq(session, "return", source_id=source)
    if header["seq"] <= last:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} has sequence number {seq}, but number {last} from the same "
                "sender was already imported: it is a replayed or older package and is refused.",
            ),
            file=file,
            seq=header["seq"],
            last=last,
        )
    return "new"


def check_manifest(header: dict[str, Any], file: str) -> Callable[[dict[str, Any]], None]:
    """The check the content reader runs on the manifest: it must repeat the header."""

    def check(manifest: dict[str, Any]) -> None:
        for name in ("format", "kind", "package_id", "campaign_id", "source", "seq"):
            if manifest.get(name) != header.get(name):
                raise damaged(file, f"manifest {name}")
        if header["kind"] == "field":
            office = manifest.get("office")
            if not isinstance(office, dict) or office.get("signing_key") != header["signer_key"]:
                raise damaged(file, "manifest office")
            if manifest.get("group_id") != header.get("group_id"):
                raise damaged(file, "manifest group")
        elif manifest.get("groups") != header.get("groups"):
            raise damaged(file, "manifest groups")

    return check


def check_origins(header: dict[str, Any], entries: list[Entry], file: str) -> None:
    """A return package may only carry its own laptop's changes."""
    if header["kind"] != "return":
        return
    forged = next((e for e in entries if e.origin != header["source"]), None)
    if forged is not None:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} contains changes it claims were made elsewhere "
                "({table} {row}); a return package may only carry its laptop's own "
                "changes. It is refused and nothing was changed.",
            ),
            file=file,
            table=forged.table,
            row=forged.row_id,
        )


def return_units(session: Session, header: dict[str, Any], file: str) -> set[str]:
    """The units a return package may change: those of the groups it names, which must be
    groups of its campaign at this office."""
    groups = header.get("groups")
    if not isinstance(groups, list) or not set(groups) <= campaign_groups(
        session, header["campaign_id"]
    ):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} names inspection groups this office does not have "
                "in the campaign; it is refused and nothing was changed.",
            ),
            file=file,
        )
    return group_units(session, header["campaign_id"], groups)
