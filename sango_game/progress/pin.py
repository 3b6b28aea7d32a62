"""The teacher PIN, stored only as a salted scrypt hash.

``hash_pin("4821")`` gives a self-describing text (``scrypt$n$r$p$salt$hash``)
to keep in the database; ``verify_pin(pin, stored)`` checks a typed PIN against
it in constant time. A PIN is short, so the cost parameters make each guess
slow (about 50 ms); the classroom layer adds a pause after wrong tries.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PREFIX = "scrypt"


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{PREFIX}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` matches ``stored``; False for any malformed stored text."""
    if not stored:
        return False
    try:
        prefix, n, r, p, salt_hex, digest_hex = stored.split("$")
        if prefix != PREFIX:
            return False
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
        digest = _scrypt(pin, salt, int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        str(pin).encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024
    )
