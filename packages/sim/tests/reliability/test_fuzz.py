"""Property-based fuzzing of every client method against bodies drawn from our specs' 2xx schemas.

Two properties per method. A body that matches the schema (drawn by our translation or by
hypothesis-jsonschema) becomes a model (a method that reads several pages may still refuse an
inconsistent sequence, e.g. a repeated page token, and a rule the schema cannot state is listed in
``SCHEMA_GAPS``). A mutated body (a member null, missing, extra or of the wrong type, an unknown enum
value, an odd timestamp) becomes a model or :class:`ResponseParseError`, nothing else. Either way a
returned model's fields hold the annotated types. A command answer that says the car refused
(:class:`CommandFailedError`) is a model-level outcome too. Examples per method: ``variant.BUDGET``; CI runs
are derandomized (the same examples every run), ``CARCONNECT_LONG=1`` draws many fresh ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carconnect.core import ApiError, CarConnectError, CommandFailedError, FakeClock, ResponseParseError

from . import variant
from .bodies import jsonschema_bodies, mutated
from .figures import Figures
from .fuzz_targets import (
    CLIENTS,
    IN_BODY_ERRORS,
    Operation,
    OperationIndex,
    Target,
    available,
    invoke,
    open_clients,
    targets,
)
from .leaks import LeakWatch
from .shapes import mistyped

BRANDS = list(CLIENTS)
TOKEN_PATH_SUFFIX = "/token"
TOKEN_ANSWER = {"access_token": "fuzz-exchanged-token", "token_type": "Bearer", "expires_in": 300}
"""Token endpoints are not fuzzed here (the fault matrix covers them); a client that exchanges
tokens on its way to an API gets this answer."""
_INDEXES: dict[str, OperationIndex] = {}
_JSONSCHEMA: dict[str, st.SearchStrategy[Any]] = {}
Source = Literal["translation", "jsonschema"]


def index(brand: str) -> OperationIndex:
    if brand not in _INDEXES:
        _INDEXES[brand] = OperationIndex(brand)
    return _INDEXES[brand]


def _unanswered(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={})


def collected() -> tuple[list[Any], dict[str, list[str]]]:
    params, unfuzzable = [], {}
    for brand in BRANDS:
        if not available(brand):
            continue
        with open_clients(brand, _unanswered, FakeClock()) as clients:
            found, unfuzzable[brand] = targets(brand, clients)
        params += [pytest.param(target, id=target.name) for target in found]
    return params, unfuzzable


TARGETS, UNFUZZABLE = collected()


@dataclass
class Tally:
    """What one method's examples did."""

    examples: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    mutations: Counter[str] = field(default_factory=Counter)
    operations: set[str] = field(default_factory=set)
    unmatched: set[str] = field(default_factory=set)


def _settings(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=not variant.LONG,
        suppress_health_check=list(HealthCheck),
    )


