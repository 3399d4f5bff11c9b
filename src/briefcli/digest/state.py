"""What earlier digests included, so ``--new-only`` repeats nothing.

A small SQLite database (by default in the user's state folder, from platformdirs).
An article counts as seen when its text, its link or its MinHash signature matches
one recorded (a re-published copy under a new headline is still seen). Recording
happens in one IMMEDIATE transaction together with writing the digest, so two runs
at once queue for the lock instead of corrupting anything, and a digest that could
not be written records nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..errors import StateError
from ..limits import STATE_LOCK_TIMEOUT
from .dedupe import SIMILAR_SIGNATURE, band_keys, estimated_jaccard

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    link TEXT,
    headline TEXT,
    signature BLOB NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_fingerprint ON articles(fingerprint);
CREATE INDEX IF NOT EXISTS articles_link ON articles(link);
CREATE TABLE IF NOT EXISTS bands (key TEXT NOT NULL, article INTEGER NOT NULL REFERENCES articles(id));
CREATE INDEX IF NOT EXISTS bands_key ON bands(key);
"""


def default_path() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir("brief", appauthor=False)) / "digest.sqlite"


class SeenStore:
    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=STATE_LOCK_TIMEOUT, isolation_level=None)
            self._set_up()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StateError(f"{path}: cannot use the state file ({exc})") from None

    def _set_up(self) -> None:
        """WAL mode and the tables. Switching to WAL does not wait for a lock held by a
        run that is creating the same file, so a busy answer is retried here."""
        deadline = time.monotonic() + STATE_LOCK_TIMEOUT
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")  # (its busy answer comes as sqlite3's own error)
                with self.transaction():
                    for statement in SCHEMA.strip().split(";"):
                        if statement.strip():
                            self.db.execute(statement)
                return
            except (StateError, sqlite3.OperationalError) as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (Ctrl-C included). Any
        SQLite failure inside (a read-only or corrupt file found while reading or
        recording, a failed commit) is a StateError: exit 8."""
        try:
            self._begin()
            try:
                yield
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot use the state file ({exc})") from None

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, waiting for another run's write lock. SQLite's busy timeout covers most
        waits, but in WAL mode a lock held while the other run sets the file up (or recovers its
        log) answers "locked" at once; nothing has happened yet, so it is retried until the timeout."""
        deadline = time.monotonic() + STATE_LOCK_TIMEOUT
        while True:
            try:
                self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def is_seen(self, fingerprint: str, link: str | None, signature: np.ndarray) -> bool:
        if self.db.execute("SELECT 1 FROM articles WHERE fingerprint = ? LIMIT 1", (fingerprint,)).fetchone():
            return True
        if link and self.db.execute("SELECT 1 FROM articles WHERE link = ? LIMIT 1", (link,)).fetchone():
            return True
        keys = band_keys(signature)
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT DISTINCT a.signature FROM bands b JOIN articles a ON a.id = b.article WHERE b.key IN ({marks})",
            keys,
        ).fetchall()
        return any(
            estimated_jaccard(np.frombuffer(blob, dtype=np.uint64), signature) >= SIMILAR_SIGNATURE for (blob,) in rows
        )

    def record(self, fingerprint: str, link: str | None, headline: str, signature: np.ndarray, when: str) -> None:
        cursor = self.db.execute(
            "INSERT INTO articles (fingerprint, link, headline, signature, seen_at) VALUES (?, ?, ?, ?, ?)",
            (fingerprint, link, headline, signature.astype(np.uint64).tobytes(), when),
        )
        self.db.executemany(
            "INSERT INTO bands (key, article) VALUES (?, ?)", [(k, cursor.lastrowid) for k in band_keys(signature)]
        )

    def close(self) -> None:
        self.db.close()
