from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command import Command
from ...models.command_request import CommandRequest
from ...types import Response, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    body: CommandRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1beta/command/vehicles/{vin}/commands".format(
            vin=path_segment("vin", vin),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Command | None:
    if response.status_code == 201:
        response_201 = Command.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Command]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommandRequest,
) -> Response[Command]:
    """Send a newer remote command (charging, departure times, preconditioning, ...).

     Same contract as `send_command`, plus a `version` in the body: `1.0.0` by default, `1.0.1` for the
    global charge commands, `1` for the departure-time commands.

    Args:
        vin (str):
        body (CommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command]
    """

    kwargs = _get_kwargs(
        vin=vin,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommandRequest,
) -> Command | None:
    """Send a newer remote command (charging, departure times, preconditioning, ...).

     Same contract as `send_command`, plus a `version` in the body: `1.0.0` by default, `1.0.1` for the
    global charge commands, `1` for the departure-time commands.

    Args:
        vin (str):
        body (CommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command
    """

    return sync_detailed(
        vin=vin,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommandRequest,
) -> Response[Command]:
    """Send a newer remote command (charging, departure times, preconditioning, ...).

     Same contract as `send_command`, plus a `version` in the body: `1.0.0` by default, `1.0.1` for the
    global charge commands, `1` for the departure-time commands.

    Args:
        vin (str):
        body (CommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command]
    """

    kwargs = _get_kwargs(
        vin=vin,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommandRequest,
) -> Command | None:
    """Send a newer remote command (charging, departure times, preconditioning, ...).

     Same contract as `send_command`, plus a `version` in the body: `1.0.0` by default, `1.0.1` for the
    global charge commands, `1` for the departure-time commands.

    Args:
        vin (str):
        body (CommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            body=body,
        )
    ).parsed
