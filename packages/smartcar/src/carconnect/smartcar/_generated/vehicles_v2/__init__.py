"""A client library for accessing Smartcar Vehicles API v2.0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
