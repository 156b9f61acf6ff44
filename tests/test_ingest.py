"""Tests for ingest: inputs and sidecars, parallel extraction, and crash safety of the store."""

from __future__ import annotations

import datetime
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance import _ingest, serialise
from provenance._cli import main
from provenance.errors import FormatError
from provenance.store import PreparedRecord, Store
from tests.store_helpers import synthetic

ROOT = Path(__file__).resolve().parent.parent


def write_articles(folder: Path, n: int) -> list[str]:
    """``n`` generated records, one .json file each."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i, record in enumerate(synthetic(n, seed=7)):
        path = folder / f"article-{i:03d}.json"
        serialise.dump(record, path)
        names.append(str(path))
    return names


def assert_only_whole_articles(db: Path) -> int:
    """The database is sound and every stored article has all of its rows; return how many."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = conn.execute("SELECT id, record FROM articles").fetchall()
    for article_id, document in rows:
        record = serialise.loads(document)
        assert record.article.id == article_id

        def stored(sql: str, article: str = article_id) -> list[str]:
            return sorted(r[0] for r in conn.execute(sql, (article,)))

        assert stored("SELECT id FROM quotations WHERE article = ?") == sorted(q.id for q in record.quotations)
        assert stored("SELECT id FROM claims WHERE article = ?") == sorted(c.id for c in record.claims)
        assert stored("SELECT article_entity FROM entity_merges WHERE article = ?") == sorted(
            e.id for e in record.entities
        )
        hops = sum(len(i.attribution.chain) for i in record.quotations if i.attribution is not None)
        hops += sum(len(c.attribution.chain) for c in record.claims)
        assert conn.execute("SELECT COUNT(*) FROM hops WHERE article = ?", (article_id,)).fetchone()[0] == hops
    # The full-text indexes agree with the tables they index (SQLite raises if not).
    conn.execute("INSERT INTO quotation_fts(quotation_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('integrity-check')")
    conn.close()
    return len(rows)


