"""The one SQLite database of newsread: the library of articles, the analysis cache and the
reader's annotations (DESIGN.md, "Where things live" and "Annotations are never lost").

Durability and sharing, chosen once for the whole file:

- WAL journal, so a reader never blocks a writer and two newsread processes can have the same
  database open; every write takes the lock up front (``BEGIN IMMEDIATE``) and waits up to
  ``BUSY_TIMEOUT_MS`` for the other process instead of failing on the first collision.
- ``synchronous=FULL``: each commit is fsynced before the call returns. WAL with ``NORMAL``
  already survives a killed process, but a power cut may take back the last commits, and the
  UI says "saved" the moment ``add_annotation`` returns. Writes are one per user action (an
  annotation, an opened article, one analysis), so the extra fsync is never felt.
- Each change is one transaction, committed before the method returns.
- A file that is not ours is never touched: the SQLite header is checked before connecting,
  a foreign or newer schema is refused, and a data dir or file we may not write is opened
  read-only (reading works, saving says why it cannot).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from tui.errors import NewsreadError
from tui.model import Annotation, Article
from tui.paths import database_path
from tui.store.anchoring import reanchor

SQLITE_HEADER = b"SQLite format 3\x00"
STDIN_INPUT = "-"  # the input of every article piped in: it names none of them
BUSY_TIMEOUT_MS = 10_000

# MIGRATIONS[n] takes a database from schema version n to n + 1, in one transaction.
# Append only: a released migration is never edited, so every old file upgrades the same way.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            title TEXT, source TEXT, byline TEXT, published TEXT, url TEXT, input TEXT,
            paragraphs TEXT NOT NULL,
            styles TEXT NOT NULL,
            first_opened TEXT NOT NULL,
            last_read TEXT NOT NULL,
            saved TEXT NOT NULL
        )""",
        "CREATE INDEX articles_input ON articles(input, saved)",
        "CREATE INDEX articles_last_read ON articles(last_read)",
        """CREATE TABLE analyses (
            article_id TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            model TEXT NOT NULL,
            data BLOB NOT NULL,
            saved TEXT NOT NULL,
            PRIMARY KEY (article_id, engine_version, model)
        )""",
        # No foreign key to articles: annotations outlive the article's row (remove_article
        # keeps them, a changed text gives a new article id) and are re-anchored later.
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            input TEXT, url TEXT, title TEXT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            note TEXT NOT NULL,
            tags TEXT NOT NULL,
            color TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            orphan INTEGER NOT NULL
        )""",
        "CREATE INDEX annotations_article ON annotations(article_id)",
        "CREATE INDEX annotations_input ON annotations(input)",
    ),
    (
        # Which entries of a feed have been opened; a feed is its URL or absolute path.
        """CREATE TABLE feed_entries_read (
            feed TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            read TEXT NOT NULL,
            PRIMARY KEY (feed, entry_id)
        )""",
    ),
    (
        # Verdicts on claims and corrections of the analysis (tui.review, tui.store.reviews):
        # anchored like annotations (the same columns), plus what kind of review and its body.
        """CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            article_id TEXT NOT NULL,
            input TEXT, url TEXT, title TEXT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            note TEXT NOT NULL,
            tags TEXT NOT NULL,
            color TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            orphan INTEGER NOT NULL
        )""",
        "CREATE INDEX reviews_article ON reviews(article_id)",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)

_ANNOTATION_COLUMNS = (
    "id, article_id, input, url, title, start_offset, end_offset, exact, prefix, suffix, "
    "note, tags, color, created, modified, orphan"
)


@dataclass(slots=True)
class LibraryEntry:
    """One line of the library: the latest version of an article read before."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    input: str | None
    last_read: str
    annotation_count: int


def _naming(input: str | None) -> str | None:
    """The input when it identifies one article (a path or URL), else None."""
    return None if input == STDIN_INPUT else input


def now() -> str:
    """UTC, ISO 8601 with microseconds: sorts as text and is a valid xsd:dateTime."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def instant(stamp: str) -> datetime | None:
    """The moment an ISO 8601 stamp names (UTC when it names no zone), None if it is no date:
    stamps from other tools ('Z', '+02:00') do not sort as text against ours."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _fits(ann: Annotation, text: str) -> bool:
    """Whether the annotation's position is in ``text`` and holds its quote."""
    return 0 <= ann.start <= ann.end <= len(text) and text[ann.start:ann.end] == ann.exact


