"""a note of each erasure of a person (RODO art. 17), without the person's name

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The erasure itself removes the name; this table keeps only when it happened and how much it touched,
so an official can show that a request was carried out.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meetings", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )


def downgrade() -> None:
    op.drop_table("erasure")
