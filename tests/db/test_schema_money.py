from pathlib import Path

from sqlalchemy import Float, Numeric

from clubcrm.db.models import Base


def test_no_float_columns() -> None:
    """Money is integer fen: no column anywhere is a float, real or decimal."""
    floats = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, (Float, Numeric))
    ]
    assert floats == []


def test_no_real_in_migrations() -> None:
    """No migration creates a REAL/Float/Numeric column either."""
    versions = Path(__file__).parents[2] / "clubcrm" / "db" / "migrations" / "versions"
    for script in versions.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        for word in ("sa.Float", "sa.Numeric", "REAL", "sa.DECIMAL"):
            assert word not in source, f"{script.name} uses {word}"
