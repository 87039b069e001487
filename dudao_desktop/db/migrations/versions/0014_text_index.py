"""text index for the search boxes: FTS5 trigram tables on SQLite, pg_trgm on PostgreSQL

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-04 17:30:00
"""

from collections.abc import Sequence

from alembic import op

from dudao_desktop.db import text_index

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Created and filled from the rows there are; triggers keep it in step from here on.
    text_index.install(op.get_bind())


def downgrade() -> None:
    text_index.drop(op.get_bind())
