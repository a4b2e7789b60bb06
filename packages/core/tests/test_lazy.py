"""Lazy namespaces resolve on first use; importing core loads nothing it does not need yet."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest

from carconnect.core.lazy import reexport


def namespace_with(*sources: types.ModuleType | str) -> types.ModuleType:
    module = types.ModuleType("lazy_test")
    module.__all__ = ["dumps", "sqrt", "JSONDecodeError"]  # type: ignore[attr-defined]
    module.__getattr__, module.__dir__ = reexport(vars(module), *sources)  # type: ignore[method-assign]
    return module


def test_names_resolve_from_the_first_source_that_exports_them() -> None:
    import json as json_module

    module = namespace_with(json_module, "math")
    assert module.dumps is json_module.dumps
    assert module.JSONDecodeError is json_module.JSONDecodeError
    assert "dumps" in vars(module)  # cached: resolved once
    with pytest.raises(AttributeError, match="sqrt"):
        _ = module.sqrt  # math has no __all__: nothing is exported from it
    assert {"dumps", "sqrt", "JSONDecodeError"} <= set(dir(module))


def test_unlisted_names_are_attribute_errors() -> None:
    module = namespace_with("json")
    with pytest.raises(AttributeError, match="loads"):
        _ = module.loads  # exported by json, but not listed in this namespace's __all__


def test_importing_core_stays_light() -> None:
    code = "import json, sys; import carconnect.core; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert not loaded & {"asyncio", "carconnect.core.oauth", "authlib"}  # httpx itself loads no asyncio


def test_every_generated_package_shares_core_unset() -> None:
    from carconnect.core import UNSET, Unset, present

    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert present(UNSET) is None
    assert present(0) == 0
    assert isinstance(UNSET, Unset)
