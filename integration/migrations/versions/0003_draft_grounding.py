"""draft grounding: citation map and kept reasoning

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        # Drafts made before grounding existed have no citation map: an empty object, not NULL, so
        # readers need not tell the two apart.
        batch_op.add_column(sa.Column("citations", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column("reasoning", sa.Text(), nullable=True))
    # The server default only fills the existing rows; the model supplies the value from now on.
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.alter_column("citations", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("reasoning")
        batch_op.drop_column("citations")
