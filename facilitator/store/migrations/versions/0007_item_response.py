"""the office's answer to each statement (consultation report): position, justification, programme paragraph

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

One row per answered statement; a statement without a row has no position yet ("bez stanowiska").
Deleting the statement deletes its answer.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_response",
        sa.Column("item_id", sa.String(36), nullable=False),
        sa.Column("position", sa.String(16), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("paragraph", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("position IN ('accepted', 'partly_accepted', 'not_accepted')",
                           name=op.f("ck_item_response_position")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_item_response_item_id_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_response")),
    )
    op.create_index(op.f("ix_item_response_position"), "item_response", ["position"])


def downgrade() -> None:
    op.drop_index(op.f("ix_item_response_position"), table_name="item_response")
    op.drop_table("item_response")
