from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard import Dashboard
from ...models.dashboard_request import DashboardRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: DashboardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/expdashboard/v1/details/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Dashboard | None:
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(json_body(response))

        return response_200

    if response.status_code == 207:
        response_207 = Dashboard.from_dict(json_body(response))

        return response_207

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Dashboard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DashboardRequest,
) -> Response[Dashboard]:
    """The vehicles on the account with their profiles and capabilities.

     Served by Ford, not Autonomic: send it through a client whose base URL is the Ford host and that
    carries the CAT `auth-token`, `Application-Id`, `countryCode` and `locale` headers. Answers 207
    Multi-Status, sometimes 200.

    Args:
        body (DashboardRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dashboard]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DashboardRequest,
) -> Dashboard | None:
    """The vehicles on the account with their profiles and capabilities.

     Served by Ford, not Autonomic: send it through a client whose base URL is the Ford host and that
    carries the CAT `auth-token`, `Application-Id`, `countryCode` and `locale` headers. Answers 207
    Multi-Status, sometimes 200.

    Args:
        body (DashboardRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dashboard
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DashboardRequest,
) -> Response[Dashboard]:
    """The vehicles on the account with their profiles and capabilities.

     Served by Ford, not Autonomic: send it through a client whose base URL is the Ford host and that
    carries the CAT `auth-token`, `Application-Id`, `countryCode` and `locale` headers. Answers 207
    Multi-Status, sometimes 200.

    Args:
        body (DashboardRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dashboard]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DashboardRequest,
) -> Dashboard | None:
    """The vehicles on the account with their profiles and capabilities.

     Served by Ford, not Autonomic: send it through a client whose base URL is the Ford host and that
    carries the CAT `auth-token`, `Application-Id`, `countryCode` and `locale` headers. Answers 207
    Multi-Status, sometimes 200.

    Args:
        body (DashboardRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dashboard
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
