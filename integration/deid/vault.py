"""Encrypted storage of a job's placeholder mapping (Fernet: AES-128-CBC + HMAC-SHA256).

The mapping is the only place where placeholders meet real identifiers, so it is sealed as one
authenticated blob: a wrong key or a tampered row fails loudly instead of restoring garbage.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from integration.errors import PermanentError

__all__ = ["Vault", "VaultError", "load_or_create_key"]

_FORMAT_VERSION = 1


class VaultError(PermanentError):
    """A sealed mapping could not be opened (wrong key, tampered, expired or malformed)."""

    code = "vault"


class Vault:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @staticmethod
    def generate_key() -> bytes:
        return Fernet.generate_key()

    def seal(self, mapping: Mapping[str, str], extra: Mapping[str, Any] | None = None) -> bytes:
        """Encrypt ``mapping`` plus JSON-serialisable ``extra`` (e.g. the date shift, the policy)."""
        payload = {"v": _FORMAT_VERSION, "mapping": dict(mapping), "extra": dict(extra or {})}
        return self._fernet.encrypt(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())

    def open(self, token: bytes, *, ttl_seconds: int | None = None) -> tuple[dict[str, str], dict[str, Any]]:
        """Decrypt a sealed token; ``ttl_seconds`` additionally refuses tokens older than that."""
        try:
            raw = self._fernet.decrypt(token, ttl=ttl_seconds)
        except InvalidToken:
            raise VaultError("vault token cannot be opened: wrong key, tampered or expired") from None
        payload = json.loads(raw)
        if not isinstance(payload, dict) or payload.get("v") != _FORMAT_VERSION:
            raise VaultError("vault token has an unknown format version")
        mapping = payload.get("mapping")
        extra = payload.get("extra")
        if not isinstance(mapping, dict) or not isinstance(extra, dict):
            raise VaultError("vault token payload is malformed")
        return {str(k): str(v) for k, v in mapping.items()}, extra


def load_or_create_key(path: Path) -> bytes:
    """Read the Fernet key at ``path``, creating it (mode 0600, parents as needed) if absent."""
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Fernet.generate_key()
        try:
            # O_EXCL: two workers starting together must not each write a different key.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            key = path.read_bytes().strip()
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(key + b"\n")
            return key
    Fernet(key)  # fail at start-up on a malformed key, not at the first seal
    return key
