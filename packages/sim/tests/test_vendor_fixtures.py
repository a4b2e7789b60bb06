"""The captured-payload folder: found from the environment or beside the repository, skipped when
missing, failed instead when ``CARCONNECT_REQUIRE_FIXTURES`` is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from carconnect.sim.vendor_fixtures import fixture_file, fixtures_dir, fixtures_root


@pytest.fixture
def near(tmp_path: Path) -> Path:
    """A test module's path inside a monorepo checkout under ``tmp_path``."""
    return tmp_path / "checkout" / "packages" / "volvo" / "tests" / "test_something.py"


def test_the_environment_names_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, near: Path) -> None:
    (tmp_path / "captures" / "volvo").mkdir(parents=True)
    (tmp_path / "captures" / "volvo" / "a.json").write_text("{}")
    monkeypatch.setenv("CARCONNECT_FIXTURES", str(tmp_path / "captures"))
    monkeypatch.setenv("CARCONNECT_REQUIRE_FIXTURES", "1")
    assert fixtures_root(near) == tmp_path / "captures"
    assert fixtures_dir(near) == tmp_path / "captures"
    assert fixtures_dir(near, "volvo") == tmp_path / "captures" / "volvo"
    assert fixture_file(near, "volvo/a.json") == tmp_path / "captures" / "volvo" / "a.json"


@pytest.mark.parametrize("configured", [None, ""])
def test_the_default_is_shared_fixtures_beside_the_repository(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, near: Path, configured: str | None
) -> None:
    if configured is None:
        monkeypatch.delenv("CARCONNECT_FIXTURES", raising=False)
    else:
        monkeypatch.setenv("CARCONNECT_FIXTURES", configured)
    assert fixtures_root(near) == tmp_path / "shared" / "fixtures"
    (tmp_path / "shared" / "fixtures" / "bmw").mkdir(parents=True)
    assert fixtures_dir(near, "bmw") == tmp_path / "shared" / "fixtures" / "bmw"
    unpacked_sdist = tmp_path / "build" / "carconnect_volvo-0.1.0" / "tests" / "test_something.py"
    assert fixtures_root(unpacked_sdist) == tmp_path / "build" / "shared" / "fixtures"


@pytest.mark.parametrize("required", [None, "", "0"])
def test_a_missing_folder_or_payload_skips(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, near: Path, required: str | None
) -> None:
    monkeypatch.setenv("CARCONNECT_FIXTURES", str(tmp_path / "absent"))
    if required is None:
        monkeypatch.delenv("CARCONNECT_REQUIRE_FIXTURES", raising=False)
    else:
        monkeypatch.setenv("CARCONNECT_REQUIRE_FIXTURES", required)
    with pytest.raises(pytest.skip.Exception, match="CARCONNECT_FIXTURES") as skipped:
        fixtures_dir(near, "ford")
    assert skipped.value.allow_module_level  # usable at the top of a test module
    assert str(tmp_path / "absent" / "ford") in str(skipped.value)
    with pytest.raises(pytest.skip.Exception, match=r"ford/a\.json"):
        fixture_file(near, "ford/a.json")


@pytest.mark.parametrize("required", ["1", "yes"])
def test_a_missing_folder_or_payload_fails_when_required(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, near: Path, required: str
) -> None:
    (tmp_path / "captures").mkdir()
    monkeypatch.setenv("CARCONNECT_FIXTURES", str(tmp_path / "captures"))
    monkeypatch.setenv("CARCONNECT_REQUIRE_FIXTURES", required)
    with pytest.raises(pytest.fail.Exception, match="CARCONNECT_REQUIRE_FIXTURES is set"):
        fixtures_dir(near, "smartcar")
    with pytest.raises(pytest.fail.Exception, match="CARCONNECT_REQUIRE_FIXTURES is set"):
        fixture_file(near, "smartcar/v3-signals.json")
    (tmp_path / "captures" / "smartcar").write_text("not a folder")
    with pytest.raises(pytest.fail.Exception, match="no captured payloads"):
        fixtures_dir(near, "smartcar")
