from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OemData")


@_attrs_define
class OemData:
    """Raw vehicle-message fields by name; the ones seen are listed, others stay available by name."""

    ftcp_version: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    payload: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    vehicle_common_correlation_id: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    policy_table_extension_data: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    entity_settings_list: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    user_friendly_message_data: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    ccs_data_sync_state: OemValue | Unset = UNSET
    """ A raw vehicle-message value. """
    additional_properties: dict[str, OemValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ftcp_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftcp_version, Unset):
            ftcp_version = self.ftcp_version.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        vehicle_common_correlation_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle_common_correlation_id, Unset):
            vehicle_common_correlation_id = self.vehicle_common_correlation_id.to_dict()

        policy_table_extension_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_table_extension_data, Unset):
            policy_table_extension_data = self.policy_table_extension_data.to_dict()

        entity_settings_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_settings_list, Unset):
            entity_settings_list = self.entity_settings_list.to_dict()

        user_friendly_message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_friendly_message_data, Unset):
            user_friendly_message_data = self.user_friendly_message_data.to_dict()

        ccs_data_sync_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ccs_data_sync_state, Unset):
            ccs_data_sync_state = self.ccs_data_sync_state.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if ftcp_version is not UNSET:
            field_dict["ftcp_version"] = ftcp_version
        if payload is not UNSET:
            field_dict["payload"] = payload
        if vehicle_common_correlation_id is not UNSET:
            field_dict["vehicle_common_correlation_id"] = vehicle_common_correlation_id
        if policy_table_extension_data is not UNSET:
            field_dict["policy_table_extension_data"] = policy_table_extension_data
        if entity_settings_list is not UNSET:
            field_dict["entity_settings_list"] = entity_settings_list
        if user_friendly_message_data is not UNSET:
            field_dict["user_friendly_message_data"] = user_friendly_message_data
        if ccs_data_sync_state is not UNSET:
            field_dict["ccs_data_sync_state"] = ccs_data_sync_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ftcp_version = d.pop("ftcp_version", UNSET)
        ftcp_version: OemValue | Unset
        if isinstance(_ftcp_version, Unset):
            ftcp_version = UNSET
        else:
            ftcp_version = OemValue.from_dict(_ftcp_version)

        _payload = d.pop("payload", UNSET)
        payload: OemValue | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = OemValue.from_dict(_payload)

        _vehicle_common_correlation_id = d.pop("vehicle_common_correlation_id", UNSET)
        vehicle_common_correlation_id: OemValue | Unset
        if isinstance(_vehicle_common_correlation_id, Unset):
            vehicle_common_correlation_id = UNSET
        else:
            vehicle_common_correlation_id = OemValue.from_dict(_vehicle_common_correlation_id)

        _policy_table_extension_data = d.pop("policy_table_extension_data", UNSET)
        policy_table_extension_data: OemValue | Unset
        if isinstance(_policy_table_extension_data, Unset):
            policy_table_extension_data = UNSET
        else:
            policy_table_extension_data = OemValue.from_dict(_policy_table_extension_data)

        _entity_settings_list = d.pop("entity_settings_list", UNSET)
        entity_settings_list: OemValue | Unset
        if isinstance(_entity_settings_list, Unset):
            entity_settings_list = UNSET
        else:
            entity_settings_list = OemValue.from_dict(_entity_settings_list)

        _user_friendly_message_data = d.pop("user_friendly_message_data", UNSET)
        user_friendly_message_data: OemValue | Unset
        if isinstance(_user_friendly_message_data, Unset):
            user_friendly_message_data = UNSET
        else:
            user_friendly_message_data = OemValue.from_dict(_user_friendly_message_data)

        _ccs_data_sync_state = d.pop("ccs_data_sync_state", UNSET)
        ccs_data_sync_state: OemValue | Unset
        if isinstance(_ccs_data_sync_state, Unset):
            ccs_data_sync_state = UNSET
        else:
            ccs_data_sync_state = OemValue.from_dict(_ccs_data_sync_state)

        oem_data = cls(
            ftcp_version=ftcp_version,
            payload=payload,
            vehicle_common_correlation_id=vehicle_common_correlation_id,
            policy_table_extension_data=policy_table_extension_data,
            entity_settings_list=entity_settings_list,
            user_friendly_message_data=user_friendly_message_data,
            ccs_data_sync_state=ccs_data_sync_state,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = OemValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        oem_data.additional_properties = additional_properties
        return oem_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OemValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OemValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.oem_value import OemValue
