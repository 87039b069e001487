"""Whole sync flows through the ``dudao`` command: five laptops and back, kill safety, memory."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.db.blobs import BlobStore
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import (
    Answer,
    Assignment,
    ChangeLog,
    Evidence,
    Inspection,
    InspectionGroup,
    PackageRecord,
    Problem,
)
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import integrity, packages
from dudao_desktop.sync.entries import ENTRY_COLUMNS, from_row
from dudao_desktop.sync.merge import apply_entries


def dudao(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def set_up_laptop(office: Path, laptop: Path, name: str, group: int) -> Path:
    """The real set-up through ``dudao``: the laptop makes its keys and request, the office
    enrols it for the group with the fingerprint read out, exports its field package, and
    the laptop imports it. Returns the field package."""
    dudao(laptop, "init", "--role", "field", "--name", name)
    request = laptop.with_name(f"{laptop.name}-request.json")
    shown = dudao(laptop, "enrol", "request", "--out", str(request)).stdout
    fingerprint = shown.rsplit(": ", 1)[1].strip()
    assert fingerprint == dudao(laptop, "enrol", "fingerprint").stdout.strip()
    dudao(office, "enrol", "add", str(request), "--group", str(group), "--fingerprint", fingerprint)
    field = laptop.with_name(f"{laptop.name}-field.dudao")
    dudao(office, "package", "export", "--group", str(group), "--laptop", name, "--out", str(field))
    dudao(laptop, "package", "import", str(field))
    return field


def office_and_laptop(tmp_path: Path, units: int) -> tuple[Path, Path]:
    """An office with a demo campaign of ``units`` units, and a laptop enrolled for group 1
    that imported its field package."""
    office = tmp_path / "office"
    dudao(office, "demo", "--units", str(units))
    laptop = tmp_path / "laptop"
    set_up_laptop(office, laptop, "laptop", 1)
    return office, laptop


def received_packages(session) -> int:
    return session.execute(
        select(func.count()).select_from(PackageRecord).where(PackageRecord.direction == "received")
    ).scalar_one()


def work_on_laptop(data_dir: Path, number: int, evidence_bytes: int = 3000) -> dict[str, object]:
    """Answers, a problem and evidence for every unit the laptop's package gave it."""
    database = open_database(data_dir)
    store = BlobStore(database.evidence_dir)
    made: dict[str, object] = {"problems": [], "evidence": [], "answers": []}
    source = data_dir / "photo.bin"
    try:
        with database.session() as s:
            inspections = list(s.execute(select(Inspection).order_by(Inspection.id)).scalars())
            for index, inspection in enumerate(inspections[:3]):
                inspection.step = "on_site"
                answers = list(
                    s.execute(select(Answer).where(Answer.inspection_id == inspection.id)).scalars()
                )
                for answer in answers[:5]:
                    answer.verified_value = "no"
                    answer.note = f"laptop {number} checked"
                    made["answers"].append(answer.id)  # type: ignore[union-attr]
                problem = Problem(
                    unit_id=inspection.unit_id,
                    campaign_id=inspection.campaign_id,
                    year=2026,
                    category="duties",
                    description=f"laptop {number} problem {index}",
                )
                s.add(problem)
                s.flush()
                payload = f"evidence of laptop {number} unit {index} ".encode() * (
                    evidence_bytes // 30
                )
                source.write_bytes(payload)
                sha, size = store.put_file(source)
                evidence = Evidence(
                    sha256=sha,
                    size=size,
                    original_name=f"photo-{number}-{index}.jpg",
                    media_kind="photo",
                    unit_id=inspection.unit_id,
                    inspection_id=inspection.id,
                    problem_id=problem.id,
                    captured_at=datetime(2026, 3, 20, 10, index),
                )
                s.add(evidence)
                s.flush()
                made["problems"].append(problem.id)  # type: ignore[union-attr]
                made["evidence"].append((evidence.id, sha))  # type: ignore[union-attr]
    finally:
        database.dispose()
    return made


