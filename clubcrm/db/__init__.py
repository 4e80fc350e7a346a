"""Storage: SQLAlchemy models, the engine with its pragmas, migrations, queries."""
