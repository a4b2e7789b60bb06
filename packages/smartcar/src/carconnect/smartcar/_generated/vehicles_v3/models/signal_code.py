from enum import StrEnum


class SignalCode(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    CHARGE_AMPERAGE = "charge-amperage"
    CHARGE_AMPERAGEMAX = "charge-amperagemax"
    CHARGE_AMPERAGEREQUESTED = "charge-amperagerequested"
    CHARGE_CHARGELIMITS = "charge-chargelimits"
    CHARGE_CHARGEPORTSTATUSCOLOR = "charge-chargeportstatuscolor"
    CHARGE_CHARGERATE = "charge-chargerate"
    CHARGE_CHARGERECORDS = "charge-chargerecords"
    CHARGE_CHARGERPHASES = "charge-chargerphases"
    CHARGE_CHARGETIMERS = "charge-chargetimers"
    CHARGE_CHARGINGCONNECTORTYPE = "charge-chargingconnectortype"
    CHARGE_DETAILEDCHARGINGSTATUS = "charge-detailedchargingstatus"
    CHARGE_ENERGYADDED = "charge-energyadded"
    CHARGE_FASTCHARGERTYPE = "charge-fastchargertype"
    CHARGE_ISCHARGING = "charge-ischarging"
    CHARGE_ISCHARGINGCABLECONNECTED = "charge-ischargingcableconnected"
    CHARGE_ISCHARGINGCABLELATCHED = "charge-ischargingcablelatched"
    CHARGE_ISCHARGINGPORTFLAPOPEN = "charge-ischargingportflapopen"
    CHARGE_ISFASTCHARGERPRESENT = "charge-isfastchargerpresent"
    CHARGE_TIMETOCOMPLETE = "charge-timetocomplete"
    CHARGE_VOLTAGE = "charge-voltage"
    CHARGE_WATTAGE = "charge-wattage"
    CLIMATE_EXTERNALTEMPERATURE = "climate-externaltemperature"
    CLIMATE_INTERNALTEMPERATURE = "climate-internaltemperature"
    CLOSURE_DOORS = "closure-doors"
    CLOSURE_ENGINECOVER = "closure-enginecover"
    CLOSURE_FRONTTRUNK = "closure-fronttrunk"
    CLOSURE_ISLOCKED = "closure-islocked"
    CLOSURE_REARTRUNK = "closure-reartrunk"
    CLOSURE_SUNROOF = "closure-sunroof"
    CLOSURE_TAILGATE = "closure-tailgate"
    CLOSURE_WINDOWS = "closure-windows"
    CONNECTIVITYSOFTWARE_CURRENTFIRMWAREVERSION = "connectivitysoftware-currentfirmwareversion"
    CONNECTIVITYSTATUS_ISASLEEP = "connectivitystatus-isasleep"
    CONNECTIVITYSTATUS_ISDIGITALKEYPAIRED = "connectivitystatus-isdigitalkeypaired"
    CONNECTIVITYSTATUS_ISONLINE = "connectivitystatus-isonline"
    DIAGNOSTICS_ABS = "diagnostics-abs"
    DIAGNOSTICS_ACTIVESAFETY = "diagnostics-activesafety"
    DIAGNOSTICS_AIRBAG = "diagnostics-airbag"
    DIAGNOSTICS_BRAKEFLUID = "diagnostics-brakefluid"
    DIAGNOSTICS_DRIVERASSISTANCE = "diagnostics-driverassistance"
    DIAGNOSTICS_DTCCOUNT = "diagnostics-dtccount"
    DIAGNOSTICS_DTCLIST = "diagnostics-dtclist"
    DIAGNOSTICS_EMISSIONS = "diagnostics-emissions"
    DIAGNOSTICS_EVBATTERYCONDITIONING = "diagnostics-evbatteryconditioning"
    DIAGNOSTICS_EVCHARGING = "diagnostics-evcharging"
    DIAGNOSTICS_EVDRIVEUNIT = "diagnostics-evdriveunit"
    DIAGNOSTICS_EVHVBATTERY = "diagnostics-evhvbattery"
    DIAGNOSTICS_LIGHTING = "diagnostics-lighting"
    DIAGNOSTICS_MIL = "diagnostics-mil"
    DIAGNOSTICS_OILLIFE = "diagnostics-oillife"
    DIAGNOSTICS_OILPRESSURE = "diagnostics-oilpressure"
    DIAGNOSTICS_OILTEMPERATURE = "diagnostics-oiltemperature"
    DIAGNOSTICS_TELEMATICS = "diagnostics-telematics"
    DIAGNOSTICS_TIREPRESSURE = "diagnostics-tirepressure"
    DIAGNOSTICS_TIREPRESSUREMONITORING = "diagnostics-tirepressuremonitoring"
    DIAGNOSTICS_TRANSMISSION = "diagnostics-transmission"
    DIAGNOSTICS_WASHERFLUID = "diagnostics-washerfluid"
    DIAGNOSTICS_WATERINFUEL = "diagnostics-waterinfuel"
    HVAC_CABINTARGETTEMPERATURE = "hvac-cabintargettemperature"
    HVAC_ISCABINHVACACTIVE = "hvac-iscabinhvacactive"
    HVAC_ISFRONTDEFROSTERACTIVE = "hvac-isfrontdefrosteractive"
    HVAC_ISREARDEFROSTERACTIVE = "hvac-isreardefrosteractive"
    HVAC_ISSTEERINGHEATERACTIVE = "hvac-issteeringheateractive"
    INTERNALCOMBUSTIONENGINE_AMOUNTREMAINING = "internalcombustionengine-amountremaining"
    INTERNALCOMBUSTIONENGINE_FUELLEVEL = "internalcombustionengine-fuellevel"
    INTERNALCOMBUSTIONENGINE_OILLIFE = "internalcombustionengine-oillife"
    INTERNALCOMBUSTIONENGINE_RANGE = "internalcombustionengine-range"
    LOCATION_ISATHOME = "location-isathome"
    LOCATION_PRECISELOCATION = "location-preciselocation"
    LOWVOLTAGEBATTERY_STATEOFCHARGE = "lowvoltagebattery-stateofcharge"
    LOWVOLTAGEBATTERY_STATUS = "lowvoltagebattery-status"
    MOTION_CURRENTSPEED = "motion-currentspeed"
    ODOMETER_TRAVELEDDISTANCE = "odometer-traveleddistance"
    SERVICE_ISINSERVICE = "service-isinservice"
    SERVICE_RECORDS = "service-records"
    SURVEILLANCE_ISENABLED = "surveillance-isenabled"
    TRACTIONBATTERY_ISHEATERACTIVE = "tractionbattery-isheateractive"
    TRACTIONBATTERY_MAXRANGECHARGECOUNTER = "tractionbattery-maxrangechargecounter"
    TRACTIONBATTERY_NOMINALCAPACITY = "tractionbattery-nominalcapacity"
    TRACTIONBATTERY_RANGE = "tractionbattery-range"
    TRACTIONBATTERY_STATEOFCHARGE = "tractionbattery-stateofcharge"
    TRANSMISSION_DRIVEMODE = "transmission-drivemode"
    TRANSMISSION_GEARSTATE = "transmission-gearstate"
    VEHICLEIDENTIFICATION_EXTERIORCOLOR = "vehicleidentification-exteriorcolor"
    VEHICLEIDENTIFICATION_NICKNAME = "vehicleidentification-nickname"
    VEHICLEIDENTIFICATION_PACKAGES = "vehicleidentification-packages"
    VEHICLEIDENTIFICATION_VIN = "vehicleidentification-vin"
    VEHICLEUSERACCOUNT_PERMISSIONS = "vehicleuseraccount-permissions"
    VEHICLEUSERACCOUNT_ROLE = "vehicleuseraccount-role"
    WHEEL_TIRES = "wheel-tires"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SignalCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "SignalCode":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, SignalCode] = {member.value: member for member in SignalCode}
