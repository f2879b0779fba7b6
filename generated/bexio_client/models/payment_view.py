from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    DATETIME,
    INT,
    NUMBER,
    STR,
    Enum,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_datetime,
    read_model,
)
from ..models.bank_payment_allowance_read_type_1 import (
    BankPaymentAllowanceReadType1,
)
from ..models.bank_payment_allowance_read_type_2_type_1 import (
    BankPaymentAllowanceReadType2Type1,
)
from ..models.bank_payment_allowance_read_type_3_type_1 import (
    BankPaymentAllowanceReadType3Type1,
)
from ..models.bank_payment_type_read_type_1 import BankPaymentTypeReadType1
from ..models.bank_payment_type_read_type_2_type_1 import (
    BankPaymentTypeReadType2Type1,
)
from ..models.bank_payment_type_read_type_3_type_1 import (
    BankPaymentTypeReadType3Type1,
)
from ..models.payment_view_status import PaymentViewStatus
from ..types import UNSET, Unset
from .bank_payment_allowance_read_type_1 import BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES
from .bank_payment_allowance_read_type_2_type_1 import BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES
from .bank_payment_allowance_read_type_3_type_1 import BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES
from .bank_payment_type_read_type_1 import BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES
from .bank_payment_type_read_type_2_type_1 import BANK_PAYMENT_TYPE_READ_TYPE_2_TYPE_1_VALUES
from .bank_payment_type_read_type_3_type_1 import BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES
from .payment_view_status import PAYMENT_VIEW_STATUS_VALUES


