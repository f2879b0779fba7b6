from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions_module_activation import PermissionsModuleActivation, check_permissions_module_activation
from ..models.permissions_module_edit import PermissionsModuleEdit, check_permissions_module_edit
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionsModule")


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
        activation: str | Unset = UNSET
        if not isinstance(self.activation, Unset):
            activation = self.activation

        edit: str | Unset = UNSET
        if not isinstance(self.edit, Unset):
            edit = self.edit

        show: None | str | Unset
        if isinstance(self.show, Unset):
            show = UNSET
        else:
            show = self.show

        view: None | str | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        else:
            view = self.view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation is not UNSET:
            field_dict["activation"] = activation
        if edit is not UNSET:
            field_dict["edit"] = edit
        if show is not UNSET:
            field_dict["show"] = show
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _activation = d.pop("activation", UNSET)
        activation: PermissionsModuleActivation | Unset
        if isinstance(_activation, Unset):
            activation = UNSET
        else:
            activation = check_permissions_module_activation(_activation)

        _edit = d.pop("edit", UNSET)
        edit: PermissionsModuleEdit | Unset
        if isinstance(_edit, Unset):
            edit = UNSET
        else:
            edit = check_permissions_module_edit(_edit)

        def _parse_show(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        show = _parse_show(d.pop("show", UNSET))

        def _parse_view(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        view = _parse_view(d.pop("view", UNSET))

        permissions_module = cls(
            activation=activation,
            edit=edit,
            show=show,
            view=view,
        )

        permissions_module.additional_properties = d
        return permissions_module

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
