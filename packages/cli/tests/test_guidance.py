"""The CLI guides: options anywhere, remembered simulators, clear one-line errors with documented codes."""

from __future__ import annotations

import io
import json
import socket
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from carconnect.cli import exitcodes, login, output
from carconnect.cli import main as cli_main
from carconnect.cli.brands import available
from carconnect.cli.brands.bmw import BmwAdapter
from carconnect.core import AuthenticationError, CarConnectError, ReauthorizationRequiredError, TransportError
from carconnect.core.brands import installed_brands

from .conftest import Cli

SIM_URL = "http://127.0.0.1:8080"


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_brands_come_from_the_installed_entry_points() -> None:
    assert available() == tuple(installed_brands())
    assert set(available()) == {"volvo", "bmw", "ford", "smartcar"}


def test_options_work_after_the_sub_command(cli: Cli) -> None:
    cli.json("login", "volvo")
    after = cli("vehicles", "volvo", "--json")
    assert after.exit_code == 0, after.output
    assert len(json.loads(after.stdout)) == 3
    assert cli("vehicles", "--json", "volvo", "--account", "default").exit_code == 0


def test_the_login_remembers_its_simulator(cli: Cli, home: Path) -> None:
    runner_login = cli("login", "volvo", "--sim", cli.sim.base_url, "--json", sim=False)
    assert runner_login.exit_code == 0, runner_login.output
    assert json.loads(runner_login.stdout)["simulator"] == cli.sim.base_url
    assert len(json.loads(cli("vehicles", "volvo", "--json", sim=False).stdout)) == 3
    assert cli("logout", "volvo", sim=False).exit_code == 0
    forgotten = cli("vehicles", "volvo", sim=False)  # now the real vendor, which needs real credentials
    assert forgotten.exit_code == exitcodes.FAILED
    assert forgotten.stderr.startswith("error: volvo needs client_id")
    assert not list((home / "tokens").glob("*.simulator"))


