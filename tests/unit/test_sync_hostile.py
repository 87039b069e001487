"""Hostile and broken packages: each refused with its own message, the database unchanged."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import (
    copy_dir,
    craft,
    enrol,
    enrolled_laptop,
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
from dudao_desktop.documents.package_report import lines_from_outcomes
from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Answer, ChangeLog, Problem
from dudao_desktop.services import enrolment
from dudao_desktop.sync import parse_ahead
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
    laptop2_dir: Path
    field2: Path


@pytest.fixture(scope="module")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("sync-world")
    office = small_office(root / "office")
    g1, g2 = group_ids(office)[:2]
    lap = enrolled_laptop(office, root / "laptop", "laptop-1", g1)
    field1 = root / "laptop-1-field.dudao"
    lap2 = enrolled_laptop(office, root / "laptop2", "laptop-2", g2)
    field2 = root / "laptop-2-field.dudao"
    lap2.dispose()
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
        root / "laptop2",
        field2,
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
        world_template.laptop2_dir,
        world_template.field2,
    )


@pytest.fixture(params=["here", "ahead"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes read in the importing process, and read ahead by its worker process."""
    if request.param == "ahead":
        if not parse_ahead.can_fork():
            pytest.skip("changes are read ahead only where a worker can be forked")
        monkeypatch.setattr(parse_ahead, "MIN_BYTES", 0)


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
    kw.setdefault("manifest_extra", {"groups": [world.group1]})
    kw.setdefault("signer_dir", world.laptop_dir)
    kw.setdefault("source", world.laptop_id)
    return craft(
        out,
        kind="return",
        campaign_id=world.campaign_id,
        members=members,
        recipient_dir=world.office_dir,
        **kw,
    )


def now_stamp(node: str, ahead_ms: int = 0, counter: int = 0) -> str:
    return f"{time.time_ns() // 1_000_000 + ahead_ms:015d}.{counter:06d}.{node}"


def laptop_answer(world: World) -> str:
    lap = open_database(world.laptop_dir)
    with lap.Session() as s:
        answer = s.execute(select(Answer.id).order_by(Answer.id)).scalars().first()
    lap.dispose()
    return answer


def test_a_good_return_package_is_accepted(world: World, reading: None) -> None:
    office = open_database(world.office_dir)
    outcomes = import_files(office, [world.return1])
    with office.Session() as s:
        notes = [n for (n,) in s.execute(select(Answer.note).where(Answer.note != ""))]
    office.dispose()
    assert outcomes[0].status == "applied" and outcomes[0].updated == 1
    assert notes == ["checked on site"]


def test_field_package_of_another_laptop(world: World, tmp_path: Path) -> None:
    # A group-1 laptop holding group 2's field package cannot even read it.
    refused(world.laptop_dir, [world.field2], "made for another installation")
    fresh = laptop(tmp_path / "fresh", "fresh")
    fresh.dispose()
    refused(tmp_path / "fresh", [world.field1], "made for another installation")


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


def test_older_format_with_a_passphrase(world: World, tmp_path: Path) -> None:
    bad = crafted_return(world, tmp_path / "old.dudao", [changes_member([])], fmt=1)
    refused(world.office_dir, [bad], "older version")


def test_plain_header_carries_nothing_more(world: World, tmp_path: Path) -> None:
    header = world.return1.read_bytes()[12:400]
    assert b"laptop-1" not in header and world.group1.encode() not in header
    bad = crafted_return(
        world, tmp_path / "loud.dudao", [changes_member([])], header_extra={"groups": ["x"]}
    )
    refused(world.office_dir, [bad], "damaged or was altered (header)")


def test_wrong_campaign(world: World, tmp_path: Path) -> None:
    bad = craft(
        tmp_path / "other.dudao",
        kind="return",
        signer_dir=world.laptop_dir,
        source=world.laptop_id,
        campaign_id=str(uuid.uuid4()),
        members=[changes_member([])],
        recipient_dir=world.office_dir,
    )
    refused(world.office_dir, [bad], "is not enrolled for")


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