def _jsonschema_strategy(operation: Operation) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema's strategy for an operation's body, built once per session."""
    if operation.key not in _JSONSCHEMA:
        _JSONSCHEMA[operation.key] = jsonschema_bodies(operation.schema, operation.strategies.document)
    return _JSONSCHEMA[operation.key]


def fuzz(target: Target, *, mutate: bool, examples: int, watch: LeakWatch, source: Source = "translation") -> Tally:
    """Run ``examples`` Hypothesis examples of one method; every request is answered from its schema,
    drawn by our translation or by hypothesis-jsonschema (``source``)."""
    operations = index(target.brand)
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    tally = Tally()
    current: dict[str, st.DataObject] = {}
    requests = Counter[str]()

    def body_for(operation: Operation, data: st.DataObject) -> Any:
        if operation.key not in strategies:
            strategies[operation.key] = (
                _jsonschema_strategy(operation)
                if source == "jsonschema"
                else operation.strategies.strategy(operation.schema)
            )
        body = data.draw(strategies[operation.key])
        if mutate:
            kind, body = data.draw(mutated(body))
            tally.mutations[kind] += 1
        return body

    def respond(request: httpx.Request) -> httpx.Response:
        operation = operations.find(request)
        if operation is None and request.url.path.endswith(TOKEN_PATH_SUFFIX):
            return httpx.Response(200, json=TOKEN_ANSWER)  # a login step (FordPass's token chain)
        if operation is None:
            tally.unmatched.add(f"{request.method} {request.url.host}{request.url.path}")
            return httpx.Response(404, json={})
        tally.operations.add(operation.key)
        requests["example"] += 1
        data = current["data"]
        if operation.media_type is None:
            return httpx.Response(operation.status)
        if "json" not in operation.media_type:
            content = data.draw(st.binary(max_size=64))
            return httpx.Response(operation.status, content=content, headers={"content-type": operation.media_type})
        body = body_for(operation, data)
        if target.brand in IN_BODY_ERRORS and IN_BODY_ERRORS[target.brand](body) is not None:
            requests["in-body error"] += 1
        return httpx.Response(operation.status, json=body)

    with open_clients(target.brand, respond, FakeClock()) as clients:

        @_settings(examples)
        @given(st.data())
        def check(data: st.DataObject) -> None:
            current["data"] = data
            requests.clear()
            tally.examples += 1
            try:
                result = invoke(clients, target)
            except ResponseParseError as error:
                tally.outcomes["ResponseParseError"] += 1
                watch.produced(f"fuzz {target.name}", error)
                if not mutate and requests["example"] <= 1 and not tally.unmatched and not target.schema_gap:
                    raise
                return
            except CommandFailedError as error:  # a well-formed answer saying the car refused
                tally.outcomes["CommandFailedError"] += 1
                watch.produced(f"fuzz {target.name}", error)
                return
            except ApiError as error:
                if not requests["in-body error"]:
                    raise
                # A 2xx body in the vendor's in-body error shape (Ford's numeric ``status``): a typed error.
                tally.outcomes["in-body error"] += 1
                watch.produced(f"fuzz {target.name}", error)
                return
            except CarConnectError:
                if tally.unmatched:  # an endpoint no spec documents: nothing to draw from
                    return
                raise
            tally.outcomes["model"] += 1
            assert target.returns_none or result is not None
            wrong = mistyped(result)
            assert not wrong, f"a model holds values of the wrong type: {wrong}"

        check()
    return tally


def _record(figures: Figures, target: Target, kind: str, tally: Tally) -> None:
    figures.add(
        "fuzz", target.name, kind=kind, examples=tally.examples, outcomes=dict(tally.outcomes),
        mutations=dict(tally.mutations), operations=sorted(tally.operations), unmatched=sorted(tally.unmatched),
    )  # fmt: skip


def _assert_specified(tally: Tally) -> None:
    assert not tally.unmatched, f"no spec documents {', '.join(sorted(tally.unmatched))}"


@pytest.mark.parametrize("target", TARGETS)
def test_schema_bodies_become_models(target: Target, figures: Figures, leak_watch: LeakWatch) -> None:
    tally = fuzz(target, mutate=False, examples=variant.BUDGET.fuzz_examples, watch=leak_watch)
    _record(figures, target, "schema", tally)
    _assert_specified(tally)


@pytest.mark.parametrize("target", TARGETS)
def test_jsonschema_bodies_become_models(target: Target, figures: Figures, leak_watch: LeakWatch) -> None:
    """The same property with bodies from hypothesis-jsonschema: unbounded, every optional member."""
    tally = fuzz(
        target, mutate=False, examples=variant.BUDGET.jsonschema_examples, watch=leak_watch, source="jsonschema"
    )
    _record(figures, target, "hypothesis-jsonschema", tally)
    _assert_specified(tally)


@pytest.mark.parametrize("target", TARGETS)
def test_mutated_bodies_become_models_or_parse_errors(target: Target, figures: Figures, leak_watch: LeakWatch) -> None:
    tally = fuzz(target, mutate=True, examples=variant.BUDGET.mutation_examples, watch=leak_watch)
    _record(figures, target, "mutated", tally)
    _assert_specified(tally)


def test_every_method_is_fuzzed(figures: Figures) -> None:
    """Every public client method got arguments (else ARGUMENTS needs a new name)."""
    figures.add("fuzz coverage", "methods", methods=len(TARGETS), unfuzzable=UNFUZZABLE)
    assert not any(UNFUZZABLE.values()), UNFUZZABLE
