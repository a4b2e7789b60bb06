from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.charge_command import ChargeCommand
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    body: ChargeCommand,
    flags: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vehicles/{vehicle_id}/charge".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionResult | None:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeCommand,
    flags: str | Unset = UNSET,
) -> Response[ActionResult]:
    """Start or stop charging

     Permission: `control_charge`. GM vehicles need at least 50% charge; Nissan (US) accepts START only.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        body (ChargeCommand):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        body=body,
        flags=flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeCommand,
    flags: str | Unset = UNSET,
) -> ActionResult | None:
    """Start or stop charging

     Permission: `control_charge`. GM vehicles need at least 50% charge; Nissan (US) accepts START only.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        body (ChargeCommand):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        body=body,
        flags=flags,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeCommand,
    flags: str | Unset = UNSET,
) -> Response[ActionResult]:
    """Start or stop charging

     Permission: `control_charge`. GM vehicles need at least 50% charge; Nissan (US) accepts START only.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        body (ChargeCommand):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        body=body,
        flags=flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeCommand,
    flags: str | Unset = UNSET,
) -> ActionResult | None:
    """Start or stop charging

     Permission: `control_charge`. GM vehicles need at least 50% charge; Nissan (US) accepts START only.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        body (ChargeCommand):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            body=body,
            flags=flags,
        )
    ).parsed
