"""A client library for accessing Smartcar Management API v2.0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
