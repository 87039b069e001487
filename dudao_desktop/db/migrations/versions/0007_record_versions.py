"""Version column for optimistic concurrency on problems and approval matters.

Existing records start at version 1.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 14:29:04.234416
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('approval_matter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))

    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_column('version')

    with op.batch_alter_table('approval_matter', schema=None) as batch_op:
        batch_op.drop_column('version')
