"""The teacher PIN, stored only as a salted scrypt hash.

``hash_pin("4821")`` gives a self-describing text (``scrypt$n$r$p$salt$hash``)
to keep in the database; ``verify_pin(pin, stored)`` checks a typed PIN against
it in constant time. A PIN is short, so the cost parameters make each guess
slow (about 50 ms); the classroom layer adds a pause after wrong tries.

A stored hash may come from a damaged or hostile file, so ``verify_pin`` only
runs scrypt with parameters in a small range around what Sango writes
(``N`` a power of two from 2**10 to 2**15, ``r`` 1 to 8, ``p`` 1 or 2, salt 8 to
64 bytes, hash 16 to 64 bytes: at most 32 MiB and a fraction of a second).
Anything else (``n=2**30``, ``r=2**20``, ``p=1000``, a malformed text) is
refused at once as "no match", never run.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PREFIX = "scrypt"
N_RANGE = (2**10, 2**15)
R_RANGE = (1, 8)
P_RANGE = (1, 2)
SALT_RANGE = (8, 64)  # bytes
HASH_RANGE = (16, 64)  # bytes
STORED_MAX = 400  # characters of the whole stored text
_STORED = re.compile(r"scrypt\$([0-9]{1,6})\$([0-9]{1,2})\$([0-9]{1,2})\$([0-9a-f]+)\$([0-9a-f]+)")


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{PREFIX}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: object) -> bool:
    """True when ``pin`` matches ``stored``; False for any malformed stored text
    or cost parameters outside the accepted range (checked before scrypt runs)."""
    parsed = parse_stored(stored)
    if parsed is None:
        return False
    n, r, p, salt, expected = parsed
    try:
        digest = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def parse_stored(stored: object) -> tuple[int, int, int, bytes, bytes] | None:
    """``(n, r, p, salt, hash)`` of a stored text within the accepted range, else None."""
    if not isinstance(stored, str) or len(stored) > STORED_MAX:
        return None
    match = _STORED.fullmatch(stored)
    if match is None:
        return None
    n, r, p = (int(group) for group in match.groups()[:3])
    salt_hex, digest_hex = match.group(4), match.group(5)
    if len(salt_hex) % 2 or len(digest_hex) % 2:
        return None
    salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    in_range = (
        N_RANGE[0] <= n <= N_RANGE[1] and n & (n - 1) == 0
        and R_RANGE[0] <= r <= R_RANGE[1] and P_RANGE[0] <= p <= P_RANGE[1]
        and SALT_RANGE[0] <= len(salt) <= SALT_RANGE[1]
        and HASH_RANGE[0] <= len(expected) <= HASH_RANGE[1]
    )
    return (n, r, p, salt, expected) if in_range else None


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        str(pin).encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024
    )
