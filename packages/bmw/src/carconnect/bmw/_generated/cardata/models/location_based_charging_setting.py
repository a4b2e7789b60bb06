from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LocationBasedChargingSetting")


@_attrs_define
class LocationBasedChargingSetting:
    """Charging preferences the vehicle keeps for a location it charges at. Distances in km."""

    id: None | str | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    """ Time of the last change, as sent by BMW (format not documented). """
    cluster_location_id: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    last_visit: None | str | Unset = UNSET
    """ Time of the last visit, as sent by BMW (format not documented). """
    visits: int | None | Unset = UNSET
    charging_mode: None | str | Unset = UNSET
    optimized_charging_preference: None | str | Unset = UNSET
    start_charging_time_period_hour: int | None | Unset = UNSET
    start_charging_time_period_minute: int | None | Unset = UNSET
    stop_charging_time_period_hour: int | None | Unset = UNSET
    stop_charging_time_period_minute: int | None | Unset = UNSET
    vehicle_id_with_gcid: None | str | Unset = UNSET
    charging_time_windows: list[ChargingTimeWindow] | None | Unset = UNSET
    ac_current_limit_flag: None | str | Unset = UNSET
    ac_current_limit: float | None | Unset = UNSET
    """ AC charging current limit in amperes. """
    acoustic_limit: None | str | Unset = UNSET
    flap_lock: None | str | Unset = UNSET
    charging_plug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        cluster_location_id: None | str | Unset
        if isinstance(self.cluster_location_id, Unset):
            cluster_location_id = UNSET
        else:
            cluster_location_id = self.cluster_location_id

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        last_visit: None | str | Unset
        if isinstance(self.last_visit, Unset):
            last_visit = UNSET
        else:
            last_visit = self.last_visit

        visits: int | None | Unset
        if isinstance(self.visits, Unset):
            visits = UNSET
        else:
            visits = self.visits

        charging_mode: None | str | Unset
        if isinstance(self.charging_mode, Unset):
            charging_mode = UNSET
        else:
            charging_mode = self.charging_mode

        optimized_charging_preference: None | str | Unset
        if isinstance(self.optimized_charging_preference, Unset):
            optimized_charging_preference = UNSET
        else:
            optimized_charging_preference = self.optimized_charging_preference

        start_charging_time_period_hour: int | None | Unset
        if isinstance(self.start_charging_time_period_hour, Unset):
            start_charging_time_period_hour = UNSET
        else:
            start_charging_time_period_hour = self.start_charging_time_period_hour

        start_charging_time_period_minute: int | None | Unset
        if isinstance(self.start_charging_time_period_minute, Unset):
            start_charging_time_period_minute = UNSET
        else:
            start_charging_time_period_minute = self.start_charging_time_period_minute

        stop_charging_time_period_hour: int | None | Unset
        if isinstance(self.stop_charging_time_period_hour, Unset):
            stop_charging_time_period_hour = UNSET
        else:
            stop_charging_time_period_hour = self.stop_charging_time_period_hour

        stop_charging_time_period_minute: int | None | Unset
        if isinstance(self.stop_charging_time_period_minute, Unset):
            stop_charging_time_period_minute = UNSET
        else:
            stop_charging_time_period_minute = self.stop_charging_time_period_minute

        vehicle_id_with_gcid: None | str | Unset
        if isinstance(self.vehicle_id_with_gcid, Unset):
            vehicle_id_with_gcid = UNSET
        else:
            vehicle_id_with_gcid = self.vehicle_id_with_gcid

        charging_time_windows: list[dict[str, Any]] | None | Unset
        if isinstance(self.charging_time_windows, Unset):
            charging_time_windows = UNSET
        elif isinstance(self.charging_time_windows, list):
            charging_time_windows = []
            for charging_time_windows_type_0_item_data in self.charging_time_windows:
                charging_time_windows_type_0_item = charging_time_windows_type_0_item_data.to_dict()
                charging_time_windows.append(charging_time_windows_type_0_item)

        else:
            charging_time_windows = self.charging_time_windows

        ac_current_limit_flag: None | str | Unset
        if isinstance(self.ac_current_limit_flag, Unset):
            ac_current_limit_flag = UNSET
        else:
            ac_current_limit_flag = self.ac_current_limit_flag

        ac_current_limit: float | None | Unset
        if isinstance(self.ac_current_limit, Unset):
            ac_current_limit = UNSET
        else:
            ac_current_limit = self.ac_current_limit

        acoustic_limit: None | str | Unset
        if isinstance(self.acoustic_limit, Unset):
            acoustic_limit = UNSET
        else:
            acoustic_limit = self.acoustic_limit

        flap_lock: None | str | Unset
        if isinstance(self.flap_lock, Unset):
            flap_lock = UNSET
        else:
            flap_lock = self.flap_lock

        charging_plug: None | str | Unset
        if isinstance(self.charging_plug, Unset):
            charging_plug = UNSET
        else:
            charging_plug = self.charging_plug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if cluster_location_id is not UNSET:
            field_dict["clusterLocationId"] = cluster_location_id
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if last_visit is not UNSET:
            field_dict["lastVisit"] = last_visit
        if visits is not UNSET:
            field_dict["visits"] = visits
        if charging_mode is not UNSET:
            field_dict["chargingMode"] = charging_mode
        if optimized_charging_preference is not UNSET:
            field_dict["optimizedChargingPreference"] = optimized_charging_preference
        if start_charging_time_period_hour is not UNSET:
            field_dict["startChargingTimePeriodHour"] = start_charging_time_period_hour
        if start_charging_time_period_minute is not UNSET:
            field_dict["startChargingTimePeriodMinute"] = start_charging_time_period_minute
        if stop_charging_time_period_hour is not UNSET:
            field_dict["stopChargingTimePeriodHour"] = stop_charging_time_period_hour
        if stop_charging_time_period_minute is not UNSET:
            field_dict["stopChargingTimePeriodMinute"] = stop_charging_time_period_minute
        if vehicle_id_with_gcid is not UNSET:
            field_dict["vehicleIdWithGcid"] = vehicle_id_with_gcid
        if charging_time_windows is not UNSET:
            field_dict["chargingTimeWindows"] = charging_time_windows
        if ac_current_limit_flag is not UNSET:
            field_dict["acCurrentLimitFlag"] = ac_current_limit_flag
        if ac_current_limit is not UNSET:
            field_dict["acCurrentLimit"] = ac_current_limit
        if acoustic_limit is not UNSET:
            field_dict["acousticLimit"] = acoustic_limit
        if flap_lock is not UNSET:
            field_dict["flapLock"] = flap_lock
        if charging_plug is not UNSET:
            field_dict["chargingPlug"] = charging_plug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (str, Unset))):
            raise TypeError(f"id: unexpected value of type {type(id).__name__}")

        last_updated = d.pop("lastUpdated", UNSET)
        if not (last_updated is None or isinstance(last_updated, (str, Unset))):
            raise TypeError(f"lastUpdated: unexpected value of type {type(last_updated).__name__}")

        cluster_location_id = d.pop("clusterLocationId", UNSET)
        if not (cluster_location_id is None or isinstance(cluster_location_id, (str, Unset))):
            raise TypeError(f"clusterLocationId: unexpected value of type {type(cluster_location_id).__name__}")

        latitude = d.pop("latitude", UNSET)
        if not (latitude is None or isinstance(latitude, Unset)):
            try:
                if not (isinstance(latitude, (int, float, str)) and not isinstance(latitude, bool)):
                    raise TypeError()
                latitude_type_0 = float(latitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("latitude", latitude, error)) from None
            latitude = latitude_type_0

        longitude = d.pop("longitude", UNSET)
        if not (longitude is None or isinstance(longitude, Unset)):
            try:
                if not (isinstance(longitude, (int, float, str)) and not isinstance(longitude, bool)):
                    raise TypeError()
                longitude_type_0 = float(longitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("longitude", longitude, error)) from None
            longitude = longitude_type_0

        last_visit = d.pop("lastVisit", UNSET)
        if not (last_visit is None or isinstance(last_visit, (str, Unset))):
            raise TypeError(f"lastVisit: unexpected value of type {type(last_visit).__name__}")

        visits = d.pop("visits", UNSET)
        if not (visits is None or isinstance(visits, Unset)):
            try:
                if not (isinstance(visits, (int, float, str)) and not isinstance(visits, bool)):
                    raise TypeError()
                visits_type_0 = int(visits)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("visits", visits, error)) from None
            visits = visits_type_0

        charging_mode = d.pop("chargingMode", UNSET)
        if not (charging_mode is None or isinstance(charging_mode, (str, Unset))):
            raise TypeError(f"chargingMode: unexpected value of type {type(charging_mode).__name__}")

        optimized_charging_preference = d.pop("optimizedChargingPreference", UNSET)
        if not (optimized_charging_preference is None or isinstance(optimized_charging_preference, (str, Unset))):
            raise TypeError(
                f"optimizedChargingPreference: unexpected value of type {type(optimized_charging_preference).__name__}"
            )

        start_charging_time_period_hour = d.pop("startChargingTimePeriodHour", UNSET)
        if not (start_charging_time_period_hour is None or isinstance(start_charging_time_period_hour, Unset)):
            try:
                if not (
                    isinstance(start_charging_time_period_hour, (int, float, str))
                    and not isinstance(start_charging_time_period_hour, bool)
                ):
                    raise TypeError()
                start_charging_time_period_hour_type_0 = int(start_charging_time_period_hour)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("startChargingTimePeriodHour", start_charging_time_period_hour, error)
                ) from None
            start_charging_time_period_hour = start_charging_time_period_hour_type_0

        start_charging_time_period_minute = d.pop("startChargingTimePeriodMinute", UNSET)
        if not (start_charging_time_period_minute is None or isinstance(start_charging_time_period_minute, Unset)):
            try:
                if not (
                    isinstance(start_charging_time_period_minute, (int, float, str))
                    and not isinstance(start_charging_time_period_minute, bool)
                ):
                    raise TypeError()
                start_charging_time_period_minute_type_0 = int(start_charging_time_period_minute)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("startChargingTimePeriodMinute", start_charging_time_period_minute, error)
                ) from None
            start_charging_time_period_minute = start_charging_time_period_minute_type_0

        stop_charging_time_period_hour = d.pop("stopChargingTimePeriodHour", UNSET)
        if not (stop_charging_time_period_hour is None or isinstance(stop_charging_time_period_hour, Unset)):
            try:
                if not (
                    isinstance(stop_charging_time_period_hour, (int, float, str))
                    and not isinstance(stop_charging_time_period_hour, bool)
                ):
                    raise TypeError()
                stop_charging_time_period_hour_type_0 = int(stop_charging_time_period_hour)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("stopChargingTimePeriodHour", stop_charging_time_period_hour, error)
                ) from None
            stop_charging_time_period_hour = stop_charging_time_period_hour_type_0

        stop_charging_time_period_minute = d.pop("stopChargingTimePeriodMinute", UNSET)
        if not (stop_charging_time_period_minute is None or isinstance(stop_charging_time_period_minute, Unset)):
            try:
                if not (
                    isinstance(stop_charging_time_period_minute, (int, float, str))
                    and not isinstance(stop_charging_time_period_minute, bool)
                ):
                    raise TypeError()
                stop_charging_time_period_minute_type_0 = int(stop_charging_time_period_minute)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("stopChargingTimePeriodMinute", stop_charging_time_period_minute, error)
                ) from None
            stop_charging_time_period_minute = stop_charging_time_period_minute_type_0

        vehicle_id_with_gcid = d.pop("vehicleIdWithGcid", UNSET)
        if not (vehicle_id_with_gcid is None or isinstance(vehicle_id_with_gcid, (str, Unset))):
            raise TypeError(f"vehicleIdWithGcid: unexpected value of type {type(vehicle_id_with_gcid).__name__}")

        charging_time_windows = d.pop("chargingTimeWindows", UNSET)
        if not (charging_time_windows is None or isinstance(charging_time_windows, Unset)):
            try:
                if not isinstance(charging_time_windows, list):
                    raise TypeError()
                charging_time_windows_type_0 = []
                _charging_time_windows_type_0 = charging_time_windows
                for charging_time_windows_type_0_item_data in _charging_time_windows_type_0:
                    charging_time_windows_type_0_item = ChargingTimeWindow.from_dict(
                        charging_time_windows_type_0_item_data
                    )

                    charging_time_windows_type_0.append(charging_time_windows_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingTimeWindows", charging_time_windows, error)) from None
            charging_time_windows = charging_time_windows_type_0

        ac_current_limit_flag = d.pop("acCurrentLimitFlag", UNSET)
        if not (ac_current_limit_flag is None or isinstance(ac_current_limit_flag, (str, Unset))):
            raise TypeError(f"acCurrentLimitFlag: unexpected value of type {type(ac_current_limit_flag).__name__}")

        ac_current_limit = d.pop("acCurrentLimit", UNSET)
        if not (ac_current_limit is None or isinstance(ac_current_limit, Unset)):
            try:
                if not (isinstance(ac_current_limit, (int, float, str)) and not isinstance(ac_current_limit, bool)):
                    raise TypeError()
                ac_current_limit_type_0 = float(ac_current_limit)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("acCurrentLimit", ac_current_limit, error)) from None
            ac_current_limit = ac_current_limit_type_0

        acoustic_limit = d.pop("acousticLimit", UNSET)
        if not (acoustic_limit is None or isinstance(acoustic_limit, (str, Unset))):
            raise TypeError(f"acousticLimit: unexpected value of type {type(acoustic_limit).__name__}")

        flap_lock = d.pop("flapLock", UNSET)
        if not (flap_lock is None or isinstance(flap_lock, (str, Unset))):
            raise TypeError(f"flapLock: unexpected value of type {type(flap_lock).__name__}")

        charging_plug = d.pop("chargingPlug", UNSET)
        if not (charging_plug is None or isinstance(charging_plug, (str, Unset))):
            raise TypeError(f"chargingPlug: unexpected value of type {type(charging_plug).__name__}")

        location_based_charging_setting = cls(
            id=id,
            last_updated=last_updated,
            cluster_location_id=cluster_location_id,
            latitude=latitude,
            longitude=longitude,
            last_visit=last_visit,
            visits=visits,
            charging_mode=charging_mode,
            optimized_charging_preference=optimized_charging_preference,
            start_charging_time_period_hour=start_charging_time_period_hour,
            start_charging_time_period_minute=start_charging_time_period_minute,
            stop_charging_time_period_hour=stop_charging_time_period_hour,
            stop_charging_time_period_minute=stop_charging_time_period_minute,
            vehicle_id_with_gcid=vehicle_id_with_gcid,
            charging_time_windows=charging_time_windows,
            ac_current_limit_flag=ac_current_limit_flag,
            ac_current_limit=ac_current_limit,
            acoustic_limit=acoustic_limit,
            flap_lock=flap_lock,
            charging_plug=charging_plug,
        )

        location_based_charging_setting.additional_properties = d
        return location_based_charging_setting

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
from ..models.charging_time_window import ChargingTimeWindow
