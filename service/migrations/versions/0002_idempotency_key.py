"""One correction per idempotency key: a double click stores one row.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("corrections") as batch:  # SQLite cannot add a constraint in place
        batch.add_column(sa.Column("idempotency_key", sa.String(128), nullable=True))
    op.create_index("ix_corrections_idempotency_key", "corrections", ["idempotency_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_corrections_idempotency_key", table_name="corrections")
    with op.batch_alter_table("corrections") as batch:
        batch.drop_column("idempotency_key")
