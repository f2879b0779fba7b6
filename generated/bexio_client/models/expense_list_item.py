from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_status_type_1 import ExpenseStatusType1, check_expense_status_type_1
from ..models.expense_status_type_2_type_1 import ExpenseStatusType2Type1, check_expense_status_type_2_type_1
from ..models.expense_status_type_3_type_1 import ExpenseStatusType3Type1, check_expense_status_type_3_type_1
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseListItem")


@_attrs_define
class ExpenseListItem:
    """An Expense as the list returns it (item of `data`; research/nested-schemas.md §4, as the reference collapses it)."""

    id: UUID
    document_no: None | str
    status: ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None
    """ The status of an Expense. """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    paid_on: datetime.date | None
    currency_code: None | str
    net: float | None | str
    """ net amount (from 'amount' and the tax) """
    gross: float | None | str
    """ gross amount (from 'amount' and the tax) """
    attachment_ids: list[UUID]
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    lastname_company: None | str | Unset = UNSET
    vendor: None | str | Unset = UNSET
    """ firstname_suffix and lastname_company joined """
    booking_account_id: int | None | Unset = UNSET
    """ References an account object """
    project_id: None | Unset | UUID = UNSET
    transaction_id: None | Unset | UUID = UNSET
    invoice_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        document_no: None | str
        document_no = self.document_no

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at: None | str
        created_at = self.created_at

        paid_on: None | str
        if isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        currency_code: None | str
        currency_code = self.currency_code

        net: float | None | str
        net = self.net

        gross: float | None | str
        gross = self.gross

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        firstname_suffix: None | str | Unset
        if isinstance(self.firstname_suffix, Unset):
            firstname_suffix = UNSET
        else:
            firstname_suffix = self.firstname_suffix

        lastname_company: None | str | Unset
        if isinstance(self.lastname_company, Unset):
            lastname_company = UNSET
        else:
            lastname_company = self.lastname_company

        vendor: None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        booking_account_id: int | None | Unset
        if isinstance(self.booking_account_id, Unset):
            booking_account_id = UNSET
        else:
            booking_account_id = self.booking_account_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        elif isinstance(self.transaction_id, UUID):
            transaction_id = str(self.transaction_id)
        else:
            transaction_id = self.transaction_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        elif isinstance(self.invoice_id, UUID):
            invoice_id = str(self.invoice_id)
        else:
            invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_no": document_no,
                "status": status,
                "created_at": created_at,
                "paid_on": paid_on,
                "currency_code": currency_code,
                "net": net,
                "gross": gross,
                "attachment_ids": attachment_ids,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if lastname_company is not UNSET:
            field_dict["lastname_company"] = lastname_company
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if booking_account_id is not UNSET:
            field_dict["booking_account_id"] = booking_account_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_no = _parse_document_no(d.pop("document_no"))

        def _parse_status(
            data: object,
        ) -> ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_expense_status_type_1 = check_expense_status_type_1(data)

                return componentsschemas_expense_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_expense_status_type_2_type_1 = check_expense_status_type_2_type_1(data)

                return componentsschemas_expense_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_expense_status_type_3_type_1 = check_expense_status_type_3_type_1(data)

                return componentsschemas_expense_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None", data)

        status = _parse_status(d.pop("status"))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        paid_on = _parse_paid_on(d.pop("paid_on"))

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        currency_code = _parse_currency_code(d.pop("currency_code"))

        def _parse_net(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        net = _parse_net(d.pop("net"))

        def _parse_gross(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        gross = _parse_gross(d.pop("gross"))

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_firstname_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        firstname_suffix = _parse_firstname_suffix(d.pop("firstname_suffix", UNSET))

        def _parse_lastname_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        lastname_company = _parse_lastname_company(d.pop("lastname_company", UNSET))

        def _parse_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        def _parse_booking_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        booking_account_id = _parse_booking_account_id(d.pop("booking_account_id", UNSET))

        def _parse_project_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_id_type_0 = UUID(data)

                return project_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_transaction_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_id_type_0 = UUID(data)

                return transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        def _parse_invoice_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_id_type_0 = UUID(data)

                return invoice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        expense_list_item = cls(
            id=id,
            document_no=document_no,
            status=status,
            created_at=created_at,
            paid_on=paid_on,
            currency_code=currency_code,
            net=net,
            gross=gross,
            attachment_ids=attachment_ids,
            title=title,
            firstname_suffix=firstname_suffix,
            lastname_company=lastname_company,
            vendor=vendor,
            booking_account_id=booking_account_id,
            project_id=project_id,
            transaction_id=transaction_id,
            invoice_id=invoice_id,
        )

        expense_list_item.additional_properties = d
        return expense_list_item

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
