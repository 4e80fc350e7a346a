"""Password hashing with Argon2id (argon2-cffi's defaults: RFC 9106's low-memory
profile). Only the PHC string (algorithm, parameters, salt, hash) is stored."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Module-level so tests can swap in cheaper parameters (still Argon2id).
HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when `password` matches; a damaged hash simply does not match."""
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def spend_verify_time(password: str) -> None:
    """Verify against a throw-away hash, so that an unknown user name takes as long
    as a wrong password and the timing does not tell which names exist."""
    verify_password(_throwaway_hash(), password)


@functools.cache
def _throwaway_hash() -> str:
    return hash_password("not anybody's password")


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with older parameters (rehashed at the next sign-in)."""
    return HASHER.check_needs_rehash(stored)
