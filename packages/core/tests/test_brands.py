"""The brand registry reads entry points; a wrong registration is refused with a clear error."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from typing import Any

import pytest

from carconnect.core import brands
from carconnect.core.brands import Brand


def _entry(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=brands.ENTRY_POINT_GROUP)


EXAMPLE = Brand(
    name="example",
    title="Example",
    module="carconnect.core",
    client="ClientBase",
    async_client="AsyncClientBase",
    auth="CarConnectAuth",
)


def test_installed_brands_loads_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(brands, "entry_points", lambda group: [_entry("example", f"{__name__}:EXAMPLE")])
    found = brands.installed_brands()
    assert found == {"example": EXAMPLE}
    assert found["example"].load("CarConnectAuth").__name__ == "CarConnectAuth"


def test_a_registration_that_is_not_a_brand_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(brands, "entry_points", lambda group: [_entry("bad", "builtins:len")])
    with pytest.raises(TypeError, match="'bad'"):
        brands.installed_brands()


def test_a_missing_brand_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    none: list[Any] = []
    monkeypatch.setattr(brands, "entry_points", lambda group: none)
    with pytest.raises(LookupError, match="pip install carconnect-volvo"):
        brands.brand("volvo")
