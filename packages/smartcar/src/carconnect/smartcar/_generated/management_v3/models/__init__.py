"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_code import ErrorCode
    from .error_document import ErrorDocument
    from .error_links import ErrorLinks
    from .error_meta import ErrorMeta
    from .error_object import ErrorObject
    from .error_resolution import ErrorResolution
    from .error_type import ErrorType
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .related_links import RelatedLinks
    from .relationship import Relationship
    from .resolution_type import ResolutionType
    from .resource_identifier import ResourceIdentifier
    from .self_links import SelfLinks
    from .subscribe_request import SubscribeRequest
    from .subscribed_vehicle import SubscribedVehicle
    from .subscription import Subscription
    from .subscription_attributes import SubscriptionAttributes
    from .subscription_document import SubscriptionDocument
    from .subscription_list import SubscriptionList
    from .subscription_meta import SubscriptionMeta
    from .subscription_relationships import SubscriptionRelationships
    from .vehicle_reference import VehicleReference
    from .webhook import Webhook
    from .webhook_attributes import WebhookAttributes
    from .webhook_document import WebhookDocument
    from .webhook_list import WebhookList
else:
    import importlib

    _MODULES = {
        "ErrorCode": ".error_code",
        "ErrorDocument": ".error_document",
        "ErrorLinks": ".error_links",
        "ErrorMeta": ".error_meta",
        "ErrorObject": ".error_object",
        "ErrorResolution": ".error_resolution",
        "ErrorType": ".error_type",
        "PageLinks": ".page_links",
        "PageMeta": ".page_meta",
        "RelatedLinks": ".related_links",
        "Relationship": ".relationship",
        "ResolutionType": ".resolution_type",
        "ResourceIdentifier": ".resource_identifier",
        "SelfLinks": ".self_links",
        "SubscribeRequest": ".subscribe_request",
        "SubscribedVehicle": ".subscribed_vehicle",
        "Subscription": ".subscription",
        "SubscriptionAttributes": ".subscription_attributes",
        "SubscriptionDocument": ".subscription_document",
        "SubscriptionList": ".subscription_list",
        "SubscriptionMeta": ".subscription_meta",
        "SubscriptionRelationships": ".subscription_relationships",
        "VehicleReference": ".vehicle_reference",
        "Webhook": ".webhook",
        "WebhookAttributes": ".webhook_attributes",
        "WebhookDocument": ".webhook_document",
        "WebhookList": ".webhook_list",
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
    "ErrorCode",
    "ErrorDocument",
    "ErrorLinks",
    "ErrorMeta",
    "ErrorObject",
    "ErrorResolution",
    "ErrorType",
    "PageLinks",
    "PageMeta",
    "RelatedLinks",
    "Relationship",
    "ResolutionType",
    "ResourceIdentifier",
    "SelfLinks",
    "SubscribeRequest",
    "SubscribedVehicle",
    "Subscription",
    "SubscriptionAttributes",
    "SubscriptionDocument",
    "SubscriptionList",
    "SubscriptionMeta",
    "SubscriptionRelationships",
    "VehicleReference",
    "Webhook",
    "WebhookAttributes",
    "WebhookDocument",
    "WebhookList",
)
