"""A client library for accessing Volvo Connected Vehicle API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
