"""Importing carconnect.volvo builds no generated model and loads neither asyncio nor the OAuth flows;
every name its lazy namespaces list resolves on first use."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest

from carconnect.volvo import _generated

MODEL_NAMESPACES = ["carconnect.volvo.models"]
APIS = [info.name for info in pkgutil.iter_modules(_generated.__path__)]


def modules_after(statement: str) -> list[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_importing_the_package_stays_light() -> None:
    loaded = modules_after("import carconnect.volvo")
    assert [name for name in loaded if "._generated." in name and ".models." in name] == []
    assert "asyncio" not in loaded
    assert "carconnect.core.oauth" not in loaded


@pytest.mark.parametrize("namespace", MODEL_NAMESPACES)
def test_every_model_name_resolves(namespace: str) -> None:
    module = importlib.import_module(namespace)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("api", APIS)
def test_every_operation_resolves(api: str) -> None:
    package = importlib.import_module(f"carconnect.volvo._generated.{api}.api")
    for tag in pkgutil.iter_modules(package.__path__):
        operations = importlib.import_module(f"{package.__name__}.{tag.name}")
        for name in operations.__all__:
            operation = getattr(operations, name)
            assert callable(operation.sync_detailed)
            assert callable(operation.asyncio_detailed)
    generated = importlib.import_module(f"carconnect.volvo._generated.{api}")
    assert generated.AuthenticatedClient.__name__ == "AuthenticatedClient"
