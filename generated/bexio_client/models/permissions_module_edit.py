from typing import Literal

PermissionsModuleEdit = Literal["all", "none", "own"]

PERMISSIONS_MODULE_EDIT_VALUES: set[PermissionsModuleEdit] = {
    "all",
    "none",
    "own",
}


def check_permissions_module_edit(value: str) -> PermissionsModuleEdit:
    if value in PERMISSIONS_MODULE_EDIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSIONS_MODULE_EDIT_VALUES!r}")
