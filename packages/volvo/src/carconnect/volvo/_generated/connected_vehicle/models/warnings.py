from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Warnings")


@_attrs_define
class Warnings:
    """Bulb failure warning of every exterior light."""

    brake_light_center_warning: LightWarningField | None | Unset = UNSET
    brake_light_left_warning: LightWarningField | None | Unset = UNSET
    brake_light_right_warning: LightWarningField | None | Unset = UNSET
    fog_light_front_warning: LightWarningField | None | Unset = UNSET
    fog_light_rear_warning: LightWarningField | None | Unset = UNSET
    position_light_front_left_warning: LightWarningField | None | Unset = UNSET
    position_light_front_right_warning: LightWarningField | None | Unset = UNSET
    position_light_rear_left_warning: LightWarningField | None | Unset = UNSET
    position_light_rear_right_warning: LightWarningField | None | Unset = UNSET
    high_beam_left_warning: LightWarningField | None | Unset = UNSET
    high_beam_right_warning: LightWarningField | None | Unset = UNSET
    low_beam_left_warning: LightWarningField | None | Unset = UNSET
    low_beam_right_warning: LightWarningField | None | Unset = UNSET
    daytime_running_light_left_warning: LightWarningField | None | Unset = UNSET
    daytime_running_light_right_warning: LightWarningField | None | Unset = UNSET
    turn_indication_front_left_warning: LightWarningField | None | Unset = UNSET
    turn_indication_front_right_warning: LightWarningField | None | Unset = UNSET
    turn_indication_rear_left_warning: LightWarningField | None | Unset = UNSET
    turn_indication_rear_right_warning: LightWarningField | None | Unset = UNSET
    registration_plate_light_warning: LightWarningField | None | Unset = UNSET
    side_mark_lights_warning: LightWarningField | None | Unset = UNSET
    hazard_lights_warning: LightWarningField | None | Unset = UNSET
    reverse_lights_warning: LightWarningField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brake_light_center_warning: dict[str, Any] | None | Unset
        if isinstance(self.brake_light_center_warning, Unset):
            brake_light_center_warning = UNSET
        elif isinstance(self.brake_light_center_warning, LightWarningField):
            brake_light_center_warning = self.brake_light_center_warning.to_dict()
        else:
            brake_light_center_warning = self.brake_light_center_warning

        brake_light_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.brake_light_left_warning, Unset):
            brake_light_left_warning = UNSET
        elif isinstance(self.brake_light_left_warning, LightWarningField):
            brake_light_left_warning = self.brake_light_left_warning.to_dict()
        else:
            brake_light_left_warning = self.brake_light_left_warning

        brake_light_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.brake_light_right_warning, Unset):
            brake_light_right_warning = UNSET
        elif isinstance(self.brake_light_right_warning, LightWarningField):
            brake_light_right_warning = self.brake_light_right_warning.to_dict()
        else:
            brake_light_right_warning = self.brake_light_right_warning

        fog_light_front_warning: dict[str, Any] | None | Unset
        if isinstance(self.fog_light_front_warning, Unset):
            fog_light_front_warning = UNSET
        elif isinstance(self.fog_light_front_warning, LightWarningField):
            fog_light_front_warning = self.fog_light_front_warning.to_dict()
        else:
            fog_light_front_warning = self.fog_light_front_warning

        fog_light_rear_warning: dict[str, Any] | None | Unset
        if isinstance(self.fog_light_rear_warning, Unset):
            fog_light_rear_warning = UNSET
        elif isinstance(self.fog_light_rear_warning, LightWarningField):
            fog_light_rear_warning = self.fog_light_rear_warning.to_dict()
        else:
            fog_light_rear_warning = self.fog_light_rear_warning

        position_light_front_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.position_light_front_left_warning, Unset):
            position_light_front_left_warning = UNSET
        elif isinstance(self.position_light_front_left_warning, LightWarningField):
            position_light_front_left_warning = self.position_light_front_left_warning.to_dict()
        else:
            position_light_front_left_warning = self.position_light_front_left_warning

        position_light_front_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.position_light_front_right_warning, Unset):
            position_light_front_right_warning = UNSET
        elif isinstance(self.position_light_front_right_warning, LightWarningField):
            position_light_front_right_warning = self.position_light_front_right_warning.to_dict()
        else:
            position_light_front_right_warning = self.position_light_front_right_warning

        position_light_rear_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.position_light_rear_left_warning, Unset):
            position_light_rear_left_warning = UNSET
        elif isinstance(self.position_light_rear_left_warning, LightWarningField):
            position_light_rear_left_warning = self.position_light_rear_left_warning.to_dict()
        else:
            position_light_rear_left_warning = self.position_light_rear_left_warning

        position_light_rear_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.position_light_rear_right_warning, Unset):
            position_light_rear_right_warning = UNSET
        elif isinstance(self.position_light_rear_right_warning, LightWarningField):
            position_light_rear_right_warning = self.position_light_rear_right_warning.to_dict()
        else:
            position_light_rear_right_warning = self.position_light_rear_right_warning

        high_beam_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.high_beam_left_warning, Unset):
            high_beam_left_warning = UNSET
        elif isinstance(self.high_beam_left_warning, LightWarningField):
            high_beam_left_warning = self.high_beam_left_warning.to_dict()
        else:
            high_beam_left_warning = self.high_beam_left_warning

        high_beam_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.high_beam_right_warning, Unset):
            high_beam_right_warning = UNSET
        elif isinstance(self.high_beam_right_warning, LightWarningField):
            high_beam_right_warning = self.high_beam_right_warning.to_dict()
        else:
            high_beam_right_warning = self.high_beam_right_warning

        low_beam_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.low_beam_left_warning, Unset):
            low_beam_left_warning = UNSET
        elif isinstance(self.low_beam_left_warning, LightWarningField):
            low_beam_left_warning = self.low_beam_left_warning.to_dict()
        else:
            low_beam_left_warning = self.low_beam_left_warning

        low_beam_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.low_beam_right_warning, Unset):
            low_beam_right_warning = UNSET
        elif isinstance(self.low_beam_right_warning, LightWarningField):
            low_beam_right_warning = self.low_beam_right_warning.to_dict()
        else:
            low_beam_right_warning = self.low_beam_right_warning

        daytime_running_light_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.daytime_running_light_left_warning, Unset):
            daytime_running_light_left_warning = UNSET
        elif isinstance(self.daytime_running_light_left_warning, LightWarningField):
            daytime_running_light_left_warning = self.daytime_running_light_left_warning.to_dict()
        else:
            daytime_running_light_left_warning = self.daytime_running_light_left_warning

        daytime_running_light_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.daytime_running_light_right_warning, Unset):
            daytime_running_light_right_warning = UNSET
        elif isinstance(self.daytime_running_light_right_warning, LightWarningField):
            daytime_running_light_right_warning = self.daytime_running_light_right_warning.to_dict()
        else:
            daytime_running_light_right_warning = self.daytime_running_light_right_warning

        turn_indication_front_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.turn_indication_front_left_warning, Unset):
            turn_indication_front_left_warning = UNSET
        elif isinstance(self.turn_indication_front_left_warning, LightWarningField):
            turn_indication_front_left_warning = self.turn_indication_front_left_warning.to_dict()
        else:
            turn_indication_front_left_warning = self.turn_indication_front_left_warning

        turn_indication_front_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.turn_indication_front_right_warning, Unset):
            turn_indication_front_right_warning = UNSET
        elif isinstance(self.turn_indication_front_right_warning, LightWarningField):
            turn_indication_front_right_warning = self.turn_indication_front_right_warning.to_dict()
        else:
            turn_indication_front_right_warning = self.turn_indication_front_right_warning

        turn_indication_rear_left_warning: dict[str, Any] | None | Unset
        if isinstance(self.turn_indication_rear_left_warning, Unset):
            turn_indication_rear_left_warning = UNSET
        elif isinstance(self.turn_indication_rear_left_warning, LightWarningField):
            turn_indication_rear_left_warning = self.turn_indication_rear_left_warning.to_dict()
        else:
            turn_indication_rear_left_warning = self.turn_indication_rear_left_warning

        turn_indication_rear_right_warning: dict[str, Any] | None | Unset
        if isinstance(self.turn_indication_rear_right_warning, Unset):
            turn_indication_rear_right_warning = UNSET
        elif isinstance(self.turn_indication_rear_right_warning, LightWarningField):
            turn_indication_rear_right_warning = self.turn_indication_rear_right_warning.to_dict()
        else:
            turn_indication_rear_right_warning = self.turn_indication_rear_right_warning

        registration_plate_light_warning: dict[str, Any] | None | Unset
        if isinstance(self.registration_plate_light_warning, Unset):
            registration_plate_light_warning = UNSET
        elif isinstance(self.registration_plate_light_warning, LightWarningField):
            registration_plate_light_warning = self.registration_plate_light_warning.to_dict()
        else:
            registration_plate_light_warning = self.registration_plate_light_warning

        side_mark_lights_warning: dict[str, Any] | None | Unset
        if isinstance(self.side_mark_lights_warning, Unset):
            side_mark_lights_warning = UNSET
        elif isinstance(self.side_mark_lights_warning, LightWarningField):
            side_mark_lights_warning = self.side_mark_lights_warning.to_dict()
        else:
            side_mark_lights_warning = self.side_mark_lights_warning

        hazard_lights_warning: dict[str, Any] | None | Unset
        if isinstance(self.hazard_lights_warning, Unset):
            hazard_lights_warning = UNSET
        elif isinstance(self.hazard_lights_warning, LightWarningField):
            hazard_lights_warning = self.hazard_lights_warning.to_dict()
        else:
            hazard_lights_warning = self.hazard_lights_warning

        reverse_lights_warning: dict[str, Any] | None | Unset
        if isinstance(self.reverse_lights_warning, Unset):
            reverse_lights_warning = UNSET
        elif isinstance(self.reverse_lights_warning, LightWarningField):
            reverse_lights_warning = self.reverse_lights_warning.to_dict()
        else:
            reverse_lights_warning = self.reverse_lights_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brake_light_center_warning is not UNSET:
            field_dict["brakeLightCenterWarning"] = brake_light_center_warning
        if brake_light_left_warning is not UNSET:
            field_dict["brakeLightLeftWarning"] = brake_light_left_warning
        if brake_light_right_warning is not UNSET:
            field_dict["brakeLightRightWarning"] = brake_light_right_warning
        if fog_light_front_warning is not UNSET:
            field_dict["fogLightFrontWarning"] = fog_light_front_warning
        if fog_light_rear_warning is not UNSET:
            field_dict["fogLightRearWarning"] = fog_light_rear_warning
        if position_light_front_left_warning is not UNSET:
            field_dict["positionLightFrontLeftWarning"] = position_light_front_left_warning
        if position_light_front_right_warning is not UNSET:
            field_dict["positionLightFrontRightWarning"] = position_light_front_right_warning
        if position_light_rear_left_warning is not UNSET:
            field_dict["positionLightRearLeftWarning"] = position_light_rear_left_warning
        if position_light_rear_right_warning is not UNSET:
            field_dict["positionLightRearRightWarning"] = position_light_rear_right_warning
        if high_beam_left_warning is not UNSET:
            field_dict["highBeamLeftWarning"] = high_beam_left_warning
        if high_beam_right_warning is not UNSET:
            field_dict["highBeamRightWarning"] = high_beam_right_warning
        if low_beam_left_warning is not UNSET:
            field_dict["lowBeamLeftWarning"] = low_beam_left_warning
        if low_beam_right_warning is not UNSET:
            field_dict["lowBeamRightWarning"] = low_beam_right_warning
        if daytime_running_light_left_warning is not UNSET:
            field_dict["daytimeRunningLightLeftWarning"] = daytime_running_light_left_warning
        if daytime_running_light_right_warning is not UNSET:
            field_dict["daytimeRunningLightRightWarning"] = daytime_running_light_right_warning
        if turn_indication_front_left_warning is not UNSET:
            field_dict["turnIndicationFrontLeftWarning"] = turn_indication_front_left_warning
        if turn_indication_front_right_warning is not UNSET:
            field_dict["turnIndicationFrontRightWarning"] = turn_indication_front_right_warning
        if turn_indication_rear_left_warning is not UNSET:
            field_dict["turnIndicationRearLeftWarning"] = turn_indication_rear_left_warning
        if turn_indication_rear_right_warning is not UNSET:
            field_dict["turnIndicationRearRightWarning"] = turn_indication_rear_right_warning
        if registration_plate_light_warning is not UNSET:
            field_dict["registrationPlateLightWarning"] = registration_plate_light_warning
        if side_mark_lights_warning is not UNSET:
            field_dict["sideMarkLightsWarning"] = side_mark_lights_warning
        if hazard_lights_warning is not UNSET:
            field_dict["hazardLightsWarning"] = hazard_lights_warning
        if reverse_lights_warning is not UNSET:
            field_dict["reverseLightsWarning"] = reverse_lights_warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brake_light_center_warning = d.pop("brakeLightCenterWarning", UNSET)
        if not (brake_light_center_warning is None or isinstance(brake_light_center_warning, Unset)):
            try:
                if not isinstance(brake_light_center_warning, dict):
                    raise TypeError()
                brake_light_center_warning_type_0 = LightWarningField.from_dict(brake_light_center_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("brakeLightCenterWarning", brake_light_center_warning, error)) from None
            brake_light_center_warning = brake_light_center_warning_type_0

        brake_light_left_warning = d.pop("brakeLightLeftWarning", UNSET)
        if not (brake_light_left_warning is None or isinstance(brake_light_left_warning, Unset)):
            try:
                if not isinstance(brake_light_left_warning, dict):
                    raise TypeError()
                brake_light_left_warning_type_0 = LightWarningField.from_dict(brake_light_left_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("brakeLightLeftWarning", brake_light_left_warning, error)) from None
            brake_light_left_warning = brake_light_left_warning_type_0

        brake_light_right_warning = d.pop("brakeLightRightWarning", UNSET)
        if not (brake_light_right_warning is None or isinstance(brake_light_right_warning, Unset)):
            try:
                if not isinstance(brake_light_right_warning, dict):
                    raise TypeError()
                brake_light_right_warning_type_0 = LightWarningField.from_dict(brake_light_right_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("brakeLightRightWarning", brake_light_right_warning, error)) from None
            brake_light_right_warning = brake_light_right_warning_type_0

        fog_light_front_warning = d.pop("fogLightFrontWarning", UNSET)
        if not (fog_light_front_warning is None or isinstance(fog_light_front_warning, Unset)):
            try:
                if not isinstance(fog_light_front_warning, dict):
                    raise TypeError()
                fog_light_front_warning_type_0 = LightWarningField.from_dict(fog_light_front_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("fogLightFrontWarning", fog_light_front_warning, error)) from None
            fog_light_front_warning = fog_light_front_warning_type_0

        fog_light_rear_warning = d.pop("fogLightRearWarning", UNSET)
        if not (fog_light_rear_warning is None or isinstance(fog_light_rear_warning, Unset)):
            try:
                if not isinstance(fog_light_rear_warning, dict):
                    raise TypeError()
                fog_light_rear_warning_type_0 = LightWarningField.from_dict(fog_light_rear_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("fogLightRearWarning", fog_light_rear_warning, error)) from None
            fog_light_rear_warning = fog_light_rear_warning_type_0

        position_light_front_left_warning = d.pop("positionLightFrontLeftWarning", UNSET)
        if not (position_light_front_left_warning is None or isinstance(position_light_front_left_warning, Unset)):
            try:
                if not isinstance(position_light_front_left_warning, dict):
                    raise TypeError()
                position_light_front_left_warning_type_0 = LightWarningField.from_dict(
                    position_light_front_left_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("positionLightFrontLeftWarning", position_light_front_left_warning, error)
                ) from None
            position_light_front_left_warning = position_light_front_left_warning_type_0

        position_light_front_right_warning = d.pop("positionLightFrontRightWarning", UNSET)
        if not (position_light_front_right_warning is None or isinstance(position_light_front_right_warning, Unset)):
            try:
                if not isinstance(position_light_front_right_warning, dict):
                    raise TypeError()
                position_light_front_right_warning_type_0 = LightWarningField.from_dict(
                    position_light_front_right_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("positionLightFrontRightWarning", position_light_front_right_warning, error)
                ) from None
            position_light_front_right_warning = position_light_front_right_warning_type_0

        position_light_rear_left_warning = d.pop("positionLightRearLeftWarning", UNSET)
        if not (position_light_rear_left_warning is None or isinstance(position_light_rear_left_warning, Unset)):
            try:
                if not isinstance(position_light_rear_left_warning, dict):
                    raise TypeError()
                position_light_rear_left_warning_type_0 = LightWarningField.from_dict(position_light_rear_left_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("positionLightRearLeftWarning", position_light_rear_left_warning, error)
                ) from None
            position_light_rear_left_warning = position_light_rear_left_warning_type_0

        position_light_rear_right_warning = d.pop("positionLightRearRightWarning", UNSET)
        if not (position_light_rear_right_warning is None or isinstance(position_light_rear_right_warning, Unset)):
            try:
                if not isinstance(position_light_rear_right_warning, dict):
                    raise TypeError()
                position_light_rear_right_warning_type_0 = LightWarningField.from_dict(
                    position_light_rear_right_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("positionLightRearRightWarning", position_light_rear_right_warning, error)
                ) from None
            position_light_rear_right_warning = position_light_rear_right_warning_type_0

        high_beam_left_warning = d.pop("highBeamLeftWarning", UNSET)
        if not (high_beam_left_warning is None or isinstance(high_beam_left_warning, Unset)):
            try:
                if not isinstance(high_beam_left_warning, dict):
                    raise TypeError()
                high_beam_left_warning_type_0 = LightWarningField.from_dict(high_beam_left_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("highBeamLeftWarning", high_beam_left_warning, error)) from None
            high_beam_left_warning = high_beam_left_warning_type_0

        high_beam_right_warning = d.pop("highBeamRightWarning", UNSET)
        if not (high_beam_right_warning is None or isinstance(high_beam_right_warning, Unset)):
            try:
                if not isinstance(high_beam_right_warning, dict):
                    raise TypeError()
                high_beam_right_warning_type_0 = LightWarningField.from_dict(high_beam_right_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("highBeamRightWarning", high_beam_right_warning, error)) from None
            high_beam_right_warning = high_beam_right_warning_type_0

        low_beam_left_warning = d.pop("lowBeamLeftWarning", UNSET)
        if not (low_beam_left_warning is None or isinstance(low_beam_left_warning, Unset)):
            try:
                if not isinstance(low_beam_left_warning, dict):
                    raise TypeError()
                low_beam_left_warning_type_0 = LightWarningField.from_dict(low_beam_left_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lowBeamLeftWarning", low_beam_left_warning, error)) from None
            low_beam_left_warning = low_beam_left_warning_type_0

        low_beam_right_warning = d.pop("lowBeamRightWarning", UNSET)
        if not (low_beam_right_warning is None or isinstance(low_beam_right_warning, Unset)):
            try:
                if not isinstance(low_beam_right_warning, dict):
                    raise TypeError()
                low_beam_right_warning_type_0 = LightWarningField.from_dict(low_beam_right_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lowBeamRightWarning", low_beam_right_warning, error)) from None
            low_beam_right_warning = low_beam_right_warning_type_0

        daytime_running_light_left_warning = d.pop("daytimeRunningLightLeftWarning", UNSET)
        if not (daytime_running_light_left_warning is None or isinstance(daytime_running_light_left_warning, Unset)):
            try:
                if not isinstance(daytime_running_light_left_warning, dict):
                    raise TypeError()
                daytime_running_light_left_warning_type_0 = LightWarningField.from_dict(
                    daytime_running_light_left_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("daytimeRunningLightLeftWarning", daytime_running_light_left_warning, error)
                ) from None
            daytime_running_light_left_warning = daytime_running_light_left_warning_type_0

        daytime_running_light_right_warning = d.pop("daytimeRunningLightRightWarning", UNSET)
        if not (daytime_running_light_right_warning is None or isinstance(daytime_running_light_right_warning, Unset)):
            try:
                if not isinstance(daytime_running_light_right_warning, dict):
                    raise TypeError()
                daytime_running_light_right_warning_type_0 = LightWarningField.from_dict(
                    daytime_running_light_right_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("daytimeRunningLightRightWarning", daytime_running_light_right_warning, error)
                ) from None
            daytime_running_light_right_warning = daytime_running_light_right_warning_type_0

        turn_indication_front_left_warning = d.pop("turnIndicationFrontLeftWarning", UNSET)
        if not (turn_indication_front_left_warning is None or isinstance(turn_indication_front_left_warning, Unset)):
            try:
                if not isinstance(turn_indication_front_left_warning, dict):
                    raise TypeError()
                turn_indication_front_left_warning_type_0 = LightWarningField.from_dict(
                    turn_indication_front_left_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("turnIndicationFrontLeftWarning", turn_indication_front_left_warning, error)
                ) from None
            turn_indication_front_left_warning = turn_indication_front_left_warning_type_0

        turn_indication_front_right_warning = d.pop("turnIndicationFrontRightWarning", UNSET)
        if not (turn_indication_front_right_warning is None or isinstance(turn_indication_front_right_warning, Unset)):
            try:
                if not isinstance(turn_indication_front_right_warning, dict):
                    raise TypeError()
                turn_indication_front_right_warning_type_0 = LightWarningField.from_dict(
                    turn_indication_front_right_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("turnIndicationFrontRightWarning", turn_indication_front_right_warning, error)
                ) from None
            turn_indication_front_right_warning = turn_indication_front_right_warning_type_0

        turn_indication_rear_left_warning = d.pop("turnIndicationRearLeftWarning", UNSET)
        if not (turn_indication_rear_left_warning is None or isinstance(turn_indication_rear_left_warning, Unset)):
            try:
                if not isinstance(turn_indication_rear_left_warning, dict):
                    raise TypeError()
                turn_indication_rear_left_warning_type_0 = LightWarningField.from_dict(
                    turn_indication_rear_left_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("turnIndicationRearLeftWarning", turn_indication_rear_left_warning, error)
                ) from None
            turn_indication_rear_left_warning = turn_indication_rear_left_warning_type_0

        turn_indication_rear_right_warning = d.pop("turnIndicationRearRightWarning", UNSET)
        if not (turn_indication_rear_right_warning is None or isinstance(turn_indication_rear_right_warning, Unset)):
            try:
                if not isinstance(turn_indication_rear_right_warning, dict):
                    raise TypeError()
                turn_indication_rear_right_warning_type_0 = LightWarningField.from_dict(
                    turn_indication_rear_right_warning
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("turnIndicationRearRightWarning", turn_indication_rear_right_warning, error)
                ) from None
            turn_indication_rear_right_warning = turn_indication_rear_right_warning_type_0

        registration_plate_light_warning = d.pop("registrationPlateLightWarning", UNSET)
        if not (registration_plate_light_warning is None or isinstance(registration_plate_light_warning, Unset)):
            try:
                if not isinstance(registration_plate_light_warning, dict):
                    raise TypeError()
                registration_plate_light_warning_type_0 = LightWarningField.from_dict(registration_plate_light_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("registrationPlateLightWarning", registration_plate_light_warning, error)
                ) from None
            registration_plate_light_warning = registration_plate_light_warning_type_0

        side_mark_lights_warning = d.pop("sideMarkLightsWarning", UNSET)
        if not (side_mark_lights_warning is None or isinstance(side_mark_lights_warning, Unset)):
            try:
                if not isinstance(side_mark_lights_warning, dict):
                    raise TypeError()
                side_mark_lights_warning_type_0 = LightWarningField.from_dict(side_mark_lights_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sideMarkLightsWarning", side_mark_lights_warning, error)) from None
            side_mark_lights_warning = side_mark_lights_warning_type_0

        hazard_lights_warning = d.pop("hazardLightsWarning", UNSET)
        if not (hazard_lights_warning is None or isinstance(hazard_lights_warning, Unset)):
            try:
                if not isinstance(hazard_lights_warning, dict):
                    raise TypeError()
                hazard_lights_warning_type_0 = LightWarningField.from_dict(hazard_lights_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("hazardLightsWarning", hazard_lights_warning, error)) from None
            hazard_lights_warning = hazard_lights_warning_type_0

        reverse_lights_warning = d.pop("reverseLightsWarning", UNSET)
        if not (reverse_lights_warning is None or isinstance(reverse_lights_warning, Unset)):
            try:
                if not isinstance(reverse_lights_warning, dict):
                    raise TypeError()
                reverse_lights_warning_type_0 = LightWarningField.from_dict(reverse_lights_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("reverseLightsWarning", reverse_lights_warning, error)) from None
            reverse_lights_warning = reverse_lights_warning_type_0

        warnings = cls(
            brake_light_center_warning=brake_light_center_warning,
            brake_light_left_warning=brake_light_left_warning,
            brake_light_right_warning=brake_light_right_warning,
            fog_light_front_warning=fog_light_front_warning,
            fog_light_rear_warning=fog_light_rear_warning,
            position_light_front_left_warning=position_light_front_left_warning,
            position_light_front_right_warning=position_light_front_right_warning,
            position_light_rear_left_warning=position_light_rear_left_warning,
            position_light_rear_right_warning=position_light_rear_right_warning,
            high_beam_left_warning=high_beam_left_warning,
            high_beam_right_warning=high_beam_right_warning,
            low_beam_left_warning=low_beam_left_warning,
            low_beam_right_warning=low_beam_right_warning,
            daytime_running_light_left_warning=daytime_running_light_left_warning,
            daytime_running_light_right_warning=daytime_running_light_right_warning,
            turn_indication_front_left_warning=turn_indication_front_left_warning,
            turn_indication_front_right_warning=turn_indication_front_right_warning,
            turn_indication_rear_left_warning=turn_indication_rear_left_warning,
            turn_indication_rear_right_warning=turn_indication_rear_right_warning,
            registration_plate_light_warning=registration_plate_light_warning,
            side_mark_lights_warning=side_mark_lights_warning,
            hazard_lights_warning=hazard_lights_warning,
            reverse_lights_warning=reverse_lights_warning,
        )

        warnings.additional_properties = d
        return warnings

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
from ..models.light_warning_field import LightWarningField