def test_five_laptops_round_trip(tmp_path: Path) -> None:
    office = tmp_path / "office"
    dudao(office, "demo", "--units", "100")
    returns = tmp_path / "returns"
    returns.mkdir()
    made = []
    fields = {}
    for number in range(1, 6):
        laptop = tmp_path / f"laptop{number}"
        fields[number] = set_up_laptop(office, laptop, f"laptop {number}", number)
        made.append(work_on_laptop(laptop, number))
        dudao(laptop, "package", "export", "--out", str(returns / f"return{number}.dudao"))
        # A laptop never exports field packages, and sees only its group's units.
        refused = dudao(laptop, "package", "export", "--group", "2", "--out", "x", check=False)
        assert refused.returncode == 1 and "made at the office" in refused.stderr
        database = open_database(laptop)
        with database.Session() as s:
            groups = s.execute(select(func.count()).select_from(InspectionGroup)).scalar_one()
            units = {u for (u,) in s.execute(select(Assignment.unit_id))}
        database.dispose()
        assert groups == 1 and len(units) < 100

    # Laptop 1 is handed group 2's field package: it cannot read it.
    held = dudao(tmp_path / "laptop1", "package", "import", str(fields[2]), check=False)
    assert held.returncode == 1 and "made for another installation" in held.stdout

    files = sorted(returns.glob("*.dudao"))
    random.Random(5).shuffle(files)
    shutil.copy(files[2], returns / "copy-of-a-return.dudao")
    preview = dudao(office, "package", "import", "--dry-run", *map(str, files))
    assert preview.stdout.count("would import") == 5
    result = dudao(office, "package", "import", str(returns))
    assert result.stdout.count(": imported") == 5
    assert result.stdout.count("already imported") == 1

    # Laptop 3 is lost: the office revokes it and enrols its replacement for group 3.
    dudao(office, "enrol", "revoke", "laptop 3", "--reason", "lost on the way back")
    late = tmp_path / "late-from-lost-laptop.dudao"
    database = open_database(tmp_path / "laptop3")
    with database.session() as s:
        answer = s.execute(select(Answer).order_by(Answer.id)).scalars().first()
        answer.note = "written by whoever found the laptop"
    database.dispose()
    dudao(tmp_path / "laptop3", "package", "export", "--out", str(late))
    stolen = dudao(office, "package", "import", str(late), check=False)
    assert stolen.returncode == 1 and "was revoked on" in stolen.stdout
    set_up_laptop(office, tmp_path / "laptop3b", "laptop 3b", 3)
    replacement = work_on_laptop(tmp_path / "laptop3b", 33)
    dudao(tmp_path / "laptop3b", "package", "export", "--out", str(tmp_path / "r3b.dudao"))
    assert ": imported" in dudao(office, "package", "import", str(tmp_path / "r3b.dudao")).stdout
    made[2] = replacement
    listed = dudao(office, "enrol", "list").stdout
    assert "revoked" in listed and "lost on the way back" in listed and "laptop 3b" in listed

    # Laptop 1 copies group 2's records into its own database (as a hostile inspector with
    # Python could) and changes one of group 2's answers: that change is refused and
    # reported, its own new work still arrives.
    hostile = open_database(tmp_path / "laptop1")
    other = open_database(tmp_path / "laptop2")
    with other.Session() as s:
        theirs = [from_row(r) for r in s.execute(select(*ENTRY_COLUMNS).order_by(ChangeLog.seq))]
        target = s.execute(select(Answer.id).order_by(Answer.id)).scalars().first()
    other.dispose()
    with hostile.session() as s:
        apply_entries(s, theirs, datetime.now())
    with hostile.session() as s:
        s.get(Answer, target).note = "rewritten by group 1"
        own = s.execute(select(Answer).where(Answer.note == "laptop 1 checked")).scalars().first()
        own.note = "laptop 1 checked twice"
        own_id = own.id
    hostile.dispose()
    sneaky = tmp_path / "sneaky.dudao"
    dudao(tmp_path / "laptop1", "package", "export", "--out", str(sneaky))
    database = open_database(office)
    with database.Session() as s:
        before = s.get(Answer, target).note
    database.dispose()
    outcome = dudao(office, "package", "import", str(sneaky)).stdout
    assert f"refused: answer {target}: belongs to a unit outside" in outcome

    database = open_database(office)
    store = BlobStore(database.evidence_dir)
    with database.Session() as s:
        assert s.get(Answer, target).note == before != "rewritten by group 1"
        assert s.get(Answer, own_id).note == "laptop 1 checked twice"
        for number, work in enumerate(made, start=1):
            label = 33 if number == 3 else number
            for answer_id in work["answers"]:  # type: ignore[union-attr]
                answer = s.get(Answer, answer_id)
                expected = {f"laptop {label} checked", "laptop 1 checked twice"}
                assert answer is not None and answer.note in expected
            for problem_id in work["problems"]:  # type: ignore[union-attr]
                assert s.get(Problem, problem_id) is not None
            for evidence_id, sha in work["evidence"]:  # type: ignore[union-attr]
                assert s.get(Evidence, evidence_id) is not None and store.check(sha) == "ok"
            described = s.execute(
                select(func.count())
                .select_from(Problem)
                .where(Problem.description.like(f"laptop {label} problem %"))
            ).scalar_one()
            assert described == 3
        # Every answer exactly once: one row per inspection and item.
        per_key = s.execute(
            select(Answer.inspection_id, Answer.item_id)
            .group_by(Answer.inspection_id, Answer.item_id)
            .having(func.count() > 1)
        ).all()
        assert per_key == []
        assert (
            s.execute(
                select(func.count())
                .select_from(Answer)
                .where(Answer.note == "written by whoever found the laptop")
            ).scalar_one()
            == 0
        )
        duplicates = s.execute(
            select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.field, ChangeLog.hlc)
            .group_by(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.field, ChangeLog.hlc)
            .having(func.count() > 1)
        ).all()
        assert duplicates == []
        assert received_packages(s) == 7
    report = run_to_end(integrity.verify(database))
    database.dispose()
    assert report.ok, report.findings
    reports = dudao(office, "package", "report").stdout
    assert reports.count("evidence received 3") == 6


