from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="PassengerCarTyres")


@_attrs_define
class PassengerCarTyres:
    mounted_tyres: None | TyreSet | Unset = UNSET
    unmounted_tyres: None | TyreSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mounted_tyres: dict[str, Any] | None | Unset
        if isinstance(self.mounted_tyres, Unset):
            mounted_tyres = UNSET
        elif isinstance(self.mounted_tyres, TyreSet):
            mounted_tyres = self.mounted_tyres.to_dict()
        else:
            mounted_tyres = self.mounted_tyres

        unmounted_tyres: dict[str, Any] | None | Unset
        if isinstance(self.unmounted_tyres, Unset):
            unmounted_tyres = UNSET
        elif isinstance(self.unmounted_tyres, TyreSet):
            unmounted_tyres = self.unmounted_tyres.to_dict()
        else:
            unmounted_tyres = self.unmounted_tyres

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mounted_tyres is not UNSET:
            field_dict["mountedTyres"] = mounted_tyres
        if unmounted_tyres is not UNSET:
            field_dict["unmountedTyres"] = unmounted_tyres

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mounted_tyres = d.pop("mountedTyres", UNSET)
        if not (mounted_tyres is None or isinstance(mounted_tyres, Unset)):
            try:
                if not isinstance(mounted_tyres, dict):
                    raise TypeError()
                mounted_tyres_type_0 = TyreSet.from_dict(mounted_tyres)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mountedTyres", mounted_tyres, error)) from None
            mounted_tyres = mounted_tyres_type_0

        unmounted_tyres = d.pop("unmountedTyres", UNSET)
        if not (unmounted_tyres is None or isinstance(unmounted_tyres, Unset)):
            try:
                if not isinstance(unmounted_tyres, dict):
                    raise TypeError()
                unmounted_tyres_type_0 = TyreSet.from_dict(unmounted_tyres)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("unmountedTyres", unmounted_tyres, error)) from None
            unmounted_tyres = unmounted_tyres_type_0

        passenger_car_tyres = cls(
            mounted_tyres=mounted_tyres,
            unmounted_tyres=unmounted_tyres,
        )

        passenger_car_tyres.additional_properties = d
        return passenger_car_tyres

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.tyre_set import TyreSet
