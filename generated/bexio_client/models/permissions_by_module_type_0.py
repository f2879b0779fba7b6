from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.permissions_module import PermissionsModule


T = TypeVar("T", bound="PermissionsByModuleType0")


@_attrs_define
class PermissionsByModuleType0:
    """The user's rights per module, keyed by module name. Modules with `activation` only: accounting_reports, admin,
    analytics, banking_direct, banking_sync, bill_administration, dashboard_widget_sales, fm (inbox),
    kb_wizard_recurring_invoices, kb_wizard_reminder, mailchimp, mailxpert, pingen, project_show_conditions,
    user_administration. With `activation`, `edit` and a read attribute: article, contact, expense, history (contact
    notes), kb_account_statement, kb_article_order (supplier orders), kb_bill, kb_credit_voucher, kb_offer, kb_order,
    kb_invoice, monitoring (timesheets), project, stockmanagement, todo, and delivery documents (which bexio's table
    also keys kb_credit_voucher). With `activation` and `edit` (all or none): banking. With `edit` only:
    stockmanagement_changes.

    """

    additional_properties: dict[str, PermissionsModule] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions_module import PermissionsModule  # noqa: PLC0415

        d = dict(src_dict)
        permissions_by_module_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PermissionsModule.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        permissions_by_module_type_0.additional_properties = additional_properties
        return permissions_by_module_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PermissionsModule:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PermissionsModule) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
