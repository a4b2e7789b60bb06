"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    import importlib

    _MODULES = {
        "Connection": ".connection",
        "ConnectionList": ".connection_list",
        "ConnectionMode": ".connection_mode",
        "CursorPaging": ".cursor_paging",
        "DeletedConnection": ".deleted_connection",
        "DeletedConnections": ".deleted_connections",
        "Error": ".error",
        "ErrorResolution": ".error_resolution",
        "ErrorType": ".error_type",
        "ResolutionType": ".resolution_type",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


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
