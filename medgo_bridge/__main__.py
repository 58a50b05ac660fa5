"""``python -m medgo_bridge`` = the ``medgo-bridge`` command."""

from medgo_bridge.cli import main

main()
