"""Tests for provenance.distributed: extraction on a local Dask cluster matches a serial run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import _ingest, serialise
from provenance._cli import main
from provenance.distributed import extract_bag
from provenance.errors import ProvenanceError
from provenance.store import Store
from tests.conftest import FIXTURES

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A two-process local cluster, closed cleanly after the module's tests."""
    # No dashboard: it needs optional packages and a free port, neither of which the test is about.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def fixture_articles() -> list[Path]:
    """The seed articles (each with its metadata sidecar)."""
    return sorted(FIXTURES.glob("*.txt"))


@pytest.mark.slow
def test_cluster_extraction_matches_a_serial_run(client: object, tmp_path: Path) -> None:
    """Records written by the cluster equal, serialised, those extracted one by one here."""
    paths = fixture_articles()
    parts = extract_bag(paths, output_dir=tmp_path / "out", partitions=2)
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl"]
    from_cluster = [serialise.dumps(r) for part in parts for r in serialise.load_jsonl(part)]
    serial = [serialise.dumps(_ingest.extract_file(p)) for p in paths]
    assert from_cluster == serial


@pytest.mark.slow
def test_partitions_load_into_the_store(client: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The partitions are what ingest and import_jsonl load."""
    parts = extract_bag(fixture_articles(), output_dir=tmp_path / "out", partitions=3)
    db = tmp_path / "d.db"
    assert main(["ingest", *map(str, parts), "--db", str(db), "--jobs", "1"]) == 0
    assert "articles: 4 added" in capsys.readouterr().out
    with Store.open(tmp_path / "e.db") as store:
        for part in parts:
            store.import_jsonl(part)
        assert len(store) == 4


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    """No inputs, or no partitions, is an error before any work starts."""
    with pytest.raises(ProvenanceError, match="no input files"):
        extract_bag([], output_dir=tmp_path)
    with pytest.raises(ProvenanceError, match="partitions must be at least 1"):
        extract_bag(fixture_articles(), output_dir=tmp_path, partitions=0)