def test_carconnect_sim_selects_the_simulator(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARCONNECT_SIM", cli.sim.base_url)
    assert cli.json("login", "smartcar")["logged_in"] is True
    assert cli("vehicles", "smartcar", sim=False).exit_code == 0


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("brand", ["volvo", "bmw"])
def test_a_simulator_that_is_not_running_says_how_to_start_one(cli: Cli, brand: str) -> None:
    port = _closed_port()
    down = f"http://127.0.0.1:{port}"
    expected = f"error: no simulator answers at {down}: start one with carconnect sim --port {port}"
    login_there = cli("login", brand, "--sim", down, sim=False)
    assert login_there.exit_code == exitcodes.UNAVAILABLE
    assert _one_line(login_there.stderr) == expected
    assert cli("login", brand).exit_code == 0
    stopped = cli("vehicles", brand, "--sim", down, sim=False)  # the same simulator login, nothing serving it
    assert stopped.exit_code == exitcodes.UNAVAILABLE
    assert _one_line(stopped.stderr) == expected


def test_no_answer_while_the_simulator_runs_is_the_service(cli: Cli) -> None:
    error = TransportError("no HTTP answer from GET /volvo/api/vehicles: RemoteProtocolError")
    code, message = exitcodes.classify(error, "volvo", sim_url=cli.sim.base_url)
    assert code == exitcodes.UNAVAILABLE
    assert message.startswith("service unavailable, try again later: no HTTP answer")


def test_without_a_browser_the_url_and_a_countdown_are_printed(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from carconnect.cli.demo import _user_agent_visit

    def no_browser(url: str) -> bool:
        _user_agent_visit(url)  # the user opens the printed URL by hand
        return False

    monkeypatch.setattr(cli_main, "_browser", lambda: no_browser)
    result = cli("login", "volvo")
    assert result.exit_code == 0, result.output
    assert "No browser could be opened: open the URL above" in result.stderr
    assert "/volvo/auth/" in result.stderr


def test_the_countdown_says_how_long_is_left() -> None:
    said: list[str] = []
    ticked = threading.Event()

    def say(text: str) -> None:
        said.append(text)
        ticked.set()

    with login.countdown(300, say, every=0.001):
        assert ticked.wait(5)
    assert said[0].startswith("waiting for the login... ")
    assert said[0].endswith(" s left")


def test_ctrl_c_exits_130(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("login", "volvo")

    def interrupted(self: object, client: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("carconnect.cli.brands.volvo.VolvoAdapter.vehicles", interrupted)
    result = cli("vehicles", "volvo")
    assert result.exit_code == exitcodes.INTERRUPTED
    assert _one_line(result.stderr) == "error: interrupted"


def test_the_bmw_quota_is_the_shared_ledger(cli: Cli, home: Path) -> None:
    assert cli("login", "bmw").exit_code == 0
    vin = cli.json("vehicles", "bmw")[0]["id"]
    first = cli.json("status", "bmw", vin)["calls_left_today"]
    second = cli.json("status", "bmw", vin)["calls_left_today"]
    assert second < first < 50  # counted across runs, not per process
    ledgers = list((home / "state").glob("bmw-sim-default/bmw-quota.json"))
    assert len(ledgers) == 1
    adapter = BmwAdapter()
    assert adapter.commands == ()


@pytest.mark.parametrize(
    ("brand", "api", "action"),
    [("volvo", None, "lock"), ("bmw", None, None), ("ford", "connect", "lock"), ("ford", "query", None)],
)
def test_a_bad_vin_reads_as_not_found(cli: Cli, brand: str, api: str | None, action: str | None) -> None:
    assert cli("login", brand, *(["--api", api] if api else [])).exit_code == 0
    args = ["command", brand, "YV1BADVIN00000000", action] if action else ["status", brand, "YV1BADVIN00000000"]
    result = cli(*args)
    assert result.exit_code == exitcodes.NOT_FOUND
    line = result.stderr.strip().splitlines()[-1]
    assert "no vehicle 'YV1BADVIN00000000'" in line
    assert f"carconnect vehicles {brand}" in line


def test_usage_errors_are_one_line(cli: Cli) -> None:
    result = cli("vehicles")
    assert result.exit_code == exitcodes.USAGE
    assert "carconnect vehicles --help" in _one_line(result.stderr)
    unknown = cli("vehicles", "tesla")
    assert unknown.exit_code == exitcodes.USAGE
    assert "'tesla' is not one of" in _one_line(unknown.stderr)


def test_the_demo_shows_steps_as_it_goes_and_what_to_try_next(cli: Cli) -> None:
    result = cli("demo", "--brand", "volvo", sim=False)
    assert result.exit_code == 0, result.output
    progress = result.stderr
    assert "ok   volvo     login" in progress
    assert progress.index("ok   volvo     login") < progress.index("Next:")
    assert "carconnect login volvo --sim" in progress


def test_demo_and_sim_without_the_simulator_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "carconnect.sim", None)  # import carconnect.sim now fails
    runner = CliRunner()
    for args in (["demo"], ["sim", "--port", "0"], ["vehicles", "volvo", "--sim", "http://127.0.0.1:9"]):
        result = runner.invoke(cli_main.cli, args)
        assert result.exit_code == exitcodes.NEEDS_SIMULATOR, (args, result.output)
        assert 'pip install "carconnect[sim]"' in _one_line(result.stderr)


def test_carconnect_sim_help_is_the_simulators() -> None:
    result = CliRunner().invoke(cli_main.cli, ["sim", "--help"])
    assert result.exit_code == 0
    assert "VolvoClient(api_key=...)" in result.stdout


def test_carconnect_sim_help_names_the_command_it_was_run_as() -> None:
    result = CliRunner().invoke(cli_main.cli, ["sim", "--help"])
    assert result.stdout.startswith("usage: carconnect sim ")


@pytest.mark.parametrize(
    ("error", "sim_url", "hint"),
    [
        (ReauthorizationRequiredError("the refresh token is dead: log in again"), None, ": carconnect login bmw"),
        (AuthenticationError("invalid token"), None, "invalid token - log in again: carconnect login bmw"),
        (AuthenticationError("invalid token"), SIM_URL, f"carconnect login bmw --sim {SIM_URL}"),
        (
            ReauthorizationRequiredError("the login is dead: log in again", request_id="r-1"),
            None,
            "log in again (request id r-1): carconnect login bmw",
        ),
    ],
)
def test_the_login_hint_says_it_once_and_keeps_the_simulator(
    error: CarConnectError, sim_url: str | None, hint: str
) -> None:
    code, message = exitcodes.classify(error, "bmw", sim_url=sim_url)
    assert code == exitcodes.LOGIN_REQUIRED
    assert message.endswith(hint)
    assert message.count("log in again") == 1


def test_the_login_countdown_is_said_once_when_stderr_is_no_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    tick = cli_main._countdown_printer()
    for left in (300, 295, 290):
        tick(f"waiting for approval... {left} s left")
    assert capsys.readouterr().err == "waiting for approval... 300 s left\n"


def test_the_login_countdown_rewrites_its_line_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(output, "errors", Console(file=screen, force_terminal=True))
    tick = cli_main._countdown_printer()
    for left in (300, 295):
        tick(f"waiting for approval... {left} s left")
    assert screen.getvalue() == "waiting for approval... 300 s left\rwaiting for approval... 295 s left\r"


def test_carconnect_alone_prints_its_help_as_it_is(cli: Cli) -> None:
    result = cli(sim=False)
    assert result.exit_code == exitcodes.USAGE
    assert result.stderr.startswith("Usage: carconnect [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nCommands:\n" in result.stderr
    assert "error:" not in result.stderr


@pytest.mark.parametrize("url", ["127.0.0.1:8080", "localhost:8080", "ftp://127.0.0.1:8080", "http://"])
def test_a_sim_url_without_http_is_a_usage_error(cli: Cli, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli("login", "volvo", "--sim", url, sim=False)
    assert result.exit_code == exitcodes.USAGE, result.output
    line = _one_line(result.stderr)
    assert "--sim" in line
    assert "http://127.0.0.1:8080" in line
    monkeypatch.setenv("CARCONNECT_SIM", url)
    from_env = cli("vehicles", "volvo", sim=False)
    assert from_env.exit_code == exitcodes.USAGE
    assert "$CARCONNECT_SIM" in _one_line(from_env.stderr)


def test_the_pasted_redirect_is_asked_for_on_stderr(cli: Cli) -> None:
    result = cli("--json", "login", "ford", "--no-browser", "--sim", cli.sim.base_url, sim=False)
    assert result.stdout == ""  # --json: nothing but the answer on stdout, never the prompt
    assert "Paste the full URL the browser ended on" in result.stderr
    assert result.exit_code == exitcodes.FAILED  # the end of the input is nothing pasted, not Ctrl-C
    assert "nothing was pasted" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("content", [b"\xff\xfe", b"[]", b"{not json", b'"a string"'])
def test_a_corrupt_token_file_is_named_with_the_fix(cli: Cli, home: Path, content: bytes) -> None:
    cli.json("login", "volvo")
    cli.json("login", "smartcar")
    [token_file] = (home / "tokens").glob("volvo-sim-*.json")
    token_file.write_bytes(content)
    result = cli("vehicles", "volvo")
    assert result.exit_code == exitcodes.FAILED
    line = _one_line(result.stderr)
    assert f"token file {token_file} is not a valid token: log in again" in line
    listed = {row["account"]: row for row in cli.json("tokens")}  # the other logins are still listed
    assert listed["smartcar-sim-default"]["has_refresh_token"] is True
    assert "is not a valid token" in listed["volvo-sim-default"]["error"]
    assert cli.json("login", "volvo")["logged_in"] is True
    assert cli("vehicles", "volvo").exit_code == 0


def test_an_unreadable_remembered_simulator_is_named_and_logout_clears_it(cli: Cli, home: Path) -> None:
    assert cli("login", "volvo", "--sim", cli.sim.base_url, sim=False).exit_code == 0
    [marker] = (home / "tokens").glob("volvo-*.simulator")
    marker.write_bytes(b"\xff\xfe")
    result = cli("vehicles", "volvo", sim=False)
    assert result.exit_code == exitcodes.FAILED
    line = _one_line(result.stderr)
    assert str(marker) in line
    assert "carconnect logout volvo" in line
    assert json.loads(cli("logout", "volvo", "--json", sim=False).stdout) == {"brand": "volvo", "removed": True}
    assert not marker.exists()
    assert not list((home / "tokens").glob("volvo-sim-*.json"))


def test_a_config_file_that_does_not_exist_is_a_usage_error(cli: Cli, home: Path) -> None:
    missing = home / "no-such-config.toml"
    result = cli("vehicles", "volvo", "--config", str(missing))
    assert result.exit_code == exitcodes.USAGE
    assert "--config" in _one_line(result.stderr)
    assert "does not exist" in _one_line(result.stderr)
