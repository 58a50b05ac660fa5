"""Console accounts, passwords, sessions and the guards around signing in.

Passwords: scrypt (RFC 7914) with a random salt, parameters stored with the hash so they can be
raised later without invalidating old ones. Sessions: a random token in a signed, HttpOnly,
SameSite=strict cookie; the database keeps only the token's SHA-256, so a stolen backup does not
sign anyone in, and logout deletes the row, so a copied cookie dies with it. Guessing is slowed
twice: per account (a growing lock after repeated failures) and per client address (in memory).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from integration.models import ConsoleSession, ConsoleUser, utcnow
from integration.settings import Settings

ROLES = ("viewer", "operator", "privacy", "admin")
PERMISSIONS: dict[str, frozenset[str]] = {
    # Everyone who may sign in sees the operational state, with identifiers masked.
    "viewer": frozenset({"view"}),
    # Operators act on the pipeline but never see identifiers: replay needs no PHI.
    "operator": frozenset({"view", "replay"}),
    # Privacy officers may unmask (each time audited) and read the audit trail, but not act.
    "privacy": frozenset({"view", "unmask", "audit"}),
    "admin": frozenset({"view", "replay", "unmask", "audit", "users"}),
}
ROLE_HELP = {
    "viewer": "sees dashboards, journal, jobs, drafts and dead letters; identifiers masked",
    "operator": "viewer + replays dead letters (one or in bulk)",
    "privacy": "viewer + may show identifiers (every view audited) + reads the audit trail",
    "admin": "all of the above + the user list",
}

MIN_PASSWORD_LENGTH = 12
# scrypt at N=2^15, r=8, p=1: 32 MiB and some tens of milliseconds per check, affordable for a small
# API container during a burst of sign-ins; the parameters are stored with each hash, so they can
# be raised later without resetting anyone's password. The per-account lock bounds online guessing.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**15, 8, 1, 32
_MAXMEM = 64 * 1024 * 1024

MAX_FAILURES_BEFORE_LOCK = 5
LOCK_BASE_S, LOCK_MAX_S = 30.0, 900.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=_MAXMEM, dklen=SCRYPT_LEN
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = _unb64(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=_unb64(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# Checked against when the account does not exist, so that an unknown name costs the same time as a
# wrong password and response times do not reveal which accounts exist.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def check_password_policy(password: str, name: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if name.lower() in password.lower():
        raise ValueError("the password must not contain the user name")


def create_user(session: Session, name: str, role: str, password: str) -> ConsoleUser:
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise ValueError("the user name must be 1-100 characters without spaces")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose from {', '.join(ROLES)}")
    if session.scalar(select(ConsoleUser.id).where(ConsoleUser.name == name)) is not None:
        raise ValueError(f"a console user named {name!r} already exists")
    check_password_policy(password, name)
    user = ConsoleUser(name=name, role=role, password_hash=hash_password(password), failed_logins=0)
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, name: str) -> ConsoleUser:
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.name == name))
    if user is None:
        raise ValueError(f"no console user named {name!r}")
    return user


def set_password(session: Session, name: str, password: str) -> None:
    user = get_user(session, name)
    check_password_policy(password, name)
    user.password_hash, user.failed_logins, user.locked_until = hash_password(password), 0, None
    # A new password ends every session signed in with the old one.
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))


def set_role(session: Session, name: str, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose from {', '.join(ROLES)}")
    get_user(session, name).role = role


def disable_user(session: Session, name: str) -> None:
    user = get_user(session, name)
    user.disabled_at = utcnow()
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))


def enable_user(session: Session, name: str) -> None:
    user = get_user(session, name)
    user.disabled_at, user.failed_logins, user.locked_until = None, 0, None


# --- signing in ------------------------------------------------------------------------------------


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands timestamps back without their zone; they were written in UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=utcnow().tzinfo)


@dataclass(frozen=True)
class SignIn:
    user: ConsoleUser | None
    retry_after_s: float = 0.0  # > 0: the account is locked for this long


def authenticate(session: Session, name: str, password: str) -> SignIn:
    """Check a name and password; counts failures and locks the account after too many."""
    now = utcnow()
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.name == name.strip()))
    if user is None or user.disabled_at is not None:
        verify_password(password, _DUMMY_HASH)
        return SignIn(None)
    locked_until = _aware(user.locked_until)
    if locked_until is not None and locked_until > now:
        return SignIn(None, (locked_until - now).total_seconds())
    if not verify_password(password, user.password_hash):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES_BEFORE_LOCK:
            lock = min(LOCK_BASE_S * 2 ** (user.failed_logins - MAX_FAILURES_BEFORE_LOCK), LOCK_MAX_S)
            user.locked_until = now + timedelta(seconds=lock)
        return SignIn(None)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    return SignIn(user)


class AddressThrottle:
    """Failed sign-ins per client address in a sliding window (per process, in memory).

    The per-account lock stops guessing one password; this stops one address from spraying a
    common password over many accounts.
    """

    def __init__(self, max_failures: int = 20, window_s: float = 300.0) -> None:
        self.max_failures, self.window_s = max_failures, window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, address: str, now: float) -> deque[float]:
        q = self._failures.setdefault(address, deque())
        while q and q[0] <= now - self.window_s:
            q.popleft()
        return q

    def retry_after(self, address: str) -> float:
        now = time.monotonic()
        with self._lock:
            q = self._prune(address, now)
            if len(q) < self.max_failures:
                return 0.0
            return max(q[0] + self.window_s - now, 1.0)

    def failed(self, address: str) -> None:
        with self._lock:
            self._prune(address, time.monotonic()).append(time.monotonic())
            if len(self._failures) > 10_000:  # bound memory under a spray from many addresses
                oldest = min(self._failures, key=lambda a: self._failures[a][-1] if self._failures[a] else 0.0)
                del self._failures[oldest]

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)


# --- sessions --------------------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def sign(secret: bytes, token: str) -> str:
    return f"{token}.{_b64(hmac.new(secret, token.encode('ascii'), hashlib.sha256).digest())}"


def unsign(secret: bytes, value: str | None) -> str | None:
    if not value or "." not in value:
        return None
    token, _, signature = value.rpartition(".")
    try:
        expected = _b64(hmac.new(secret, token.encode("ascii"), hashlib.sha256).digest())
    except UnicodeEncodeError:
        return None
    return token if hmac.compare_digest(signature, expected) else None


def start_session(session: Session, user: ConsoleUser, settings: Settings) -> str:
    """A new session for ``user``; returns the token the cookie carries (signed by the caller)."""
    now = utcnow()
    # Sessions that ran out are removed here rather than by a job: sign-ins are rare and cheap.
    session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hash=_token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(hours=settings.console_session_hours),
        )
    )
    return token


@dataclass(frozen=True)
class Principal:
    """The signed-in user as the pages see it."""

    user_id: int
    name: str
    role: str
    csrf_token: str

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    @property
    def actor(self) -> str:
        return f"console:{self.name}"


def load_session(session: Session, token: str, settings: Settings) -> Principal | None:
    row = session.scalar(select(ConsoleSession).where(ConsoleSession.token_hash == _token_hash(token)))
    if row is None:
        return None
    now = utcnow()
    expires, seen = _aware(row.expires_at), _aware(row.last_seen_at)
    assert expires is not None
    assert seen is not None
    if expires <= now or seen + timedelta(minutes=settings.console_idle_minutes) <= now:
        session.delete(row)
        return None
    user = session.get(ConsoleUser, row.user_id)
    if user is None or user.disabled_at is not None:
        session.delete(row)
        return None
    if now - seen > timedelta(seconds=30):
        row.last_seen_at = now  # not on every request: one write per page view is not worth it
    return Principal(user.id, user.name, user.role, row.csrf_token)


def end_session(session: Session, token: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _token_hash(token)))
