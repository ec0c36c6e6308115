"""The mypy usage file also runs (with a fake transport), so it stays honest."""

from __future__ import annotations

import typecheck_usage


def test_usage_file_runs() -> None:
    notes = typecheck_usage.main()
    assert "alldomains" in notes
    assert "sld" in notes
    assert "True" in notes
    assert "AuthError" in notes