def _check_header(path: Path) -> None:
    """Refuse, before SQLite sees it, any existing file that is not an SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NewsreadError(f"{path}: cannot read the database ({exc.strerror})") from exc
    if head and head != SQLITE_HEADER:
        raise NewsreadError(f"{path}: not an SQLite database (corrupt?); left untouched")

T = TypeVar("T")


def _may_write(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    if not os.access(path.parent, os.W_OK):  # WAL needs to create -wal and -shm beside it
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # isolation_level=None: transactions are ours (BEGIN IMMEDIATE … COMMIT), never implicit.
    # timeout: SQLite's busy timeout, how long to wait for another process's write lock.
    # check_same_thread=False: the UI reads and saves from worker threads; a lock serialises.
    conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def _when_unlocked(step: Callable[[], T]) -> T:
    """Run ``step``, again while SQLite says the database is locked, up to the busy timeout.

    Two processes opening a new database at once both ask to switch it to WAL; SQLite then
    refuses one at once ("database is locked") rather than waiting, to avoid a deadlock, so
    the busy timeout alone does not cover it.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


_VERIFIED: set[tuple[Path, int, int]] = set()
"""The database files found sound in this process: (path, size, modification time)."""


def _verify(path: Path) -> None:
    """Refuse, before anything is written, a database that is damaged or lacks the tables and
    columns of its schema version (``PRAGMA quick_check``, then the schema as MIGRATIONS build
    it). Read through ``immutable=1`` when no ``-wal`` file is beside it, so that a refused file
    is left byte-identical and no ``-wal``/``-shm`` file is created. Once per process for each
    state of the file (its size and modification time): quick_check reads the whole file."""
    try:
        stat = path.stat()
    except OSError:
        return  # no file yet (or none we may read: opening it says so)
    key = (path.resolve(), stat.st_size, stat.st_mtime_ns)
    if key in _VERIFIED or stat.st_size == 0:
        return
    resolved = key[0]
    live = Path(f"{path}-wal").exists()  # open elsewhere (or left by a crash): read it normally
    conn = _connect(resolved.as_uri() + ("?mode=ro" if live else "?immutable=1"), uri=True)
    try:
        with _errors(path):
            problems = [line for row in conn.execute("PRAGMA quick_check(5)")
                        for line in row[0].splitlines() if not line.startswith("***")]
            if problems != ["ok"]:
                raise NewsreadError(f"{path}: corrupt database ({problems[0]}); left untouched")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if 0 < version <= SCHEMA_VERSION:
                found = _tables(conn)
                for table, columns in _tables_of(version).items():
                    missing = sorted(columns - found.get(table, set()))
                    if missing:
                        what = f"table {table}" if table not in found else f"{table}.{missing[0]}"
                        raise NewsreadError(f"{path}: damaged database (schema {version} without "
                                            f"{what}); left untouched")
    finally:
        conn.close()
    _VERIFIED.add(key)


