"""Approval changes by kind: the establishment kinds, 正职/副职, 内设机构 and 内设机构领导职数
requested and approved, as the unit keeps its figures.

Existing matters keep every value: administrative, political-legal and public-institution
changes keep their columns, and the single leader-post figure stays the change whose 正/副
split is not given (``requested_posts``/``approved_posts``), as the unit migration 0004
kept the single leader-post figures as totals of unknown split. The new kinds start at 0.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04 15:41:10.310530
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The kinds new in this revision (written out: a revision never follows later models).
NEW_KINDS = (
    "institution_cg",
    "worker",
    "special",
    "principal",
    "deputy",
    "internal_bodies",
    "internal_leader_posts",
)
SIDES = ("requested", "approved")


def upgrade() -> None:
    with op.batch_alter_table("approval_matter", schema=None) as batch_op:
        for side in SIDES:
            for kind in NEW_KINDS:
                batch_op.add_column(
                    sa.Column(f"{side}_{kind}", sa.Integer(), server_default="0", nullable=False)
                )


def downgrade() -> None:
    with op.batch_alter_table("approval_matter", schema=None) as batch_op:
        for side in SIDES:
            for kind in NEW_KINDS:
                batch_op.drop_column(f"{side}_{kind}")
