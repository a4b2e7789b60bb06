"""Importing a brand package builds no generated model and loads neither attrs, asyncio,
concurrent.futures nor the OAuth flows; every name its lazy namespaces list resolves on first use.
(Here, where every brand is installed.)"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest

MODEL_NAMESPACES = {
    "volvo": ["models"],
    "bmw": ["models"],
    "ford": ["models.connect", "models.query", "models.fordpass"],
    "smartcar": ["models"],
}
BRANDS = list(MODEL_NAMESPACES)
# Handwritten modules a brand loads on first use (clients with commands, other APIs, helpers).
DEFERRED = {
    "volvo": [],
    "bmw": [],
    "ford": ["carconnect.ford.connect", "carconnect.ford.commands", "carconnect.ford.fordpass"],
    "smartcar": [
        f"carconnect.smartcar.{module}"
        for module in ("v3", "async_v3", "management", "async_management", "batch", "webhooks")
    ],
}


def modules_after(statement: str) -> list[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def generated_apis(brand: str) -> list[str]:
    """Every generated API package (BMW's generated telematics catalogue is a plain module)."""
    generated = importlib.import_module(f"carconnect.{brand}._generated")
    return [f"{generated.__name__}.{info.name}" for info in pkgutil.iter_modules(generated.__path__) if info.ispkg]


@pytest.mark.parametrize("brand", BRANDS)
def test_importing_a_brand_stays_light(brand: str) -> None:
    loaded = modules_after(f"import carconnect.{brand}")
    assert [name for name in loaded if "._generated." in name and ".models." in name] == []
    assert "asyncio" not in loaded
    assert "concurrent.futures" not in loaded
    assert "attrs" not in loaded
    assert [name for name in DEFERRED[brand] if name in loaded] == []
    assert "carconnect.core.oauth" not in loaded


@pytest.mark.parametrize("namespace", [f"carconnect.{b}.{m}" for b in BRANDS for m in MODEL_NAMESPACES[b]])
def test_every_model_name_resolves(namespace: str) -> None:
    module = importlib.import_module(namespace)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("api", [api for brand in BRANDS for api in generated_apis(brand)])
def test_every_operation_and_client_resolves(api: str) -> None:
    package = importlib.import_module(f"{api}.api")
    for tag in pkgutil.iter_modules(package.__path__):
        operations = importlib.import_module(f"{package.__name__}.{tag.name}")
        for name in operations.__all__:
            operation = getattr(operations, name)
            assert callable(operation.sync_detailed)
            assert callable(operation.asyncio_detailed)
    assert importlib.import_module(api).AuthenticatedClient.__name__ == "AuthenticatedClient"


@pytest.mark.parametrize("brand", BRANDS)
def test_every_lazy_package_name_resolves(brand: str) -> None:
    package = importlib.import_module(f"carconnect.{brand}")
    for name in package.__all__:
        assert getattr(package, name) is not None


FIRST_IMPORT = """
import importlib, pkgutil, sys
models = importlib.import_module(sys.argv[1])
names = [f"{models.__name__}.{info.name}" for info in pkgutil.iter_modules(models.__path__)]
for name in names:
    for loaded in [module for module in sys.modules if module.startswith(models.__name__ + ".")]:
        del sys.modules[loaded]
    module = importlib.import_module(name)
    classes = [value for value in vars(module).values() if isinstance(value, type) and value.__module__ == name]
    assert classes, name
print(len(names))
"""


@pytest.mark.parametrize("api", [api for brand in BRANDS for api in generated_apis(brand)])
def test_any_model_module_can_be_imported_first(api: str) -> None:
    """Models import what they refer to after their own class: any of them loads first, cycles included."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORT, f"{api}.models"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_the_pytest_plugin_loads_nothing_heavy() -> None:
    """Installing carconnect-sim registers the plug-in in every pytest run of the environment."""
    loaded = modules_after("import carconnect.sim.pytest_plugin")
    heavy = ("httpx", "starlette", "uvicorn", "carconnect.core", "carconnect.sim.server", "carconnect.sim.profiles")
    assert [name for name in heavy if name in loaded] == []


def test_every_simulator_name_resolves_on_first_use() -> None:
    import carconnect.sim

    for name in carconnect.sim.__all__:
        assert getattr(carconnect.sim, name) is not None
    assert callable(carconnect.sim.endpoints)  # the function, not a module of that name
    assert sorted(carconnect.sim.__all__) == sorted(carconnect.sim._HOME)
    assert set(carconnect.sim.__all__) <= set(dir(carconnect.sim))
    with pytest.raises(AttributeError, match="no attribute 'Simulater'"):
        carconnect.sim.Simulater  # noqa: B018
