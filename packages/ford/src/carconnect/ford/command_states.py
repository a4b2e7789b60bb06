"""Reading a command's outcome: FordConnect ``commandStatus`` and FordPass telemetry ``states``.

FordConnect: ``PENDINGRESPONSE`` and ``QUEUED`` are still running, ``COMPLETED`` succeeded, ``FAILED``
failed, ``EMPTY`` means Ford knows no such command (expired or unknown id): after acceptance the
outcome is then unknown, never a failure, as the car may have carried the command out. Unlike the
seed library, a failure is never mistaken for "still pending".

FordPass: the outcome is the latest transition under ``states["<type>Command"]`` (newer payloads:
``states.commands``) whose ``commandId`` matches. ``toState`` ``success`` or
``COMMAND_SUCCEEDED_ON_DEVICE`` succeeded; ``COMMAND_FAILED_ON_DEVICE``, ``expired`` or ``failed``
failed (the reason is read from the preclusion causes, the execution failure or the message);
anything else (``REQUEST_QUEUED``, ``RECEIVED_BY_DEVICE``, ``..._IN_PROGRESS``, no entry yet) is pending.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ._generated.connect import models as connect_models
from ._generated.fordpass import models as fordpass_models
from ._generated.fordpass.types import Unset
from .command_flow import FORGOTTEN, CommandProgress

if TYPE_CHECKING:
    from ._generated.connect.models import CommandResponse, StatusRefreshResponse
    from ._generated.fordpass.models import CommandState, CommandStateData, VehicleTelemetry

    ConnectAnswer = CommandResponse | StatusRefreshResponse

FORDPASS_SUCCESS = frozenset({"success", "command_succeeded_on_device"})
FORDPASS_FAILURE = frozenset({"command_failed_on_device", "expired", "failed"})


def connect_progress(answer: ConnectAnswer) -> CommandProgress[ConnectAnswer]:
    """Classify a FordConnect command answer (acceptance or status poll)."""
    status = answer.command_status.value
    if status == connect_models.CommandStatus.COMPLETED and answer.status is not connect_models.ResponseStatus.FAILED:
        return CommandProgress("succeeded", status, answer)
    if status == connect_models.CommandStatus.EMPTY:
        return CommandProgress("unknown", status, answer, reason=FORGOTTEN, code=status)
    if status == connect_models.CommandStatus.FAILED or answer.status is connect_models.ResponseStatus.FAILED:
        return CommandProgress("failed", status, answer, reason=f"Ford reported commandStatus {status}")
    return CommandProgress("pending", status, answer)


def connect_acceptance(answer: CommandResponse) -> CommandProgress[ConnectAnswer]:
    """What a 202 says: only a failure counts (Ford's sandbox answers COMPLETED before the car acts);
    ``EMPTY`` there means Ford took no command, a failure."""
    progress = connect_progress(answer)
    if progress.outcome == "unknown":
        return replace(progress, outcome="failed", reason="Ford accepted no command (EMPTY)")
    return progress if progress.outcome == "failed" else CommandProgress("pending", progress.status, answer)


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _entries(telemetry: VehicleTelemetry, command_type: str) -> Iterator[CommandState]:
    states = _set(telemetry.states)
    if states is None:
        return
    typed = getattr(states, f"{_snake(command_type)}_command", None)
    if isinstance(typed, fordpass_models.CommandState):
        yield typed
    raw = states.additional_properties
    named = raw.get(f"{command_type}Command")
    if isinstance(named, Mapping):
        yield fordpass_models.CommandState.from_dict(named)
    yield from _newer_entries(raw.get("commands"), command_type)


def _newer_entries(commands: object, command_type: str) -> Iterator[CommandState]:
    """``states.commands``: a map by command type (or by id), or a list of entries."""
    if isinstance(commands, Mapping):
        wanted = commands.get(f"{command_type}Command", commands.get(command_type))
        candidates = [wanted] if wanted is not None else list(commands.values())
    elif isinstance(commands, list):
        candidates = commands
    else:
        return
    for candidate in candidates:
        if isinstance(candidate, Mapping):
            yield fordpass_models.CommandState.from_dict(candidate)


def _snake(name: str) -> str:
    return "".join(f"_{char.lower()}" if char.isupper() else char for char in name)


def find_command_state(telemetry: VehicleTelemetry, command_type: str, command_id: str) -> CommandState | None:
    """The ``states`` entry of command ``command_id`` (ids compare case-insensitively), if reported yet."""
    wanted = command_id.lower()
    for entry in _entries(telemetry, command_type):
        if isinstance(entry.command_id, str) and entry.command_id.lower() == wanted:
            return entry
    return None


def _failure(data: CommandStateData | None, message: str | None) -> tuple[str | None, str | None, dict[str, Any]]:
    """(code, reason, details) of a failed or expired command."""
    if data is None:
        return None, message, {}
    expiration = _set(data.command_expiration_context)
    precluded = _set(expiration.device_precluded_expiration_context) if expiration is not None else None
    causes = (
        _set(precluded.command_preclusion_causes) if precluded is not None else _set(data.command_preclusion_causes)
    )
    if causes is not None:
        found = {key: value for key, value in causes.to_dict().items() if value}
        code = next(iter(found.values()), None)
        reason = _set(expiration.message) if expiration is not None else None
        return code, reason or message or code, {"preclusion_causes": found}
    error = _set(data.command_error)
    failure = _set(error.command_execution_failure) if error is not None else None
    if failure is not None:
        code = _set(failure.oem_error_code)
        context = _set(failure.oem_error_context)
        if code is not None or context is not None:
            details = {"oem_error_code": code, "oem_error_context": context}
            return None if code is None else str(code), context or message, details
    return None, message, {}


def fordpass_progress(
    telemetry: VehicleTelemetry, command_type: str, command_id: str
) -> CommandProgress[VehicleTelemetry]:
    """Classify a FordPass command from the vehicle's telemetry."""
    entry = find_command_state(telemetry, command_type, command_id)
    transition = _set(entry.value) if entry is not None else None
    if entry is None or transition is None:
        return CommandProgress("pending", None, telemetry)
    to_state = _set(transition.to_state)
    normalised = str(to_state or "").lower()
    if normalised in FORDPASS_SUCCESS:
        return CommandProgress("succeeded", to_state, telemetry)
    if normalised in FORDPASS_FAILURE:
        code, reason, details = _failure(_set(transition.data), _set(entry.message))
        return CommandProgress("failed", to_state, telemetry, reason=reason, code=code or to_state, details=details)
    return CommandProgress("pending", to_state, telemetry)


__all__ = ["connect_progress", "find_command_state", "fordpass_progress"]
