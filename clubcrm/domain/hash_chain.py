"""Hash chains for append-only history (the audit log now, the ledger next).

Each row's hash covers its own content and the previous row's hash, so an
edited, removed or reordered row breaks every hash after it: `verify` can
show that no history was changed since it was written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

GENESIS = "0" * 64  # the "previous hash" of the first row


def chain_hash(prev_hash: str, content: Sequence[object]) -> str:
    """sha256 over the previous hash and a canonical JSON form of `content`."""
    canonical = json.dumps(list(content), ensure_ascii=False, separators=(",", ":"),
                           default=str)
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The result of walking a chain: how many rows, and the first that does not fit."""

    rows: int
    first_broken: int | None = None  # the id of the first row whose hashes do not match

    @property
    def ok(self) -> bool:
        return self.first_broken is None
