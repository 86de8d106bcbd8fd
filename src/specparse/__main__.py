"""``python -m specparse`` runs the command line."""

from .cli import main

main()
