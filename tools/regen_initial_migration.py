"""Regenerate revision 0001 from the models (only while 0001 is the sole revision).

Usage: python tools/regen_initial_migration.py
"""

import tempfile
from pathlib import Path

from alembic import command

from dudao_desktop.db.engine import make_engine
from dudao_desktop.db.migrate import MIGRATIONS, alembic_config

versions = MIGRATIONS / "versions"
existing = sorted(p for p in versions.glob("*.py"))
if [p.name[:4] for p in existing] not in ([], ["0001"]):
    raise SystemExit("Later revisions exist: write a new revision instead.")
for path in existing:
    path.unlink()
with tempfile.TemporaryDirectory() as tmp:
    engine = make_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite3'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, "initial schema", autogenerate=True, rev_id="0001")
    engine.dispose()
