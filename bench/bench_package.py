"""Export and import a return package holding 1 GB of evidence.

Set-up (not timed): a small demo office, a laptop set up from group 1's field package, and
evidence files of random bytes (256 MB each) on the laptop.

Work: ``services.packages.export_return_package`` (hash, tar, AES-GCM, sign) and then
``services.packages.import_packages`` into a fresh copy of the office (decrypt, verify,
stage, move into the evidence store, merge). Floor: the same evidence files copied into a
stored (uncompressed) zip with ``zipfile``, and read back out of it. Budget (DESIGN.md):
< 1.5x.

Run: ``python bench/bench_package.py [megabytes]`` (default 1024; ``--quick``: 128).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from _floor import compare
from sqlalchemy import select

from dudao_desktop.db.blobs import BlobStore
from dudao_desktop.model import Evidence, Inspection
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import packages
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.enrolment import enrol, own_request
from dudao_desktop.services.installation import init_installation

BUDGET = 1.5


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = int(args[0]) if args else (128 if "--quick" in sys.argv else 1024)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        office = create_demo(root / "office", units=20)
        field = root / "field.dudao"
        laptop = init_installation(root / "laptop", "field", "bench laptop")
        request = own_request(laptop)
        enrol(office, request, "1", request.fingerprint)
        run_to_end(packages.export_field_package(office, "1", field))
        office.dispose()
        run_to_end(packages.import_packages(laptop, [field]))
        store = BlobStore(laptop.evidence_dir)
        files = max(1, megabytes // 256)
        blob_paths = []
        source = root / "video.bin"
        with laptop.session() as s:
            inspection = s.execute(select(Inspection)).scalars().first()
            for index in range(files):
                with source.open("wb") as handle:
                    for _ in range(megabytes // files):
                        handle.write(os.urandom(1024 * 1024))
                sha, size = store.put_file(source)
                blob_paths.append(store.path_for(sha))
                s.add(
                    Evidence(
                        sha256=sha,
                        size=size,
                        original_name=f"video{index}.mp4",
                        unit_id=inspection.unit_id,
                        inspection_id=inspection.id,
                    )
                )
        source.unlink()
        counter = {"n": 0}

        def work() -> None:
            counter["n"] += 1
            out = root / f"return{counter['n']}.dudao"
            run_to_end(packages.export_return_package(laptop, out, everything=True))
            target = root / f"office-copy{counter['n']}"
            shutil.copytree(root / "office", target)
            from dudao_desktop.db.opening import open_database

            database = open_database(target)
            outcome = run_to_end(packages.import_packages(database, [out]))[0]
            database.dispose()
            assert outcome.status == "applied", outcome.message
            out.unlink()
            shutil.rmtree(target)

        def floor() -> None:
            archive = root / "floor.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
                for path in blob_paths:
                    zf.write(path, f"blobs/{path.name}")
            unpack = root / "floor"
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(unpack)
            archive.unlink()
            shutil.rmtree(unpack)

        code = compare(f"package export + import, {megabytes} MB of evidence", work, floor, BUDGET)
        laptop.dispose()
        return code


if __name__ == "__main__":
    sys.exit(main())
