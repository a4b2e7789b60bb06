"""Developer and CI sessions for the carconnect monorepo.

`nox` alone runs the default sessions: tests, httpx_compat, reliability, lint, typecheck, regen_check,
docs and build.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

import nox
import nox.command

PYENV_VERSIONS = ("3.11.7", "3.12.1", "3.13.0")


def _select_pyenv_versions() -> None:
    """Let pyenv's shims answer for every installed version of :data:`PYENV_VERSIONS`.

    They answer for 3.12 / 3.13 only when those versions are selected together, and a nox started
    through a shim (``python3 -m nox``) inherits ``PYENV_VERSION=3.11.7`` from it: add what is missing.
    """
    installed = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    selected = [version for version in os.environ.get("PYENV_VERSION", "").split(":") if version]
    selected += [version for version in PYENV_VERSIONS if version not in selected and (installed / version).is_dir()]
    if selected:
        os.environ["PYENV_VERSION"] = ":".join(selected)


_select_pyenv_versions()

nox.needs_version = ">=2024.3.2"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.download_python = "never"
nox.options.error_on_missing_interpreters = False
nox.options.sessions = ["tests", "httpx_compat", "reliability", "lint", "typecheck", "regen_check", "docs", "build"]

ROOT = Path(__file__).parent
SPECS = ROOT / "specs"
PYTHONS = ["3.11", "3.12", "3.13"]
GENERATOR = "openapi-python-client==0.29.1"
TEST_DEPS = [
    "pytest>=8",
    "pytest-asyncio>=0.24",
    "respx>=0.22",
    "jsonschema>=4.20",
    "orjson>=3.9",  # the brands' `speed` extra: both JSON decoders are tested
    "redis>=5",  # core's `redis` extra, tested against a real redis-server
    "httptools>=0.6",  # core's `speed` extra: AsyncioTransport's response parser
    "aiomqtt>=2.3,<3",  # carconnect-bmw's `streaming` extra, tested against the simulator's broker
]
# hypothesis-jsonschema 0.23 breaks on Hypothesis 6.170.10 and later ('many' object has no attribute 'more').
RELIABILITY_DEPS = ["hypothesis>=6.100,<6.170.10", "hypothesis-jsonschema>=0.23", "cryptography>=42"]
RELIABILITY_TESTS = "packages/sim/tests/reliability"
LINT_DEPS = ["ruff==0.17.6"]
TYPE_DEPS = ["mypy>=1.13", "types-PyYAML", "types-jsonschema", "keyring>=24", *TEST_DEPS, *RELIABILITY_DEPS]

# Install order matters only for local path dependencies: core first, then brands, then sim, garage and cli.
BRANDS = ["volvo", "bmw", "ford", "smartcar"]
PACKAGES = ["core", *BRANDS, "sim", "garage", "cli"]
LOCAL_DEPS = {
    "core": ["core"],
    **{brand: ["core", brand] for brand in BRANDS},
    "sim": ["core", "sim"],
    "garage": ["core", *BRANDS, "garage"],
    "cli": ["core", *BRANDS, "sim", "garage", "cli"],
}
# Third-party test dependencies of one package only (the optional keyring backend of core's store and the CLI).
PACKAGE_TEST_DEPS = {"core": ["keyring>=24"], "cli": ["keyring>=24"]}
# Packages whose tests talk to the simulator get it installed as a test dependency.
TEST_EXTRAS = {
    "core": ["sim"],
    **{brand: ["sim"] for brand in BRANDS},
    "sim": [*BRANDS, "garage"],  # the READMEs' examples, run by the sim package's tests
    "garage": ["sim"],
    "cli": [],
}


def _package_path(name: str) -> str:
    return str(ROOT / "packages" / name)


def _install_local(session: nox.Session, names: list[str]) -> None:
    ordered = [name for name in PACKAGES if name in set(names)]
    session.install(*(_package_path(name) for name in ordered))


def _check_no_httpx2(session: nox.Session) -> None:
    session.run(
        "python",
        "-c",
        "import importlib.util, sys; "
        "sys.exit('httpx2 must not be installed' if importlib.util.find_spec('httpx2') else 0)",
    )


@nox.session(python=PYTHONS)
@nox.parametrize("package", PACKAGES, ids=PACKAGES)
def tests(session: nox.Session, package: str) -> None:
    """Run one package's test suite against its installed wheel (every supported Python)."""
    _install_local(session, LOCAL_DEPS[package] + TEST_EXTRAS[package])
    session.install(*TEST_DEPS, *PACKAGE_TEST_DEPS.get(package, []))
    _check_no_httpx2(session)
    fixtures = os.environ.get("CARCONNECT_FIXTURES", str(ROOT.parent / "shared" / "fixtures"))
    session.run(
        "pytest",
        _package_path(package) + "/tests",
        "-p",
        "no:cacheprovider",
        f"--ignore={ROOT / RELIABILITY_TESTS}",  # its own session: once, with every package
        *session.posargs,
        env={"CARCONNECT_FIXTURES": fixtures},
    )


