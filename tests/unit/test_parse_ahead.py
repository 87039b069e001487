"""Packages' changes read ahead in a worker process: the same entries, batches and refusals
as reading them in this process, and reading here when the worker is gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from dudao_desktop.errors import DudaoError
from dudao_desktop.model.natural import natural_id
from dudao_desktop.sync import parse_ahead
from dudao_desktop.sync.entries import batches, read_entries
from dudao_desktop.sync.parse_ahead import ParseAhead

pytestmark = pytest.mark.skipif(not parse_ahead.can_fork(), reason="reads ahead only by fork")

NODE = "laptop-7"
ROW = "5d0c6f55-3b1e-4f43-9a51-7c2f0a3e9b11"


def line(row: str, field: str, value, hlc: str, base: str = "") -> str:
    record = {"t": "answer", "r": row, "f": field, "v": json.dumps(value, ensure_ascii=False)}
    return json.dumps({**record, "h": hlc, "o": NODE, "b": base, "u": "王晓明"}, ensure_ascii=False)


def changes(path: Path, rows: int, bad: str | None = None) -> Path:
    """A staged change list of ``rows`` answers (four fields each, one save per row), with
    the line ``bad`` in the middle when given."""
    lines = []
    for n in range(rows):
        row, hlc = str(uuid.UUID(int=n + 1)), f"{1_780_000_000_000 + n:015d}.000000.{NODE}"
        lines += [
            line(row, "verified_value", "是" if n % 3 else "否", hlc, f"{n:015d}.000001.office"),
            line(row, "note", f"现场核实：查阅台账第{n % 50 + 1}页", hlc),
            line(row, "deleted", False, hlc),
            line(row, "self_value", str(n), hlc),
        ]
        if bad is not None and n == rows // 2:
            lines.append(bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def always(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_ahead, "MIN_BYTES", 0)


def test_the_worker_reads_what_this_process_reads(always, tmp_path: Path) -> None:
    # the second: 24,000 entries, read and merged as two batches
    files = [changes(tmp_path / f"{n}.jsonl", rows) for n, rows in enumerate((3, 6000, 1))]
    feed = ParseAhead()
    sizes: dict[str, list[int]] = {}
    try:
        numbers = [feed.add(path, path.name) for path in files]
        assert feed._pool is not None  # the worker is reading, not this process
        for number, path in zip(numbers, files, strict=True):
            ahead = [batch.entries for batch in feed.batches(number)]
            here = list(batches(read_entries(path, path.name)))
            assert [len(b) for b in ahead] == [len(b) for b in here]
            assert ahead == here  # every item, decoded values included
            assert (path.with_name(path.stem + ".entries")).exists()
            sizes[path.name] = [len(b) for b in ahead]
    finally:
        feed.close()
    assert sizes == {"0.jsonl": [12], "1.jsonl": [20_000, 4_000], "2.jsonl": [4]}
    flat = ahead[0]
    assert flat[2].data is False and flat[3].data == "0"  # deleted, self_value decoded


@pytest.mark.parametrize(
    "bad, fragment",
    [
        ('{"t": "answer"', "changes line 13"),
        (line(ROW, "note", 5, f"{1:015d}.000000.{NODE}"), "must be text"),
        (line(ROW, "deleted", "yes", f"{1:015d}.000000.{NODE}"), "true or false"),
        (line(ROW, "note", "x", f"{1:015d}.0000x0.{NODE}"), "clock stamp"),
    ],
)
def test_a_refusal_from_the_worker_reads_as_one_from_here(
    always, tmp_path: Path, bad: str, fragment: str
) -> None:
    path = changes(tmp_path / "bad.jsonl", 5, bad)
    with pytest.raises(DudaoError) as here:
        list(read_entries(path, "bad.dudao"))
    feed = ParseAhead()
    try:
        number = feed.add(path, "bad.dudao")
        with pytest.raises(DudaoError) as ahead:
            list(feed.batches(number))
    finally:
        feed.close()
    assert str(ahead.value) == str(here.value)
    assert fragment in str(ahead.value) and "bad.dudao" in str(ahead.value)


def _die(changes: str, file: str) -> None:
    os._exit(9)


def test_a_dead_worker_leaves_the_reading_to_this_process(
    always, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(parse_ahead, "_read", _die)
    path = changes(tmp_path / "one.jsonl", 50)
    feed = ParseAhead()
    try:
        number = feed.add(path, "one.dudao")
        entries = [e for batch in feed.batches(number) for e in batch.entries]
    finally:
        feed.close()
    assert entries == list(read_entries(path, "one.dudao"))
    assert len(entries) == 200


def test_small_batches_are_read_here(tmp_path: Path) -> None:
    path = changes(tmp_path / "small.jsonl", 10)
    feed = ParseAhead()
    try:
        assert len(list(feed.batches(feed.add(path, "small.dudao")))[0].entries) == 40
        assert feed._pool is None and not path.with_suffix(".entries").exists()
    finally:
        feed.close()


def test_the_worker_finds_the_records_whose_natural_key_is_not_proven(
    always, tmp_path: Path
) -> None:
    inspection, item, hlc = str(uuid.uuid4()), str(uuid.uuid4()), f"{1:015d}.000000.{NODE}"
    right = natural_id("answer", {"inspection_id": inspection, "item_id": item})
    wrong, moved = str(uuid.uuid4()), str(uuid.uuid4())
    path = tmp_path / "keys.jsonl"
    path.write_text(
        "\n".join(
            [
                line(right, "inspection_id", inspection, hlc),  # a new answer under its id
                line(right, "item_id", item, hlc),
                line(wrong, "inspection_id", inspection, hlc),  # under another id
                line(wrong, "item_id", item, hlc),
                line(moved, "item_id", item, hlc),  # part of a stored key changed
            ]
        ),
        encoding="utf-8",
    )
    feed = ParseAhead()
    try:
        (batch,) = feed.batches(feed.add(path, "keys.dudao"))
    finally:
        feed.close()
    assert batch.unproven == {
        ("answer", wrong): {"inspection_id": {inspection}, "item_id": {item}},
        ("answer", moved): {"item_id": {item}},
    }


KEEP_READING = """
import sys, time
from pathlib import Path
from dudao_desktop.sync import parse_ahead
parse_ahead.MIN_BYTES = 0
feed = parse_ahead.ParseAhead()
feed.add(Path(sys.argv[1]), "one.dudao")
print(*feed._pool._processes, flush=True)
time.sleep(60)
"""


def ended(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status  # exited, waiting for its new parent to collect it


def test_the_worker_of_a_killed_import_ends_too(tmp_path: Path) -> None:
    path = changes(tmp_path / "one.jsonl", 50)
    with subprocess.Popen(
        [sys.executable, "-c", KEEP_READING, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    ) as importer:
        assert importer.stdout is not None
        (worker,) = map(int, importer.stdout.readline().split())
        assert not ended(worker)
        importer.kill()  # as SIGKILL or a dying laptop would
    deadline = time.monotonic() + 10
    while not ended(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ended(worker)