def _tables(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """The columns of every table of a database."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {name: {r[1] for r in conn.execute(f"PRAGMA table_info({_quoted(name)})")} for name in names}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@lru_cache(maxsize=None)
def _tables_of(version: int) -> dict[str, frozenset[str]]:
    """The tables and columns schema ``version`` has, as MIGRATIONS build it."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS[:version]:
            for statement in migration:
                conn.execute(statement)
        return {table: frozenset(columns) for table, columns in _tables(conn).items()}
    finally:
        conn.close()


def _read_only(path: Path) -> NewsreadError:
    return NewsreadError(f"{path}: the database is read-only; nothing was saved")


@contextmanager
def _errors(path: Path) -> Iterator[None]:
    """SQLite's exceptions, told as one line that names the database."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "readonly" in text:
            raise _read_only(path) from exc
        if "disk is full" in text:  # SQLITE_FULL: the transaction was rolled back
            raise NewsreadError(f"{path}: disk full; nothing was saved") from exc
        if "locked" in text or "busy" in text:
            raise NewsreadError(
                f"{path}: the database stayed locked by another program for "
                f"{BUSY_TIMEOUT_MS / 1000:g} s; nothing was saved"
            ) from exc
        raise NewsreadError(f"{path}: {text}") from exc
    except sqlite3.IntegrityError as exc:
        raise NewsreadError(f"{path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise NewsreadError(f"{path}: corrupt database ({exc})") from exc


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` when the dir is read-only and holds no -shm file
    (SQLite cannot make one), which is safe because nobody can be writing there either."""
    base = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = _connect(base + query, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:  # no -shm and none can be made: try immutable
            conn.close()
            last = exc
        except sqlite3.DatabaseError:
            conn.close()
            with _errors(path):
                raise
    raise NewsreadError(f"{path}: cannot open the database read-only ({last})")


class Store:
    """The database, open. Every public method is safe to call from any thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path, writable: bool) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.writable = writable

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, *, readonly: bool = False) -> Store:
        path = Path(path) if path is not None else database_path()
        _check_header(path)
        _verify(path)
        writable = not readonly and _may_write(path)
        if writable:
            store = cls(_connect(str(path)), path, writable=True)
            try:
                with _errors(path):
                    version = _when_unlocked(store._setup)
                if version < SCHEMA_VERSION:  # up to date: no write lock taken just to open
                    store._migrate()
            except BaseException:
                store.close()
                raise
            return store
        if not path.exists():
            # Nothing saved and nowhere to save: an empty, read-only library.
            return cls._empty(path)
        store = cls(_connect_readonly(path), path, writable=False)
        try:
            with _errors(path):
                version = store._check_schema()
        except BaseException:
            store.close()
            raise
        if version == 0:
            store.close()
            return cls._empty(path)
        if version < SCHEMA_VERSION:
            store.close()
            raise NewsreadError(
                f"{path}: schema {version} needs upgrading to {SCHEMA_VERSION}, "
                "but the database is read-only"
            )
        return store

    @classmethod
    def _empty(cls, path: Path) -> Store:
        """An in-memory database of the current schema standing in for one we cannot create."""
        conn = _connect(":memory:")
        for migration in MIGRATIONS:
            for statement in migration:
                conn.execute(statement)
        return cls(conn, path, writable=False)

    def _setup(self) -> int:
        """The connection's settings; the schema version found."""
        version = self._check_schema()
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        return version

    def _check_schema(self) -> int:
        """The file's schema version, refusing one from a newer newsread or another program."""
        # one statement, so one snapshot: read apart, another connection creating the library
        # could commit in between (version 0, then tables: taken for another program's file)
        version, tables = self._conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version), "
            "(SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"
        ).fetchone()
        if version > SCHEMA_VERSION:
            raise NewsreadError(
                f"{self.path}: written by a newer newsread "
                f"(schema {version}, this one knows {SCHEMA_VERSION})"
            )
        if version == 0 and tables:
            raise NewsreadError(f"{self.path}: an SQLite database, but not newsread's; left untouched")
        return version

    def _migrate(self) -> None:
        """Apply the missing migrations, all in one transaction, so that another connection
        sees the schema before or after, never half-way (a reader opening the library read-only
        while this one creates it found schema 1 of 3 and refused it); another process may be
        migrating at the same time, so the version is read again under the write lock."""
        with self._write() as conn:
            for target in range(self._check_schema() + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions and errors ------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed (and fsynced) when the block ends, rolled back on error."""
        if not self.writable:
            raise _read_only(self.path)
        with self._lock, _errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock, _errors(self.path):
            return self._conn.execute(sql, params).fetchall()

    # --- analysis cache ---------------------------------------------------------------------

    def cached_analysis(self, article_id: str, engine_version: str, model: str) -> dict | None:
        """The ``newsread/analysis@1`` JSON saved for this text by this engine and model; None
        too when what is saved cannot be decoded (a damaged entry, which SQLite's own checks do
        not see): the analysis is then computed again, and ``save_analysis`` replaces it."""
        rows = self._rows(
            "SELECT data FROM analyses WHERE article_id = ? AND engine_version = ? AND model = ?",
            (article_id, engine_version, model),
        )
        if not rows:
            return None
        try:
            found = json.loads(zlib.decompress(rows[0]["data"]))
        except (zlib.error, TypeError, ValueError):  # not zlib, not bytes, not UTF-8 JSON
            return None
        return found if isinstance(found, dict) else None

    def save_analysis(self, analysis_json: dict) -> None:
        """Keep an analysis, zlib-compressed (the JSON repeats its keys; about 8x smaller)."""
        data = zlib.compress(json.dumps(analysis_json, ensure_ascii=False,
                                        separators=(",", ":")).encode("utf-8"))
        engine = analysis_json["engine"]
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO analyses (article_id, engine_version, model, data, saved) "
                "VALUES (?, ?, ?, ?, ?)",
                (analysis_json["article"]["id"], engine["version"], engine["model"], data, now()),
            )

    # --- the library ------------------------------------------------------------------------

    def save_article(self, article: Article) -> None:
        """Add an article to the library, or refresh it (it is read now: last_read moves)."""
        data = article.to_json()
        stamp = now()
        with self._write() as conn:
            conn.execute(
                """INSERT INTO articles (id, text, title, source, byline, published, url, input,
                       paragraphs, styles, first_opened, last_read, saved)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET
                       title = excluded.title, source = excluded.source,
                       byline = excluded.byline, published = excluded.published,
                       url = excluded.url, input = excluded.input,
                       paragraphs = excluded.paragraphs, styles = excluded.styles,
                       last_read = excluded.last_read, saved = excluded.saved""",
                (article.id, article.text, article.title, article.source, article.byline,
                 article.published, article.url, article.input,
                 json.dumps(data["paragraphs"]), json.dumps(data["styles"]), stamp, stamp, stamp),
            )

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        data = dict(row)
        data["paragraphs"] = json.loads(row["paragraphs"])
        data["styles"] = json.loads(row["styles"])
        return Article.from_json(data, input=row["input"])

    def _one_article(self, sql: str, params: tuple[Any, ...]) -> Article | None:
        rows = self._rows(sql, params)
        return self._article(rows[0]) if rows else None

    def get_article(self, article_id: str) -> Article | None:
        return self._one_article("SELECT * FROM articles WHERE id = ?", (article_id,))

    def touch_article(self, article_id: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET last_read = ? WHERE id = ?", (now(), article_id))

    def last_read_article(self) -> Article | None:
        """What ``newsread`` with no argument reopens."""
        return self._one_article("SELECT * FROM articles ORDER BY last_read DESC LIMIT 1", ())

    def article_by_input(self, input: str) -> Article | None:
        """The latest version saved from this path or URL (a page read again offline)."""
        return self._one_article(
            "SELECT * FROM articles WHERE input = ? ORDER BY saved DESC LIMIT 1", (input,)
        )

    def list_articles(self, filter_text: str = "") -> list[LibraryEntry]:
        """The library, most recently read first: one entry per input (its latest version,
        so an edited file is listed once), counting the annotations of every version.

        ``filter_text`` keeps the entries whose title, or one of whose annotations' notes or
        tags, holds it, ignoring case (Unicode-aware, hence matched here rather than in SQL).
        """
        articles = self._rows(
            """SELECT id, title, source, published, input, last_read FROM (
                   SELECT *, row_number() OVER (
                       PARTITION BY coalesce(nullif(input, ?), id) ORDER BY saved DESC) AS rank
                   FROM articles)
               WHERE rank = 1 ORDER BY last_read DESC""", (STDIN_INPUT,)
        )
        by_article: dict[str, list[sqlite3.Row]] = {}
        by_input: dict[str, list[sqlite3.Row]] = {}
        for n in self._rows("SELECT id, article_id, input, note, tags FROM annotations"):
            by_article.setdefault(n["article_id"], []).append(n)
            by_input.setdefault(n["input"], []).append(n)
        needle = filter_text.casefold()
        entries = []
        for row in articles:
            source = _naming(row["input"])
            # by id or by input, each note once (looked up, not scanned: a big library stays quick)
            mine = list({n["id"]: n for n in by_article.get(row["id"], [])
                         + (by_input.get(source, []) if source is not None else [])}.values())
            haystack = [row["title"] or ""]
            for n in mine:
                haystack.append(n["note"])
                haystack.extend(json.loads(n["tags"]))
            if needle and not any(needle in h.casefold() for h in haystack):
                continue
            entries.append(LibraryEntry(
                id=row["id"], title=row["title"], source=row["source"],
                published=row["published"], input=row["input"], last_read=row["last_read"],
                annotation_count=len(mine),
            ))
        return entries

    def remove_article(self, article_id: str, *, with_annotations: bool = False) -> None:
        """Take an article out of the library, with every version saved from the same input
        (the library lists them as one) and their cached analyses. Annotations stay (they
        come back when the article is opened again) unless ``with_annotations``, which also
        takes its verdicts and corrections."""
        with self._write() as conn:
            row = conn.execute("SELECT input FROM articles WHERE id = ?", (article_id,)).fetchone()
            source = _naming(row["input"]) if row else None
            ids = [article_id]
            if source is not None:
                ids += [r["id"] for r in conn.execute(
                    "SELECT id FROM articles WHERE input = ? AND id != ?", (source, article_id))]
            marks = ", ".join("?" * len(ids))
            conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", ids)
            conn.execute(f"DELETE FROM analyses WHERE article_id IN ({marks})", ids)
            if with_annotations:
                for table in ("annotations", "reviews"):  # notes, and verdicts and corrections
                    conn.execute(
                        f"DELETE FROM {table} WHERE article_id IN ({marks}) "
                        "OR (input IS NOT NULL AND input = ?)", (*ids, source))

    # --- feeds ------------------------------------------------------------------------------

    def mark_entry_read(self, feed: str, entry_id: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO feed_entries_read (feed, entry_id, read) "
                         "VALUES (?, ?, ?)", (feed, entry_id, now()))

    def read_entries(self, feed: str) -> set[str]:
        """The ids of the entries of ``feed`` opened before."""
        rows = self._rows("SELECT entry_id FROM feed_entries_read WHERE feed = ?", (feed,))
        return {r["entry_id"] for r in rows}

    # --- annotations ------------------------------------------------------------------------

    @staticmethod
    def _annotation(row: sqlite3.Row) -> Annotation:
        return Annotation(
            id=row["id"], article_id=row["article_id"], start=row["start_offset"],
            end=row["end_offset"], exact=row["exact"], prefix=row["prefix"],
            suffix=row["suffix"], note=row["note"], tags=json.loads(row["tags"]),
            color=row["color"], created=row["created"], modified=row["modified"],
            orphan=bool(row["orphan"]), input=row["input"], url=row["url"], title=row["title"],
        )

    @staticmethod
    def _params(ann: Annotation) -> tuple[Any, ...]:
        """The row of an annotation, in ``_ANNOTATION_COLUMNS`` order."""
        return (ann.id, ann.article_id, ann.input, ann.url, ann.title, ann.start, ann.end,
                ann.exact, ann.prefix, ann.suffix, ann.note, json.dumps(list(ann.tags)),
                ann.color, ann.created, ann.modified, int(ann.orphan))

    def _put(self, conn: sqlite3.Connection, ann: Annotation, verb: str = "INSERT") -> None:
        conn.execute(f"{verb} INTO annotations ({_ANNOTATION_COLUMNS}) VALUES "
                     f"({', '.join('?' * 16)})", self._params(ann))

    def _annotations(self, where: str, params: tuple[Any, ...] = ()) -> list[Annotation]:
        rows = self._rows(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations {where}", params)
        return [self._annotation(r) for r in rows]

    def add_annotation(self, ann: Annotation) -> Annotation:
        """Save a new annotation; committed when this returns. Fills in what the caller may
        leave empty: the id, the timestamps, and the article's input, url and title."""
        stamp = now()
        ann = replace(ann, id=ann.id or str(uuid.uuid4()), created=ann.created or stamp,
                      modified=ann.modified or stamp, tags=list(ann.tags))
        with self._write() as conn:
            ann = self._named(conn, ann)
            self._put(conn, ann)
        return ann

    @staticmethod
    def _named(conn: sqlite3.Connection, ann: Annotation) -> Annotation:
        """``ann`` with its article's input, url and title where it leaves them empty."""
        row = conn.execute("SELECT input, url, title FROM articles WHERE id = ?",
                           (ann.article_id,)).fetchone()
        if row is None:
            return ann
        return replace(ann, input=ann.input if ann.input is not None else row["input"],
                       url=ann.url if ann.url is not None else row["url"],
                       title=ann.title if ann.title is not None else row["title"])

    @staticmethod
    def _belonging(article: Article) -> tuple[str, list[Any]]:
        """The WHERE condition, and its parameters, of the rows anchored on ``article``: by
        its id, input, URL or title (see ``annotations_for_article``)."""
        where = ["article_id = ?"]
        params: list[Any] = [article.id]
        for column, value in (("input", _naming(article.input)), ("url", article.url),
                              ("title", article.title)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        return " OR ".join(where), params

    def update_annotation(self, ann: Annotation) -> Annotation:
        """Save an edited annotation (note, tags, colour, placement); ``modified`` moves."""
        ann = replace(ann, modified=now(), tags=list(ann.tags))
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM annotations WHERE id = ?", (ann.id,)).fetchone() is None:
                raise NewsreadError(f"annotation {ann.id}: not found (deleted meanwhile?)")
            self._put(conn, ann, "REPLACE")
        return ann

    def delete_annotation(self, ann_id: str) -> Annotation:
        """Delete an annotation and hand it back, so that undo can ``restore_annotation`` it."""
        with self._write() as conn:
            row = conn.execute(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?",
                               (ann_id,)).fetchone()
            if row is None:
                raise NewsreadError(f"annotation {ann_id}: not found (deleted meanwhile?)")
            conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
        return self._annotation(row)

    def restore_annotation(self, ann: Annotation) -> None:
        """Put back a deleted annotation exactly as it was (undo)."""
        with self._write() as conn:
            self._put(conn, ann, "REPLACE")

    def annotations_for(self, article_id: str) -> list[Annotation]:
        """The annotations placed on this exact text, in reading order, orphans last."""
        return self._annotations("WHERE article_id = ? ORDER BY orphan, start_offset, end_offset",
                                 (article_id,))

    def annotations_for_article(self, article: Article) -> list[Annotation]:
        """The annotations of this article, placed on its current text, orphans last.

        An annotation belongs to an article by id (the same text) and also by input path or
        URL, since editing a file changes its id: those made on an earlier version are
        re-anchored onto this text and saved with the new id and placement, orphans
        included (listed, never dropped). A copy of the file elsewhere is recognised by its
        title, but only annotations that actually find their words in it move over, so a
        namesake article never collects another's orphans. The moves are one transaction;
        on a read-only database they are shown but not saved.
        """
        where, params = self._belonging(article)
        query = f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE {where}"
        if not self.writable:
            anns, _ = self._place(article, [self._annotation(r) for r in self._rows(query, tuple(params))])
            return anns
        with self._write() as conn:
            anns, moved = self._place(article, [self._annotation(r)
                                                for r in conn.execute(query, params)])
            for ann in moved:
                self._put(conn, ann, "REPLACE")
        return anns

    @staticmethod
    def _place(article: Article, found: list[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
        """(every annotation of the article in reading order, those whose placement changed)."""
        anns: list[Annotation] = []
        moved: list[Annotation] = []
        for ann in found:
            # saved on this very text, but not where it says (an import's impossible position)
            misplaced = ann.article_id == article.id and not ann.orphan and not _fits(ann, article.text)
            if ann.article_id != article.id or misplaced:
                same_source = bool(misplaced or (_naming(article.input) and ann.input == article.input)
                                   or (article.url and ann.url == article.url))
                ann = reanchor(ann, article.text)
                if ann.orphan and not same_source:
                    continue
                ann = replace(ann, article_id=article.id, input=article.input,
                              url=article.url, title=article.title)
                moved.append(ann)
            anns.append(ann)
        anns.sort(key=lambda a: (a.orphan, a.start, a.end))
        return anns, moved

    def all_annotations(self) -> list[Annotation]:
        return self._annotations("ORDER BY created, id")

    @staticmethod
    def _merged(imported: Annotation, saved: Annotation) -> Annotation:
        """The imported annotation, with what it leaves out (no ``created``, no article id,
        input, url or title) kept from the saved one: an import never erases a field."""
        return replace(
            imported, created=imported.created or saved.created,
            article_id=imported.article_id or saved.article_id,
            input=imported.input if imported.input is not None else saved.input,
            url=imported.url if imported.url is not None else saved.url,
            title=imported.title if imported.title is not None else saved.title)

    @staticmethod
    def _replaces(imported: Annotation, saved: Annotation) -> bool:
        theirs, mine = instant(imported.modified), instant(saved.modified)
        if theirs is None or mine is None or theirs < mine:
            return False
        return replace(imported, modified=saved.modified) != saved or theirs > mine

    def import_annotations(self, anns: list[Annotation]) -> tuple[int, int, int]:
        """Merge annotations in one transaction, by id: new ones are added; a known one is
        replaced when it differs and was modified no earlier than the saved one (a local
        edit made after the export wins; one without a modification time never replaces).
        Returns how many were (added, updated, unchanged): importing the same file twice adds
        nothing."""
        added = updated = unchanged = 0
        with self._write() as conn:
            for ann in anns:
                row = conn.execute(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?",
                                   (ann.id,)).fetchone()
                saved = self._annotation(row) if row is not None else None
                if saved is None:
                    stamp = now()
                    self._put(conn, replace(ann, created=ann.created or stamp,
                                            modified=ann.modified or ann.created or stamp))
                    added += 1
                elif self._replaces(merged := self._merged(ann, saved), saved):
                    self._put(conn, merged, "REPLACE")
                    updated += 1
                else:
                    unchanged += 1
        return added, updated, unchanged