def test_laptop_not_enrolled(world: World, tmp_path: Path) -> None:
    stranger = laptop(tmp_path / "stranger", "stranger")
    stranger.dispose()
    bad = crafted_return(
        world,
        tmp_path / "stranger.dudao",
        [changes_member([])],
        signer_dir=tmp_path / "stranger",
        source=stranger.installation_id,
    )
    refused(world.office_dir, [bad], "has not enrolled")


def test_unknown_key_claiming_an_enrolled_laptop(world: World, tmp_path: Path) -> None:
    impostor = laptop(tmp_path / "impostor", "impostor")
    impostor.dispose()
    bad = crafted_return(
        world,
        tmp_path / "impostor.dudao",
        [changes_member([])],
        signer_dir=tmp_path / "impostor",
        seq=5,
    )
    refused(world.office_dir, [bad], "has not enrolled")


def test_enrolled_key_cannot_be_rebound_to_another_laptop(world: World, tmp_path: Path) -> None:
    bad = crafted_return(
        world, tmp_path / "rebind.dudao", [changes_member([])], source=str(uuid.uuid4())
    )
    refused(world.office_dir, [bad], "claims another laptop's identity")


def test_revoked_laptop_is_refused_and_audited(world: World) -> None:
    office = open_database(world.office_dir)
    enrolment.revoke(office, "laptop-1", "lost on the train")
    with office.Session() as s:
        audit = s.execute(
            select(ChangeLog.field, ChangeLog.value, ChangeLog.user_name)
            .where(ChangeLog.table_name == "enrolment", ChangeLog.field == "revoke_reason")
            .order_by(ChangeLog.seq)
        ).all()
    office.dispose()
    assert [(f, json.loads(v)) for f, v, _u in audit][-1] == ("revoke_reason", "lost on the train")
    refused(world.office_dir, [world.return1], "was revoked on")


