"""API keys: random, shown once, stored as SHA-256 hashes.

Keys carry 256 bits of entropy, so a fast hash is the right tool (as for GitHub tokens): a slow
password hash protects guessable secrets, which these are not, and would cost every request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration.models import ApiKey, utcnow

PREFIX = "mgb_"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create(session: Session, name: str) -> str:
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise ValueError(f"an API key named {name!r} already exists; pick another name or revoke it first")
    key = PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, prefix=key[:12], key_hash=_hash(key)))
    session.flush()
    return key


def verify(session: Session, key: str) -> ApiKey | None:
    """The active key row for ``key``, or None. Compares digests in constant time."""
    digest = _hash(key)
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == key[:12], ApiKey.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    row.last_used_at = utcnow()
    return row


def revoke(session: Session, name: str) -> bool:
    row = session.scalar(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None)))
    if row is None:
        return False
    row.revoked_at = utcnow()
    return True