@pytest.mark.slow
def test_killed_ingests_leave_only_whole_articles(tmp_path: Path) -> None:
    """Twenty SIGKILLs at random moments never leave a damaged database or half an article (or batch)."""
    files = write_articles(tmp_path / "in", 200)
    db = tmp_path / "crash.db"
    rng = random.Random(20221024)
    killed_mid_run = 0
    for _ in range(20):
        order = files[:]
        rng.shuffle(order)  # reach new articles early in every round
        proc = subprocess.Popen(
            # Small batches, so that kills land between and inside many of them.
            [sys.executable, "-m", "provenance", "ingest", *order, "--db", str(db), "--jobs", "1", "--batch", "7"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        if proc.wait() == -signal.SIGKILL:
            killed_mid_run += 1
        if db.exists():
            assert_only_whole_articles(db)
            with Store.open(db) as store:  # opens (and recovers the WAL) after every kill
                assert len(store) <= 200
    assert killed_mid_run > 0
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "ingest", *files, "--db", str(db), "--jobs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert assert_only_whole_articles(db) == 200
    with Store.open(db) as store:
        assert sorted(serialise.dumps(r) for r in store.records()) == sorted(
            serialise.dumps(serialise.load(f)) for f in files
        )


def test_parallel_processing_keeps_input_order(tmp_path: Path) -> None:
    """Two worker processes give the same records, in the same order, as one."""
    files = write_articles(tmp_path, 12)
    serial = [p.records for p in _ingest.process_all(files, jobs=1)]
    parallel = [p.records for p in _ingest.process_all(files, jobs=2)]
    assert serial == parallel
    assert [r.article.id for (r,) in serial] == [serialise.load(f).article.id for f in files]


def test_prepared_processing_matches_preparing_the_records(tmp_path: Path) -> None:
    """Workers that prepare rows give what preparing the loaded records here gives, in order."""
    files = write_articles(tmp_path, 9)
    plain = list(_ingest.process_all(files, jobs=1))
    expected = [PreparedRecord.of(r, f) for p in plain for r, f in zip(p.records, p.findings, strict=True)]
    for jobs in (1, 2):
        processed = list(_ingest.process_all(files, jobs=jobs, prepare=True))
        assert all(p.records == () and p.error is None for p in processed)
        assert [r for p in processed for r in p.prepared] == expected


def test_ingest_in_batches_equals_ingest_one_by_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Batch size and worker count change nothing in the stored corpus or the summary."""
    files = write_articles(tmp_path / "in", 25)
    outputs = []
    for name, jobs, batch in (("one", "1", "1"), ("batched", "1", "10"), ("parallel", "2", "4")):
        extra = ["--optimize"] if name == "parallel" else []
        db = tmp_path / f"{name}.db"
        assert main(["ingest", *files, "--db", str(db), "--jobs", jobs, "--batch", batch, *extra]) == 0
        outputs.append(capsys.readouterr().out.replace(str(db), "DB"))
        with Store.open(db) as store:
            assert [serialise.dumps(r) for r in store.records()] == [
                serialise.dumps(serialise.load(f)) for f in files
            ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert "articles: 25 added" in outputs[0]


def test_ingest_refuses_a_batch_below_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--batch 0 is unusable input: exit 2 with a message."""
    files = write_articles(tmp_path, 1)
    assert main(["ingest", *files, "--db", str(tmp_path / "s.db"), "--batch", "0"]) == 2
    assert "--batch" in capsys.readouterr().err


def test_bad_files_are_reported_not_raised(tmp_path: Path) -> None:
    """An unreadable or malformed file becomes an error for that file only."""
    good = write_articles(tmp_path, 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format": "provenance.record"}\n', encoding="utf-8")
    missing = str(tmp_path / "missing.json")
    results = list(_ingest.process_all([good[0], str(bad), missing], jobs=1))
    assert results[0].error is None and len(results[0].records) == 1
    assert results[1].error is not None and "line 1" in results[1].error
    assert results[2].error is not None and "cannot read" in results[2].error
    with pytest.raises(FormatError, match="at least 1"):
        list(_ingest.process_all(good, jobs=0))


def test_sidecar_metadata_is_read_and_checked(tmp_path: Path) -> None:
    """Sidecar keys become typed metadata; unknown keys and bad dates are refused."""
    article = tmp_path / "story.txt"
    article.write_bytes("\ufeffA story.".encode())
    meta = tmp_path / "story.meta.json"
    meta.write_text(
        json.dumps({"title": "T", "authors": ["A B"], "published": "2022-10-24", "outlet": None}),
        encoding="utf-8",
    )
    text, found = _ingest.read_article(article)
    assert text == "A story."  # the byte-order mark is not text
    assert found == {"title": "T", "authors": ("A B",), "published": datetime.date(2022, 10, 24)}
    meta.write_text(json.dumps({"titel": "T"}), encoding="utf-8")
    with pytest.raises(FormatError, match="unknown metadata key 'titel'"):
        _ingest.read_article(article)
    meta.write_text(json.dumps({"published": "24/10/2022"}), encoding="utf-8")
    with pytest.raises(FormatError, match="'published' must be a date"):
        _ingest.read_article(article)
    meta.write_text(json.dumps({"authors": "A B"}), encoding="utf-8")
    with pytest.raises(FormatError, match="'authors' must be a list"):
        _ingest.read_article(article)
    article.write_bytes(b"\xff\xfe bad")
    with pytest.raises(FormatError, match="not UTF-8"):
        _ingest.read_article(article)


def test_fixture_sidecars_are_valid() -> None:
    """Every fixture's sidecar reads cleanly."""
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    assert fixtures
    for path in fixtures:
        _, meta = _ingest.read_article(path)
        assert set(meta) <= set(_ingest.METADATA_KEYS)
