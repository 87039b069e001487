"""Export and import a return package holding 1 GB of evidence, as large files and as photos.

Set-up (not timed): a small demo office, a laptop set up from group 1's field package, and
evidence of random bytes on the laptop, in one such set-up per shape: a few large files
(256 MB each, video) or 512 photo-sized files (2 MB each).

Work (timed per shape): ``services.packages.export_return_package`` (tar, AES-GCM, sign,
fsync the package) and then ``services.packages.import_packages`` into a fresh copy of the
office made before the clock starts (decrypt, check signature and hashes, stage, make the
staged evidence durable, move it into the evidence store, merge, commit).

Floor: the same evidence files written into a stored (uncompressed) zip with ``zipfile`` and
the zip fsynced once, as the export fsyncs its package; then the zip extracted and the
extracted files made durable as the import makes its evidence durable (each file fsynced,
side by side with ``db.blobs.Flusher``, its folder once), so both sides put the same bytes on
disk the same number of times. Budget: < 1.3x, per shape, on the median of paired runs.

Run: ``python bench/bench_package.py [--quick] [--pairs N] [megabytes]`` (default 1024;
``--quick``: 128).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from _floor import pair_runs, verdict
from sqlalchemy import select

from dudao_desktop.db.blobs import BlobStore, Flusher
from dudao_desktop.db.engine import Database
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Evidence, Inspection
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import packages
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.enrolment import enrol, own_request
from dudao_desktop.services.installation import init_installation

BUDGET = 1.3
PHOTO_MB = 2
VIDEO_MB = 256


def set_up(root: Path) -> Database:
    """The office (``root/office``) and a laptop set up from group 1's field package."""
    office = create_demo(root / "office", units=20)
    field = root / "field.dudao"
    laptop = init_installation(root / "laptop", "field", "bench laptop")
    request = own_request(laptop)
    enrol(office, request, "1", request.fingerprint)
    run_to_end(packages.export_field_package(office, "1", field))
    office.dispose()
    run_to_end(packages.import_packages(laptop, [field]))
    return laptop


def add_evidence(laptop: Database, root: Path, files: int, megabytes: int) -> list[Path]:
    """``files`` evidence files of ``megabytes`` random MB each; their store paths."""
    store = BlobStore(laptop.evidence_dir)
    source = root / "capture.bin"
    paths = []
    with laptop.session() as s:
        inspection = s.execute(select(Inspection)).scalars().first()
        for _ in range(files):
            with source.open("wb") as handle:
                for _mb in range(megabytes):
                    handle.write(os.urandom(1024 * 1024))
            sha, size = store.put_file(source)
            paths.append(store.path_for(sha))
            s.add(
                Evidence(
                    sha256=sha,
                    size=size,
                    original_name=f"{sha[:8]}.{'jpg' if megabytes < 10 else 'mp4'}",
                    unit_id=inspection.unit_id,
                    inspection_id=inspection.id,
                )
            )
    source.unlink()
    return paths


def measure(root: Path, laptop: Database, name: str, blob_paths: list[Path], pairs: int) -> int:
    counter = {"n": 0}

    def work() -> float:
        counter["n"] += 1
        out = root / f"return{counter['n']}.dudao"
        target = root / f"office-copy{counter['n']}"
        shutil.copytree(root / "office", target)
        start = time.perf_counter()
        run_to_end(packages.export_return_package(laptop, out, everything=True))
        database = open_database(target)
        outcome = run_to_end(packages.import_packages(database, [out]))[0]
        took = time.perf_counter() - start
        database.dispose()
        if outcome.status != "applied" or outcome.evidence_received != len(blob_paths):
            raise RuntimeError(f"the package was not applied whole: {outcome}")
        out.unlink()
        shutil.rmtree(target)
        return took

    def floor() -> float:
        archive = root / "floor.zip"
        unpack = root / "floor"
        start = time.perf_counter()
        with archive.open("wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as zf:
                for path in blob_paths:
                    zf.write(path, f"blobs/{path.name}")
            handle.flush()
            os.fsync(handle.fileno())
        unpack.mkdir()
        flusher = Flusher()
        try:
            with zipfile.ZipFile(archive) as zf:
                for info in zf.infolist():
                    target = unpack / Path(info.filename).name
                    with zf.open(info) as source:
                        out = target.open("wb")
                        shutil.copyfileobj(source, out, 1024 * 1024)
                        flusher.submit(out)
            flusher.submit_dirs([unpack])
            flusher.wait()
        finally:
            flusher.close()
        took = time.perf_counter() - start
        archive.unlink()
        shutil.rmtree(unpack)
        return took

    return verdict(name, pair_runs(work, floor, pairs), BUDGET)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=int, help="evidence per shape (1024)")
    parser.add_argument("--quick", action="store_true", help="128 MB per shape")
    parser.add_argument("--pairs", type=int, default=5, help="paired runs (at least 5)")
    options = parser.parse_args()
    megabytes = options.megabytes or (128 if options.quick else 1024)
    shapes = [
        (f"{max(1, megabytes // VIDEO_MB)} large files", max(1, megabytes // VIDEO_MB)),
        (f"{megabytes // PHOTO_MB} photos", megabytes // PHOTO_MB),
    ]
    code = 0
    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        for index, (label, files) in enumerate(shapes):
            root = Path(tmp) / str(index)
            laptop = set_up(root)
            paths = add_evidence(laptop, root, files, megabytes // files)
            name = f"package export + import, {megabytes} MB of evidence as {label}"
            code |= measure(root, laptop, name, paths, options.pairs)
            laptop.dispose()
            shutil.rmtree(root)
    return code


if __name__ == "__main__":
    sys.exit(main())
