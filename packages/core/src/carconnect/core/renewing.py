"""Transports that open new connections in a forked child and, async, for a new event loop.

A carconnect httpx client built on httpx's default transport gets a :class:`RenewingTransport`
(:class:`AsyncRenewingTransport`) instead, and one per proxy the environment names
(:func:`environment_mounts`): the httpx client itself stays an ordinary ``httpx.Client`` /
``httpx.AsyncClient``. Each holds an inner ``httpx.HTTPTransport`` (``httpx.AsyncHTTPTransport``),
which serves the process and event loop, if any, it was built in (:class:`~carconnect.core.forks.Place`,
:class:`~carconnect.core.forks.AsyncPlace`): in a forked child, or once the event loop it served has
closed, it is left unclosed (its sockets are the parent's, or its loop cannot run a close) and a new
one is built on next use. An async one used from a second event loop while the first is still open
raises :class:`~carconnect.core.EventLoopError`.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from ipaddress import IPv4Address, IPv6Address
from typing import Generic, Self, TypeVar

import httpx

from .forks import AsyncPlace, Place

T = TypeVar("T")
Inner = TypeVar("Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)
Mounts = dict[str, T | None]


class _Renewing(Generic[Inner]):
    """What both renewing transports share: the inner transport and the place it serves."""

    def __init__(self, *, trust_env: bool = True, proxy: str | None = None, place: Place | None = None) -> None:
        self.trust_env, self.proxy = trust_env, proxy
        self.place = place or self._place()
        self.made: tuple[object, Inner] = (self.place.unused(), self._build())

    @classmethod
    def for_client(cls, *, trust_env: bool, place: Place | None = None) -> tuple[Self, Mounts[Self]]:
        """``transport=`` and ``mounts=`` of an httpx client on renewing transports sharing ``place``,
        with the environment's proxies when ``trust_env``."""
        shared = place or cls._place()
        mounts = environment_mounts(lambda url: cls(trust_env=trust_env, proxy=url, place=shared)) if trust_env else {}
        return cls(trust_env=trust_env, place=shared), mounts

    @staticmethod
    def _place() -> Place:
        return Place()

    def _build(self) -> Inner:
        raise NotImplementedError

    def serving(self) -> Inner:
        """The inner transport for the running call, built anew when the one before serves another
        place (for async, :class:`~carconnect.core.EventLoopError` while another loop still open
        is served)."""
        here = self.place.here()
        made, inner = self.made
        if made != here:
            with self.place.lock:
                made, inner = self.made
                if not self.place.fits(made, here):
                    inner = self._build()
                self.made = (here, inner)
        return inner

    def _own_inner(self) -> Inner | None:
        """The inner transport when its connections are this process's (and event loop's), to close."""
        made, inner = self.made
        return inner if self.place.owns(made) else None


class RenewingTransport(_Renewing[httpx.BaseTransport], httpx.BaseTransport):
    """Sends through an ``httpx.HTTPTransport`` of this process, built anew in a forked child."""

    def _build(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport(trust_env=self.trust_env, proxy=self.proxy)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.serving().handle_request(request)

    def close(self) -> None:
        """Close the inner transport when its connections are this process's."""
        inner = self._own_inner()
        if inner is not None:
            inner.close()


class AsyncRenewingTransport(_Renewing[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """Sends through an ``httpx.AsyncHTTPTransport`` of this process and event loop, built anew in a
    forked child and once the event loop it served has closed."""

    @staticmethod
    def _place() -> Place:
        return AsyncPlace()

    def _build(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(trust_env=self.trust_env, proxy=self.proxy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.serving().handle_async_request(request)

    async def aclose(self) -> None:
        """Close the inner transport when its connections are this process's and event loop's."""
        inner = self._own_inner()
        if inner is not None:
            await inner.aclose()


def environment_mounts(proxied: Callable[[str], T]) -> Mounts[T]:
    """httpx ``mounts=`` for the proxies the environment names: ``proxied(url)`` for each proxy
    (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, or the system's setting, through
    ``urllib.request.getproxies()``) and ``None`` (the client's own transport) for each ``NO_PROXY``
    entry; nothing when ``NO_PROXY`` is ``*``.

    This mirrors httpx's own environment rules (``get_environment_proxies``), because httpx applies
    them only to a client given no ``transport=``, and a carconnect client is given one to renew its
    connections. Pass it only when the client trusts the environment (``trust_env``).
    """
    found = urllib.request.getproxies()
    mounts: Mounts[T] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            mounts[f"{scheme}://"] = proxied(url if "://" in url else f"http://{url}")
    for host in (entry.strip() for entry in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if "://" in host:
            mounts[host] = None
        elif _is_ip(host, IPv4Address) or host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        elif _is_ip(host, IPv6Address):
            mounts[f"all://[{host}]"] = None
        elif host:
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ip(host: str, kind: type[IPv4Address | IPv6Address]) -> bool:
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True


__all__ = ["AsyncRenewingTransport", "RenewingTransport", "environment_mounts"]
