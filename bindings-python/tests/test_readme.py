"""The README's Python snippet runs as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_readme_python_snippet_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```", readme, re.S)
    assert match, "no ```python block in README.md"
    done = subprocess.run([sys.executable, "-c", match.group(1)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "{'available': True}" in done.stdout
    assert "***" in done.stdout and "YOUR-TOKEN" not in done.stdout
    # without network the call fails as kind "transport"; with it, the fake token gives "auth"
    assert re.search(r"^(transport|auth) (True|False) ", done.stdout, re.M), done.stdout
