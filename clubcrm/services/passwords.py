"""Password hashing with Argon2id (argon2-cffi's defaults: RFC 9106's low-memory
profile). Only the PHC string (algorithm, parameters, salt, hash) is stored."""

from __future__ import annotations

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


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with older parameters (rehashed at the next sign-in)."""
    return HASHER.check_needs_rehash(stored)
