from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Configurations")


@_attrs_define
class Configurations:
    """Vehicle settings by name; unlisted settings stay available by name (any JSON value)."""

    remote_start_run_duration_setting: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    additional_properties: dict[str, GenericMetric] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_start_run_duration_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_start_run_duration_setting, Unset):
            remote_start_run_duration_setting = self.remote_start_run_duration_setting.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if remote_start_run_duration_setting is not UNSET:
            field_dict["remoteStartRunDurationSetting"] = remote_start_run_duration_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _remote_start_run_duration_setting = d.pop("remoteStartRunDurationSetting", UNSET)
        remote_start_run_duration_setting: NumberMetric | Unset
        if isinstance(_remote_start_run_duration_setting, Unset):
            remote_start_run_duration_setting = UNSET
        else:
            remote_start_run_duration_setting = NumberMetric.from_dict(_remote_start_run_duration_setting)

        configurations = cls(
            remote_start_run_duration_setting=remote_start_run_duration_setting,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GenericMetric.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        configurations.additional_properties = additional_properties
        return configurations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GenericMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GenericMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.generic_metric import GenericMetric
from ..models.number_metric import NumberMetric
