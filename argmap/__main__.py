"""``python -m argmap`` runs the command-line interface."""
from argmap.cli import run

run()
