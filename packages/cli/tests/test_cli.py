"""Every CLI command against the simulator, human and --json output, and the error paths."""

from __future__ import annotations

import json
import re
import stat
import tomllib
from pathlib import Path
from typing import NoReturn

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from carconnect.cli import exitcodes
from carconnect.cli import main as cli_main
from carconnect.cli.brands import adapter
from carconnect.core import FakeClock, OAuthError
from carconnect.sim import DEMO_CLIENTS

from .conftest import Cli


def test_login_vehicles_status_command_logout(cli: Cli, home: Path) -> None:
    login = cli.json("login", "volvo")
    assert login["logged_in"] is True
    assert login["has_refresh_token"] is True
    assert login["refresh_expires_at"] is not None  # Volvo ID: 7 idle days
    [account] = cli.json("tokens")
    assert account["refresh_expires_at"] == login["refresh_expires_at"]
    token_files = list((home / "tokens").glob("volvo-sim-*.json"))
    assert len(token_files) == 1
    assert stat.S_IMODE(token_files[0].stat().st_mode) == 0o600

    vehicles = cli.json("vehicles", "volvo")
    assert len(vehicles) == 3
    vin = vehicles[0]["id"]
    assert len(vin) == 17

    status = cli.json("status", "volvo", vin)
    assert status["central_lock"] in {"LOCKED", "UNLOCKED"}

    unlocked = cli.json("command", "volvo", vin, "unlock")
    assert unlocked["succeeded"] is True
    assert cli.json("status", "volvo", vin)["central_lock"] == "UNLOCKED"

    human = cli("status", "volvo", vin)
    assert human.exit_code == 0
    assert "central_lock" in human.stdout

    assert cli.json("logout", "volvo") == {"brand": "volvo", "removed": True}
    assert not token_files[0].exists()


def test_tokens_never_prints_secrets(cli: Cli, home: Path) -> None:
    cli.json("login", "volvo")
    stored = next((home / "tokens").glob("*.json")).read_text()
    listing = cli("tokens")
    as_json = cli.json("tokens")
    assert as_json[0]["account"] == "volvo-sim-default"
    assert as_json[0]["expires_at"]
    secret = DEMO_CLIENTS["volvo"].client_secret or ""
    for text in (listing.stdout, str(as_json)):
        assert secret not in text
        for value in ("access_token", "refresh_token"):
            assert value not in text or '"' + value not in text
    import json

    tokens = json.loads(stored)
    for text in (listing.stdout, str(as_json)):
        assert tokens["access_token"] not in text
        assert tokens["refresh_token"] not in text


def test_not_logged_in_says_how_to_fix(cli: Cli) -> None:
    result = cli("vehicles", "volvo")
    assert result.exit_code == exitcodes.LOGIN_REQUIRED
    line = result.stderr.strip()
    assert line.endswith(f": log in again: carconnect login volvo --sim {cli.sim.base_url}"), line
    assert line.count("log in again") == 1


def test_quota_error_is_not_a_login_error(cli: Cli) -> None:
    cli.json("login", "volvo")
    cli.sim.faults.add("quota", brand="volvo", times=1)
    result = cli("vehicles", "volvo")
    assert result.exit_code == exitcodes.RATE_LIMITED
    assert "quota exhausted" in result.stderr
    assert cli("vehicles", "volvo").exit_code == 0


def test_unknown_command_is_a_usage_error(cli: Cli) -> None:
    cli.json("login", "volvo")
    result = cli("command", "volvo", "VIN", "fly")
    assert result.exit_code == exitcodes.USAGE
    assert "supports" in result.stderr


@pytest.mark.parametrize("broken", ["not = [toml", None], ids=["invalid-toml", "a-directory"])
def test_a_broken_config_file_is_named_with_the_fix(cli: Cli, home: Path, broken: str | None) -> None:
    config = home / "settings.toml"
    if broken is None:
        config.mkdir()
    else:
        config.write_text(broken)
    result = cli("vehicles", "volvo", "--config", str(config), sim=False)
    assert result.exit_code == exitcodes.USAGE
    assert str(config) in result.stderr
    assert "--config" in result.stderr


