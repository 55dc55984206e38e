"""``python -m klarsprak`` runs the command line."""

from .cli import main

main()
