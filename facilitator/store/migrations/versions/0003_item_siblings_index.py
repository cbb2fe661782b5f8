"""index items by section, parent and position (siblings in order)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Adding an item to a section that already holds thousands reads max(position) among its siblings;
this index answers that (and every reorder) without scanning the section.
A plain CREATE INDEX: no table rebuild, so the search triggers of 0002 stay in place.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_item_siblings", "item", ["section_id", "parent_id", "position"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_item_siblings", table_name="item")
