"""Enrolling laptops: the office's record of which laptop's keys may send work for a group.

On a laptop: its fingerprint and an enrolment request file (its id, name and public keys)
to take to the office. At the office: read the request, compare the fingerprint the
inspector reads out with the one computed here, enrol the laptop for a group, revoke it when
it is lost, stolen or replaced. Enrolments are synced records, so the change log (the audit
trail) keeps who enrolled or revoked which laptop, and when.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Campaign, Enrolment, InspectionGroup, Installation
from ..sync.keys import fingerprint, load_encryption_key, load_signing_key, raw_public

REQUEST_KIND = "dudao-enrolment-request"
MAX_REQUEST_BYTES = 16 * 1024
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9A-Za-z-]{1,36}$")


@dataclass(frozen=True)
class EnrolmentRequest:
    laptop_id: str
    laptop_name: str
    signing_key: str
    encryption_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.signing_key), bytes.fromhex(self.encryption_key))


@dataclass(frozen=True)
class EnrolmentRow:
    id: str
    laptop_id: str
    laptop_name: str
    fingerprint: str
    group_id: str
    group_number: int
    group_name: str
    campaign_name: str
    enrolled_at: datetime
    enrolled_by: str
    revoked_at: datetime | None
    revoked_by: str
    revoke_reason: str

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def normalise_fingerprint(text: str) -> str:
    """Upper case without spaces or dashes, so "k7qd 2mxa…" matches "K7QD-2MXA-…"."""
    return re.sub(r"[\s-]", "", text).upper()


def own_request(database: Database) -> EnrolmentRequest:
    """This installation's enrolment request (what the office needs to enrol it)."""
    if database.data_dir is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This database has no data directory."))
    with database.Session() as s:
        me = s.execute(select(Installation)).scalars().one()
    return EnrolmentRequest(
        me.id,
        me.display_name,
        raw_public(load_signing_key(database.data_dir)).hex(),
        raw_public(load_encryption_key(database.data_dir)).hex(),
    )


def write_request(database: Database, out: Path) -> EnrolmentRequest:
    """Write this laptop's enrolment request file for the office; returns the request."""
    if database.role != "field":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a laptop (field installation) asks the office to enrol it."
            )
        )
    request = own_request(database)
    data = {
        "kind": REQUEST_KIND,
        "laptop_id": request.laptop_id,
        "laptop_name": request.laptop_name,
        "signing_key": request.signing_key,
        "encryption_key": request.encryption_key,
    }
    try:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be written: {error}."),
            file=str(out),
            error=error.strerror or str(error),
        ) from error
    return request


def read_request(path: Path) -> EnrolmentRequest:
    """Read and check an enrolment request file (small, UTF-8 JSON with the right fields)."""
    bad = DudaoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a laptop's enrolment request. On the laptop, use Sync center > "
            "Enrolment request (or 'dudao enrol request') and bring that file.",
        ),
        file=path.name,
    )
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_REQUEST_BYTES + 1)
    except OSError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {error}."),
            file=str(path),
            error=error.strerror or str(error),
        ) from error
    if len(raw) > MAX_REQUEST_BYTES:
        raise bad
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise bad from error
    if not isinstance(data, dict) or data.get("kind") != REQUEST_KIND:
        raise bad
    fields = [data.get(k) for k in ("laptop_id", "laptop_name", "signing_key", "encryption_key")]
    if not all(isinstance(v, str) for v in fields):
        raise bad
    laptop_id, name, signing, encryption = fields
    if not (_ID.match(laptop_id) and _HEX_KEY.match(signing) and _HEX_KEY.match(encryption)):
        raise bad
    return EnrolmentRequest(laptop_id, name.strip()[:200], signing, encryption)


