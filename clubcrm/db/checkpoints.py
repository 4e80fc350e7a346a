"""Copying the write-ahead log back into the database file off the writers' path.

SQLite checkpoints inside the commit that brings the WAL past 1,000 pages. A
check-in writes ~22 pages (ledger, operation, visit and their indexes), so one
in ~45 paid for a checkpoint of the whole log and its fsync: 10-20 ms, the
desk's p99. Here a thread of the process checkpoints (PASSIVE: it never waits
for nor blocks readers and writers) soon after a commit (of any connection,
as `PRAGMA data_version` tells), so the log stays short and a commit rarely
finds it past the limit. SQLite's own checkpoint stays as the safety net.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger("clubcrm.db")

INTERVAL_S = 0.1


class WalCheckpointer:
    """One daemon thread per open database, started by its first write."""

    def __init__(self, path: Path, *, interval_s: float = INTERVAL_S) -> None:
        self._path = path
        self._wal = Path(f"{path}-wal")
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def ensure_started(self) -> None:
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="clubcrm-wal-checkpoint")
                self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        connection: sqlite3.Connection | None = None
        seen = None
        try:
            while not self._stop.wait(self._interval_s):
                if connection is None:
                    if not self._wal.exists():
                        continue  # nothing written yet
                    connection = sqlite3.connect(self._path, isolation_level=None)
                    connection.execute("PRAGMA synchronous=FULL")
                # Changes whenever another connection has committed since the last
                # look (a commit racing the checkpoint is caught at the next look).
                version = connection.execute("PRAGMA data_version").fetchone()[0]
                if version != seen:
                    seen = version
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:  # the file went away or broke: SQLite's own checkpoints go on
            log.warning("background checkpoints of %s stopped: %s", self._path, exc)
        finally:
            if connection is not None:
                connection.close()
