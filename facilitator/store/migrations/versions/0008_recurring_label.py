"""an official's heading and area for a recurring group, stored against each member statement

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

Groups are recomputed (threshold, filters), so they have no id of their own; `recurring_label` holds the heading
and the area an official gave a group on each statement the group held then (facilitator.operations.grouping).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recurring_label",
        sa.Column("item_id", sa.String(36), nullable=False),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("area", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_recurring_label_item_id_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_recurring_label")),
    )


def downgrade() -> None:
    op.drop_table("recurring_label")