def _kill_fixture(tmp_path: Path) -> tuple[Path, Path, int]:
    """An office and a return package with many changes and some evidence."""
    office, laptop = office_and_laptop(tmp_path, 60)
    work_on_laptop(laptop, 1, evidence_bytes=400_000)
    database = open_database(laptop)
    with database.session() as s:
        for answer in s.execute(select(Answer)).scalars():
            answer.note = "verified again"
    database.dispose()
    package = tmp_path / "return.dudao"
    dudao(laptop, "package", "export", "--out", str(package))
    database = open_database(laptop)
    with database.Session() as s:
        me = database.installation_id
        count = s.execute(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.origin == me)
        ).scalar_one()
    database.dispose()
    return office, package, count


def _state(office: Path, laptop_entries: int) -> str:
    database = open_database(office)
    try:
        report = run_to_end(integrity.verify(database))
        assert report.ok, report.findings
        with database.Session() as s:
            origins = dict(
                s.execute(select(ChangeLog.origin, func.count()).group_by(ChangeLog.origin)).all()
            )
            records = received_packages(s)
        foreign = {o: n for o, n in origins.items() if o != database.installation_id}
        if not foreign:
            assert records == 0
            return "none"
        assert list(foreign.values()) == [laptop_entries] and records == 1
        return "all"
    finally:
        database.dispose()