HTTPX_ENDS = ["httpx==0.27.0", "httpx==0.29.0"]
"""The oldest and the newest httpx release we support; `tests` runs whatever the resolver picks."""


@nox.session(python="3.11")
@nox.parametrize("httpx", HTTPX_ENDS, ids=["oldest", "newest"])
def httpx_compat(session: nox.Session, httpx: str) -> None:
    """Core and one brand's tests on the oldest and the newest supported httpx."""
    _install_local(session, ["core", "volvo", "sim"])
    session.install(*TEST_DEPS, *PACKAGE_TEST_DEPS["core"], httpx)
    _check_no_httpx2(session)
    fixtures = os.environ.get("CARCONNECT_FIXTURES", str(ROOT.parent / "shared" / "fixtures"))
    session.run(
        "pytest",
        _package_path("core") + "/tests",
        _package_path("volvo") + "/tests",
        "-p",
        "no:cacheprovider",
        "-q",
        *session.posargs,
        env={"CARCONNECT_FIXTURES": fixtures},
    )


@nox.session(python="3.11")
def reliability(session: nox.Session) -> None:
    """Fault matrix, fuzzing, concurrency soak, multi-process durability and secrets, every brand.

    CARCONNECT_LONG=1 runs the long variant; CARCONNECT_FIGURES=<file> writes the figures as JSON.
    """
    _install_local(session, PACKAGES)
    session.install(*TEST_DEPS, *RELIABILITY_DEPS)
    _check_no_httpx2(session)
    session.run("pytest", str(ROOT / RELIABILITY_TESTS), "-p", "no:cacheprovider", *session.posargs)


