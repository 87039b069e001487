"""The checks a package passes before anything is applied (guarantee 5, "Safe").

Each raises ``PackageRefused`` with a message that says what is wrong; none of them writes.
The importer runs them in order: the plain header (:func:`check_size`, :func:`check_kind`),
then, once the encrypted manifest is read, who sent the package and what it may change
(:class:`Gate`, again inside the applying transaction), and the changes themselves while
they stream (:func:`check_batch`, then ``scope.unauthorised``).

Trust comes from this installation's own records only: at the office, the enrolment of the
key that signed a return package (never the source id or groups the package names); on a
laptop, the office key pinned at set-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.clock import MAX_AHEAD_MS, ahead_ms
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model import SYNCED_MODELS, Campaign, Enrolment, PackageRecord, PeerKey
from ..model.natural import NATURAL_KEYS, natural_id
from .container import PackageRefused, damaged
from .contents import Limits
from .entries import Entry, field_types, value_of
from .scope import group_units

SIGNATURE_AND_SLACK = 1024 * 1024
HEX_KEY = 64
# Natural-key values by record: (table, id) -> field -> the values the package gives it.
Keys = dict[tuple[str, str], dict[str, set[Any]]]


class AlreadyImported(Exception):
    """The package was applied before: nothing to do."""


def refuse(template: str, **params: Any) -> PackageRefused:
    return PackageRefused(template, **params)


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
    """The plain header's kind must suit this installation's role."""
    kind = header.get("kind")
    if kind not in ("field", "return"):
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


def _check_shape(manifest: dict[str, Any], header: dict[str, Any], file: str) -> None:
    for name in ("package_id", "campaign_id", "source", "signer_key"):
        value = manifest.get(name)
        if not isinstance(value, str) or not value or len(value) > HEX_KEY:
            raise damaged(file, f"manifest {name}")
    if not isinstance(manifest.get("seq"), int) or not isinstance(
        manifest.get("source_name", ""), str
    ):
        raise damaged(file, "manifest")
    for name in ("format", "kind"):
        if manifest.get(name) != header.get(name):
            raise damaged(file, f"manifest {name}")
    try:
        if len(bytes.fromhex(manifest["signer_key"])) != 32:
            raise ValueError("key length")
    except ValueError as error:
        raise damaged(file, "manifest signer_key") from error


@dataclass
class Gate:
    """Who sent a package and what it may change, from this installation's own records.

    ``check`` runs on the manifest as it is read (so a package is refused before its content
    is staged) and again inside the applying transaction.
    """

    database: Database
    header: dict[str, Any]
    file: str
    trust_new_office: bool = False
    manifest: dict[str, Any] = field(default_factory=dict)
    signer: bytes = b""  # the public key the signature must verify with
    sender_name: str = ""
    laptop_id: str = ""  # return packages: the enrolled laptop
    enrolment_id: str = ""
    allowed_units: set[str] = field(default_factory=set)

    def on_manifest(self, manifest: dict[str, Any]) -> None:
        _check_shape(manifest, self.header, self.file)
        self.manifest = manifest
        with self.database.Session() as s:
            self.check(s)

    def check(self, session: Session) -> None:
        manifest, file = self.manifest, self.file
        if session.get(PackageRecord, manifest["package_id"]) is not None:
            raise AlreadyImported()
        if manifest["source"] == self.database.installation_id:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors", "Package {file} was made by this installation; it has nothing new."
                ),
                file=file,
            )
        if self.header["kind"] == "field":
            self._check_field(session)
        else:
            self._check_return(session)

    def _check_field(self, session: Session) -> None:
        manifest, file = self.manifest, self.file
        office = manifest.get("office")
        if not isinstance(office, dict) or office.get("signing_key") != manifest["signer_key"]:
            raise damaged(file, "manifest office")
        if manifest.get("recipient") != self.database.installation_id:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} was made for another laptop; ask the office for this "
                    "laptop's own field package. Nothing was changed.",
                ),
                file=file,
            )
        if not isinstance(manifest.get("group_id"), str):
            raise damaged(file, "manifest group")
        pinned = session.execute(select(PeerKey).where(PeerKey.role == "office")).scalars().first()
        if (
            pinned is not None
            and pinned.signing_key.hex() != manifest["signer_key"]
            and not self.trust_new_office
        ):
            raise OfficeKeyChanged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} is signed by a key other than the office key this laptop "
                    "trusts ({office}). If the office really changed its key, import the "
                    "package again and confirm that you trust the new office key; otherwise "
                    "do not use it. Nothing was changed.",
                ),
                file=file,
                office=pinned.display_name,
            )
        self.signer = bytes.fromhex(manifest["signer_key"])
        self.sender_name = str(office.get("name", ""))

    def _check_return(self, session: Session) -> None:
        manifest, file = self.manifest, self.file
        enrolments = list(
            session.execute(
                select(Enrolment).where(
                    Enrolment.signing_key == manifest["signer_key"], Enrolment.deleted.is_(False)
                )
            ).scalars()
        )
        active = [e for e in enrolments if e.revoked_at is None]
        if not active:
            if enrolments:
                last = max(enrolments, key=lambda e: e.revoked_at or e.enrolled_at)
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} is signed by laptop '{laptop}', which was revoked on "
                        "{date}; its packages are no longer accepted. Nothing was changed.",
                    ),
                    file=file,
                    laptop=last.laptop_name,
                    date=f"{last.revoked_at:%Y-%m-%d %H:%M}" if last.revoked_at else "",
                )
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} is signed by a laptop this office has not enrolled "
                    "(it calls itself '{name}'). Enrol the laptop for its group first, "
                    "comparing its fingerprint; nothing was changed.",
                ),
                file=file,
                name=str(manifest.get("source_name", ""))[:60],
            )
        enrolment = active[0]
        if enrolment.laptop_id != manifest["source"]:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} claims another laptop's identity than the one enrolled "
                    "with its key ('{laptop}'); it is refused and nothing was changed.",
                ),
                file=file,
                laptop=enrolment.laptop_name,
            )
        if manifest["campaign_id"] != enrolment.campaign_id or (
            session.get(Campaign, manifest["campaign_id"]) is None
        ):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} belongs to a campaign laptop '{laptop}' is not enrolled "
                    "for at this office; it is refused and nothing was changed.",
                ),
                file=file,
                laptop=enrolment.laptop_name,
            )
        self.signer = bytes.fromhex(enrolment.signing_key)
        self.sender_name = enrolment.laptop_name
        self.laptop_id = enrolment.laptop_id
        self.enrolment_id = enrolment.id
        self.allowed_units = group_units(session, enrolment.campaign_id, [enrolment.group_id])


class OfficeKeyChanged(PackageRefused):
    """A field package signed by another office key than the pinned one."""


def check_batch(
    session: Session, gate: Gate, entries: list[Entry], unproven: Keys, now_ms: int
) -> None:
    """Checks on changes that refuse the whole package: forged origins, clocks too far
    ahead, and records of a natural key under another id (``unproven``: the batch's
    records whose id its entries alone do not prove, see ``unproven_keys``)."""
    file = gate.file
    if gate.header["kind"] == "return":
        forged = next((e for e in entries if e.origin != gate.laptop_id), None)
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
    # Stamps sort as text (see db.clock): the newest is the one to look at.
    newest = max(e.hlc for e in entries) if entries else ""
    ahead = ahead_ms(newest, now_ms) if newest else 0
    if ahead > MAX_AHEAD_MS:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} from '{sender}' carries changes stamped {hours} hours "
                "ahead of this computer's clock (at most {limit} hours are accepted). "
                "Check the date, time and time zone of both computers; nothing was "
                "changed.",
            ),
            file=file,
            sender=gate.sender_name,
            hours=ahead // 3_600_000,
            limit=MAX_AHEAD_MS // 3_600_000,
        )
    check_natural_ids(session, unproven, file)


def unproven_keys(entries: Iterable[Entry]) -> Keys:
    """The records of a natural key among the entries whose id these entries alone do not
    prove (part of the key changed, or an id that does not match), with the key values
    they carry. Needs no database, so a worker process can find them."""
    keys: Keys = {}
    for entry in entries:
        key = NATURAL_KEYS.get(entry.table)
        if key is None or entry.field not in key:
            continue
        value = value_of(entry, field_types(entry.table)[entry.field])
        keys.setdefault((entry.table, entry.row_id), {}).setdefault(entry.field, set()).add(value)
    return {
        (table, row_id): values
        for (table, row_id), values in keys.items()
        if not _proven(table, row_id, values)
    }


def _proven(table: str, row_id: str, values: dict[str, set[Any]]) -> bool:
    names = NATURAL_KEYS[table]
    if any(len(values.get(n, ())) != 1 for n in names):
        return False
    return natural_id(table, {n: next(iter(values[n])) for n in names}) == row_id


def check_natural_ids(session: Session, unproven: Keys, file: str) -> None:
    """A record of a natural key must carry the id of that key, and keep its key values:
    ``unproven`` (from ``unproven_keys``) completed with the stored values of the parts
    the package does not change."""
    for (table, row_id), values in unproven.items():
        names = NATURAL_KEYS[table]
        if any(n not in values for n in names):  # a change to part of a stored key
            model: Any = SYNCED_MODELS[table]
            stored = session.get(model, row_id)
            for n in names:
                if stored is not None and n not in values:
                    values[n] = {getattr(stored, n)}
        if not _proven(table, row_id, values):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} creates or moves {table} record {row} under an id that "
                    "does not match its {fields}; such a record exists once and its key never "
                    "changes. It is refused and nothing was changed.",
                ),
                file=file,
                table=table,
                row=row_id,
                fields=", ".join(names),
            )
