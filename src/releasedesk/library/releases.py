"""The release library: every saved release with its versions, searchable in both languages as you type.

The `.rdrelease` bytes are stored as they would be written to disk (same format, no new fields); the columns beside
them (number, date, status, unit, headlines, author) are copies for listing and filtering. `version` is the
optimistic-concurrency counter: a save names the version it started from, and the UPDATE only matches that
version, so two colleagues saving the same release never overwrite each other — the second is told, with nothing
written, and can reload or save a copy.
"""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, bindparam, delete, exists, func, or_, select, true, update
from sqlalchemy.exc import SQLAlchemyError

from releasedesk.directory.contact import now_stamp
from releasedesk.errors import ReleaseDeskError
from releasedesk.fileformat import dumps, loads
from releasedesk.library import prefixwalk
from releasedesk.library.engine import write_transaction
from releasedesk.library.errors import LibraryConflict, LibraryError
from releasedesk.library.postings import newest_first, words_with_prefix
from releasedesk.library.prefixwalk import PrefixWalk
from releasedesk.library.schema import release_terms, release_versions, releases
from releasedesk.library.textindex import (
    EN,
    LANG_BITS,
    ZH,
    Query,
    index_terms,
    parse_query,
    prefix_end,
    token_text,
)
from releasedesk.model.release import Bilingual, Lang, Release, Status
from releasedesk.model.richtext import body_text

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy import ColumnElement, Row, Select

    from releasedesk.library.handle import LibraryHandle

DEFAULT_LIMIT = 50
_WALKED = "releasedesk_walked"
"""Execution option marking a statement whose rows come newest first from the posting walk (no ORDER BY of its own)."""
MAX_JOINED = 4
"""PostgreSQL: at most this many single-term lists are joined (the rarest); a long Chinese query's other pairs are
left to its substring check."""
COUNT_CAP = 2000
"""Posting counts used to choose a query's lead term stop here: enough to tell rare from common, quick to read."""


@dataclass(frozen=True)
class ReleaseSummary:
    """A row of the library list: enough to show and filter without loading the release."""

    id: int
    version: int
    number: str
    issued_on: date
    status: str
    unit: Bilingual
    headline: Bilingual
    languages: str
    author: str
    updated_at: str


@dataclass(frozen=True)
class StoredRelease:
    """A release read from the library, with its summary (id, version, status)."""

    summary: ReleaseSummary
    release: Release


@dataclass(frozen=True)
class VersionInfo:
    """One saved version of a release: number, time, status, author."""

    version: int
    saved_at: str
    author: str
    status: str


_SUMMARY = (
    releases.c.id,
    releases.c.version,
    releases.c.number,
    releases.c.issued_on,
    releases.c.status,
    releases.c.unit_zh,
    releases.c.unit_en,
    releases.c.headline_zh,
    releases.c.headline_en,
    releases.c.languages,
    releases.c.author,
    releases.c.updated_at,
)


def _summary(row: Row[*tuple[Any, ...]]) -> ReleaseSummary:
    r = row  # a Row with the _SUMMARY columns
    return ReleaseSummary(
        id=int(r.id),
        version=int(r.version),
        number=r.number,
        issued_on=r.issued_on,
        status=r.status,
        unit=Bilingual(r.unit_zh, r.unit_en),
        headline=Bilingual(r.headline_zh, r.headline_en),
        languages=r.languages,
        author=r.author,
        updated_at=r.updated_at,
    )


def searchable_texts(release: Release) -> dict[int, list[str]]:
    """What a release is found by, per language: headlines, body, names, number and contacts. Not the boilerplate,
    which is the same in every release of an agency and would make every release match its words."""
    texts: dict[int, list[str]] = {ZH: [release.number], EN: [release.number]}
    for lang, bit in (("zh-TW", ZH), ("en", EN)):
        lang_key: Lang = lang  # type: ignore[assignment]  # the loop's literals are Lang values; the tuple widens them to str
        content = release.content.get(lang_key)
        if content is not None:
            texts[bit] += [content.headline, content.subheadline, *body_text(content.body)]
        texts[bit] += [release.agency.get(lang_key), release.unit.get(lang_key), release.dateline.get(lang_key)]
        texts[bit] += [contact.name.get(lang_key) for contact in release.contacts]
    return texts