DOCS_DEPS = ["mkdocs>=1.6,<2", "mkdocs-material>=9.5,<10", "mkdocstrings[python]>=0.26"]


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the documentation site with warnings as errors (`nox -s docs -- serve` serves it on 127.0.0.1)."""
    session.install(*DOCS_DEPS)
    env = {"NO_MKDOCS_2_WARNING": "1"}
    if "serve" in session.posargs:
        session.run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", env=env)
        return
    with tempfile.TemporaryDirectory() as site:
        session.run("mkdocs", "build", "--strict", "--site-dir", site, env=env)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on handwritten code (generated code excluded)."""
    session.install(*LINT_DEPS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """mypy --strict on every handwritten package and its tests, and on every README's Python blocks."""
    _install_local(session, PACKAGES)
    session.install(*TYPE_DEPS)
    # One run per package: every package's tests have their own conftest module.
    for package in [name for name in session.posargs if name != "readmes"] or PACKAGES:
        session.run("mypy", f"packages/{package}/src", f"packages/{package}/tests")
    if not session.posargs or "readmes" in session.posargs:  # `nox -s typecheck -- readmes` alone
        with tempfile.TemporaryDirectory() as blocks:
            session.run("python", str(ROOT / "tools" / "readme_blocks.py"), blocks, silent=True)
            # Each README example (a block and its continuations) as one module, as written; separate
            # examples reuse names (auth, client).
            session.run("mypy", "--allow-redefinition-new", "--local-partial-types", blocks)


def _specs() -> list[tuple[Path, Path]]:
    """Every (spec, output directory) pair: specs/<brand>/<api>.yaml -> .../_generated/<api>/."""
    pairs = []
    for spec in sorted(SPECS.glob("*/*.yaml")):
        brand, api = spec.parent.name, spec.stem
        if api.endswith(".config") or brand == "templates":
            continue
        out = ROOT / "packages" / brand / "src" / "carconnect" / brand / "_generated" / api.replace("-", "_")
        pairs.append((spec, out))
    return pairs


def _config_for(spec: Path, workdir: Path) -> Path:
    """The shared generator config, with the spec's own `<api>.config.yaml` appended when present."""
    override = spec.with_name(spec.stem + ".config.yaml")
    if not override.exists():
        return SPECS / "generator.yaml"
    merged = workdir / f"{spec.parent.name}-{spec.stem}.config.yaml"
    merged.write_text((SPECS / "generator.yaml").read_text() + "\n" + override.read_text())
    return merged


GENERATED_INIT = '"""Generated by openapi-python-client from specs/; never edit by hand (run `nox -s generate`)."""\n'


def _generate_all(session: nox.Session, root: Path, brands: list[str] | None = None) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        for spec, out in _specs():
            if brands and spec.parent.name not in brands:
                continue
            target = root / out.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            (target.parent / "__init__.py").write_text(GENERATED_INIT)
            if target.exists():
                shutil.rmtree(target)
            prepared = Path(workdir) / f"{spec.parent.name}-{spec.stem}.json"
            session.run("python", str(SPECS / "tools" / "prepare.py"), str(spec), str(prepared), silent=True)
            session.run(
                "openapi-python-client",
                "generate",
                "--path",
                str(prepared),
                "--config",
                str(_config_for(spec, Path(workdir))),
                "--custom-template-path",
                str(SPECS / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--fail-on-warning",
                silent=True,
            )


TELEMATICS_OUTPUT = Path("packages/bmw/src/carconnect/bmw/_generated/telematics.py")


def _generate_telematics(session: nox.Session, root: Path) -> None:
    """BMW's telematics catalogue (specs/bmw/telematics.tsv) as typed descriptor constants."""
    tool, catalogue = SPECS / "tools" / "telematics.py", SPECS / "bmw" / "telematics.tsv"
    session.run("python", str(tool), str(catalogue), str(root / TELEMATICS_OUTPUT), silent=True)


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate every brand's client from specs/ (`nox -s generate -- volvo` for one brand)."""
    session.install(GENERATOR, *LINT_DEPS)
    _generate_all(session, ROOT, list(session.posargs))
    session.run("python", str(ROOT / "tools" / "unasync.py"), str(ROOT))
    if not session.posargs or "bmw" in session.posargs:
        _generate_telematics(session, ROOT)


def _diff(expected: Path, actual: Path) -> list[str]:
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    problems = [f"only in fresh output: {actual / name}" for name in comparison.right_only]
    problems += [f"not produced by the generator: {expected / name}" for name in comparison.left_only]
    problems += [f"differs: {expected / name}" for name in comparison.diff_files]
    for name in comparison.common_dirs:
        problems += _diff(expected / name, actual / name)
    return problems


@nox.session(python="3.11")
def regen_check(session: nox.Session) -> None:
    """Regenerate into a temporary tree and fail on any difference from the committed code
    (the OpenAPI clients, and every sync module written from its async source)."""
    session.install(GENERATOR, *LINT_DEPS)
    session.run("python", str(ROOT / "tools" / "unasync.py"), "--check", str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        _generate_all(session, Path(tmp))
        _generate_telematics(session, Path(tmp))
        problems: list[str] = []
        generated_roots = {out.parent for _, out in _specs()}
        committed_roots = set((ROOT / "packages").glob("*/src/carconnect/*/_generated"))
        for committed in sorted(generated_roots | committed_roots):
            fresh = Path(tmp) / committed.relative_to(ROOT)
            if not committed.exists() or not fresh.exists():
                problems.append(f"missing on one side: {committed.relative_to(ROOT)}")
                continue
            problems += _diff(committed, fresh)
    if problems:
        session.error("generated code is stale; run `nox -s generate`:\n  " + "\n  ".join(problems))


DIST = ROOT / "dist"
BUILD_DEPS = ["uv", "twine>=6.1"]
# What each package's wheel is checked to import (and run) in a clean venv holding only it and its local deps.
SMOKE = {
    **{name: [["python", "-c", f"import carconnect.{name}"]] for name in ["core", *BRANDS, "sim", "garage"]},
    "sim": [["python", "-c", "import carconnect.sim"], ["carconnect-sim", "--help"]],
    "cli": [["python", "-c", "import carconnect.cli.main"], ["carconnect", "--help"]],
}
README_EXAMPLE = ("README.md", "One brand")
"""The root README's Volvo example: run in carconnect-volvo's clean venv against carconnect-sim."""
NEEDS_SIMULATOR_EXIT = 9  # carconnect.cli.exitcodes.NEEDS_SIMULATOR: `carconnect demo` without the sim extra
# Installed wheels: a package's runtime local deps (the CLI without its `sim` extra).
RUNTIME_DEPS = {**LOCAL_DEPS, "cli": ["core", *BRANDS, "cli"]}


def _dist_name(package: str) -> str:
    return "carconnect" if package == "cli" else f"carconnect_{package}"


def _built(package: str, suffix: str) -> Path:
    (found,) = DIST.glob(f"{_dist_name(package)}-*{suffix}")
    return found


def _check_wheel(package: str, wheel: Path, license_text: bytes) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        licenses = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
        problems = [] if licenses and archive.read(licenses[0]) == license_text else [f"{wheel.name}: no LICENSE"]
    module = "cli" if package == "cli" else package
    if f"carconnect/{module}/py.typed" not in names:
        problems.append(f"{wheel.name}: no py.typed")
    if "carconnect/__init__.py" in names:
        problems.append(f"{wheel.name}: ships carconnect/__init__.py (carconnect is a namespace package)")
    problems += [f"{wheel.name}: ships a test file {name}" for name in names if "/tests/" in name or "conftest" in name]
    return problems


def _check_sdist(sdist: Path, license_text: bytes) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        license_member = archive.extractfile(sdist.name.removesuffix(".tar.gz") + "/LICENSE")
        license_ok = license_member is not None and license_member.read() == license_text
    problems = [] if license_ok else [f"{sdist.name}: no LICENSE"]
    if not any(name.startswith("tests/test_") for name in names):
        problems.append(f"{sdist.name}: no tests")
    return problems


@nox.session(python="3.11")
def build(session: nox.Session) -> None:
    """Build every sdist and wheel into dist/, check them, install each wheel alone in a clean venv.

    Checks: `twine check --strict`; LICENSE (the repository's) in every sdist and wheel; py.typed and no
    tests in wheels; tests in sdists. Each wheel, with only the wheels of its local dependencies, is
    installed in a fresh venv and imported (carconnect-volvo's venv then adds the simulator's wheel and
    runs the root README's example unchanged); then each unpacked sdist's tests are collected there.
    `nox -s build -- --run-sdist-tests` runs them too.
    """
    session.install(*BUILD_DEPS)
    shutil.rmtree(DIST, ignore_errors=True)
    for package in PACKAGES:
        session.run("uv", "build", "--quiet", "--out-dir", str(DIST), _package_path(package))
    built = sorted([*DIST.glob("*.whl"), *DIST.glob("*.tar.gz")])
    session.run("twine", "check", "--strict", *(str(path) for path in built))
    license_text = (ROOT / "LICENSE").read_bytes()
    problems: list[str] = []
    for package in PACKAGES:
        problems += _check_wheel(package, _built(package, ".whl"), license_text)
        problems += _check_sdist(_built(package, ".tar.gz"), license_text)
    if problems:
        session.error("distributions are not ready to publish:\n  " + "\n  ".join(problems))
    pytest_args = [] if "--run-sdist-tests" in session.posargs else ["--collect-only", "-qq"]
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            _smoke_test(session, package, Path(tmp) / package, pytest_args)


def _smoke_test(session: nox.Session, package: str, workdir: Path, pytest_args: list[str]) -> None:
    """Install ``package``'s wheel alone in a clean venv, import it, then run its sdist's tests there."""
    venv = workdir / "venv"
    session.run("uv", "venv", "--quiet", "--python", session.python, str(venv))  # type: ignore[arg-type]
    bin_dir = venv / "bin"
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
    wheels = [str(_built(name, ".whl")) for name in PACKAGES if name in RUNTIME_DEPS[package]]
    session.run("uv", "pip", "install", "--quiet", "--python", str(bin_dir / "python"), *wheels)
    for program, *args in SMOKE[package]:
        session.run(str(bin_dir / program), *args, env=env, external=True, silent=True)
    if package == "cli":
        session.run(str(bin_dir / "carconnect"), "demo", env=env, external=True, success_codes=[NEEDS_SIMULATOR_EXIT])
    if package == "volvo":  # the README's example, unchanged, with only the volvo wheel and the simulator's
        session.run("uv", "pip", "install", "--quiet", "--python", str(bin_dir / "python"), str(_built("sim", ".whl")))
        readme, title = README_EXAMPLE
        script = str(ROOT / "tools" / "readme_blocks.py")
        session.run(str(bin_dir / "python"), script, "--run", readme, title, env=env, external=True)
    with tarfile.open(_built(package, ".tar.gz")) as archive:
        archive.extractall(workdir, filter="data")
    (unpacked,) = workdir.glob(f"{_dist_name(package)}-*")
    extras = [str(_built(name, ".whl")) for name in PACKAGES if name in LOCAL_DEPS[package] + TEST_EXTRAS[package]]
    test_deps = [*TEST_DEPS, *PACKAGE_TEST_DEPS.get(package, [])]
    session.run("uv", "pip", "install", "--quiet", "--python", str(bin_dir / "python"), *extras, *test_deps)
    with session.chdir(unpacked):  # the sdist's own pytest settings, far from the monorepo's
        session.run(
            str(bin_dir / "python"),
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            *pytest_args,
            "tests",
            env=env,
            external=True,
        )


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """The main job: every brand's login and API, end to end against the embedded simulator."""
    _install_local(session, PACKAGES)
    session.run("carconnect", "demo", *session.posargs)


# The clients under test run in venvs that bench/run.py builds itself (bench/.venvs/, holding only what
# each client needs); this session holds the orchestrator, the loopback servers (plain HTTP and HTTPS,
# with a CA that trustme makes for each run), the streaming benchmark's MQTT broker (amqtt, as the
# simulator pins it) and the generator.
BENCH_DEPS = ["uvicorn>=0.29", "httptools>=0.6", "uvloop>=0.19", "uv", "trustme>=1.1", "amqtt>=0.12,<0.13"]
CODEGEN_ROUNDS = 1


def _time_codegen(session: nox.Session) -> list[float]:
    """Wall time of generating every spec (the `generate` pipeline, into a temporary tree), per round."""
    seconds = []
    for _ in range(CODEGEN_ROUNDS):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            try:
                _generate_all(session, Path(tmp))
            except nox.command.CommandFailed:
                session.warn("code generation failed; the benchmark reports no codegen time")
                return []
            seconds.append(time.perf_counter() - start)
    return seconds


@nox.session(python="3.11", default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx and the peers; writes bench/RESULTS.md and bench/results.json.

    Then the fleet benchmark (bench/fleet.py: 1,000 Volvo vehicles across 100 users under Volvo's
    limits, volvocarsapi beside it, memory per user), which writes bench/FLEET.json.
    """
    session.install(GENERATOR, *BENCH_DEPS)
    seconds = [] if "--quick" in session.posargs else _time_codegen(session)
    codegen = ",".join(f"{value:.2f}" for value in seconds)
    session.run("python", str(ROOT / "bench" / "run.py"), f"--codegen-seconds={codegen}", *session.posargs)
    session.install(f"{_package_path('core')}[speed]", _package_path("volvo"), _package_path("sim"))
    quick = ["--quick"] if "--quick" in session.posargs else []
    session.run("python", str(ROOT / "bench" / "fleet.py"), *quick, "--json", str(ROOT / "bench" / "FLEET.json"))
