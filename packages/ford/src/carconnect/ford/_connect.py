"""What the sync and async FordConnect clients share: the host, the header and the handle's arguments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carconnect.core import Clock

from .command_flow import HandleArgs, WaitPolicy
from .command_states import connect_acceptance, connect_progress

if TYPE_CHECKING:
    from ._generated.connect.models import CommandResponse
    from .command_states import ConnectAnswer

CONNECT_API_URL = "https://api.mps.ford.com"
APPLICATION_ID_HEADER = "Application-Id"


def connect_handle_args(
    command: str, vehicle_id: str, accepted: CommandResponse, clock: Clock, policy: WaitPolicy
) -> HandleArgs[CommandResponse, ConnectAnswer]:
    """A handle's arguments for a command FordConnect accepted (its id, and what the acceptance said)."""
    return HandleArgs(
        command=command,
        vehicle=vehicle_id,
        command_id=accepted.command_id,
        accepted=accepted,
        clock=clock,
        classify=connect_progress,
        initial=connect_acceptance(accepted),
        policy=policy,
    )
