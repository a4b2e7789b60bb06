"""Every package logs through its ``carconnect.<package>`` logger, which carries a ``NullHandler`` and
nothing else (so an application without logging configured prints nothing). Here, where every
package is installed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["core", "volvo", "bmw", "ford", "smartcar", "garage", "sim"])
def test_a_package_adds_a_null_handler_to_its_logger(package: str) -> None:
    code = (
        "import json, logging, importlib; "
        f"importlib.import_module('carconnect.{package}'); "
        f"handlers = logging.getLogger('carconnect.{package}').handlers; "
        "print(json.dumps([type(handler).__name__ for handler in handlers]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == ["NullHandler"]
