from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_status_type_1 import ExpenseStatusType1, check_expense_status_type_1
from ..models.expense_status_type_2_type_1 import ExpenseStatusType2Type1, check_expense_status_type_2_type_1
from ..models.expense_status_type_3_type_1 import ExpenseStatusType3Type1, check_expense_status_type_3_type_1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_address import PurchaseAddress


T = TypeVar("T", bound="Expense")


@_attrs_define
class Expense:
    """An Expense as bexio returns it (create, get, update, status change, action). `required` as in bexio's published
    schema (research/nested-schemas.md §4).

    """

    id: UUID
    status: ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None
    """ The status of an Expense. """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    paid_on: datetime.date | None
    currency_code: None | str
    base_currency_code: None | str
    amount: float | None | str
    attachment_ids: list[UUID]
    """ ids of the files attached to the Expense """
    document_no: None | str | Unset = UNSET
    """ number of the Expense (assigned automatically, editable) """
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    """ first name or company suffix of the supplier """
    lastname_company: None | str | Unset = UNSET
    """ last name or company name of the supplier """
    supplier_id: int | None | Unset = UNSET
    """ References a contact object """
    bank_account_id: int | None | Unset = UNSET
    """ References a bank account object """
    booking_account_id: int | None | Unset = UNSET
    """ References an account object """
    exchange_rate: float | None | str | Unset = UNSET
    tax_man: float | None | str | Unset = UNSET
    """ manually entered tax (bexio's published schema marks it deprecated on get and update) """
    tax_calc: float | None | str | Unset = UNSET
    """ tax computed from 'amount' and 'tax_id' """
    tax_id: int | None | Unset = UNSET
    """ References a tax object """
    base_currency_amount: float | None | str | Unset = UNSET
    transaction_id: None | Unset | UUID = UNSET
    """ the bank transaction the Expense is reconciled with """
    invoice_id: None | Unset | UUID = UNSET
    """ the invoice the Expense is linked to """
    project_id: None | Unset | UUID = UNSET
    """ the project the Expense is linked to """
    address: None | PurchaseAddress | Unset = UNSET
    """ The supplier's address; null when 'supplier_id' is not set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_address import PurchaseAddress  # noqa: PLC0415

        id = str(self.id)

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

        base_currency_code: None | str
        base_currency_code = self.base_currency_code

        amount: float | None | str
        amount = self.amount

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

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

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        bank_account_id: int | None | Unset
        if isinstance(self.bank_account_id, Unset):
            bank_account_id = UNSET
        else:
            bank_account_id = self.bank_account_id

        booking_account_id: int | None | Unset
        if isinstance(self.booking_account_id, Unset):
            booking_account_id = UNSET
        else:
            booking_account_id = self.booking_account_id

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        tax_man: float | None | str | Unset
        if isinstance(self.tax_man, Unset):
            tax_man = UNSET
        else:
            tax_man = self.tax_man

        tax_calc: float | None | str | Unset
        if isinstance(self.tax_calc, Unset):
            tax_calc = UNSET
        else:
            tax_calc = self.tax_calc

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        base_currency_amount: float | None | str | Unset
        if isinstance(self.base_currency_amount, Unset):
            base_currency_amount = UNSET
        else:
            base_currency_amount = self.base_currency_amount

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

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PurchaseAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
                "paid_on": paid_on,
                "currency_code": currency_code,
                "base_currency_code": base_currency_code,
                "amount": amount,
                "attachment_ids": attachment_ids,
            }
        )
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if title is not UNSET:
            field_dict["title"] = title
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if lastname_company is not UNSET:
            field_dict["lastname_company"] = lastname_company
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if booking_account_id is not UNSET:
            field_dict["booking_account_id"] = booking_account_id
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if tax_man is not UNSET:
            field_dict["tax_man"] = tax_man
        if tax_calc is not UNSET:
            field_dict["tax_calc"] = tax_calc
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_address import PurchaseAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_base_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        base_currency_code = _parse_base_currency_code(d.pop("base_currency_code"))

        def _parse_amount(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        amount = _parse_amount(d.pop("amount"))

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))

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

        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))

        def _parse_bank_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id", UNSET))

        def _parse_booking_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        booking_account_id = _parse_booking_account_id(d.pop("booking_account_id", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_tax_man(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        tax_man = _parse_tax_man(d.pop("tax_man", UNSET))

        def _parse_tax_calc(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        tax_calc = _parse_tax_calc(d.pop("tax_calc", UNSET))

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_base_currency_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        base_currency_amount = _parse_base_currency_amount(d.pop("base_currency_amount", UNSET))

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

        def _parse_address(data: object) -> None | PurchaseAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PurchaseAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseAddress | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        expense = cls(
            id=id,
            status=status,
            created_at=created_at,
            paid_on=paid_on,
            currency_code=currency_code,
            base_currency_code=base_currency_code,
            amount=amount,
            attachment_ids=attachment_ids,
            document_no=document_no,
            title=title,
            firstname_suffix=firstname_suffix,
            lastname_company=lastname_company,
            supplier_id=supplier_id,
            bank_account_id=bank_account_id,
            booking_account_id=booking_account_id,
            exchange_rate=exchange_rate,
            tax_man=tax_man,
            tax_calc=tax_calc,
            tax_id=tax_id,
            base_currency_amount=base_currency_amount,
            transaction_id=transaction_id,
            invoice_id=invoice_id,
            project_id=project_id,
            address=address,
        )

        expense.additional_properties = d
        return expense

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