def _row_values(release: Release, author: str, stamp: str) -> dict[str, object]:
    texts = searchable_texts(release)
    return {
        "number": release.number,
        "issued_on": release.issued_at.date(),
        "status": release.status.value,
        "unit_zh": release.unit.zh,
        "unit_en": release.unit.en,
        "agency_zh": release.agency.zh,
        "agency_en": release.agency.en,
        "headline_zh": release.content["zh-TW"].headline if "zh-TW" in release.content else "",
        "headline_en": release.content["en"].headline if "en" in release.content else "",
        "languages": ",".join(release.languages),
        "author": author,
        "updated_at": stamp,
        "search_zh": token_text(texts[ZH]),
        "search_en": token_text(texts[EN]),
        "document": zlib.compress(dumps(release)),
    }


def _term_bits(row: object) -> dict[str, int]:
    """The index terms of a release's stored token texts (a row or values with search_zh and search_en)."""
    if row is None:
        return {}
    get = row.get if isinstance(row, dict) else lambda key: getattr(row, key)
    return index_terms({ZH: str(get("search_zh")), EN: str(get("search_en"))})


def _term_rows(release_id: int, values: dict[str, object]) -> list[tuple[str, int, int]]:
    return [(term, release_id, bits) for term, bits in _term_bits(values).items()]


