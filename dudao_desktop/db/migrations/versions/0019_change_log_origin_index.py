"""the change log's index on origin alone dropped: the (origin, stamp) index serves every
query by origin, and each index costs every merged change a b-tree insert

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 23:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_change_log_origin", table_name="change_log")


def downgrade() -> None:
    op.create_index("ix_change_log_origin", "change_log", ["origin"])
