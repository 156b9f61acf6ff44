"""``python -m provenance`` runs the command line."""

from provenance._cli import run

run()
