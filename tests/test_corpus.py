"""The corpus store: round trip, content-hash keys, findings, migrations, bad files, search, stats, export,
republication detection. Built on a small generated corpus (spinscope.corpus.synthetic), no shared data."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinscope.cli import cli
from spinscope.corpus import Appearance, ArticleNotFound, NotAStore, Store, StoreWriteError, dedup, flatten_findings
from spinscope.corpus.dedup import find_republications
from spinscope.corpus.store import MIGRATIONS, normalize_day
from spinscope.corpus.synthetic import generate
from spinscope.result import (
    Actor,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    ErrorRecord,
    Frame,
    Genre,
    LabelScore,
    Narrative,
    Provenance,
    Span,
    Technique,
    TextRange,
)


def make_result(text: str, *, outlet: str | None = None, published: str | None = None, source: str = "src",
                techniques: list[tuple[int, int, str]] = (), actors: tuple[str, ...] = (),
                narratives: tuple[str, ...] = (), genre: str | None = None) -> ArticleAnalysis:
    import hashlib

    return ArticleAnalysis(
        article=ArticleInfo(id=hashlib.sha256(text.encode()).hexdigest(), text=text, title=text[:20], outlet=outlet,
                            published=published, source=source, language="en",
                            paragraphs=[TextRange(start=0, end=len(text))]),
        genre=Genre(label=genre, score=0.9, evidence="test") if genre else None,
        techniques=[Technique(start=s, end=e, label=label, score=0.7, evidence="test") for s, e, label in techniques],
        actors=[Actor(name=a, type="person", score=0.8, evidence="test") for a in actors],
        narratives=[Narrative(label=n, score=0.6, evidence="test") for n in narratives],
        provenance=Provenance(spinscope_version="test"),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "corpus.db") as s:
        yield s


# -- round trip ---------------------------------------------------------------------------------------------------

@st.composite
def analyses(draw: st.DrawFn) -> ArticleAnalysis:
    text = draw(st.text(min_size=1, max_size=300))
    n = len(text)

    def span_args() -> dict[str, object]:
        start = draw(st.integers(0, n))
        return {"start": start, "end": draw(st.integers(start, n)), "label": draw(st.text(min_size=1, max_size=20)),
                "score": draw(st.floats(0, 1)), "evidence": draw(st.text(max_size=20))}

    label = st.text(min_size=1, max_size=30)
    return ArticleAnalysis(
        article=ArticleInfo(
            id=draw(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)), text=text,
            title=draw(st.none() | st.text(max_size=40)), language=draw(st.none() | st.sampled_from(["en", "ru"])),
            outlet=draw(st.none() | st.text(max_size=20)), published=draw(st.none() | st.text(max_size=25)),
            paragraphs=[TextRange(start=0, end=n)], removed=draw(st.lists(st.text(max_size=10), max_size=2)),
        ),
        genre=draw(st.none() | st.builds(Genre, label=st.sampled_from(["opinion", "reporting", "satire"]),
                                         score=st.floats(0, 1), evidence=st.text(max_size=10),
                                         scores=st.lists(st.builds(LabelScore, label=label, score=st.floats(0, 1)),
                                                         max_size=3))),
        frames=[Frame(label=draw(label), score=draw(st.floats(0, 1)), evidence="m", supporting=[Span(**span_args())])
                for _ in range(draw(st.integers(0, 2)))],
        techniques=[Technique(**span_args(), category=draw(st.none() | label)) for _ in range(draw(st.integers(0, 4)))],
        attributions=[Attribution(**span_args(), kind="direct", content=Span(**span_args()),
                                  speaker_name=draw(st.none() | label)) for _ in range(draw(st.integers(0, 2)))],
        actors=[Actor(name=draw(label), type="person", score=draw(st.floats(0, 1)), evidence="ner",
                      mentions=[Span(**span_args())]) for _ in range(draw(st.integers(0, 2)))],
        narratives=[Narrative(label=draw(label), score=draw(st.floats(0, 1)), evidence="m")
                    for _ in range(draw(st.integers(0, 2)))],
        errors=draw(st.lists(st.builds(ErrorRecord, component=label, code=label, message=st.text(max_size=30),
                                       level=st.sampled_from(["error", "warning"])), max_size=2)),
        provenance=Provenance(spinscope_version="0.1.0", models={"spacy": "sm"}),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(result=analyses())
def test_store_round_trip_reads_back_equal(tmp_path_factory: pytest.TempPathFactory, result: ArticleAnalysis):
    with Store.open(tmp_path_factory.mktemp("rt") / "rt.db") as store:
        store.add(result)
        assert store.get(result.article.id) == result
        assert list(store.iter_results()) == [result]


def test_store_same_text_stored_once_with_each_appearance(store: Store):
    first = make_result("The same text.", outlet="A", published="2024-05-01", source="a.txt")
    again = make_result("The same text.", outlet="B", published="2024-05-03T10:00:00Z", source="b.txt")
    assert store.add(first) is True
    assert store.add(again) is False
    assert store.counts()["articles"] == 1
    places = store.appearances(first.article.id)
    assert [(p.outlet, p.day) for p in places] == [("A", "2024-05-01"), ("B", "2024-05-03")]
    assert store.add(again) is False and len(store.appearances()) == 2  # the same appearance is not repeated


def test_store_findings_are_flattened_over_every_layer(store: Store):
    text = "Traitors and cowards run the council, said Smith."
    result = make_result(text, techniques=[(0, 8, "Name_Calling-Labeling")], actors=("Smith",),
                         narratives=("URW: Discrediting Ukraine",), genre="opinion")
    store.add(result)
    rows = store.conn.execute("SELECT layer, label, start_char, end_char FROM findings ORDER BY layer").fetchall()
    assert rows == [("actors", "Smith", None, None), ("genre", "opinion", None, None),
                    ("narratives", "URW: Discrediting Ukraine", None, None),
                    ("techniques", "Name_Calling-Labeling", 0, 8)]
    assert {r[0] for r in flatten_findings(result)} == {"actors", "genre", "narratives", "techniques"}


def test_store_get_by_prefix_and_missing(store: Store):
    result = make_result("Prefix text.")
    store.add(result)
    assert store.get(result.article.id[:10]) == result
    with pytest.raises(ArticleNotFound):
        store.get("0" * 64)


@pytest.mark.parametrize(("value", "day"), [("2024-05-01", "2024-05-01"), ("2024-05-01T23:10:00+02:00", "2024-05-01"),
                                            ("Tue, 07 May 2024 10:00:00 GMT", "2024-05-07"), ("yesterday", None),
                                            (None, None), ("2024-13-40", None)])
def test_store_normalize_day(value: str | None, day: str | None):
    assert normalize_day(value) == day


# -- bad files, migrations, faults ----------------------------------------------------------------------------------

def test_store_refuses_a_file_that_is_not_a_store(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("my precious notes")
    with pytest.raises(NotAStore, match="not a spinscope store"):
        Store.open(path)
    assert path.read_text() == "my precious notes"
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(NotAStore, match="not a spinscope store"):
        Store.open(other)
    assert other.read_bytes() == before


def test_store_migrates_an_older_schema(tmp_path: Path):
    path = tmp_path / "old.db"
    with Store.open(path) as store:  # build an old store: only the first migration
        pass
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE republications; DROP TABLE articles_fts; "
                       "DELETE FROM migrations WHERE name != '0001_initial';")
    conn.execute("INSERT INTO articles (id, title, text, words, schema_version, result, ingested_at) VALUES "
                 "('x', 't', 'old words here', 3, '1.0', '{}', 'now')")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.migrated == [name for name, _ in MIGRATIONS[1:]]
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert [h.article_id for h in store.search("words")] == ["x"]  # the new index covers old rows
    with Store.open(path) as store:
        assert store.migrated == []


def test_store_disk_full_is_a_clear_error_and_the_store_is_intact(tmp_path: Path):
    path = tmp_path / "full.db"
    with Store.open(path) as store:
        store.add(make_result("Kept article."))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreWriteError, match="disk is full"):
            store.add(make_result("A long article. " * 5000))
        assert store.counts()["articles"] == 1
        assert store.integrity_check() == "ok"


def test_store_read_only_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "ro.db"
    with Store.open(path) as store:
        store.add(make_result("Kept article."))
    with Store.open(path, readonly=True) as store:
        with pytest.raises(StoreWriteError, match="read-only"):
            store.add(make_result("Another."))
        assert store.counts()["articles"] == 1


# -- search, stats, export ------------------------------------------------------------------------------------------

@pytest.fixture
def small_store(tmp_path: Path):
    with Store.open(tmp_path / "small.db") as s:
        s.add(make_result("Grain exports fell sharply as the port stayed closed.", outlet="Daily Herald",
                          published="2024-01-03", source="1", techniques=[(0, 5, "Loaded_Language")],
                          actors=("Ivanov", "Kyiv"), narratives=("URW: Discrediting Ukraine",), genre="reporting"))
        s.add(make_result("The grain deal is a betrayal by cowards, the minister said.", outlet="Weekly Post",
                          published="2024-02-10", source="2", techniques=[(25, 32, "Name_Calling-Labeling")],
                          actors=("Ivanov", "Kyiv"), genre="opinion"))
        s.add(make_result("Rain is expected over the harbour this weekend.", outlet="Daily Herald",
                          published="2024-02-12", source="3", genre="reporting"))
        yield s


def test_search_ranks_and_filters(small_store: Store):
    hits = small_store.search("grain")
    assert len(hits) == 2 and all("«grain»" in h.snippet.lower() or "«Grain»" in h.snippet for h in hits)
    assert [h.outlets for h in small_store.search("grain", outlet="Weekly Post")] == [["Weekly Post"]]
    assert [h.day for h in small_store.search("grain", since="2024-02-01")] == ["2024-02-10"]
    assert [h.day for h in small_store.search("grain", until="2024-01-31")] == ["2024-01-03"]
    assert len(small_store.search("grain", technique="Name_Calling-Labeling")) == 1
    assert len(small_store.search("grain", narrative="URW")) == 1  # a parent label matches its sub-labels
    assert len(small_store.search("grain", actor="ivanov")) == 2
    assert len(small_store.search("grain", genre="opinion")) == 1
    assert small_store.search("harbour OR grain", limit=1)[0].score > 0
    assert small_store.search('unbalanced "quote') == []  # not FTS5 syntax: read as plain words, no error


def _harbour_store(store: Store) -> list[str]:
    """12 articles that mention the harbour, stored in order; 1 (old) and 9 (recent) are about it."""
    import hashlib

    ids = []
    for i in range(12):
        lead = "Harbour harbour harbour news." if i in (1, 9) else f"Report {i} on the weather."
        text = f"{lead} Item {i} mentions the harbour once. " + "Filler words here. " * 5
        store.add(make_result(text, outlet="Herald" if i % 2 else "Post", source=f"s{i}"))
        ids.append(hashlib.sha256(text.encode()).hexdigest())
    return ids


def test_search_broad_query_ranks_its_most_recent_matches_and_says_so(store: Store, monkeypatch: pytest.MonkeyPatch):
    from spinscope.corpus import search as search_module

    monkeypatch.setattr(search_module, "BROAD_QUERY_MATCHES", 5)
    ids = _harbour_store(store)
    everything = store.search("harbour", rank_all=True)
    assert everything.ranked_window is None and everything.note is None and len(everything) == 12
    assert {h.article_id for h in everything[:2]} == {ids[1], ids[9]}  # the two about the harbour
    broad = store.search("harbour")
    assert broad.ranked_window == 5 and "5" in str(broad.note)
    assert {h.article_id for h in broad} == set(ids[7:])  # the 5 most recently stored matches ...
    assert broad[0].article_id == ids[9]  # ... ranked by BM25, the relevant one first
    scores = {h.article_id: h.score for h in everything}  # true BM25 scores (statistics of the whole corpus)
    assert all(h.score == pytest.approx(scores[h.article_id]) for h in broad)
    assert [h.score for h in broad] == sorted((h.score for h in broad), reverse=True)
    assert all("«harbour»" in h.snippet.lower() for h in broad)
    # the window counts matches after filters: 6 at Herald (articles 1, 3, ... 11), 5 of them ranked
    herald = store.search("harbour", outlet="Herald")
    assert herald.ranked_window == 5 and herald[0].article_id == ids[9]
    assert {h.article_id for h in herald} == {ids[i] for i in (3, 5, 7, 9, 11)}
    # a query with no more matches than the window is ranked in full, unflagged
    selective = store.search('"item 3"')
    assert selective.ranked_window is None and [h.article_id for h in selective] == [ids[3]]
    result = CliRunner().invoke(cli, ["search", "harbour", "--db", str(store.path), "--format", "json"])
    assert result.exit_code == 0 and "ranked the 5 most recently stored matches" in result.stderr
    assert len(json.loads(result.stdout)) == 5
    result = CliRunner().invoke(cli, ["search", "harbour", "--db", str(store.path), "--format", "json", "--rank-all"])
    assert result.stderr == "" and len(json.loads(result.stdout)) == 12


def test_stats_by_outlet_time_narrative_actor(small_store: Store):
    by_outlet = {r["outlet"]: r for r in small_store.stats(by="outlet")}
    herald = by_outlet["Daily Herald"]
    assert herald["articles"] == 2 and "reporting (2)" in herald["genre_mix"]
    words = herald["words"]
    assert herald["techniques_per_1000_words"] == round(1000 / words, 2)
    assert herald["top_narratives"] == "URW: Discrediting Ukraine (1)"
    months = {r["month"]: r["articles"] for r in small_store.stats(by="month")}
    assert months == {"2024-01": 1, "2024-02": 2}
    weeks = [r["week"] for r in small_store.stats(by="week")]
    assert weeks == ["2024-W01", "2024-W06", "2024-W07"]
    assert small_store.stats(by="narrative")[0]["outlets"] == 1
    assert small_store.stats(by="actor") == [{"actor": "Ivanov", "with": "Kyiv", "articles": 2}]


def test_export_findings_csv_and_parquet(small_store: Store, tmp_path: Path):
    from spinscope.corpus.export import export

    out = tmp_path / "findings.csv"
    assert export(small_store, fmt="csv", what="findings", output=out) == 10
    rows = list(csv.DictReader(out.open()))
    technique = next(r for r in rows if r["layer"] == "techniques")
    assert technique["label"] == "Loaded_Language" and technique["start"] == "0" and technique["end"] == "5"
    import pyarrow.parquet as pq

    export(small_store, fmt="parquet", what="articles", output=tmp_path / "a.parquet")
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == 3 and "outlets" in table.column_names
    export(small_store, fmt="jsonl", what="articles", output=tmp_path / "a.jsonl")
    results = [ArticleAnalysis.model_validate_json(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert results == list(small_store.iter_results())


# -- republication --------------------------------------------------------------------------------------------------

def fill(store: Store, n: int = 150, seed: int = 3, **kwargs: object):
    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    corpus = generate(n, seed=seed, **kwargs)  # type: ignore[arg-type]
    pipeline = load_pipeline([])
    for r in corpus.records:
        store.add(pipeline(ArticleInput(text=r["text"], title=r["title"], outlet=r["outlet"],
                                        published=r["published"], url=r["url"], source=r["id"])))
    return corpus


def test_dedup_finds_chains_with_first_publisher_and_partial_copies(store: Store):
    corpus = fill(store)
    found = find_republications(store)
    clusters = {tuple(sorted([c.first.source] + [m.source for m in c.republishers])): c for c in found.clusters}
    for chain in corpus.chains.values():
        cluster = clusters[tuple(sorted(chain))]
        assert cluster.first.source == chain[0]  # the original has the earliest date
    assert len(found.clusters) == len(corpus.chains)  # no unrelated article joins (footers are boilerplate)
    partials = {(p.original.source, p.copy.source, p.shared_paragraphs) for p in found.partial_copies}
    assert partials == set(corpus.partials)


def test_dedup_exact_copy_first_publisher_by_date_then_ingest(store: Store):
    text = "A statement copied word for word by three outlets. " * 10
    store.add(make_result(text, outlet="Late", published="2024-03-05", source="late"))
    store.add(make_result(text, outlet="Early", published="2024-03-01", source="early"))
    store.add(make_result(text, outlet="Undated", source="undated"))
    store.add(make_result(text, outlet="Early twin", published="2024-03-01", source="twin"))
    (cluster,) = find_republications(store).clusters
    assert cluster.first.outlet == "Early"
    assert [m.outlet for m in cluster.republishers] == ["Early twin", "Late", "Undated"]


def test_dedup_saved_for_outlet_stats(store: Store):
    fill(store, n=60, seed=5)
    assert store.stats(by="outlet")[0]["republished_share"] is None
    found = store.duplicates()
    shares = {r["outlet"]: r["republished_share"] for r in store.stats(by="outlet")}
    copiers = {m.outlet for c in found.clusters for m in c.republishers}
    assert all(shares[o] > 0 for o in copiers)
    assert sum(1 for v in shares.values() if v == 0) >= 1


def test_dedup_outlet_footer_is_boilerplate_whatever_its_case_and_punctuation(store: Store):
    footer = " ".join(f"closing{i}" for i in range(40))  # longer than the bodies: it would make them copies
    for i in range(6):
        body = " ".join(f"topic{i}x{j}" for j in range(15))
        variant = footer.upper() if i % 2 else footer.replace(" ", ", ") + "!"
        store.add(make_result(f"{body}\n\n{variant}", outlet="Herald", source=f"herald{i}"))
    for i in range(2):  # the same footer at an outlet that used it twice only: not boilerplate there
        body = " ".join(f"other{i}x{j}" for j in range(15))
        store.add(make_result(f"{body}\n\n{footer}", outlet="Post", source=f"post{i}"))
    found = find_republications(store)
    assert found.boilerplate_paragraphs == 1
    assert [sorted([c.first.source] + [m.source for m in c.republishers]) for c in found.clusters] == [
        ["post0", "post1"]]


def test_dedup_same_result_in_worker_processes_in_small_chunks_and_in_pair_passes(
    store: Store, monkeypatch: pytest.MonkeyPatch,
):
    fill(store, n=120, seed=4)
    expected = find_republications(store, workers=1).to_dict()
    assert expected["clusters"] and expected["partial_copies"]
    assert find_republications(store, workers=2).to_dict() == expected
    monkeypatch.setattr(dedup, "CHUNK_ARTICLES", 7)
    monkeypatch.setattr(dedup, "MAX_PAIRS_IN_MEMORY", 200)  # the paragraph pairs are counted in several passes
    assert find_republications(store, workers=1).to_dict() == expected


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sets(st.integers(0, 2**32 - 1), min_size=1, max_size=40), min_size=1, max_size=4))
def test_dedup_minhash_signatures_equal_datasketch(sets: list[set[int]]):
    from datasketch import MinHash

    values = np.array([v for s in sets for v in s], dtype=np.uint64)
    starts = np.cumsum([0] + [len(s) for s in sets[:-1]])
    signatures = dedup.minhash_signatures(values, starts, dedup.minhash_permutations())
    for row, values_of_set in zip(signatures, sets, strict=True):
        minhash = MinHash(num_perm=dedup.NUM_PERM, hashfunc=lambda v: v)
        minhash.update_batch(sorted(values_of_set))
        assert row.tolist() == minhash.hashvalues.tolist()


# -- the commands ---------------------------------------------------------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_corpus_commands_on_a_generated_corpus(tmp_path: Path):
    corpus = generate(40, seed=7, chains=2, partials=0)
    source = corpus.write(tmp_path / "corpus.jsonl.gz")
    db = str(tmp_path / "c.db")
    result = run("ingest", str(source), "--db", db, "--components", "language.v1")
    assert result.exit_code == 0, result.output
    assert f"{len(corpus.records)} stored" in result.output
    result = run("duplicates", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["clusters"]) == 2
    result = run("stats", "--db", db, "--by", "outlet", "--format", "csv", "--chart", str(tmp_path / "o.svg"))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sum(int(r["articles"]) for r in rows) == len(corpus.records)
    assert (tmp_path / "o.svg").read_text().lstrip().startswith("<?xml")
    result = run("stats", "--db", db, "--by", "week", "--format", "json", "--chart", str(tmp_path / "w.png"))
    assert result.exit_code == 0 and (tmp_path / "w.png").read_bytes()[:4] == b"\x89PNG"
    word = corpus.records[0]["text"].split()[0]
    result = run("search", word, "--db", db, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)
    result = run("export", "--db", db, "--format", "csv", "--what", "appearances")
    assert result.exit_code == 0 and result.stdout.count("\n") == len(corpus.records) + 1
    result = run("failures", "--db", db, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_cli_corpus_bad_input_is_one_line(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    result = run("stats", "--db", str(notes))
    assert result.exit_code == 1 and "not a spinscope store" in result.output and "Traceback" not in result.output
    assert notes.read_text() == "not a database"
    result = run("search", "x", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "no such store" in result.output
    result = run("search", "x", "--db", str(tmp_path / "missing.db"), "--since", "last week")
    assert result.exit_code == 2
    result = run("ingest", str(notes), "--db", str(tmp_path / "x.db"), "--components", "nope.v1")
    assert result.exit_code == 2 and "nope.v1" in result.output


def test_cli_corpus_help_has_examples():
    for name in ("ingest", "failures", "import-parquet", "duplicates", "stats", "search", "export"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example" in result.output, name


def test_store_appearance_default_from_result():
    result = make_result("Text.", outlet="O", published="2024-01-01", source="s.txt")
    assert Appearance.of(result) == Appearance(source="s.txt", outlet="O", url=None, published="2024-01-01")


def test_readme_corpus_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import re
    import shlex

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Across a corpus.*?```bash\n(.*?)```", readme, flags=re.S)
    assert block is not None
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("Grain exports\n\nGrain exports fell, the ministry said.")
    generate(20, seed=8, chains=1, partials=0).write(tmp_path / "feed.jsonl.gz")
    for line in block.group(1).strip().splitlines():
        args = shlex.split(line.split("#")[0])
        assert args[0] == "spinscope"
        if args[1] == "ingest":
            args += ["--components", "language.v1"]
        result = run(*args[1:])
        assert result.exit_code == 0, (line, result.output)
    assert (tmp_path / "outlets.png").exists() and (tmp_path / "findings.parquet").exists()


def test_store_shared_by_threads_writes_every_article(store: Store):
    import threading

    def writer(k: int) -> None:
        for i in range(20):
            store.add(make_result(f"Thread {k} article {i}.", source=f"{k}-{i}"))

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.counts()["articles"] == 80 and store.integrity_check() == "ok"


def test_store_upgrade_to_content_keys_skips_what_was_done_and_keeps_appearances(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch):
    """A store made before content keys (ledger by source): rerunning the same ingest stores nothing twice, a
    rewritten line is stored, and no appearance is lost or doubled by the table rebuild."""
    from spinscope import load_pipeline
    from spinscope.batch import run_local
    from spinscope.corpus import store as store_module
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(["language.v1"])
    feed = tmp_path / "feed.jsonl"
    records = [{"text": f"Article {i}: the minister said the talks would go on.", "outlet": f"O{i}"} for i in range(3)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:4])  # the schema before 0005_content_keys
    with Store.open(db) as store:
        for n, record in enumerate(records, start=1):
            source = f"{feed}:{n}"
            result = pipeline(ArticleInput(text=record["text"], outlet=record["outlet"], source=source,
                                           input_format="jsonl"))
            store.add(result, Appearance(source=source, outlet=record["outlet"]))
        store.add_failure(f"{feed}:9", "invalid JSON on line 9", code="E010")
    monkeypatch.undo()
    with Store.open(db, readonly=True) as store:  # reads work before the upgrade (read-compatible migration)
        assert store.counts()["appearances"] == 3 and store.pending_migrations() == ["0005_content_keys"]
    again = run_local([feed], db, components=["language.v1"])
    assert again.migrated == ["0005_content_keys"]
    assert (again.stored, again.skipped, again.failed) == (0, 3, 0)
    records[1]["text"] = "A rewritten article: the talks have ended, the minister said."
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    rewritten = run_local([feed], db, components=["language.v1"])
    assert (rewritten.stored, rewritten.skipped) == (1, 2)
    with Store.open(db) as store:
        assert [a.outlet for a in store.appearances()] == ["O0", "O1", "O2", "O1"]
        assert store.counts()["articles"] == 4 and store.integrity_check() == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
