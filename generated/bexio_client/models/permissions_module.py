from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.permissions_module_activation import PermissionsModuleActivation
from ..models.permissions_module_edit import PermissionsModuleEdit
from ..types import UNSET, Unset
from .permissions_module_activation import PERMISSIONS_MODULE_ACTIVATION_VALUES
from .permissions_module_edit import PERMISSIONS_MODULE_EDIT_VALUES


@_attrs_define
class PermissionsModule:
    """The access attributes of one module."""

    activation: PermissionsModuleActivation | Unset = UNSET
    """ Whether the module is enabled; if it is disabled, the other attributes do not matter. """
    edit: PermissionsModuleEdit | Unset = UNSET
    """ Which records of the module the user may edit (banking knows all and none only). """
    show: None | str | Unset = UNSET
    """ Which records of the module the user may read. bexio's own example names this attribute `show`, its
    attribute table `view`. """
    view: None | str | Unset = UNSET
    """ The read attribute as bexio's attribute table names it (its example uses `show`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activation is not UNSET:
            field_dict["activation"] = self.activation
        if self.edit is not UNSET:
            field_dict["edit"] = self.edit
        if self.show is not UNSET:
            field_dict["show"] = self.show
        if self.view is not UNSET:
            field_dict["view"] = self.view
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PermissionsModule from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            activation = src_dict.get("activation", UNSET)
            edit = src_dict.get("edit", UNSET)
            show = src_dict.get("show", UNSET)
            view = src_dict.get("view", UNSET)
            if not (
                (activation is UNSET or activation in PERMISSIONS_MODULE_ACTIVATION_VALUES)
                and (edit is UNSET or edit in PERMISSIONS_MODULE_EDIT_VALUES)
                and (show is None or show is UNSET or type(show) is str)
                and (view is None or view is UNSET or type(view) is str)
            ):
                raise TypeError
            self = cls(
                activation,
                edit,
                show,
                view,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (activation is not UNSET) + (edit is not UNSET) + (show is not UNSET) + (
            view is not UNSET
        ):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("activation", "activation", False, Enum(PERMISSIONS_MODULE_ACTIVATION_VALUES)),
    Field("edit", "edit", False, Enum(PERMISSIONS_MODULE_EDIT_VALUES)),
    Field("show", "show", False, Nullable(STR)),
    Field("view", "view", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "activation",
        "edit",
        "show",
        "view",
    }
)
