from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_prompt import ApprovalPrompt
from ...models.authorize_response_type import AuthorizeResponseType
from ...models.connect_mode import ConnectMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    approval_prompt: ApprovalPrompt | Unset = UNSET,
    mode: ConnectMode | Unset = UNSET,
    state: str | Unset = UNSET,
    make: str | Unset = UNSET,
    single_select: bool | Unset = UNSET,
    single_select_vin: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    json_approval_prompt: str | Unset = UNSET
    if not isinstance(approval_prompt, Unset):
        json_approval_prompt = approval_prompt.value

    params["approval_prompt"] = json_approval_prompt

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["state"] = state

    params["make"] = make

    params["single_select"] = single_select

    params["single_select_vin"] = single_select_vin

    params["flags"] = flags

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
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
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    approval_prompt: ApprovalPrompt | Unset = UNSET,
    mode: ConnectMode | Unset = UNSET,
    state: str | Unset = UNSET,
    make: str | Unset = UNSET,
    single_select: bool | Unset = UNSET,
    single_select_vin: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[Any]:
    """Start Smartcar Connect

     Opened in the user's browser, never called by the backend. On success Connect redirects to
    `redirect_uri` with `code` and `state` (and `user_id` for v3 applications); on failure with `error`,
    `error_description` and `state` (plus `vin`, `make`, `model`, `year` for an incompatible vehicle).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str | Unset):
        approval_prompt (ApprovalPrompt | Unset): `force` always shows the consent screen.
        mode (ConnectMode | Unset): `test` is deprecated in favour of `simulated`.
        state (str | Unset):
        make (str | Unset):
        single_select (bool | Unset):
        single_select_vin (str | Unset):
        flags (str | Unset):
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
        redirect_uri=redirect_uri,
        scope=scope,
        approval_prompt=approval_prompt,
        mode=mode,
        state=state,
        make=make,
        single_select=single_select,
        single_select_vin=single_select_vin,
        flags=flags,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    approval_prompt: ApprovalPrompt | Unset = UNSET,
    mode: ConnectMode | Unset = UNSET,
    state: str | Unset = UNSET,
    make: str | Unset = UNSET,
    single_select: bool | Unset = UNSET,
    single_select_vin: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[Any]:
    """Start Smartcar Connect

     Opened in the user's browser, never called by the backend. On success Connect redirects to
    `redirect_uri` with `code` and `state` (and `user_id` for v3 applications); on failure with `error`,
    `error_description` and `state` (plus `vin`, `make`, `model`, `year` for an incompatible vehicle).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str | Unset):
        approval_prompt (ApprovalPrompt | Unset): `force` always shows the consent screen.
        mode (ConnectMode | Unset): `test` is deprecated in favour of `simulated`.
        state (str | Unset):
        make (str | Unset):
        single_select (bool | Unset):
        single_select_vin (str | Unset):
        flags (str | Unset):
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
        redirect_uri=redirect_uri,
        scope=scope,
        approval_prompt=approval_prompt,
        mode=mode,
        state=state,
        make=make,
        single_select=single_select,
        single_select_vin=single_select_vin,
        flags=flags,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
