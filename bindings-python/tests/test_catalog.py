"""The catalog the binding reports matches tests/operations.json (the shared operation list)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Tuple

import pytest

import registrar_kit as rk

REPO = Path(__file__).resolve().parents[2]
OPERATIONS_JSON = REPO / "tests" / "operations.json"

# Members of an operations.json row and the catalog member each one is compared with.
RENAMED = {"operation": "name"}


def _key(provider: str, name: str) -> Tuple[str, str]:
    return (provider, name)


def test_catalog_is_not_empty_and_well_formed() -> None:
    rows = rk.catalog()
    assert rows
    assert {row["provider"] for row in rows} <= set(rk.PROVIDERS)
    for row in rows:
        for member in ("provider", "name", "method", "path", "safety", "doc", "summary"):
            assert isinstance(row[member], str) and row[member], (row, member)
        assert row["safety"] in {"safe", "idempotent", "unsafe"}
    keys = [_key(r["provider"], r["name"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate operation names"


def test_catalog_is_the_rust_catalog() -> None:
    """The Rust tests check the catalog against tests/operations.json (exactly, for providers
    marked complete) and that schema/catalog.json is regenerated from it; the binding must report
    that same catalog, so every operation is reachable from Python."""
    generated = json.loads((REPO / "schema" / "catalog.json").read_text(encoding="utf-8"))
    assert rk.catalog() == generated["operations"]


def test_client_operations_are_its_provider_slice_of_the_catalog() -> None:
    for provider in {r["provider"] for r in rk.catalog()}:
        client = _any_client(provider)
        assert client.operations() == [r for r in rk.catalog() if r["provider"] == provider]


def test_catalog_names_only_checklist_operations() -> None:
    data = json.loads(OPERATIONS_JSON.read_text(encoding="utf-8"))
    listed = {_key(r["provider"], r["operation"]): r for r in data["operations"]}
    for row in rk.catalog():
        key = _key(row["provider"], row["name"])
        assert key in listed, f"{key} is in the catalog but not in tests/operations.json"
        for member, value in listed[key].items():
            theirs = RENAMED.get(member, member)
            if theirs in row:
                assert row[theirs] == value, f"{key}: {member} is {row[theirs]!r}, operations.json says {value!r}"


def test_every_catalog_operation_is_reachable() -> None:
    """Every catalog name dispatches: prepare never answers Unsupported for a listed operation."""
    for row in rk.catalog():
        client = _any_client(row["provider"])
        try:
            client.prepare(row["name"], {})
        except rk.UnsupportedError as err:  # pragma: no cover - a failure
            pytest.fail(f"{row['provider']} {row['name']}: {err}")
        except rk.InvalidInputError:
            pass  # empty parameters are refused for most operations; dispatch worked


def _any_client(provider: str) -> rk.Client:
    """A client with the config of the provider's first vector (any provider, no list to keep)."""
    for path in sorted((REPO / "tests" / "vectors" / provider).rglob("case.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if "config" in case:
            return rk.Client(provider, case["config"])
    pytest.fail(f"no vector with a config for provider {provider!r}")
