"""``python -m framediff`` runs the command line."""

from framediff.cli import main

main()