def enrol(
    database: Database,
    request: EnrolmentRequest,
    group_key: str,
    fingerprint_read_out: str,
    campaign_id: str | None = None,
) -> Enrolment:
    """Enrol a laptop for a group once the fingerprint read out matches its keys."""
    if database.role != "office":
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Only the office enrols laptops."))
    if normalise_fingerprint(fingerprint_read_out) != normalise_fingerprint(request.fingerprint):
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The fingerprint read out ({typed}) does not match the keys in the request "
                "({actual}). The request file may have been swapped: do not enrol it; make a "
                "new request on the laptop and compare again.",
            ),
            typed=fingerprint_read_out.strip()[:40],
            actual=request.fingerprint,
        )
    group = find_group(database, group_key, campaign_id)
    with database.session() as s:
        for other in _active(s):
            if other.signing_key == request.signing_key or other.laptop_id == request.laptop_id:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Laptop '{laptop}' is already enrolled (fingerprint {fingerprint}); "
                        "revoke that enrolment first if it should change.",
                    ),
                    laptop=other.laptop_name,
                    fingerprint=other.fingerprint,
                )
        bound = s.execute(
            select(Enrolment).where(
                Enrolment.signing_key == request.signing_key,
                Enrolment.laptop_id != request.laptop_id,
            )
        ).scalar()
        if bound is not None:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "These keys were enrolled before for another laptop ('{laptop}'); a key "
                    "belongs to one laptop only. Make a new request on the laptop.",
                ),
                laptop=bound.laptop_name,
            )
        enrolment = Enrolment(
            laptop_id=request.laptop_id,
            laptop_name=request.laptop_name,
            signing_key=request.signing_key,
            encryption_key=request.encryption_key,
            fingerprint=request.fingerprint,
            campaign_id=group.campaign_id,
            group_id=group.id,
            enrolled_at=datetime.now().replace(microsecond=0),
            enrolled_by=database.user_name,
        )
        s.add(enrolment)
    return enrolment


def revoke(database: Database, laptop_key: str, reason: str) -> Enrolment:
    """Revoke a laptop's enrolment (lost, stolen, replaced): its packages are refused."""
    if not reason.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the laptop is revoked (lost, stolen, replaced...)."
            )
        )
    with database.session() as s:
        enrolment = _find(s, laptop_key)
        enrolment.revoked_at = datetime.now().replace(microsecond=0)
        enrolment.revoked_by = database.user_name
        enrolment.revoke_reason = reason.strip()
    return enrolment


def find_group(database: Database, key: str, campaign_id: str | None = None) -> InspectionGroup:
    """A group by number, id or name (in the given or the only active campaign)."""
    with database.Session() as s:
        query = select(InspectionGroup).where(InspectionGroup.deleted.is_(False))
        if campaign_id:
            query = query.where(InspectionGroup.campaign_id == campaign_id)
        groups = list(s.execute(query).scalars())
    matches = [
        g
        for g in groups
        if g.id == key or g.name == key or (key.isdigit() and g.number == int(key))
    ]
    if len(matches) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No single inspection group '{group}': give the group's number, name or id "
                "({count} found).",
            ),
            group=key,
            count=len(matches),
        )
    return matches[0]


def names_laptop(enrolment: Enrolment, key: str) -> bool:
    """Whether ``key`` is the enrolment's id, laptop id, laptop name or fingerprint."""
    if key in (enrolment.id, enrolment.laptop_id, enrolment.laptop_name):
        return True
    return normalise_fingerprint(enrolment.fingerprint) == normalise_fingerprint(key)


def _active(session) -> list[Enrolment]:
    return list(
        session.execute(
            select(Enrolment).where(Enrolment.revoked_at.is_(None), Enrolment.deleted.is_(False))
        ).scalars()
    )


def _find(session, key: str) -> Enrolment:
    """An active enrolment by id, laptop id, laptop name or fingerprint."""
    wanted = normalise_fingerprint(key)
    matches = [
        e
        for e in _active(session)
        if key in (e.id, e.laptop_id, e.laptop_name)
        or normalise_fingerprint(e.fingerprint) == wanted
    ]
    if len(matches) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No single enrolled laptop '{laptop}': give its name, id or fingerprint "
                "({count} found).",
            ),
            laptop=key,
            count=len(matches),
        )
    return matches[0]


def active_for_group(database: Database, group_id: str) -> list[Enrolment]:
    with database.Session() as s:
        return [e for e in _active(s) if e.group_id == group_id]


def find_active(database: Database, laptop_key: str) -> Enrolment:
    with database.Session() as s:
        return _find(s, laptop_key)


def list_enrolments(database: Database, include_revoked: bool = True) -> list[EnrolmentRow]:
    """Enrolments, active first, then by group and date."""
    with database.Session() as s:
        rows = s.execute(
            select(Enrolment, InspectionGroup, Campaign)
            .join(InspectionGroup, InspectionGroup.id == Enrolment.group_id)
            .join(Campaign, Campaign.id == Enrolment.campaign_id)
            .where(Enrolment.deleted.is_(False))
        ).all()
    result = [
        EnrolmentRow(
            e.id,
            e.laptop_id,
            e.laptop_name,
            e.fingerprint,
            g.id,
            g.number,
            g.name,
            c.name,
            e.enrolled_at,
            e.enrolled_by,
            e.revoked_at,
            e.revoked_by,
            e.revoke_reason,
        )
        for e, g, c in rows
        if include_revoked or e.revoked_at is None
    ]
    result.sort(key=lambda r: (not r.active, r.group_number, r.enrolled_at))
    return result
