"""Tests for the ``provenance export`` command."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest
from prov.model import ProvDocument

from provenance import serialise
from provenance._cli import main
from provenance.export import to_csl, to_prov, to_prov_n, to_schemaorg, to_webannotation
from tests.export_records import record_002


@pytest.fixture
def record_file(tmp_path: Path) -> Path:
    """The 002 seed record written as a record file."""
    path = tmp_path / "002.record.json"
    serialise.dump(record_002(), path)
    return path


def test_webannotation_to_stdout(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--to webannotation prints the collection the library builds."""
    assert main(["export", str(record_file), "--to", "webannotation"]) == 0
    assert json.loads(capsys.readouterr().out) == to_webannotation(record_002())


def test_base_iri_is_passed_on(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--base-iri prefixes the ids of annotations and schema.org nodes."""
    base = "https://example.org/anno/"
    assert main(["export", str(record_file), "--to", "schemaorg", "--base-iri", base]) == 0
    assert json.loads(capsys.readouterr().out) == to_schemaorg(record_002(), base_iri=base)


@pytest.mark.parametrize("fmt", ["webannotation", "schemaorg", "csl", "prov-json", "prov-n"])
def test_every_format_to_a_file(fmt: str, record_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes the export to a file and nothing to standard output."""
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(record_file), "--to", fmt, "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    record = record_002()
    if fmt == "csl":
        assert json.loads(text) == [to_csl(record)]
    elif fmt == "prov-json":
        assert ProvDocument.deserialize(content=text, format="json") == to_prov(record)
    elif fmt == "prov-n":
        assert text == to_prov_n(record) + "\n"
    else:
        assert json.loads(text)["@context"]


def test_record_from_standard_input(record_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """RECORD - reads the record from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record_file.read_bytes())))
    assert main(["export", "-", "--to", "csl"]) == 0
    assert json.loads(capsys.readouterr().out) == [to_csl(record_002())]


def test_brat_needs_an_output_stem(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--to brat without -o is unusable input (exit 2) with a message saying why."""
    assert main(["export", str(record_file), "--to", "brat"]) == 2
    assert "-o OUT" in capsys.readouterr().err


def test_brat_writes_txt_and_ann(record_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--to brat -o STEM writes STEM.txt and STEM.ann from the brat writer, text byte for byte."""
    stem = tmp_path / "article"
    code = main(["export", str(record_file), "--to", "brat", "-o", str(stem)])
    if importlib.util.find_spec("provenance.brat") is None:
        assert code == 2
        assert "brat export is not available" in capsys.readouterr().err
        return
    from provenance import brat

    assert code == 0
    txt, ann = brat.dump(record_002())
    assert Path(f"{stem}.txt").read_bytes() == txt.encode("utf-8")
    assert Path(f"{stem}.ann").read_text(encoding="utf-8") == ann
    assert Path(f"{stem}.txt").read_bytes() == record_002().text.encode("utf-8")


def test_unreadable_record_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file exits 2 naming it."""
    assert main(["export", str(tmp_path / "none.json"), "--to", "csl"]) == 2
    assert "none.json" in capsys.readouterr().err


def test_malformed_record_names_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record the strict loader refuses exits 2 with the JSON path."""
    path = tmp_path / "bad.json"
    data = serialise.to_data(record_002())
    data["quotations"][0]["kind"] = "quoted"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(path), "--to", "webannotation"]) == 2
    assert "$.quotations[0].kind" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --to value is refused by the parser (exit 2)."""
    assert main(["export", str(record_file), "--to", "rdfa"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_unwritable_output_is_unusable(record_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output path in a missing directory exits 2 naming it."""
    out = tmp_path / "missing" / "out.json"
    assert main(["export", str(record_file), "--to", "csl", "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
