"""Document settings (版头, 版记), per-year document number counters and the register of issued numbers.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-04 14:19:41.701756
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('document_counter',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('next_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_counter')),
    sa.UniqueConstraint('kind', 'year', name='uq_document_counter_kind_year')
    )
    op.create_table('document_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_document_setting'))
    )
    op.create_table('issued_document',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document')),
    sa.UniqueConstraint('kind', 'year', 'serial', name='uq_issued_document_kind_year_serial')
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_document_subject_id'), ['subject_id'], unique=False)




def downgrade() -> None:
    
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_subject_id'))
        batch_op.drop_index(batch_op.f('ix_issued_document_campaign_id'))

    op.drop_table('issued_document')
    op.drop_table('document_setting')
    op.drop_table('document_counter')

