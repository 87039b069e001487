"""Units by kind: establishment and leader posts per kind, unit particulars and status,
office-added vocabulary terms, real-name persons and remembered column layouts.

Existing rows keep every figure: the single staff figure stays ``actual_staff`` (the total,
whose kind is unknown until a roster by kind is imported), the leader-post totals stay, and
the older kinds agency/institution/township stay valid kinds.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-04 14:16:03.161179
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "column_layout",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_layout")),
        sa.UniqueConstraint("signature", name=op.f("uq_column_layout_signature")),
    )
    op.create_table(
        "realname_person",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("unit_uscc", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("id_masked", sa.String(length=20), nullable=False),
        sa.Column("establishment_kind", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("body", sa.String(length=100), nullable=False),
        sa.Column("post", sa.String(length=100), nullable=False),
        sa.Column("leader_post", sa.String(length=20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("approval_no", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_realname_person")),
    )
    with op.batch_alter_table("realname_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_realname_person_id_hash"), ["id_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_realname_person_month"), ["month"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_realname_person_unit_uscc"), ["unit_uscc"], unique=False
        )

    op.create_table(
        "vocabulary_term",
        sa.Column("vocabulary", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("group_key", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocabulary_term")),
        sa.UniqueConstraint("vocabulary", "name", name="uq_vocabulary_term_name"),
    )
    with op.batch_alter_table("establishment_snapshot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("figures_by_kind", sa.Text(), server_default="", nullable=False)
        )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("level", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("funding", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("founding_doc_no", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("founding_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("regulation_doc_no", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("regulation_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), server_default="active", nullable=False)
        )
        batch_op.add_column(sa.Column("status_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "establishment_institution_cg", sa.Integer(), server_default="0", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("establishment_worker", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("establishment_special", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_admin", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_law", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_institution_cg", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_institution", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_worker", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("actual_special", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("staff_outside", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leader_principal_approved", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leader_principal_actual", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leader_deputy_approved", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leader_deputy_actual", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("internal_bodies_approved", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "internal_leader_posts_approved", sa.Integer(), server_default="0", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column(
                "internal_leader_posts_actual", sa.Integer(), server_default="0", nullable=False
            )
        )
        batch_op.alter_column(
            "kind",
            existing_type=sa.VARCHAR(length=20),
            type_=sa.String(length=40),
            existing_nullable=False,
        )
        batch_op.create_index(batch_op.f("ix_unit_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_status"))
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=40),
            type_=sa.VARCHAR(length=20),
            existing_nullable=False,
        )
        batch_op.drop_column("internal_leader_posts_actual")
        batch_op.drop_column("internal_leader_posts_approved")
        batch_op.drop_column("internal_bodies_approved")
        batch_op.drop_column("leader_deputy_actual")
        batch_op.drop_column("leader_deputy_approved")
        batch_op.drop_column("leader_principal_actual")
        batch_op.drop_column("leader_principal_approved")
        batch_op.drop_column("staff_outside")
        batch_op.drop_column("actual_special")
        batch_op.drop_column("actual_worker")
        batch_op.drop_column("actual_institution")
        batch_op.drop_column("actual_institution_cg")
        batch_op.drop_column("actual_law")
        batch_op.drop_column("actual_admin")
        batch_op.drop_column("establishment_special")
        batch_op.drop_column("establishment_worker")
        batch_op.drop_column("establishment_institution_cg")
        batch_op.drop_column("status_date")
        batch_op.drop_column("status")
        batch_op.drop_column("regulation_date")
        batch_op.drop_column("regulation_doc_no")
        batch_op.drop_column("founding_date")
        batch_op.drop_column("founding_doc_no")
        batch_op.drop_column("funding")
        batch_op.drop_column("level")

    with op.batch_alter_table("establishment_snapshot", schema=None) as batch_op:
        batch_op.drop_column("figures_by_kind")
    op.drop_table("vocabulary_term")
    with op.batch_alter_table("realname_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_realname_person_unit_uscc"))
        batch_op.drop_index(batch_op.f("ix_realname_person_month"))
        batch_op.drop_index(batch_op.f("ix_realname_person_id_hash"))

    op.drop_table("realname_person")
    op.drop_table("column_layout")
