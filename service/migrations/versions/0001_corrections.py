"""Create the corrections table.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.Column("model_version", sa.String(64), nullable=True),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("text_chars", sa.Integer, nullable=True),
        sa.Column("predicted_status", sa.String(16), nullable=True),
        sa.Column("predicted_level", sa.String(16), nullable=True),
        sa.Column("predicted_method", sa.String(48), nullable=True),
        sa.Column("correct_label", sa.String(16), nullable=False),
        sa.Column("correct_level", sa.String(16), nullable=True),
        sa.Column("correct_method", sa.String(48), nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("lang", sa.String(2), nullable=True),
    )
    op.create_index("ix_corrections_request_id", "corrections", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_corrections_request_id", table_name="corrections")
    op.drop_table("corrections")
