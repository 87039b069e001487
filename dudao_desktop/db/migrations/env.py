"""Alembic environment: runs on the connection handed over by ``db.migrate``."""

from alembic import context

from dudao_desktop.db.text_index import include_name
from dudao_desktop.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,  # the text index is not in the models
)
with context.begin_transaction():
    context.run_migrations()
