from typing import Literal

PermissionsModuleActivation = Literal["disabled", "enabled"]

PERMISSIONS_MODULE_ACTIVATION_VALUES: set[PermissionsModuleActivation] = {
    "disabled",
    "enabled",
}


def check_permissions_module_activation(value: str) -> PermissionsModuleActivation:
    if value in PERMISSIONS_MODULE_ACTIVATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSIONS_MODULE_ACTIVATION_VALUES!r}")
