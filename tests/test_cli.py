"""Tests for the command line's shared behaviour and `provenance validate`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import serialise
from provenance._cli import main
from tests.test_model import _relay_record


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("provenance ")


def test_help_lists_validate(capsys: pytest.CaptureFixture[str]) -> None:
    """--help lists the discovered subcommands."""
    assert main(["--help"]) == 0
    assert "validate" in capsys.readouterr().out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """No subcommand prints help and exits 2."""
    assert main([]) == 2


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's usage errors exit 2."""
    assert main(["validate", "--bogus"]) == 2


def test_validate_clean_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid record exits 0 with a summary line."""
    path = tmp_path / "r.json"
    serialise.dump(_relay_record(), path)
    assert main(["validate", str(path)]) == 0
    assert "ok (3 quotations, 0 claims, 3 entities)" in capsys.readouterr().out


def test_validate_reports_problems_with_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record with a broken anchor exits 1 and names the JSON path."""
    data = serialise.to_data(_relay_record())
    data["quotations"][0]["segments"][0]["content"]["start"] += 1
    data["quotations"][0]["segments"][0]["content"]["exact"] = data["quotations"][0]["segments"][0]["content"]["exact"][1:]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "@ $.quotations[0].segments[0].content" in out


def test_validate_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing files and malformed JSON exit 2."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert main(["validate", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_validate_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSONL file validates record by record."""
    path = tmp_path / "r.jsonl"
    serialise.write_jsonl([_relay_record(), _relay_record()], path)
    assert main(["validate", "-q", str(path)]) == 0


def test_console_entry_point_runs() -> None:
    """python -m provenance works as a real process."""
    result = subprocess.run(
        [sys.executable, "-m", "provenance", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "provenance" in result.stdout
