from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PermissionsByModuleType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            self = cls()
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0:
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = ()
_KNOWN = frozenset({})