@_attrs_define
class PaymentView:
    """A payment as bexio returns it. The document marks no field required."""

    id: int | Unset = UNSET
    uuid: None | str | Unset = UNSET
    """ The uuid of the payment, used as `payment_id`. """
    sender: BankPaymentSenderType0 | None | Unset = UNSET
    """ The bank account the payment is debited from. """
    recipient: None | PaymentRecipientReadType0 | Unset = UNSET
    """ The recipient of the payment. """
    amount: float | None | str | Unset = UNSET
    """ The amount in `currency`; the bank may convert it. """
    currency: None | str | Unset = UNSET
    """ The currency (ISO 4217). """
    execution_date: datetime.date | None | Unset = UNSET
    """ The execution date (ISO 8601), at least the next working day. """
    allowance: (
        BankPaymentAllowanceReadType1
        | BankPaymentAllowanceReadType2Type1
        | BankPaymentAllowanceReadType3Type1
        | None
        | Unset
    ) = UNSET
    """ Who pays the fees of a payment abroad or in another currency: the payer, the payee, split between both, or
    no fee. """
    is_salary: bool | Unset = False
    """ Whether the payment is a salary payment. """
    instruction_id: None | str | Unset = UNSET
    purchase_reference: None | PurchaseReferenceReadType0 | Unset = UNSET
    """ The purchase bill and bill payment the payment belongs to. """
    document_no: None | str | Unset = UNSET
    """ The number of the purchase bill; empty when the payment has no bill. """
    qr_reference_number: None | str | Unset = UNSET
    """ The QR reference (QR-IBAN) or the creditor reference (SCOR, `RF…`) of the payment. """
    additional_information: None | str | Unset = UNSET
    """ The additional information of a QR payment. """
    status: PaymentViewStatus | Unset = "open"
    type_: BankPaymentTypeReadType1 | BankPaymentTypeReadType2Type1 | BankPaymentTypeReadType3Type1 | None | Unset = (
        UNSET
    )
    """ The kind of payment. """
    due_date: datetime.date | None | Unset = UNSET
    """ The due date of the purchase payment. """
    created_at: datetime.datetime | None | Unset = UNSET
    is_editing_restricted: bool | None | Unset = False
    """ Only the API client that created the payment may edit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid
        if self.sender is not UNSET:
            field_dict["sender"] = dump(self.sender)
        if self.recipient is not UNSET:
            field_dict["recipient"] = dump(self.recipient)
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.execution_date is not UNSET:
            field_dict["execution_date"] = dump(self.execution_date)
        if self.allowance is not UNSET:
            field_dict["allowance"] = self.allowance
        if self.is_salary is not UNSET:
            field_dict["is_salary"] = self.is_salary
        if self.instruction_id is not UNSET:
            field_dict["instruction_id"] = self.instruction_id
        if self.purchase_reference is not UNSET:
            field_dict["purchase_reference"] = dump(self.purchase_reference)
        if self.document_no is not UNSET:
            field_dict["document_no"] = self.document_no
        if self.qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = self.qr_reference_number
        if self.additional_information is not UNSET:
            field_dict["additional_information"] = self.additional_information
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.due_date is not UNSET:
            field_dict["due_date"] = dump(self.due_date)
        if self.created_at is not UNSET:
            field_dict["created_at"] = dump(self.created_at)
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PaymentView from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            uuid = src_dict.get("uuid", UNSET)
            sender = src_dict.get("sender", UNSET)
            if sender is not None and sender is not UNSET:
                sender = BankPaymentSenderType0.from_dict(sender)
            recipient = src_dict.get("recipient", UNSET)
            if recipient is not None and recipient is not UNSET:
                recipient = PaymentRecipientReadType0.from_dict(recipient)
            amount = src_dict.get("amount", UNSET)
            currency = src_dict.get("currency", UNSET)
            execution_date = src_dict.get("execution_date", UNSET)
            if execution_date is not None and execution_date is not UNSET:
                execution_date = parse_date(execution_date)
            allowance = src_dict.get("allowance", UNSET)
            is_salary = src_dict.get("is_salary", UNSET)
            instruction_id = src_dict.get("instruction_id", UNSET)
            purchase_reference = src_dict.get("purchase_reference", UNSET)
            if purchase_reference is not None and purchase_reference is not UNSET:
                purchase_reference = PurchaseReferenceReadType0.from_dict(purchase_reference)
            document_no = src_dict.get("document_no", UNSET)
            qr_reference_number = src_dict.get("qr_reference_number", UNSET)
            additional_information = src_dict.get("additional_information", UNSET)
            status = src_dict.get("status", UNSET)
            type_ = src_dict.get("type", UNSET)
            due_date = src_dict.get("due_date", UNSET)
            if due_date is not None and due_date is not UNSET:
                due_date = parse_date(due_date)
            created_at = src_dict.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                created_at = parse_datetime(created_at)
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            if not (
                (id is UNSET or type(id) is int)
                and (uuid is None or uuid is UNSET or type(uuid) is str)
                and (amount is None or amount is UNSET or (type(amount) in _NUMBER or type(amount) is str))
                and (currency is None or currency is UNSET or type(currency) is str)
                and (
                    allowance is None
                    or allowance is UNSET
                    or (
                        allowance in BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES
                        or allowance in BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES
                        or allowance in BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (is_salary is UNSET or type(is_salary) is bool)
                and (instruction_id is None or instruction_id is UNSET or type(instruction_id) is str)
                and (document_no is None or document_no is UNSET or type(document_no) is str)
                and (qr_reference_number is None or qr_reference_number is UNSET or type(qr_reference_number) is str)
                and (
                    additional_information is None
                    or additional_information is UNSET
                    or type(additional_information) is str
                )
                and (status is UNSET or status in PAYMENT_VIEW_STATUS_VALUES)
                and (
                    type_ is None
                    or type_ is UNSET
                    or (
                        type_ in BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES
                        or type_ in BANK_PAYMENT_TYPE_READ_TYPE_2_TYPE_1_VALUES
                        or type_ in BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (
                    is_editing_restricted is None
                    or is_editing_restricted is UNSET
                    or type(is_editing_restricted) is bool
                )
            ):
                raise TypeError
            self = cls(
                id,
                uuid,
                sender,
                recipient,
                amount,
                currency,
                execution_date,
                allowance,
                is_salary,
                instruction_id,
                purchase_reference,
                document_no,
                qr_reference_number,
                additional_information,
                status,
                type_,
                due_date,
                created_at,
                is_editing_restricted,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
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


from .bank_payment_sender_type_0 import BankPaymentSenderType0  # noqa: E402
from .payment_recipient_read_type_0 import PaymentRecipientReadType0  # noqa: E402
from .purchase_reference_read_type_0 import PurchaseReferenceReadType0  # noqa: E402

_FIELDS = (
    Field("id", "id", False, INT),
    Field("uuid", "uuid", False, Nullable(STR)),
    Field("sender", "sender", False, Nullable(Model(BankPaymentSenderType0))),
    Field("recipient", "recipient", False, Nullable(Model(PaymentRecipientReadType0))),
    Field(
        "amount",
        "amount",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("currency", "currency", False, Nullable(STR)),
    Field("execution_date", "execution_date", False, Nullable(DATE)),
    Field(
        "allowance",
        "allowance",
        False,
        Nullable(
            OneOf(
                (
                    Enum(BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES),
                    Enum(BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("is_salary", "is_salary", False, BOOL),
    Field("instruction_id", "instruction_id", False, Nullable(STR)),
    Field("purchase_reference", "purchase_reference", False, Nullable(Model(PurchaseReferenceReadType0))),
    Field("document_no", "document_no", False, Nullable(STR)),
    Field("qr_reference_number", "qr_reference_number", False, Nullable(STR)),
    Field("additional_information", "additional_information", False, Nullable(STR)),
    Field("status", "status", False, Enum(PAYMENT_VIEW_STATUS_VALUES)),
    Field(
        "type_",
        "type",
        False,
        Nullable(
            OneOf(
                (
                    Enum(BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES),
                    Enum(BANK_PAYMENT_TYPE_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("due_date", "due_date", False, Nullable(DATE)),
    Field("created_at", "created_at", False, Nullable(DATETIME)),
    Field("is_editing_restricted", "is_editing_restricted", False, Nullable(BOOL)),
)
_KNOWN = frozenset(
    {
        "id",
        "uuid",
        "sender",
        "recipient",
        "amount",
        "currency",
        "execution_date",
        "allowance",
        "is_salary",
        "instruction_id",
        "purchase_reference",
        "document_no",
        "qr_reference_number",
        "additional_information",
        "status",
        "type",
        "due_date",
        "created_at",
        "is_editing_restricted",
    }
)
