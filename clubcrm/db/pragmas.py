"""How every connection to a club database is set up.

A module of its own, free of SQLAlchemy, so that the worker processes that
check a big ledger start in a fraction of the time.
"""

BUSY_TIMEOUT_MS = 10_000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Deleted or overwritten content is zeroed, not left in free pages: an
    # anonymised member's phone must not stay readable in the file.
    "PRAGMA secure_delete=ON",
)
