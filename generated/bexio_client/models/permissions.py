from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.permissions_by_module_type_0 import PermissionsByModuleType0


T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """Components and user permissions of the logged in user."""

    components: list[str]
    """ The modules and features activated for the user. """
    permissions: None | PermissionsByModuleType0
    """ The user's rights per module, keyed by module name. Modules with `activation` only: accounting_reports,
    admin, analytics, banking_direct, banking_sync, bill_administration, dashboard_widget_sales, fm (inbox),
    kb_wizard_recurring_invoices, kb_wizard_reminder, mailchimp, mailxpert, pingen, project_show_conditions,
    user_administration. With `activation`, `edit` and a read attribute: article, contact, expense, history (contact
    notes), kb_account_statement, kb_article_order (supplier orders), kb_bill, kb_credit_voucher, kb_offer,
    kb_order, kb_invoice, monitoring (timesheets), project, stockmanagement, todo, and delivery documents (which
    bexio's table also keys kb_credit_voucher). With `activation` and `edit` (all or none): banking. With `edit`
    only: stockmanagement_changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permissions_by_module_type_0 import PermissionsByModuleType0  # noqa: PLC0415

        components = self.components

        permissions: dict[str, Any] | None
        if isinstance(self.permissions, PermissionsByModuleType0):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "components": components,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions_by_module_type_0 import PermissionsByModuleType0  # noqa: PLC0415

        d = dict(src_dict)
        components = cast(list[str], d.pop("components"))

        def _parse_permissions(data: object) -> None | PermissionsByModuleType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_permissions_by_module_type_0 = PermissionsByModuleType0.from_dict(data)

                return componentsschemas_permissions_by_module_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PermissionsByModuleType0", data)

        permissions = _parse_permissions(d.pop("permissions"))

        permissions = cls(
            components=components,
            permissions=permissions,
        )

        permissions.additional_properties = d
        return permissions

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
