"""The README's configuration table and the CI script stay in step with the code."""

from __future__ import annotations

from integration.settings import Settings
from tests.conftest import ROOT


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"MEDGO_{name.upper()}" for name in Settings.model_fields if f"`MEDGO_{name.upper()}`" not in readme]
    assert not missing, f"README.md configuration table lacks {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] in readme, "the last line of .ci/run must be the README's test command, verbatim"
