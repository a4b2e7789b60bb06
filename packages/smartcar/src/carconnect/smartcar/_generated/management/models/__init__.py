"""Contains all the data models used in inputs/outputs"""

from .connection import Connection
from .connection_list import ConnectionList
from .connection_mode import ConnectionMode
from .cursor_paging import CursorPaging
from .deleted_connection import DeletedConnection
from .deleted_connections import DeletedConnections
from .error import Error
from .error_resolution import ErrorResolution
from .error_type import ErrorType
from .resolution_type import ResolutionType

__all__ = (
    "Connection",
    "ConnectionList",
    "ConnectionMode",
    "CursorPaging",
    "DeletedConnection",
    "DeletedConnections",
    "Error",
    "ErrorResolution",
    "ErrorType",
    "ResolutionType",
)
