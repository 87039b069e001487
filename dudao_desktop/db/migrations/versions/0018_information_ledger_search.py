"""warnings and monthly snapshots searched through the text index; a unit's last month read
from an index

Revision ID: 0018
Revises: 0014
Create Date: 2026-12-04 20:51:11
"""

from collections.abc import Sequence

from alembic import op

from dudao_desktop.db import text_index

revision: str = "0018"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW = ("warning", "establishment_snapshot")


def upgrade() -> None:
    op.create_index(
        "ix_establishment_snapshot_unit_last",
        "establishment_snapshot",
        ["unit_id", "deleted", "month"],
    )
    # The new text indexes, filled from the rows there are; triggers keep them in step.
    text_index.ensure(op.get_bind())


def downgrade() -> None:
    text_index.drop(op.get_bind(), NEW)
    op.drop_index("ix_establishment_snapshot_unit_last", table_name="establishment_snapshot")