def _insert_terms(connection: Connection, rows: list[tuple[str, int, int]]) -> None:
    """Hundreds of rows per release: COPY on PostgreSQL, a plain executemany on SQLite (SQLAlchemy's per-row
    parameter building cost more than the inserts). Values only, never SQL text, go to the driver."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]  # a DBAPI connection is open inside the transaction
        with cursor.copy("COPY release_terms (term, release_id, langs) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    connection.exec_driver_sql("INSERT INTO release_terms (term, release_id, langs) VALUES (?, ?, ?)", rows)


def _rarest(connection: Connection, lists: list[list[str]]) -> list[list[str]]:
    """Posting lists, rarest first (their postings counted up to COUNT_CAP: enough to tell rare from common)."""
    counts = []
    for terms in lists:
        capped = select(release_terms.c.release_id).where(release_terms.c.term.in_(terms)).limit(COUNT_CAP)
        counts.append(select(func.count()).select_from(capped.subquery()).scalar_subquery())
    sizes = connection.execute(select(*counts)).one()
    return [terms for _, terms in sorted(zip(sizes, lists, strict=True), key=lambda pair: pair[0])]


class ReleaseLibrary:
    """The releases kept in the library: add, save with version check, search, versions."""

    def __init__(self, library: LibraryHandle) -> None:
        self.library = library
        self.engine = library.engine

    def _fail(self, action: str, error: SQLAlchemyError) -> LibraryError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return LibraryError(f"{self.library.label}: cannot {action} the release library ({reason})")

    # writing ------------------------------------------------------------------------------------------------------
    def add(self, release: Release, *, author: str = "", source_name: str = "") -> ReleaseSummary:
        """Keep a new release (version 1)."""
        return self.add_many([release], author=author, source_name=source_name)[0]

    def add_many(self, batch: list[Release], *, author: str = "", source_name: str = "") -> list[ReleaseSummary]:
        """Several new releases in one transaction (an import, the benchmark's generator)."""
        try:
            with write_transaction(self.engine) as connection:
                terms: list[tuple[str, int, int]] = []
                ids = [self._insert(connection, release, author, source_name, terms) for release in batch]
                _insert_terms(connection, terms)
        except SQLAlchemyError as error:
            raise self._fail("write", error) from None
        return [self._summary_of(release_id) for release_id in ids]

    def _insert(
        self, connection: Connection, release: Release, author: str, source_name: str, terms: list[tuple[str, int, int]]
    ) -> int:
        stamp = now_stamp()
        values = _row_values(release, author, stamp)
        result = connection.execute(
            releases.insert().values(
                uid=str(uuid.uuid4()), version=1, created_at=stamp, source_name=source_name, **values
            )
        )
        release_id = int(result.inserted_primary_key[0])  # type: ignore[index]  # an insert always has a primary key here
        self._keep_version(connection, release_id, 1, values)
        terms += _term_rows(release_id, values)
        return release_id

    def save(self, release_id: int, release: Release, *, expected_version: int, author: str = "") -> ReleaseSummary:
        """Store a new version of a release read at `expected_version`; LibraryConflict if someone saved since."""
        try:
            with write_transaction(self.engine) as connection:
                values = _row_values(release, author, now_stamp())
                before = connection.execute(
                    select(releases.c.search_zh, releases.c.search_en).where(
                        releases.c.id == release_id, releases.c.version == expected_version
                    )
                ).first()
                result = connection.execute(
                    update(releases)
                    .where(releases.c.id == release_id, releases.c.version == expected_version)
                    .values(version=expected_version + 1, **values)
                )
                if result.rowcount != 1:
                    current = connection.execute(
                        select(releases.c.version, releases.c.author).where(releases.c.id == release_id)
                    ).first()
                    if current is None:
                        raise LibraryConflict(f"release {release_id} is no longer in the library (deleted elsewhere?)")
                    raise LibraryConflict(
                        f"release {release_id} was saved by {current.author or 'someone else'} since you opened it "
                        f"(now version {current.version}, yours was {expected_version}); nothing was overwritten"
                    )
                self._keep_version(connection, release_id, expected_version + 1, values)
                self._unindex(connection, release_id, before)
                _insert_terms(connection, _term_rows(release_id, values))
        except SQLAlchemyError as error:
            raise self._fail("write", error) from None
        return self._summary_of(release_id)

    @staticmethod
    def _keep_version(connection: Connection, release_id: int, version: int, values: dict[str, object]) -> None:
        connection.execute(
            release_versions.insert().values(
                release_id=release_id,
                version=version,
                saved_at=values["updated_at"],
                author=values["author"],
                status=values["status"],
                document=values["document"],
            )
        )

    def delete(self, release_id: int) -> None:
        try:
            with write_transaction(self.engine) as connection:
                row = connection.execute(
                    select(releases.c.search_zh, releases.c.search_en).where(releases.c.id == release_id)
                ).first()
                self._unindex(connection, release_id, row)
                connection.execute(delete(release_versions).where(release_versions.c.release_id == release_id))
                connection.execute(delete(releases).where(releases.c.id == release_id))
        except SQLAlchemyError as error:
            raise self._fail("write", error) from None

    @staticmethod
    def _unindex(connection: Connection, release_id: int, row: object) -> None:
        """Remove a release's terms, found again from its stored token texts (the index is keyed by term first)."""
        old = [{"old_term": term, "old_id": release_id} for term in _term_bits(row)]
        if old:
            condition = (release_terms.c.term == bindparam("old_term")) & (
                release_terms.c.release_id == bindparam("old_id")
            )
            connection.execute(delete(release_terms).where(condition), old)

    # reading ------------------------------------------------------------------------------------------------------
    def _summary_of(self, release_id: int) -> ReleaseSummary:
        with self.engine.connect() as connection:
            row = connection.execute(select(*_SUMMARY).where(releases.c.id == release_id)).first()
        if row is None:
            raise LibraryConflict(f"release {release_id} was deleted elsewhere just after it was saved")
        return _summary(row)

    def get(self, release_id: int) -> StoredRelease | None:
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    select(*_SUMMARY, releases.c.document).where(releases.c.id == release_id)
                ).first()
        except SQLAlchemyError as error:
            raise self._fail("read", error) from None
        if row is None:
            return None
        return StoredRelease(_summary(row), self._load(zlib.decompress(row.document), release_id))

    def document(self, release_id: int, version: int | None = None) -> bytes | None:
        """The stored `.rdrelease` bytes of the current (or a given) version, exactly as they were saved."""
        if version is None:
            statement = select(releases.c.document).where(releases.c.id == release_id)
        else:
            statement = select(release_versions.c.document).where(
                release_versions.c.release_id == release_id, release_versions.c.version == version
            )
        with self.engine.connect() as connection:
            data = connection.execute(statement).scalar()
        return None if data is None else zlib.decompress(data)

    def versions(self, release_id: int) -> list[VersionInfo]:
        statement = (
            select(release_versions.c.version, release_versions.c.saved_at, release_versions.c.author)
            .add_columns(release_versions.c.status)
            .where(release_versions.c.release_id == release_id)
            .order_by(release_versions.c.version)
        )
        with self.engine.connect() as connection:
            return [
                VersionInfo(int(v), saved, author, status) for v, saved, author, status in connection.execute(statement)
            ]

    def find_by_number(self, number: str) -> ReleaseSummary | None:
        if not number:
            return None
        with self.engine.connect() as connection:
            row = connection.execute(
                select(*_SUMMARY).where(releases.c.number == number).order_by(releases.c.id.desc()).limit(1)
            ).first()
        return None if row is None else _summary(row)

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(releases)).scalar_one())

    def _load(self, data: bytes, release_id: int) -> Release:
        try:
            return loads(data, f"library release {release_id}")
        except ReleaseDeskError as error:
            raise LibraryError(f"{self.library.label}: {error}") from None

    def search(
        self,
        query: str = "",
        *,
        lang: Lang | None = None,
        status: Status | str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        unit: str = "",
        author: str = "",
        limit: int | None = DEFAULT_LIMIT,
    ) -> list[ReleaseSummary]:
        """Releases matching every part of `query` (Chinese by substring, other words by prefix) and the filters,
        most recently added first."""
        try:
            with self.engine.connect() as connection:
                statement = self._search_statement(connection, query, lang, status, date_from, date_to, unit, author)
                if statement is None:
                    return []
                if isinstance(statement, PrefixWalk):  # SQLite, a prefix of several words: merged newest first
                    return [_summary(row) for row in statement.rows(connection, _SUMMARY, limit)]
                walked = statement.get_execution_options().get(_WALKED, False)
                if limit is not None:
                    statement = statement.limit(limit)
                if walked:  # the walk yields newest first and stops at the limit; the sort only orders the page
                    page = statement.subquery("page")
                    statement = select(*page.c).order_by(page.c.id.desc())
                return [_summary(row) for row in connection.execute(statement)]
        except SQLAlchemyError as error:
            raise self._fail("search", error) from None

    @staticmethod
    def _choose_lead(connection: Connection, candidates: list[tuple[str, bool]]) -> tuple[str, bool] | None:
        """The rarest of the query's index terms (posting counts read off the index, each capped at COUNT_CAP): the
        fewer candidates it finds, the fewer releases are checked. Ties (all as common as the cap) go to the first:
        a Chinese pair before a word, a longer word before a shorter one."""
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        counts = []
        for term, is_prefix in candidates:
            found = (
                [release_terms.c.term >= term, release_terms.c.term < prefix_end(term)]
                if is_prefix
                else [release_terms.c.term == term]
            )
            capped = select(release_terms.c.release_id).where(*found).limit(COUNT_CAP).subquery()
            counts.append(select(func.count()).select_from(capped).scalar_subquery())
        row = connection.execute(select(*counts)).one()
        return min(zip(row, candidates, strict=True), key=lambda pair: pair[0])[1]

    @staticmethod
    def _postings_statement(
        connection: Connection, parsed: Query, bits: int, columns: list[Any], filters: list[Any]
    ) -> Select[Any] | Literal[False] | None:
        """PostgreSQL: the query's posting lists intersected newest first, each hit looked up with the filters and
        the text checks the lists do not already guarantee. Single-term lists (Chinese pairs and characters, a
        prefix that is one word) are joined on release and left to the planner, which streams them newest first;
        a prefix of several words is a filter, or, when the query has nothing else, walked (library.postings).
        Only the MAX_JOINED rarest single-term lists are joined; what the others guaranteed is checked on the text.
        False when the query has no list at all (only prefixes of very many words); None when a word is in no
        release."""
        guarantees: dict[tuple[str, ...], set[str]] = {}  # list -> the text checks it makes unnecessary
        for run in parsed.wide:
            for pair in [run] if len(run) <= 2 else [run[i : i + 2] for i in range(len(run) - 1)]:
                guarantees.setdefault((pair,), set()).update([run] if len(run) <= 2 else [])
        for word in parsed.words:
            words = words_with_prefix(connection, word)
            if words == []:
                return None
            if words is not None:
                guarantees.setdefault(tuple(words), set()).add(f" {word}")
        if not guarantees:
            return False
        lists = [list(terms) for terms in guarantees]
        singles = [terms[0] for terms in lists if len(terms) == 1]
        several = [terms for terms in lists if len(terms) > 1]
        if len(singles) > MAX_JOINED:  # planning a join of many lists costs more than it saves (12: 200 ms)
            singles = [terms[0] for terms in _rarest(connection, [[term] for term in singles])[:MAX_JOINED]]
        implied = {
            check for terms, checks in guarantees.items() if len(terms) > 1 or terms[0] in singles for check in checks
        }
        walked = not singles
        if walked and len(several) > 1:
            several = _rarest(connection, several)
        found: list[ColumnElement[bool]] = []
        if walked:
            walk = newest_first(several.pop(0), bits)
            lead = walk.c.c
            found.append(lead.is_not(None))
        else:
            joined = [release_terms.alias(f"t{number}") for number in range(len(singles))]
            lead = joined[0].c.release_id
            for alias, term in zip(joined, singles, strict=True):
                found.append(alias.c.term == term)
                if alias is not joined[0]:
                    found.append(alias.c.release_id == lead)
                if bits:
                    found.append(alias.c.langs.op("&")(bits) != 0)
        probes = []  # in the per-release lookup, so the planner cannot turn them into a join that reorders the walk
        for terms in several:  # one index probe per word of the prefix
            probe = release_terms.alias()
            probes.append(
                exists()
                .where(
                    probe.c.term.in_(terms),
                    probe.c.release_id == releases.c.id,
                    *([probe.c.langs.op("&")(bits) != 0] if bits else []),
                )
                .correlate_except(probe)
            )
        postings = select(lead.label("release_id")).where(*found)
        if not walked:
            postings = postings.order_by(lead.desc())
        ordered = postings.subquery("postings")
        checks = [check for check in parsed.checks() if check not in implied]
        text_checks = [or_(*(column.contains(check, autoescape=True) for column in columns)) for check in checks]
        row = (
            select(*_SUMMARY)
            .where(releases.c.id == ordered.c.release_id, *probes, *filters, *text_checks)
            .limit(1)
            .lateral("r")
        )
        statement = select(*row.c).select_from(ordered.join(row, true()))
        if walked:  # rows come newest first from the walk; search() orders the page once it is cut
            return statement.execution_options(**{_WALKED: True})
        return statement.order_by(ordered.c.release_id.desc())

    def _search_statement(
        self,
        connection: Connection,
        query: str,
        lang: Lang | None,
        status: Status | str | None,
        date_from: date | None,
        date_to: date | None,
        unit: str,
        author: str,
    ) -> Select[Any] | PrefixWalk | None:
        """The search as one statement, most recent first (None when nothing can match); on SQLite a search led by
        a prefix of several words is a PrefixWalk instead (library/prefixwalk.py)."""
        filters = []
        if status:
            filters.append(releases.c.status == str(status))
        if date_from is not None:
            filters.append(releases.c.issued_on >= date_from)
        if date_to is not None:
            filters.append(releases.c.issued_on <= date_to)
        if unit:
            filters.append(or_(releases.c.unit_zh == unit, releases.c.unit_en == unit))
        if author:
            filters.append(releases.c.author == author)
        parsed = parse_query(query)
        if parsed.empty:
            return select(*_SUMMARY).where(*filters).order_by(releases.c.id.desc())
        bits = LANG_BITS[lang] if lang else 0
        columns = {
            ZH: [releases.c.search_zh],
            EN: [releases.c.search_en],
            0: [releases.c.search_zh, releases.c.search_en],
        }[bits]
        if self.library.dialect == "postgresql":
            walk = self._postings_statement(connection, parsed, bits, columns, filters)
            if walk is not False:
                return walk
        lead = self._choose_lead(connection, parsed.lead_candidates())
        implied = None if lead is None else (f" {lead[0]}" if lead[1] else lead[0])
        for check in parsed.checks():
            if check != implied:  # the lead term already guarantees it: no need to read the text
                filters.append(or_(*(column.contains(check, autoescape=True) for column in columns)))
        if lead is None:  # only one- or two-letter words: the newest releases are scanned until enough match
            return select(*_SUMMARY).where(*filters).order_by(releases.c.id.desc())
        term, is_prefix = lead
        if is_prefix and self.library.dialect == "sqlite":
            words = prefixwalk.words_with_prefix(connection, term)
            if words == []:
                return None
            if words is not None and len(words) == 1:
                term, is_prefix = words[0], False  # one word: its list is read newest first by the join below
            elif words is not None:
                others = []
                for other in parsed.wide_terms():
                    probe = release_terms.alias()
                    others.append(exists().where(probe.c.term == other, probe.c.release_id == releases.c.id))
                return PrefixWalk(tuple(words), bits, (*filters, *others))
        index = release_terms.alias("lead")
        found = [index.c.term >= term, index.c.term < prefix_end(term)] if is_prefix else [index.c.term == term]
        if bits:
            found.append(index.c.langs.op("&")(bits) != 0)
        for other in parsed.wide_terms():  # the query's other characters and pairs: index lookups, cheaper than text
            if other != term:
                probe = release_terms.alias()
                found.append(exists().where(probe.c.term == other, probe.c.release_id == index.c.release_id))
        if self.library.dialect == "postgresql":
            # Walk the postings newest first and look each release up (LATERAL, fenced by LIMIT 1 so the planner
            # keeps it per row): the first screenful comes without reading every candidate release.
            postings = select(index.c.release_id).where(*found)
            if is_prefix:  # one release may have several words with this prefix
                postings = postings.group_by(index.c.release_id)
            ordered = postings.order_by(index.c.release_id.desc()).subquery("postings")
            row = select(*_SUMMARY).where(releases.c.id == ordered.c.release_id, *filters).limit(1).lateral("r")
            return select(*row.c).select_from(ordered.join(row, true())).order_by(ordered.c.release_id.desc())
        if is_prefix:  # a semi-join keeps a release with several such words once
            matching = select(index.c.release_id).where(*found)
            return select(*_SUMMARY).where(releases.c.id.in_(matching), *filters).order_by(releases.c.id.desc())
        return (
            select(*_SUMMARY)
            .select_from(index.join(releases, releases.c.id == index.c.release_id))
            .where(*found, *filters)
            .order_by(index.c.release_id.desc())
        )
