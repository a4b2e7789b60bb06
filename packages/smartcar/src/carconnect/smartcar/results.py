"""Result types of the Smartcar client where a generated model alone does not say enough.

* :class:`Reading`: a v2 vehicle reading plus its :class:`Meta` (when the vehicle recorded it, when
  Smartcar fetched it, the unit system, the request id), parsed from the ``SC-*`` headers.
* :class:`CommandResult`: a v3 command execution, finished (HTTP 200) or still running (202); one
  that finished with status ``ERROR`` raises :class:`~carconnect.core.CommandFailedError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import httpx

from carconnect.core import CommandFailedError, ResponseParseError

from ._generated.vehicles_v2 import models as v2_models
from ._generated.vehicles_v3 import models as v3_models
from ._generated.vehicles_v3.types import Unset

if TYPE_CHECKING:
    from ._generated.vehicles_v2.models import UnitSystem
    from ._generated.vehicles_v3.models import StatusValue

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
if TYPE_CHECKING:
    from ._generated.vehicles_v3.models import ChargeScheduleExecution, CommandExecution

    E = TypeVar("E", CommandExecution, ChargeScheduleExecution)
else:
    E = TypeVar("E")  # the constraints are for type checkers; at run time they would load the models


def parse_instant(value: str | None) -> datetime | None:
    """An ISO 8601 header value as a datetime (``None`` when absent or not a date)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


@dataclass(frozen=True)
class Meta:
    """What Smartcar's response headers say about a reading."""

    data_age: datetime | None = None
    """When the vehicle recorded the data (``SC-Data-Age``)."""
    fetched_at: datetime | None = None
    """When Smartcar fetched it from the manufacturer (``SC-Fetched-At``)."""
    unit_system: UnitSystem | None = None
    """Units of the values (``SC-Unit-System``)."""
    request_id: str | None = None
    """Smartcar's id of the request, for support (``SC-Request-Id``)."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], request_id: str | None = None) -> Meta:
        """From response (or batch item) headers, any case; ``request_id`` fills a missing one."""
        # httpx.Headers ignore case already; batch item headers are a plain dict
        lowered = headers if isinstance(headers, httpx.Headers) else {k.lower(): v for k, v in headers.items()}
        unit = lowered.get("sc-unit-system")
        return cls(
            data_age=parse_instant(lowered.get("sc-data-age")),
            fetched_at=parse_instant(lowered.get("sc-fetched-at")),
            unit_system=v2_models.UnitSystem(unit) if unit else None,
            request_id=lowered.get("sc-request-id") or request_id,
        )


@dataclass(frozen=True)
class Reading(Generic[T]):
    """A typed value with the meta data of the response it came in."""

    data: T
    meta: Meta


class FromDict(Protocol):
    """A generated model: built from its decoded JSON with ``from_dict``."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


class _Detailed(Protocol[T_co]):
    """A generated ``*_detailed`` response."""

    @property
    def parsed(self) -> T_co | None: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...


def reading(response: _Detailed[T]) -> Reading[T]:
    """The :class:`Reading` of a generated detailed response."""
    if response.parsed is None:
        raise ResponseParseError("the response has no body of the documented type", raw=response.content)
    return Reading(response.parsed, Meta.from_headers(response.headers))


class _Document(Protocol[T_co]):
    @property
    def data(self) -> T_co: ...


class _StatusResponse(_Detailed[T_co], Protocol[T_co]):
    @property
    def status_code(self) -> HTTPStatus: ...


CommandAnswer = _StatusResponse[_Document[E]]
"""What a generated v3 command operation returns: a detailed response whose body's ``data`` is the execution."""


@dataclass(frozen=True)
class CommandResult(Generic[E]):
    """A v3 command (or charge schedule change) as Smartcar reported it.

    ``finished`` is False when Smartcar answered 202: the command is still running on the vehicle.
    """

    execution: E
    finished: bool
    request_id: str | None = None

    @property
    def status(self) -> StatusValue | None:
        """``SUCCESS`` or ``ERROR`` (open enum), if reported."""
        status = self.execution.attributes.status
        return None if isinstance(status, Unset) else status.value

    @property
    def succeeded(self) -> bool:
        """True when the command finished and Smartcar reported ``SUCCESS`` (False while it still runs)."""
        return self.finished and self.status == v3_models.StatusValue.SUCCESS

    @classmethod
    def from_response(cls, response: CommandAnswer[E]) -> CommandResult[E]:
        if response.parsed is None:
            error = ResponseParseError("the command response has no body", raw=response.content)
            error.may_have_run = True  # Smartcar took the command
            raise error
        finished = response.status_code == HTTPStatus.OK
        request_id = {name.lower(): value for name, value in response.headers.items()}.get("sc-request-id")
        return cls(response.parsed.data, finished, request_id)


def command_result(response: CommandAnswer[E]) -> CommandResult[E]:
    """The result of a v3 command; a finished command with status ``ERROR`` raises ``CommandFailedError``."""
    result = CommandResult.from_response(response)
    if result.finished and result.status == v3_models.StatusValue.ERROR:
        raise CommandFailedError(
            f"the vehicle reported {result.execution.type_ or 'the command'} {result.execution.id} as failed",
            status_code=HTTPStatus.OK,
            code="ERROR",
            request_id=result.request_id,
            body=result.execution.to_dict(),
        )
    return result


def raw_reading(response: httpx.Response) -> Reading[Any]:
    """A pass-through answer: its JSON (``None`` when empty) and meta."""
    try:
        data = response.json() if response.content.strip() else None
    except ValueError as exc:
        raise ResponseParseError("the response is not JSON", status_code=response.status_code) from exc
    return Reading(data, Meta.from_headers(response.headers))