def test_a_simulator_never_gets_the_real_credentials_of_the_environment_or_config(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = home / "config.toml"
    config.write_text('[volvo]\nclient_id = "real-client"\nclient_secret = "real-secret-0123"\n')
    monkeypatch.setenv("CARCONNECT_VOLVO_API_KEY", "real-vcc-api-key-0123")
    # the simulator knows only its demo application: a real client id would fail the login, and a
    # real API key every read (401 invalid_api_key)
    assert cli.json("login", "volvo")["logged_in"] is True
    assert cli.json("vehicles", "volvo")


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """No brand credentials in the environment."""
    for brand in ("volvo", "bmw", "ford", "smartcar"):
        for name in ("client_id", "client_secret", "api_key"):
            monkeypatch.delenv(f"CARCONNECT_{brand.upper()}_{name.upper()}", raising=False)


def test_missing_credentials_are_named_at_once_with_the_config_file(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch, no_credentials: None
) -> None:
    monkeypatch.setenv("CARCONNECT_VOLVO_CLIENT_ID", "from-the-environment")
    result = cli("login", "volvo", "--no-browser", sim=False)
    assert result.exit_code == exitcodes.FAILED
    first, *example = result.stderr.splitlines()
    assert first == (
        "error: volvo needs client_secret and api_key: pass --client-secret and --api-key, set "
        "CARCONNECT_VOLVO_CLIENT_SECRET and CARCONNECT_VOLVO_API_KEY, or add them to the config file "
        f"{home / 'config.toml'}, such as:"
    )
    needed = ["client_id", "client_secret", "api_key"]
    assert tomllib.loads("\n".join(example)) == {"volvo": dict.fromkeys(needed, "...")}
    listing = cli("vehicles", "bmw", sim=False)  # no credential options there: only the other two ways
    assert listing.stderr.startswith(
        "error: bmw needs client_id: set CARCONNECT_BMW_CLIENT_ID, or add it to the config file "
    )
    assert tomllib.loads("\n".join(listing.stderr.splitlines()[1:])) == {"bmw": {"client_id": "..."}}


@pytest.mark.parametrize(
    ("brand", "option", "hint"),
    [
        ("bmw", "--client-id", "the client id came from option --client-id: check it against carconnect sim --help"),
        ("ford", "--client-secret", "and the client secret came from option --client-secret: check them against"),
    ],
)
def test_a_wrong_client_says_where_its_credentials_came_from(cli: Cli, brand: str, option: str, hint: str) -> None:
    result = cli("login", brand, option, "wrong")
    assert result.exit_code == exitcodes.FAILED
    line = result.stderr.strip().splitlines()[-1]
    assert "invalid_client" in line
    assert hint in line


def test_a_vendor_refusing_the_client_names_its_sources_and_the_portal(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch, no_credentials: None
) -> None:
    def refused(*args: object, **kwargs: object) -> NoReturn:
        raise OAuthError("unknown client", status_code=401, code="invalid_client")

    monkeypatch.setattr(cli_main, "authorization_code_login", refused)
    (home / "config.toml").write_text('[volvo]\nclient_id = "id"\napi_key = "key"\n')
    result = cli("login", "volvo", "--client-secret", "not-printed", sim=False)
    assert result.exit_code == exitcodes.FAILED
    assert result.stderr.strip() == (
        "error: HTTP 401 invalid_client: unknown client - the client id came from config file "
        f"{home / 'config.toml'} and the client secret came from option --client-secret: check them against "
        "the Volvo Cars developer portal (developer.volvocars.com)"
    )


def test_the_readme_config_example_holds_what_each_brand_needs() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```toml\n(.*?)```", readme, re.DOTALL)
    for brand, table in tomllib.loads(example).items():
        assert tuple(table) == adapter(brand).credentials


def test_login_help_lists_the_credentials_of_the_brand_and_the_config_file(cli: Cli, home: Path) -> None:
    result = cli("login", "volvo", "--help", sim=False)
    assert result.exit_code == 0
    assert "volvo  client_id, client_secret and api_key" in result.stdout
    assert f"    # {home / 'config.toml'}\n    [volvo]\n" in result.stdout
    assert '[volvo]\n    client_id = "..."\n    client_secret = "..."\n    api_key = "..."' in result.stdout
    assert "[bmw]" not in result.stdout
    every = cli("login", "--help", sim=False).stdout
    assert "bmw       client_id\n" in every
    assert "[smartcar]" in every


@pytest.mark.parametrize(("brand", "api", "action"), [("ford", "connect", "lock"), ("smartcar", None, "unlock")])
def test_other_authorization_code_brands(cli: Cli, brand: str, api: str | None, action: str) -> None:
    login = cli.json("login", brand, *(["--api", api] if api else []))
    assert login["logged_in"] is True
    assert login.get("api") == api
    vehicles = cli.json("vehicles", brand)  # the API the login was for, without --api
    assert len(vehicles) == 3
    vehicle = vehicles[0]["id"]
    assert cli.json("status", brand, vehicle)
    outcome = cli.json("command", brand, vehicle, action)
    assert outcome["command"] == action
    assert outcome["status"].lower() in {"completed", "success"}


def test_bmw_device_login_and_read_only_commands(cli: Cli) -> None:
    login = cli("--json", "login", "bmw")
    assert login.exit_code == 0, login.output
    assert "confirm the code" in login.stderr
    vin = cli.json("vehicles", "bmw")[0]["id"]
    status = cli.json("status", "bmw", vin)
    assert status["calls_left_today"] < 50
    refused = cli("command", "bmw", vin, "lock")
    assert refused.exit_code == exitcodes.NOT_SUPPORTED
    assert "BMW CarData has no remote commands" in refused.stderr


def test_bmw_status_costs_one_call_once_its_container_is_remembered(cli: Cli, home: Path) -> None:
    assert cli("--json", "login", "bmw").exit_code == 0
    vin = cli.json("vehicles", "bmw")[0]["id"]
    first = cli.json("status", "bmw", vin)["calls_left_today"]
    second = cli.json("status", "bmw", vin)["calls_left_today"]
    assert first - second == 1  # telematicData only: no container listing
    [remembered] = home.rglob("bmw-status-container")
    container_id, name = remembered.read_text().split()
    remembered.write_text(f"XXXXXXXXXXXXX {name}\n")  # a container the account does not have (CU-105)
    third = cli.json("status", "bmw", vin)
    assert second - third["calls_left_today"] == 3  # refused, listed, read
    assert "mileage" in third
    assert remembered.read_text().split() == [container_id, name]
    remembered.write_text(f"{container_id} carconnect-0123456789ab\n")  # remembered for other descriptors
    fourth = cli.json("status", "bmw", vin)
    assert third["calls_left_today"] - fourth["calls_left_today"] == 2  # listed, read: never the old container


def test_demo_runs_every_step_of_every_brand(cli: Cli) -> None:
    result = cli("--json", "demo", sim=False)
    assert result.exit_code == 0, result.output
    steps = json.loads(result.stdout)
    assert {step["brand"] for step in steps} == {"volvo", "bmw", "ford", "smartcar"}
    assert all(step["ok"] for step in steps)
    assert {"login", "vehicles", "status", "rate limit", "quota"} <= {step["step"] for step in steps}
    assert [step["brand"] for step in steps if step["step"] == "stream"] == ["bmw"]


def test_demo_shows_a_few_bmw_updates_streamed_through_the_garage(cli: Cli) -> None:
    from carconnect.cli.demo import DRIVEN_KM, STREAMED_UPDATES

    result = cli("demo", "--brand", "bmw", sim=False)
    assert result.exit_code == 0, result.output
    assert "ok   bmw       stream" in result.stderr
    shown = result.stdout.split("BMW updates streamed over MQTT")[1].splitlines()[1:]
    rows = [line.split() for line in shown if line.startswith("  ")]
    assert 2 <= len(rows) <= STREAMED_UPDATES
    odometers = [row for row in rows if row[1] == "odometer"]  # time, field, value, unit, "from", descriptor
    assert len(odometers) == 2
    assert {row[-1] for row in odometers} == {"vehicle.vehicle.travelledDistance"}
    assert [row[3] for row in odometers] == ["km", "km"]
    assert float(odometers[1][2]) - float(odometers[0][2]) == DRIVEN_KM
    assert rows[-1] == odometers[1]  # the section ends with the update after the drive


def test_the_demo_stream_is_bounded_when_no_update_comes(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from carconnect.cli import demo
    from carconnect.sim.mqtt.broker import CarDataBroker

    monkeypatch.setattr(demo, "STREAM_SECONDS", 1.0)
    monkeypatch.setattr(CarDataBroker, "publish_changes", lambda self: 0)  # the car never publishes
    result = cli("demo", "--brand", "bmw", sim=False)
    assert result.exit_code == 1, result.output
    assert "FAIL bmw       stream         TimeoutError" in result.stderr
    assert "ok   bmw       quota" in result.stderr


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in memory, standing in for the system one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_keyring_backend_keeps_tokens_out_of_files(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("CARCONNECT_TOKEN_STORE", "keyring")
    try:
        cli.json("login", "volvo")
        stored = backend.secrets[("carconnect", "volvo-sim-default")]
        files = [path for path in (home / "tokens").iterdir() if path.is_file()]
        assert all(json.loads(stored)["access_token"] not in path.read_text() for path in files)
        assert len(cli.json("vehicles", "volvo")) == 3
        assert cli.json("tokens")[0]["account"] == "volvo-sim-default"
        assert cli.json("logout", "volvo")["removed"] is True
        assert not backend.secrets
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("brand", ["volvo", "bmw"])
def test_a_keyring_without_backend_fails_before_the_login_starts(
    cli: Cli, brand: str, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    monkeypatch.setenv("CARCONNECT_TOKEN_STORE", "keyring")
    try:
        result = cli("login", brand)
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == exitcodes.FAILED
    [line] = result.stderr.splitlines()  # no login URL, no device code
    assert "install a keyring backend (e.g. keyrings.alt) or unset CARCONNECT_TOKEN_STORE" in line
    assert "NoKeyringError: No recommended backend was available" in line  # keyring's own advice
    assert opened == []


def test_a_token_directory_that_cannot_be_made_fails_before_the_login_starts(
    cli: Cli, home: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_directory = home / "file"
    not_a_directory.write_text("")
    monkeypatch.setenv("CARCONNECT_HOME", str(not_a_directory))
    result = cli("login", "volvo")
    assert result.exit_code == exitcodes.FAILED
    assert f"cannot keep tokens in {not_a_directory / 'tokens'}" in result.stderr.strip()
    assert opened == []


def test_an_unknown_token_store_is_an_error(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARCONNECT_TOKEN_STORE", "keychain")
    result = cli("login", "bmw")
    assert result.exit_code == exitcodes.FAILED
    assert result.stderr.strip() == (
        "error: CARCONNECT_TOKEN_STORE=keychain is no token store: set it to keyring or file, or unset it"
    )


def test_smartcar_application_token_login(cli: Cli) -> None:
    answer = cli.json("login", "smartcar", "--app")
    assert answer["application_token"] is True
    assert answer["has_refresh_token"] is False
    assert cli("login", "volvo", "--app").exit_code == exitcodes.USAGE


@pytest.mark.parametrize("brand", ["ford", "smartcar"])
def test_demo_quota_step_holds_just_before_midnight(brand: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ford and Smartcar answer a quota with 429 and Retry-After; the simulator refills it at UTC midnight.

    Two seconds before midnight the refill is a wait the client would sit out: the demo's quota must not be.
    """
    from carconnect.cli.demo import DemoRun
    from carconnect.sim import Simulator, fault_effects

    monkeypatch.setattr(fault_effects, "seconds_to_midnight", lambda now: 2)
    clock = FakeClock()
    with Simulator(seed=0, clock=clock) as sim:
        steps = {step.step: step for step in DemoRun(sim, brand, clock=clock).run()}
    assert all(step.ok for step in steps.values()), steps
    assert steps["quota"].detail.startswith(("RateLimitError", "QuotaExceededError"))


@pytest.mark.parametrize(
    ("brand", "error"),
    [("volvo", "QuotaExceededError"), ("bmw", "QuotaExceededError"), ("ford", "RateLimitError"),
     ("smartcar", "QuotaExceededError")],
)  # fmt: skip
def test_the_demo_quota_step_shows_the_quota_answer_the_simulator_sent(brand: str, error: str) -> None:
    """The quota step really reaches the simulator, after a rate limit step that may leave the client
    refusing calls on its own for a while (Smartcar blocks the vehicle for the Retry-After)."""
    from carconnect.cli.demo import DemoRun
    from carconnect.sim import Simulator

    clock = FakeClock()
    with Simulator(seed=0, clock=clock) as sim:
        steps = {step.step: step for step in DemoRun(sim, brand, clock=clock).run()}
        quota_faults = [fault.fired for fault in sim.faults.list() if fault.kind == "quota"]
    assert steps["quota"].ok, steps["quota"]
    assert steps["quota"].detail.startswith(f"{error} ("), steps["quota"].detail
    assert quota_faults == [1]


def test_the_demo_fails_a_quota_step_that_gets_another_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from carconnect.cli.demo import DemoRun
    from carconnect.sim import Simulator
    from carconnect.sim.faults import Fault, FaultRegistry

    add = FaultRegistry.add

    def rate_limit_instead(self: FaultRegistry, kind: str, **options: object) -> Fault:
        return add(self, "rate_limit" if kind == "quota" else kind, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(FaultRegistry, "add", rate_limit_instead)
    clock = FakeClock()
    with Simulator(seed=0, clock=clock) as sim:
        steps = {step.step: step for step in DemoRun(sim, "smartcar", clock=clock).run()}
    assert not steps["quota"].ok
    assert steps["quota"].detail.startswith("UnexpectedOutcome: expected QuotaExceededError, got RateLimitError")