def test_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    runs = int(os.environ.get("DUDAO_KILL_RUNS", "10"))
    pristine, package, laptop_entries = _kill_fixture(tmp_path)
    started = time.monotonic()
    dudao(tmp_path / "timing", "init", "--role", "office", "--name", "x")
    shutil.rmtree(tmp_path / "timing")
    shutil.copytree(pristine, tmp_path / "timing")
    started = time.monotonic()
    dudao(tmp_path / "timing", "package", "import", str(package))
    duration = time.monotonic() - started
    rng = random.Random(int(os.environ.get("DUDAO_KILL_SEED", "7")))
    seen = {"none": 0, "all": 0}
    for run in range(runs):
        office = tmp_path / f"run{run}"
        shutil.copytree(pristine, office)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dudao_desktop.cli",
                "--data-dir",
                str(office),
                "package",
                "import",
                str(package),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen[_state(office, laptop_entries)] += 1
        database = open_database(office)
        outcome = run_to_end(packages.import_packages(database, [package]))[0]
        database.dispose()
        assert outcome.status in ("applied", "already"), outcome.message
        assert _state(office, laptop_entries) == "all"
        shutil.rmtree(office)
    print(f"\nSIGKILL runs: {runs}, import took {duration:.2f} s, outcomes after kill: {seen}")


MEASURE = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from peak_memory import peak_rss_kb
from dudao_desktop.cli import main
code = main(sys.argv[1:])
print("MAXRSS_KB", peak_rss_kb())
sys.exit(code)
"""


def _measured(data_dir: Path, *args: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if x.startswith("MAXRSS_KB")][0]
    return int(line.split()[1]) // 1024


def _memory_round(tmp_path: Path, megabytes: int) -> tuple[int, int]:
    office, laptop = office_and_laptop(tmp_path, 20)
    database = open_database(laptop)
    store = BlobStore(database.evidence_dir)
    source = tmp_path / "video.bin"
    files = max(1, megabytes // 256)
    with database.session() as s:
        inspection = s.execute(select(Inspection)).scalars().first()
        for index in range(files):
            with source.open("wb") as handle:
                for _ in range(megabytes // files):
                    handle.write(os.urandom(1024 * 1024))
            sha, size = store.put_file(source)
            s.add(
                Evidence(
                    sha256=sha,
                    size=size,
                    original_name=f"video{index}.mp4",
                    media_kind="video",
                    unit_id=inspection.unit_id,
                    inspection_id=inspection.id,
                )
            )
    source.unlink()
    database.dispose()
    package = tmp_path / "return.dudao"
    export_mb = _measured(laptop, "package", "export", "--out", str(package))
    import_mb = _measured(office, "package", "import", str(package))
    assert package.stat().st_size > megabytes * 1024 * 1024
    return export_mb, import_mb


def test_memory_flat_small(tmp_path: Path) -> None:
    export_mb, import_mb = _memory_round(tmp_path, 16)
    print(f"\npeak RSS with 16 MB of evidence: export {export_mb} MB, import {import_mb} MB")
    assert export_mb < 250 and import_mb < 250


@pytest.mark.slow
def test_memory_flat_for_a_gigabyte(tmp_path: Path) -> None:
    megabytes = int(os.environ.get("DUDAO_MEMORY_MB", "1024"))
    export_mb, import_mb = _memory_round(tmp_path, megabytes)
    print(
        f"\npeak RSS with {megabytes} MB of evidence: export {export_mb} MB, import {import_mb} MB"
    )
    assert export_mb < 250 and import_mb < 250


def test_enrolment_refusals_through_the_command(tmp_path: Path) -> None:
    office = tmp_path / "office"
    dudao(office, "demo", "--units", "12")
    laptop = tmp_path / "laptop"
    dudao(laptop, "init", "--role", "field", "--name", "第二组笔记本")
    request = tmp_path / "request.json"
    dudao(laptop, "enrol", "request", "--out", str(request))
    wrong = dudao(
        office, "enrol", "add", str(request), "--group", "2", "--fingerprint", "AAAA",
        check=False,
    )  # fmt: skip
    assert wrong.returncode == 1 and "does not match the keys in the request" in wrong.stderr
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\xff" * 100)
    bad = dudao(
        office, "enrol", "add", str(junk), "--group", "2", "--fingerprint", "x", check=False
    )
    assert bad.returncode == 1 and "is not a laptop's enrolment request" in bad.stderr
    unknown = dudao(office, "enrol", "revoke", "nobody", "--reason", "lost", check=False)
    assert unknown.returncode == 1 and "No single enrolled laptop" in unknown.stderr
    assert "第二组笔记本" not in dudao(office, "enrol", "list").stdout
