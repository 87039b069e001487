"""Hostile and broken packages: each refused with its own message, the database unchanged."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import (
    PASSPHRASE,
    copy_dir,
    craft,
    field_package,
    file_state,
    group_ids,
    import_files,
    laptop,
    return_package,
    small_office,
    units_of_group,
)

from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Answer, ChangeLog, Problem
from dudao_desktop.sync.contents import Limits


@dataclass
class World:
    office_dir: Path
    laptop_dir: Path
    field1: Path
    return1: Path
    campaign_id: str
    group1: str
    group2: str
    office_id: str
    laptop_id: str


@pytest.fixture(scope="module")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("sync-world")
    office = small_office(root / "office")
    g1, g2 = group_ids(office)[:2]
    field1 = field_package(office, g1, root / "field1.dudao")
    lap = laptop(root / "laptop", "laptop-1", field1)
    with lap.session() as s:
        answer = s.execute(select(Answer)).scalars().first()
        answer.note = "checked on site"
    ret = return_package(lap, root / "return1.dudao")
    world = World(
        root / "office",
        root / "laptop",
        field1,
        ret,
        "",
        g1,
        g2,
        office.installation_id,
        lap.installation_id,
    )
    from dudao_desktop.model import Campaign

    with office.Session() as s:
        world.campaign_id = s.execute(select(Campaign.id)).scalar_one()
    office.dispose()
    lap.dispose()
    return world


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> World:
    return World(
        copy_dir(world_template.office_dir, tmp_path / "office"),
        copy_dir(world_template.laptop_dir, tmp_path / "laptop"),
        world_template.field1,
        world_template.return1,
        world_template.campaign_id,
        world_template.group1,
        world_template.group2,
        world_template.office_id,
        world_template.laptop_id,
    )


def refused(data_dir: Path, files: list[Path], fragment: str, **kw) -> None:
    """Import and expect a refusal mentioning ``fragment``; the database bytes unchanged."""
    database = open_database(data_dir)
    try:
        before = file_state(data_dir)
        outcomes = import_files(database, files, **kw)
        after = file_state(data_dir)
    finally:
        database.dispose()
    assert [o.status for o in outcomes] == ["refused"] * len(files), outcomes
    for outcome in outcomes:
        assert fragment in outcome.message, outcome.message
    assert before == after


def entry(table, row, field, value, hlc, origin, base=""):
    return json.dumps(
        {
            "t": table,
            "r": row,
            "f": field,
            "v": json.dumps(value),
            "h": hlc,
            "o": origin,
            "b": base,
            "u": "x",
        }
    )


def changes_member(lines: list[str]) -> tuple[str, bytes, str]:
    return ("changes.jsonl", ("\n".join(lines) + "\n").encode(), "file")


def crafted_return(world: World, out: Path, members, **kw) -> Path:
    kw.setdefault("header_extra", {"groups": [world.group1]})
    return craft(
        out,
        kind="return",
        signer_dir=world.laptop_dir,
        source=world.laptop_id,
        campaign_id=world.campaign_id,
        members=members,
        office_dir=world.office_dir,
        **kw,
    )


def test_a_good_return_package_is_accepted(world: World) -> None:
    office = open_database(world.office_dir)
    outcomes = import_files(office, [world.return1])
    with office.Session() as s:
        notes = [n for (n,) in s.execute(select(Answer.note).where(Answer.note != ""))]
    office.dispose()
    assert outcomes[0].status == "applied" and outcomes[0].updated == 1
    assert notes == ["checked on site"]


def test_wrong_passphrase(world: World, tmp_path: Path) -> None:
    fresh = laptop(tmp_path / "fresh", "fresh")
    fresh.dispose()
    refused(tmp_path / "fresh", [world.field1], "passphrase", passphrase="not the passphrase")


@pytest.mark.parametrize("where", ["header", "early", "middle", "last chunk", "signature"])
def test_tampered_byte(world: World, tmp_path: Path, where: str) -> None:
    data = bytearray(world.return1.read_bytes())
    offset = {
        "header": 40,
        "early": 400,
        "middle": len(data) // 2,
        "last chunk": len(data) - 80,
        "signature": len(data) - 10,
    }[where]
    data[offset] ^= 0x01
    bad = tmp_path / "tampered.dudao"
    bad.write_bytes(bytes(data))
    fragment = "signature" if where == "signature" else "damaged or was altered"
    refused(world.office_dir, [bad], fragment)


@pytest.mark.parametrize("keep", [5, 12, 300, 0.5, -65, -1])
def test_truncated(world: World, tmp_path: Path, keep: float) -> None:
    data = world.return1.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    bad = tmp_path / "short.dudao"
    bad.write_bytes(data[:cut])
    fragment = "not a dudao package" if cut < 8 else "incomplete"
    refused(world.office_dir, [bad], fragment)


def test_newer_format(world: World, tmp_path: Path) -> None:
    bad = crafted_return(world, tmp_path / "new.dudao", [changes_member([])], fmt=99)
    refused(world.office_dir, [bad], "newer version")


def test_wrong_campaign(world: World, tmp_path: Path) -> None:
    bad = craft(
        tmp_path / "other.dudao",
        kind="return",
        signer_dir=world.laptop_dir,
        source=world.laptop_id,
        campaign_id=str(uuid.uuid4()),
        members=[changes_member([])],
        office_dir=world.office_dir,
        header_extra={"groups": [world.group1]},
    )
    refused(world.office_dir, [bad], "campaign this office does not hold")


def test_member_outside_the_package(world: World, tmp_path: Path) -> None:
    bad = crafted_return(
        world, tmp_path / "dots.dudao", [changes_member([]), ("../x", b"x", "file")]
    )
    refused(world.office_dir, [bad], "points outside the package (../x)")


def test_absolute_path(world: World, tmp_path: Path) -> None:
    bad = crafted_return(
        world, tmp_path / "abs.dudao", [changes_member([]), ("/etc/passwd", b"x", "file")]
    )
    refused(world.office_dir, [bad], "absolute path (/etc/passwd)")


def test_symlink(world: World, tmp_path: Path) -> None:
    name = "blobs/" + "a" * 64
    bad = crafted_return(
        world, tmp_path / "link.dudao", [changes_member([]), (name, b"/etc/passwd", "symlink")]
    )
    refused(world.office_dir, [bad], "contains a link")


def test_member_not_in_manifest(world: World, tmp_path: Path) -> None:
    changes = changes_member([])
    blob = b"surprise"
    sha = hashlib.sha256(blob).hexdigest()
    listed = {
        "changes.jsonl": {"sha256": hashlib.sha256(changes[1]).hexdigest(), "size": len(changes[1])}
    }
    bad = crafted_return(
        world,
        tmp_path / "extra.dudao",
        [changes, (f"blobs/{sha}", blob, "file")],
        manifest_members=listed,
    )
    refused(world.office_dir, [bad], "which its manifest does not list")


def _blobs(n: int, size: int) -> list[tuple[str, bytes, str]]:
    out = []
    for i in range(n):
        data = bytes([i % 256]) * size
        out.append((f"blobs/{hashlib.sha256(data).hexdigest()}", data, "file"))
    return out


def test_bomb_member_too_big(world: World, tmp_path: Path) -> None:
    bad = crafted_return(world, tmp_path / "big.dudao", [changes_member([]), *_blobs(1, 2000)])
    refused(world.office_dir, [bad], "per member", limits=Limits(10, 1000, 10_000))


def test_bomb_too_many_members(world: World, tmp_path: Path) -> None:
    bad = crafted_return(world, tmp_path / "many.dudao", [changes_member([]), *_blobs(12, 10)])
    refused(world.office_dir, [bad], "more than the limit of 10", limits=Limits(10, 1000, 10_000))


def test_bomb_too_big_in_total(world: World, tmp_path: Path) -> None:
    bad = crafted_return(world, tmp_path / "total.dudao", [changes_member([]), *_blobs(5, 900)])
    refused(world.office_dir, [bad], "would unpack to", limits=Limits(10, 1000, 3000))


def test_bomb_declared_size_over_default_limit(world: World, tmp_path: Path) -> None:
    changes = changes_member([])
    sha = "b" * 64
    listed = {
        "changes.jsonl": {
            "sha256": hashlib.sha256(changes[1]).hexdigest(),
            "size": len(changes[1]),
        },
        f"blobs/{sha}": {"sha256": sha, "size": 600 * 1024**2},
    }
    bad = crafted_return(world, tmp_path / "declared.dudao", [changes], manifest_members=listed)
    refused(world.office_dir, [bad], "per member")


def test_unknown_key_for_known_laptop(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    assert import_files(office, [world.return1])[0].status == "applied"
    office.dispose()
    impostor = laptop(tmp_path / "impostor", "impostor")
    impostor.dispose()
    bad = craft(
        tmp_path / "impostor.dudao",
        kind="return",
        signer_dir=tmp_path / "impostor",
        source=world.laptop_id,
        campaign_id=world.campaign_id,
        members=[changes_member([])],
        office_dir=world.office_dir,
        header_extra={"groups": [world.group1]},
        seq=5,
    )
    refused(world.office_dir, [bad], "different key than the one pinned")


def test_change_to_another_groups_unit(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    other_unit = units_of_group(office, world.group2)[0]
    office.dispose()
    row = str(uuid.uuid4())
    hlc = f"{1_900_000_000_000:015d}.000000.{world.laptop_id}"
    lines = [
        entry("problem", row, "unit_id", other_unit, hlc, world.laptop_id),
        entry("problem", row, "description", "not ours", hlc, world.laptop_id),
    ]
    bad = crafted_return(world, tmp_path / "other-group.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "belongs to another group's unit")


def test_change_to_master_data(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    unit = units_of_group(office, world.group1)[0]
    office.dispose()
    hlc = f"{1_900_000_000_000:015d}.000000.{world.laptop_id}"
    lines = [entry("unit", unit, "name", "renamed", hlc, world.laptop_id, "")]
    bad = crafted_return(world, tmp_path / "master.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "master data")


def test_forged_origin(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    with office.Session() as s:
        problem = s.execute(select(Problem.id)).scalars().first()
    office.dispose()
    hlc = f"{1_900_000_000_000:015d}.000000.{world.office_id}"
    lines = [entry("problem", problem, "status", "verified", hlc, world.office_id)]
    bad = crafted_return(world, tmp_path / "forged.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "claims were made elsewhere")


def test_replayed_or_older_sequence(world: World, tmp_path: Path) -> None:
    lap = open_database(world.laptop_dir)
    with lap.session() as s:
        answer = s.execute(select(Answer)).scalars().first()
        answer.note = "second visit"
    second = return_package(lap, tmp_path / "return2.dudao")
    lap.dispose()
    office = open_database(world.office_dir)
    assert import_files(office, [second])[0].status == "applied"
    office.dispose()
    refused(world.office_dir, [world.return1], "replayed or older")


def test_same_package_twice_changes_nothing(world: World) -> None:
    office = open_database(world.office_dir)
    first = import_files(office, [world.return1])
    before = file_state(world.office_dir)
    again = import_files(office, [world.return1])
    after = file_state(world.office_dir)
    office.dispose()
    assert first[0].status == "applied" and again[0].status == "already"
    assert before == after


def test_field_package_from_another_office(world: World, tmp_path: Path) -> None:
    other = small_office(tmp_path / "other-office", units=10)
    foreign = field_package(other, group_ids(other)[0], tmp_path / "foreign.dudao")
    other.dispose()
    refused(world.laptop_dir, [foreign], "other than the office key", passphrase=PASSPHRASE)


def test_field_package_refused_at_the_office(world: World) -> None:
    refused(world.office_dir, [world.field1], "field package for a laptop")


def test_office_change_log_untouched_by_refusals(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    with office.Session() as s:
        before = s.query(ChangeLog).count()
    bad = tmp_path / "junk.dudao"
    bad.write_bytes(b"PK\x03\x04 definitely a zip file")
    outcomes = import_files(office, [bad])
    with office.Session() as s:
        after = s.query(ChangeLog).count()
    office.dispose()
    assert outcomes[0].status == "refused" and "not a dudao package" in outcomes[0].message
    assert before == after
