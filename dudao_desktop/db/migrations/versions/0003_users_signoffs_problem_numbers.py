"""Users and sign-offs (grade approval), problem ledger numbers and closing (销号).

Existing rows get empty texts for the new columns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 14:36:24.170670
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('user_account',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('approves_closing', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('updated_hlc', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column('self_assessment_waiver', sa.Text(), nullable=False, server_default='')
        )

    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_problem_number'), ['number'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_number'))
        batch_op.drop_column('closed_by')
        batch_op.drop_column('closed_on')
        batch_op.drop_column('number')

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_column('self_assessment_waiver')
        batch_op.drop_column('approved_at')
        batch_op.drop_column('approved_by')

    op.drop_table('user_account')