def test_re_enrolment_after_revocation(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    enrolment.revoke(office, "laptop-1", "replaced")
    replacement = laptop(tmp_path / "new", "laptop-1b")
    enrol(office, replacement, world.group1)
    package = field_package(office, world.group1, tmp_path / "f.dudao", "laptop-1b")
    assert import_files(replacement, [package])[0].status == "applied"
    with replacement.session() as s:
        s.get(Answer, laptop_answer(world)).note = "from the replacement"
    back = return_package(replacement, tmp_path / "r.dudao")
    outcome = import_files(office, [back])[0]
    with office.Session() as s:
        note = s.get(Answer, laptop_answer(world)).note
    office.dispose()
    replacement.dispose()
    assert outcome.status == "applied" and note == "from the replacement"


def test_changes_outside_the_group_are_refused_one_by_one(
    world: World, tmp_path: Path, reading: None
) -> None:
    office = open_database(world.office_dir)
    other_unit = units_of_group(office, world.group2)[0]
    office.dispose()
    row = str(uuid.uuid4())
    hlc = now_stamp(world.laptop_id)
    mine = laptop_answer(world)
    lines = [
        entry("problem", row, "unit_id", other_unit, hlc, world.laptop_id),
        entry("problem", row, "description", "not ours", hlc, world.laptop_id),
        entry("answer", mine, "note", "ours", now_stamp(world.laptop_id, 0, 1), world.laptop_id),
    ]
    # The header claims group 2 as well: the office goes by its own enrolment record.
    bad = crafted_return(
        world,
        tmp_path / "other-group.dudao",
        [changes_member(lines)],
        manifest_extra={"groups": [world.group1, world.group2]},
    )
    office = open_database(world.office_dir)
    outcome = import_files(office, [bad])[0]
    with office.Session() as s:
        problem = s.get(Problem, row)
        note = s.get(Answer, mine).note
    office.dispose()
    assert outcome.status == "applied" and outcome.refused == 1
    assert outcome.refused_records == [
        f"problem {row}: belongs to a unit outside the laptop's group"
    ]
    assert problem is None and note == "ours"
    shown = lines_from_outcomes([outcome])[0].message
    assert f"problem {row}: belongs to a unit outside" in shown


def test_change_to_master_data(world: World, tmp_path: Path) -> None:
    office = open_database(world.office_dir)
    unit = units_of_group(office, world.group1)[0]
    before = file_state(world.office_dir)
    lines = [entry("unit", unit, "name", "renamed", now_stamp(world.laptop_id), world.laptop_id)]
    bad = crafted_return(world, tmp_path / "master.dudao", [changes_member(lines)])
    outcome = import_files(office, [bad], dry_run=True)[0]
    office.dispose()
    assert outcome.refused_records == [f"unit {unit}: is master data kept by the office"]
    assert file_state(world.office_dir) == before


def test_forged_origin(world: World, tmp_path: Path, reading: None) -> None:
    office = open_database(world.office_dir)
    with office.Session() as s:
        problem = s.execute(select(Problem.id)).scalars().first()
    office.dispose()
    hlc = now_stamp(world.office_id)
    lines = [entry("problem", problem, "status", "verified", hlc, world.office_id)]
    bad = crafted_return(world, tmp_path / "forged.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "claims were made elsewhere")


def test_older_package_with_new_changes_is_accepted(world: World, tmp_path: Path) -> None:
    # A laptop restored from a backup numbers its packages again from an older point.
    backup = copy_dir(world.laptop_dir, tmp_path / "backup")
    lap = open_database(world.laptop_dir)
    with lap.session() as s:
        s.get(Answer, laptop_answer(world)).note = "second visit"
    second = return_package(lap, tmp_path / "return2.dudao")
    lap.dispose()
    office = open_database(world.office_dir)
    assert import_files(office, [second])[0].status == "applied"
    restored = open_database(backup)
    with restored.session() as s:
        s.get(Answer, laptop_answer(world)).verified_value = "yes"
    third = return_package(restored, tmp_path / "return3.dudao")
    restored.dispose()
    outcome = import_files(office, [third])[0]
    with office.Session() as s:
        answer = s.get(Answer, laptop_answer(world))
    office.dispose()
    assert outcome.status == "applied", outcome.message
    assert (answer.note, answer.verified_value) == ("second visit", "yes")


def test_same_package_twice_changes_nothing(world: World, reading: None) -> None:
    office = open_database(world.office_dir)
    first = import_files(office, [world.return1])
    office.checkpoints.wait()  # the first import's checkpoint, which runs after its commit
    before = file_state(world.office_dir)
    again = import_files(office, [world.return1])
    after = file_state(world.office_dir)
    office.dispose()
    assert first[0].status == "applied" and again[0].status == "already"
    assert before == after


def test_field_package_from_another_office(world: World, tmp_path: Path) -> None:
    # A second office enrols the laptop too: its packages are refused until the user
    # explicitly trusts the new office key.
    other = small_office(tmp_path / "other-office", units=10)
    lap = open_database(world.laptop_dir)
    enrol(other, lap, group_ids(other)[0])
    foreign = field_package(other, group_ids(other)[0], tmp_path / "foreign.dudao")
    other.dispose()
    lap.dispose()
    refused(world.laptop_dir, [foreign], "other than the office key")
    lap = open_database(world.laptop_dir)
    outcome = import_files(lap, [foreign], trust_new_office=True)[0]
    lap.dispose()
    assert outcome.status == "applied", outcome.message


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


# Clocks ---------------------------------------------------------------------------------------
def test_stamp_from_2099_is_refused_and_moves_no_clock(world: World, tmp_path: Path) -> None:
    year_2099 = 4_102_444_800_000
    hlc = f"{year_2099:015d}.000000.{world.laptop_id}"
    lines = [entry("answer", laptop_answer(world), "note", "pinned forever", hlc, world.laptop_id)]
    bad = crafted_return(world, tmp_path / "2099.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "hours ahead of this computer's clock")
    office = open_database(world.office_dir)
    stamp = office.clock.now()
    office.dispose()
    assert int(stamp.split(".")[0]) < year_2099 - 10 * 365 * 86_400_000


@pytest.mark.parametrize(
    "stamp, node_is_laptop",
    [
        ("2.000000.{node}", True),  # not fixed width: as text "2" sorts after "17..."
        ("{wall}0.000000.{node}", True),  # 16 digits of wall time
        ("{wall}.0000000.{node}", True),  # a counter that overflowed into 7 digits
        ("{wall}.000000.{node}", False),  # names another installation than its origin
        ("{wall}.-00001.{node}", True),
    ],
)
def test_malformed_stamps_are_refused(
    world: World, tmp_path: Path, stamp: str, node_is_laptop: bool
) -> None:
    wall = f"{time.time_ns() // 1_000_000:015d}"
    node = world.laptop_id if node_is_laptop else world.office_id
    hlc = stamp.format(wall=wall, node=node)
    lines = [entry("answer", laptop_answer(world), "note", "x", hlc, world.laptop_id)]
    bad = crafted_return(world, tmp_path / "stamp.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "clock stamp")


# Values against their columns ----------------------------------------------------------------
@pytest.mark.parametrize(
    "table, field, value, fragment",
    [
        ("answer", "note", 5, "must be text"),
        ("answer", "self_value", "x" * 201, "201 characters long, more than the 200"),
        ("answer", "note", None, "must not be empty"),
        ("answer", "note", [[[["deep"]]]], "nested structure"),
        ("answer", "deleted", "yes", "must be true or false"),
        ("problem", "status", "bogus", "not one of"),
        ("problem", "deadline", "2026-13-45", "not a valid date"),
        ("problem", "deadline", 20260101, "must be a date"),
        ("inspection", "locked", 1, "must be true or false"),
        ("answer", "no_such_field", "x", "unknown field"),
        ("no_such_table", "note", "x", "unknown table"),
    ],
)
def test_wrong_values_refuse_the_package_naming_record_and_field(
    world: World, tmp_path: Path, table: str, field: str, value, fragment: str
) -> None:
    row = laptop_answer(world)
    lines = [entry(table, row, field, value, now_stamp(world.laptop_id), world.laptop_id)]
    bad = crafted_return(world, tmp_path / "typed.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], fragment)
    if table != "no_such_table":
        refused(world.office_dir, [bad], f"({table} record {row}")


def test_deeply_nested_json(world: World, tmp_path: Path, reading: None) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    line = json.dumps(
        {
            "t": "answer",
            "r": laptop_answer(world),
            "f": "note",
            "v": deep,
            "h": now_stamp(world.laptop_id),
            "o": world.laptop_id,
            "b": "",
        }
    )
    bad = crafted_return(world, tmp_path / "deep.dudao", [changes_member([line])])
    refused(world.office_dir, [bad], "not valid JSON")
    bad = crafted_return(world, tmp_path / "deep-line.dudao", [changes_member([deep])])
    refused(world.office_dir, [bad], "damaged or was altered (changes line 1)")


def test_non_utf8_bytes(world: World, tmp_path: Path, reading: None) -> None:
    good = entry(
        "answer", laptop_answer(world), "note", "x", now_stamp(world.laptop_id), world.laptop_id
    )
    data = good.encode() + b"\n" + b'{"t": "answer", "v": "\xff\xfe"}\n'
    bad = crafted_return(world, tmp_path / "latin.dudao", [("changes.jsonl", data, "file")])
    refused(world.office_dir, [bad], "line 2 of its changes is not UTF-8")


def test_one_huge_value_is_refused(world: World, tmp_path: Path) -> None:
    row, hlc = laptop_answer(world), now_stamp(world.laptop_id)
    over_line = [entry("answer", row, "note", "x" * (9 * 1024 * 1024), hlc, world.laptop_id)]
    bad = crafted_return(world, tmp_path / "line.dudao", [changes_member(over_line)])
    refused(world.office_dir, [bad], "longer than 8388608 bytes")
    over_value = [entry("answer", row, "note", "字" * 1_000_001, hlc, world.laptop_id)]
    bad = crafted_return(world, tmp_path / "value.dudao", [changes_member(over_value)])
    refused(world.office_dir, [bad], "1000001 characters long")


# One record per natural key --------------------------------------------------------------------
def test_answer_under_a_random_id_is_refused(world: World, tmp_path: Path) -> None:
    lap = open_database(world.laptop_dir)
    with lap.Session() as s:
        answer = s.get(Answer, laptop_answer(world))
        inspection, item = answer.inspection_id, answer.item_id
    lap.dispose()
    row, hlc = str(uuid.uuid4()), now_stamp(world.laptop_id)
    lines = [
        entry("answer", row, "inspection_id", inspection, hlc, world.laptop_id),
        entry("answer", row, "item_id", item, hlc, world.laptop_id),
        entry("answer", row, "self_value", "no", hlc, world.laptop_id),
    ]
    bad = crafted_return(world, tmp_path / "dup.dudao", [changes_member(lines)])
    refused(world.office_dir, [bad], "does not match its inspection_id, item_id")
    moved = [
        entry("answer", laptop_answer(world), "item_id", str(uuid.uuid4()), hlc, world.laptop_id)
    ]
    bad = crafted_return(world, tmp_path / "move.dudao", [changes_member(moved)])
    refused(world.office_dir, [bad], "does not match")


# Evidence, storage and the database file ----------------------------------------------------
def test_refused_package_adopts_no_evidence(world: World, tmp_path: Path) -> None:
    blob = b"photo of a signboard"
    sha = hashlib.sha256(blob).hexdigest()
    hlc = now_stamp(world.office_id)
    lines = [entry("answer", laptop_answer(world), "note", "x", hlc, world.office_id)]
    bad = crafted_return(
        world, tmp_path / "blob.dudao", [changes_member(lines), (f"blobs/{sha}", blob, "file")]
    )
    refused(world.office_dir, [bad], "claims were made elsewhere")
    assert not list((world.office_dir / "evidence").rglob(sha))
    assert not any((world.office_dir / "staging").iterdir())


def test_verify_reports_orphan_files_and_bad_stored_values(world: World) -> None:
    from dudao_desktop.db.blobs import BlobStore
    from dudao_desktop.progress import run_to_end
    from dudao_desktop.services.integrity import verify

    office = open_database(world.office_dir)
    orphan = BlobStore(office.evidence_dir).path_for("c" * 64)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"left behind")
    with office.engine.begin() as connection:  # as another program might have written it
        connection.exec_driver_sql("UPDATE problem SET status = 'bogus' WHERE rowid = 1")
    report = run_to_end(verify(office))
    office.dispose()
    assert any("cccccccccccc" in f and "orphan" in f for f in report.findings), report.findings
    assert any("status" in f and "bogus" in f for f in report.findings), report.findings


@pytest.mark.parametrize("error, fragment", [(28, "is full"), (30, "cannot be written")])
def test_disk_full_or_read_only_folder(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, fragment: str
) -> None:
    import os

    from dudao_desktop.db.blobs import BlobStore

    def fail(*_args, **_kw):
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(BlobStore, "adopt", fail)
    blob = b"a photo"
    sha = hashlib.sha256(blob).hexdigest()
    lines = [
        entry(
            "answer", laptop_answer(world), "note", "x", now_stamp(world.laptop_id), world.laptop_id
        )
    ]
    package = crafted_return(
        world, tmp_path / "p.dudao", [changes_member(lines), (f"blobs/{sha}", blob, "file")]
    )
    refused(world.office_dir, [package], fragment)


def test_locked_database_waits_then_says_so(world: World) -> None:
    import sqlite3

    from dudao_desktop.paths import database_path

    office = open_database(world.office_dir)
    before = file_state(world.office_dir)
    other = sqlite3.connect(database_path(world.office_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        outcomes = import_files(office, [world.return1])
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
        office.dispose()
    assert outcomes[0].status == "refused"
    assert "in use by another program" in outcomes[0].message
    assert waited > 1  # it waited for the other program before giving up
    assert file_state(world.office_dir) == before
    with pytest.raises(DudaoError, match="in use by another program"):
        other = sqlite3.connect(database_path(world.office_dir), isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            open_database(world.office_dir)
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_a_bad_package_among_good_ones_is_refused_whole(
    world: World, tmp_path: Path, reading: None
) -> None:
    """One transaction for the batch, a savepoint per package: the bad one (a new answer
    under a random id, found only while applying) leaves nothing behind, not even its
    first, valid change or its evidence, and the good ones before and after it land."""
    lap2 = open_database(world.laptop2_dir)
    with lap2.session() as s:
        answer = s.execute(select(Answer).order_by(Answer.id)).scalars().first()
        answer.note = "核实：台账齐全"
        second_answer = answer.id
    good2 = return_package(lap2, tmp_path / "laptop-2-return.dudao")
    lap2.dispose()
    lap = open_database(world.laptop_dir)
    with lap.Session() as s:
        first = s.execute(select(Answer).order_by(Answer.id)).scalars().first()
        inspection, item = first.inspection_id, first.item_id
    lap.dispose()
    blob = b"photo of the duty roster"
    sha = hashlib.sha256(blob).hexdigest()
    row, hlc = str(uuid.uuid4()), now_stamp(world.laptop_id)
    lines = [
        entry("answer", first.id, "note", "bad package's note", hlc, world.laptop_id),
        entry("answer", row, "inspection_id", inspection, hlc, world.laptop_id),
        entry("answer", row, "item_id", item, hlc, world.laptop_id),
    ]
    bad = crafted_return(
        world, tmp_path / "bad.dudao", [changes_member(lines), (f"blobs/{sha}", blob, "file")]
    )
    office = open_database(world.office_dir)
    outcomes = import_files(office, [world.return1, bad, good2])
    try:
        assert [o.status for o in outcomes] == ["applied", "refused", "applied"], outcomes
        assert "does not match its inspection_id, item_id" in outcomes[1].message
        with office.Session() as s:
            notes = {
                a.id: a.note for a in s.execute(select(Answer).where(Answer.note != "")).scalars()
            }
            assert "checked on site" in notes.values()  # laptop 1's good package
            assert notes.get(second_answer) == "核实：台账齐全"  # laptop 2's
            assert "bad package's note" not in notes.values()
            assert s.get(Answer, row) is None
            assert not s.execute(select(ChangeLog).where(ChangeLog.row_id == row)).first()
            assert not s.execute(
                select(ChangeLog).where(ChangeLog.value == json.dumps("bad package's note"))
            ).first()
            from dudao_desktop.model import ImportReport, PackageRecord

            reports = s.execute(select(ImportReport.file_name)).scalars().all()
            assert sorted(reports) == sorted([world.return1.name, good2.name])
            received = s.execute(
                select(PackageRecord.file_name).where(PackageRecord.direction == "received")
            ).scalars()
            assert bad.name not in set(received)
        assert not list((world.office_dir / "evidence").rglob(sha))
        assert not any((world.office_dir / "staging").iterdir())
    finally:
        office.dispose()


def test_damaged_evidence_on_the_laptop_is_caught_by_the_office(
    world: World, tmp_path: Path
) -> None:
    """The export trusts the evidence store's content addresses (one hash pass, at the
    receiver): a stored photo damaged on the laptop after it was taken travels, and the
    office refuses the whole package naming the file."""
    from dudao_desktop.db.blobs import BlobStore
    from dudao_desktop.model import Evidence

    lap = open_database(world.laptop_dir)
    store = BlobStore(lap.evidence_dir)
    photo = tmp_path / "signboard.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the signboard " * 200)
    sha, size = store.put_file(photo)
    with lap.session() as s:
        from dudao_desktop.model import Inspection

        inspection = s.get(Inspection, s.get(Answer, laptop_answer(world)).inspection_id)
        s.add(
            Evidence(
                sha256=sha,
                size=size,
                original_name=photo.name,
                unit_id=inspection.unit_id,
                inspection_id=inspection.id,
            )
        )
    stored = store.path_for(sha)
    stored.chmod(0o600)
    damaged_bytes = bytearray(stored.read_bytes())
    damaged_bytes[100] ^= 0xFF
    stored.write_bytes(bytes(damaged_bytes))
    package = return_package(lap, tmp_path / "damaged.dudao")
    lap.dispose()
    refused(world.office_dir, [package], f"hash of blobs/{sha}")
    assert not list((world.office_dir / "evidence").rglob(sha))


def test_folder_import_goes_on_after_a_bad_file(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "a-broken.dudao").write_bytes(b"DUDAO\x00PK\x00\x00\x00\x05{{{{{")
    (folder / "b-good.dudao").write_bytes(world.return1.read_bytes())
    office = open_database(world.office_dir)
    outcomes = import_files(office, [folder])
    office.dispose()
    assert [(o.file, o.status) for o in outcomes] == [
        ("a-broken.dudao", "refused"),
        ("b-good.dudao", "applied"),
    ]
    assert "damaged" in outcomes[0].message


def test_interrupted_export_leaves_no_partial_file(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from dudao_desktop.errors import DudaoError
    from dudao_desktop.sync import contents

    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".laptop.dudao.x1y2.partial"  # what a killed export left
    killed.write_bytes(b"half")
    os.utime(killed, (time.time() - 3600, time.time() - 3600))
    lap = open_database(world.laptop_dir)
    with lap.session() as s:
        s.get(Answer, laptop_answer(world)).note = "again"

    def full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(contents.ContentWriter, "add_file", full)
    with pytest.raises(DudaoError, match="is full"):
        return_package(lap, out / "laptop.dudao")
    monkeypatch.undo()
    assert sorted(p.name for p in out.iterdir()) == []
    return_package(lap, out / "laptop.dudao")
    lap.dispose()
    assert sorted(p.name for p in out.iterdir()) == ["laptop.dudao"]


def test_disk_full_while_staging(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from dudao_desktop.sync import contents

    def full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(contents, "_stream_member", full)
    refused(world.office_dir, [world.return1], "is full")


def test_disk_full_while_making_staged_evidence_durable(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staged files are fsynced in the background; a failure there refuses the package
    like any other full disk, and nothing staged or adopted stays behind."""
    import os
    import stat

    from dudao_desktop.db import blobs

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # files fail, folders still sync
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(blobs.os, "fsync", fsync)
    blob = b"photo of the office door"
    sha = hashlib.sha256(blob).hexdigest()
    lines = [
        entry(
            "answer", laptop_answer(world), "note", "x", now_stamp(world.laptop_id), world.laptop_id
        )
    ]
    package = crafted_return(
        world, tmp_path / "p.dudao", [changes_member(lines), (f"blobs/{sha}", blob, "file")]
    )
    refused(world.office_dir, [package], "is full")
    assert not list((world.office_dir / "evidence").rglob(sha))
    assert not any((world.office_dir / "staging").iterdir())
