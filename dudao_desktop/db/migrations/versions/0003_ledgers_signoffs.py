"""The ledgers' working columns, accountability records and progress updates, users and
sign-offs (grade approval, 销号), problem numbers, approval changes by kind.

Existing rows get empty texts, zero changes and no dates in the new columns.

Revision ID: 0003
Revises: 0005
Create Date: 2026-12-04 14:55:15.073867
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0005'
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
    op.create_table('accountability_record',
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('document_number', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('updated_hlc', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_accountability_record_problem_id_problem')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_accountability_record_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accountability_record'))
    )
    with op.batch_alter_table('accountability_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accountability_record_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accountability_record_unit_id'), ['unit_id'], unique=False)

    op.create_table('problem_progress',
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('updated_hlc', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_progress_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_progress'))
    )
    with op.batch_alter_table('problem_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_progress_problem_id'), ['problem_id'], unique=False)

    with op.batch_alter_table('approval_matter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('request_number', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('received_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('handling_section', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('handler', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('requested_admin', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('requested_institution', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('requested_law', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('requested_posts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approved_admin', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approved_institution', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approved_law', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approved_posts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('decision_level', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('decided_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('outcome', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reply_number', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reply_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('applied_to_unit_on', sa.Date(), nullable=True))

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('self_assessment_waiver', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('approved_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('found_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('figure', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('responsible_unit', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('supervising_section', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('supervisor', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('feedback_number', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('delivered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('received_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('lookback_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('number', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('source_kind', sa.String(length=20), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_problem_number'), ['number'], unique=False)

    with op.batch_alter_table('warning', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handled_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('handled_on', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('warning', schema=None) as batch_op:
        batch_op.drop_column('handled_on')
        batch_op.drop_column('handled_by')

    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_number'))
        batch_op.drop_column('source_kind')
        batch_op.drop_column('closed_by')
        batch_op.drop_column('closed_on')
        batch_op.drop_column('number')
        batch_op.drop_column('lookback_by')
        batch_op.drop_column('received_by')
        batch_op.drop_column('delivered_on')
        batch_op.drop_column('feedback_number')
        batch_op.drop_column('supervisor')
        batch_op.drop_column('supervising_section')
        batch_op.drop_column('responsible_unit')
        batch_op.drop_column('figure')
        batch_op.drop_column('found_on')

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_column('approved_at')
        batch_op.drop_column('approved_by')
        batch_op.drop_column('self_assessment_waiver')

    with op.batch_alter_table('approval_matter', schema=None) as batch_op:
        batch_op.drop_column('applied_to_unit_on')
        batch_op.drop_column('reply_on')
        batch_op.drop_column('reply_number')
        batch_op.drop_column('outcome')
        batch_op.drop_column('decided_on')
        batch_op.drop_column('decision_level')
        batch_op.drop_column('approved_posts')
        batch_op.drop_column('approved_law')
        batch_op.drop_column('approved_institution')
        batch_op.drop_column('approved_admin')
        batch_op.drop_column('requested_posts')
        batch_op.drop_column('requested_law')
        batch_op.drop_column('requested_institution')
        batch_op.drop_column('requested_admin')
        batch_op.drop_column('handler')
        batch_op.drop_column('handling_section')
        batch_op.drop_column('received_on')
        batch_op.drop_column('request_number')
        batch_op.drop_column('category')

    with op.batch_alter_table('problem_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_progress_problem_id'))

    op.drop_table('problem_progress')
    with op.batch_alter_table('accountability_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accountability_record_unit_id'))
        batch_op.drop_index(batch_op.f('ix_accountability_record_problem_id'))

    op.drop_table('accountability_record')
    op.drop_table('user_account')
