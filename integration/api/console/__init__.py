"""The operations console (``/console``): server-rendered pages behind a login with roles."""

from integration.api.console.app import create_console

__all__ = ["create_console"]
