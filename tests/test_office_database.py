"""The office database: URLs in --db, `facilitator db upgrade`, no silent migration of a server database, a role
with data privileges only, and search that answers on PostgreSQL exactly as on SQLite (same corpus, same order).

The tests that need the server run against the real one of FACILITATOR_TEST_PG (tests/pgserver.py) and skip,
saying why, without it.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from facilitator import meetingfile, operations
from facilitator.cli import main
from facilitator.search import Filters, fts_query, search
from facilitator.store import DatabaseError, open_database, search_ddl
from facilitator.store.connection import make_engine
from facilitator.store.migrate import head_revision
from facilitator.store.paths import database_path, database_url, redact
from tests import pgserver

ROOT = Path(__file__).resolve().parent
needs_server = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)


# --- URLs -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "expected"), [
    ("postgresql://ola@db.example:5432/facilitator", "postgresql+psycopg://ola@db.example:5432/facilitator"),
    ("postgres://ola@db.example/facilitator", "postgresql+psycopg://ola@db.example/facilitator"),
    ("postgresql+psycopg://ola@/facilitator?host=/run/pg", "postgresql+psycopg://ola@/facilitator?host=/run/pg"),
])
def test_server_urls_are_driven_by_psycopg(given, expected, monkeypatch):
    assert database_url(given) == expected
    assert database_path(given) is None
    monkeypatch.setenv("FACILITATOR_DB", given)
    assert database_url() == expected


def test_a_password_in_a_url_is_never_shown():
    assert redact("postgresql+psycopg://ola:tajne%40haslo@db/f") == "postgresql+psycopg://ola:***@db/f"
    assert redact("postgresql://ola@db/f?sslmode=require&password=tajne") == \
        "postgresql://ola@db/f?sslmode=require&password=***"
    assert redact("/home/ola/facilitator.sqlite") == "/home/ola/facilitator.sqlite"


def test_another_kind_of_database_is_refused_in_one_line(capsys):
    assert main(["list", "--db", "mysql://ola:tajne@db/facilitator"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("error: mysql://ola:***@db/facilitator is not a database Facilitator can use: give a "
                           "file path or a postgresql://user@host/database URL")


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path, capsys):
    url = f"postgresql://ola:tajne@/facilitator?host={tmp_path}&port=5"  # no server listens on that socket
    assert main(["list", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: the server {tmp_path}:5/facilitator cannot be reached: ")
    assert "tajne" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_db_upgrade_works_on_sqlite_too(tmp_path, capsys):
    db = tmp_path / "nowa.sqlite"
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == f"{db}: schema upgraded from none to {head_revision()}"
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == f"{db}: schema {head_revision()} is current, nothing to do"


# --- the server -----------------------------------------------------------------------------------------------------


@pytest.fixture
def empty_url():
    if not pgserver.server_url():
        pytest.skip(pgserver.SKIP_REASON)
    url = pgserver.empty_database()
    yield url
    pgserver.drop_database(url)


def _revision(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def test_a_server_database_is_upgraded_only_by_db_upgrade(empty_url, capsys):
    assert main(["list", "--db", empty_url]) == 2
    err = capsys.readouterr().err
    assert "needs an upgrade (schema none); an administrator runs `facilitator db upgrade --db URL`" in err
    engine = create_engine(empty_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    engine.dispose()

    assert main(["db", "upgrade", "--db", empty_url]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith(f"schema upgraded from none to {head_revision()}")
    assert _revision(empty_url) == head_revision()
    assert main(["list", "--db", empty_url]) == 0
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    assert capsys.readouterr().out.strip().endswith(f"schema {head_revision()} is current, nothing to do")


def test_an_older_schema_is_refused_until_upgraded(empty_url, capsys):
    from facilitator.store.migrate import upgrade

    engine = make_engine(empty_url)
    upgrade(engine, "0008")
    engine.dispose()
    with pytest.raises(DatabaseError, match=r"needs an upgrade \(schema 0008\)"):
        open_database(empty_url).dispose()
    assert _revision(empty_url) == "0008"  # untouched by the app that tried to open it
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    assert "schema upgraded from 0008 to" in capsys.readouterr().out
    open_database(empty_url).dispose()


def test_a_newer_schema_is_refused_as_on_sqlite(empty_url, capsys):
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    engine = create_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    capsys.readouterr()
    for argv in (["list", "--db", empty_url], ["db", "upgrade", "--db", empty_url]):
        assert main(argv) == 2
        assert capsys.readouterr().err.strip() == \
            "error: the database was written by a newer Facilitator (schema 0999)"


def test_another_programs_database_is_refused(empty_url, capsys):
    engine = create_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    assert main(["db", "upgrade", "--db", empty_url]) == 2
    assert "is not a Facilitator database" in capsys.readouterr().err


@pytest.fixture
def data_role(empty_url):
    """A login role with SELECT/INSERT/UPDATE/DELETE and sequence USAGE only, as docs/office-database.md grants."""
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    role = f"fac_user_{uuid.uuid4().hex[:8]}"
    owner = create_engine(empty_url, isolation_level="AUTOCOMMIT")
    database = make_url(empty_url).database
    grants = (f'CREATE ROLE {role} LOGIN', f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
              'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
              f'GRANT CONNECT ON DATABASE "{database}" TO {role}', f"GRANT USAGE ON SCHEMA public TO {role}",
              f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
              f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    with owner.connect() as conn:
        for statement in grants:
            conn.execute(text(statement))
    owner.dispose()
    yield make_url(empty_url).set(username=role).render_as_string(hide_password=False)
    pgserver.drop_database(empty_url)
    pgserver.execute(f"DROP ROLE {role}")


def test_the_app_works_with_data_privileges_only(data_role, tmp_path, capsys):
    engine = open_database(data_role)
    try:
        with engine.connect() as conn, pytest.raises(Exception, match="permission denied"):
            conn.execute(text("CREATE TABLE extra (id integer)"))
        meetingfile.apply_import(engine, meetingfile.plan_import(engine, _corpus()[:2]))
        assert {h.item_id for h in search(engine, "lokali")}
        meeting = operations.list_meetings(engine)[0]
        section = operations.get_meeting(engine, meeting.id).sections[0]
        added = operations.add_item(engine, section_id=section.id, kind="proposal", text="Kawiarenka dla seniorów")
        assert [h.text for h in search(engine, "kawiarenki")] == ["Kawiarenka dla seniorów"]
        operations.revert(engine, added)
        assert search(engine, "kawiarenki") == []
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db", data_role]) == 0  # current: nothing to do, nothing needs DDL
    out_file = tmp_path / "m.json"
    engine = open_database(data_role)
    meeting_id = operations.list_meetings(engine)[0].id
    engine.dispose()
    assert main(["dump", "--db", data_role, "--meeting", meeting_id, "-o", str(out_file)]) == 0
    assert out_file.is_file()


# --- search parity --------------------------------------------------------------------------------------------------


def _corpus() -> list[dict]:
    """Meeting files from the labelled paraphrases: real Polish statements, their inflections across meetings."""
    from benchmarks.bench_grouping import read_corpus

    blocks = read_corpus(ROOT / "data" / "paraphrases.txt")
    venues = ("Sala Obrad", "Biuro Inicjatyw Społecznych", "Łódź, ul. Piotrkowska 104", "Online")
    meetings = []
    for index in range(8):
        sections = []
        for number, (name, lines) in enumerate(blocks[index::8]):
            items = [{"id": f"i-{index}-{number}-{k}", "kind": ("proposal", "weakness", "strength", "remark")[k % 4],
                      "text": body, "tags": [name.split("-")[0].capitalize()] if k % 2 == 0 else []}
                     for k, body in enumerate(lines)]
            sections.append({"id": f"s-{index}-{number}", "title": name.replace("-", " ").capitalize(),
                             "kind": "theme", "items": items})
        meetings.append({"format": "facilitator-meeting", "version": 1, "meeting": {
            "id": f"m-{index:02d}", "title": f"Konsultacje programu współpracy, spotkanie {index + 1}",
            "series": "WPW 2026", "venue": venues[index % len(venues)], "language": "pl",
            "date": (date(2026, 3, 2) + timedelta(days=7 * (index % 5))).isoformat(), "sections": sections}})
    return meetings


QUERIES = (
    "lokali", "lokal", "LOKALE", "organizacji pozarządowych", "organizacje pozarzadowe", "wsparcie", "wspar",
    "małych", "male organizacje", "współpraca wydziały", "wspolpracy", "informacji konkursach", "konkurs",
    "brak", "za mało", "program", "konsultacje", "łódź", "lodz", "piotrkowska", "sala", "online", "spotkanie 3",
    "urzędu", "dotacje", "ngo", "fundacji", "radni", "lokale", "xyzzy", "o", "2026", "dla", "współpracy programu",
)


@pytest.fixture(scope="module")
def both():
    """The same meeting files imported into a SQLite file and a PostgreSQL database."""
    if not pgserver.server_url():
        pytest.skip(pgserver.SKIP_REASON)
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="parity-"))
    url = pgserver.fresh_database()
    engines = (open_database(folder / "parity.sqlite"), open_database(url))
    for engine in engines:
        meetingfile.apply_import(engine, meetingfile.plan_import(engine, _corpus()))
    yield engines
    for engine in engines:
        engine.dispose()
    pgserver.drop_database(url)


def _answer(hits) -> list[tuple]:
    return [(h.item_id, h.snippet, h.highlights, h.meeting_highlights, h.tags) for h in hits]


@needs_server
@pytest.mark.parametrize("query", QUERIES)
def test_search_answers_alike_on_both_databases(both, query):
    lite, pg = both
    everything = _answer(search(lite, query, limit=None))
    assert _answer(search(pg, query, limit=None)) == everything
    assert _answer(search(pg, query, limit=5)) == everything[:5]
    narrowed = Filters(kind=("proposal", "weakness"), date_from=date(2026, 3, 9))
    assert _answer(search(pg, query, filters=narrowed)) == _answer(search(lite, query, filters=narrowed))


@needs_server
def test_the_corpus_finds_inflections_and_ties(both):
    """The parity above is not vacuous: queries find many statements, inflected forms, and tied scores."""
    lite, pg = both
    assert len(search(pg, "lokali", limit=None)) >= 5
    assert {h.text for h in search(pg, "organizacje pozarzadowe", limit=None)} >= {
        "Brak lokali dla organizacji pozarządowych"}
    assert {h.meeting_title[-11:] for h in search(pg, "piotrkowska", limit=None)} == {"spotkanie 3", "spotkanie 7"}
    search(lite, "sala")  # brings the FTS5 index up to date
    with lite.connect() as conn:
        weights = ", ".join(str(w) for w in search_ddl.FTS_WEIGHTS)
        scores = conn.execute(text(f"SELECT bm25(search_fts, {weights}) FROM search_fts WHERE search_fts MATCH :m"),
                              {"m": fts_query("sala")}).scalars().all()
    assert len(scores) > len(set(scores)) > 1  # ties, broken by date and captured order on both databases


@needs_server
@pytest.mark.parametrize("query", ("lokali", "organizacji pozarządowych", "wsparcie małych", "łódź", "program"))
def test_postgresql_ranks_with_fts5s_own_bm25(both, query):
    from facilitator.search import query_terms
    from facilitator.search_pg import document_frequencies, idf
    from tests.test_search_pg_ranking import _postings_score

    lite, pg = both
    search(lite, query)  # both indexes up to date
    search(pg, query)
    phrases = [phrase for term in query_terms(query) for phrase in term.phrases()]
    with lite.connect() as conn:
        weights = ", ".join(str(w) for w in search_ddl.FTS_WEIGHTS)
        sqlite_scores = dict(conn.execute(text(
            f"SELECT d.item_id, bm25(search_fts, {weights}) FROM search_fts JOIN search_doc d ON d.docid = "
            "search_fts.rowid WHERE search_fts MATCH :m"), {"m": fts_query(query)}).all())
    with pg.connect() as conn:
        entries, total, hits = document_frequencies(conn, phrases)
        scores = {item: _postings_score(conn, item, phrases, idf(entries, hits), total / entries)
                  for item in sqlite_scores}
    assert sqlite_scores and scores == sqlite_scores


@needs_server
def test_the_index_follows_every_write_on_postgresql(both):
    _, pg = both
    with pg.begin() as conn:
        conn.execute(text("UPDATE meeting SET venue = 'Zamek Królewski' WHERE title LIKE '%spotkanie 2'"))
    assert {h.meeting_title[-11:] for h in search(pg, "krolewski", limit=None)} == {"spotkanie 2"}
    with pg.begin() as conn:
        conn.execute(text("UPDATE meeting SET venue = 'Biuro Inicjatyw Społecznych' WHERE title LIKE '%spotkanie 2'"))
    assert search(pg, "krolewski") == []


def test_the_upgrade_message_is_polish_in_a_polish_app(empty_url):
    from facilitator.i18n import get_language, set_language

    before = get_language()
    set_language("pl")
    try:
        with pytest.raises(DatabaseError) as refused:
            open_database(empty_url)
    finally:
        set_language(before)
    assert "wymaga aktualizacji (schemat brak); administrator uruchamia `facilitator db upgrade --db URL`" in \
        str(refused.value)
