"""Composition root: wires the core (``integration``) to its adapters and exposes the CLI."""

from integration import __version__

__all__ = ["__version__"]
