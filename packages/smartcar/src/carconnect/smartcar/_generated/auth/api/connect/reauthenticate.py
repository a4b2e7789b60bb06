from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reauthenticate_response_type import ReauthenticateResponseType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: ReauthenticateResponseType,
    client_id: str,
    vehicle_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["vehicle_id"] = vehicle_id

    params["redirect_uri"] = redirect_uri

    params["state"] = state

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/reauthenticate",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: ReauthenticateResponseType,
    client_id: str,
    vehicle_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[Any]:
    """Re-authenticate a connected vehicle

     Opened in the user's browser after `CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED`; the error's
    `resolution.url` carries a partly built link to this page.

    Args:
        response_type (ReauthenticateResponseType):
        client_id (str):
        vehicle_id (str):
        redirect_uri (str):
        state (str | Unset):
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        vehicle_id=vehicle_id,
        redirect_uri=redirect_uri,
        state=state,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: ReauthenticateResponseType,
    client_id: str,
    vehicle_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[Any]:
    """Re-authenticate a connected vehicle

     Opened in the user's browser after `CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED`; the error's
    `resolution.url` carries a partly built link to this page.

    Args:
        response_type (ReauthenticateResponseType):
        client_id (str):
        vehicle_id (str):
        redirect_uri (str):
        state (str | Unset):
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        vehicle_id=vehicle_id,
        redirect_uri=redirect_uri,
        state=state,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
