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
    INT,
    NUMBER,
    STR,
    Enum,
    Field,
    ListOf,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..models.invoice_mwst_type import InvoiceMwstType
from ..types import UNSET, Unset
from .invoice_mwst_type import INVOICE_MWST_TYPE_VALUES


@_attrs_define
class Invoice:
    """An invoice as bexio returns it (fields read from the response samples). Money is a decimal number as a string
    ("19.150000"), except `total_rounding_difference`, a number. `positions` is returned by create, fetch, edit and
    copy; bexio's published spec distinguishes v2Invoice from v2InvoiceWithDetails, so the items of lists and searches
    may lack it (research/nested-schemas.md §9).

    """

    id: int
    document_nr: str
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    user_id: int
    """ References a user object """
    project_id: int | None
    """ References a project object (sent as `pr_project_id`) """
    logopaper_id: int
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int
    """ References a language object """
    bank_account_id: int
    """ References a bank account object """
    currency_id: int
    """ References a currency object """
    payment_type_id: int
    """ References a payment type object """
    header: str
    footer: str
    total_gross: str
    """ Gross total, a decimal number as a string (e.g. "17.800000"). """
    total_net: str
    """ Net total, a decimal number as a string (e.g. "17.800000"). """
    total_taxes: str
    """ Total of the taxes, a decimal number as a string (e.g. "1.3706"). """
    total_received_payments: str
    """ Payments received, a decimal number as a string (e.g. "0.000000"). """
    total_credit_vouchers: str
    """ Credit vouchers applied, a decimal number as a string (e.g. "0.000000"). """
    total_remaining_payments: str
    """ Amount still to be paid, a decimal number as a string (e.g. "19.150000"). """
    total: str
    """ Total, a decimal number as a string (e.g. "19.150000"). """
    total_rounding_difference: float | str
    """ Rounding difference of the total, a number (e.g. -0.02). """
    mwst_type: InvoiceMwstType
    """ 0: including taxes, 1: excluding taxes, 2: exempt from taxes. """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool
    is_valid_from: datetime.date
    is_valid_to: datetime.date
    contact_address: str
    kb_item_status_id: int
    """ The status of the invoice. """
    reference: None | str
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str
    updated_at: str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    esr_id: int
    qr_invoice_id: int
    template_slug: None | str
    """ References a document template by its slug. """
    taxs: list[KbDocumentTax]
    """ The taxes of the invoice, one entry per tax rate (read-only). """
    network_link: str
    positions: (
        list[
            KbPositionArticle
            | KbPositionCustom
            | KbPositionDiscount
            | KbPositionPagebreak
            | KbPositionSubposition
            | KbPositionSubtotal
            | KbPositionText
        ]
        | Unset
    ) = UNSET
    """ The positions of the invoice, each typed by its `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["document_nr"] = self.document_nr
        field_dict["title"] = self.title
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        field_dict["user_id"] = self.user_id
        field_dict["project_id"] = self.project_id
        field_dict["logopaper_id"] = self.logopaper_id
        field_dict["language_id"] = self.language_id
        field_dict["bank_account_id"] = self.bank_account_id
        field_dict["currency_id"] = self.currency_id
        field_dict["payment_type_id"] = self.payment_type_id
        field_dict["header"] = self.header
        field_dict["footer"] = self.footer
        field_dict["total_gross"] = self.total_gross
        field_dict["total_net"] = self.total_net
        field_dict["total_taxes"] = self.total_taxes
        field_dict["total_received_payments"] = self.total_received_payments
        field_dict["total_credit_vouchers"] = self.total_credit_vouchers
        field_dict["total_remaining_payments"] = self.total_remaining_payments
        field_dict["total"] = self.total
        field_dict["total_rounding_difference"] = self.total_rounding_difference
        field_dict["mwst_type"] = self.mwst_type
        field_dict["mwst_is_net"] = self.mwst_is_net
        field_dict["show_position_taxes"] = self.show_position_taxes
        field_dict["is_valid_from"] = dump(self.is_valid_from)
        field_dict["is_valid_to"] = dump(self.is_valid_to)
        field_dict["contact_address"] = self.contact_address
        field_dict["kb_item_status_id"] = self.kb_item_status_id
        field_dict["reference"] = self.reference
        field_dict["api_reference"] = self.api_reference
        field_dict["viewed_by_client_at"] = self.viewed_by_client_at
        field_dict["updated_at"] = self.updated_at
        field_dict["esr_id"] = self.esr_id
        field_dict["qr_invoice_id"] = self.qr_invoice_id
        field_dict["template_slug"] = self.template_slug
        field_dict["taxs"] = dump(self.taxs)
        field_dict["network_link"] = self.network_link
        if self.positions is not UNSET:
            field_dict["positions"] = dump(self.positions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Invoice from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            document_nr = src_dict["document_nr"]
            title = src_dict["title"]
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            user_id = src_dict["user_id"]
            project_id = src_dict["project_id"]
            logopaper_id = src_dict["logopaper_id"]
            language_id = src_dict["language_id"]
            bank_account_id = src_dict["bank_account_id"]
            currency_id = src_dict["currency_id"]
            payment_type_id = src_dict["payment_type_id"]
            header = src_dict["header"]
            footer = src_dict["footer"]
            total_gross = src_dict["total_gross"]
            total_net = src_dict["total_net"]
            total_taxes = src_dict["total_taxes"]
            total_received_payments = src_dict["total_received_payments"]
            total_credit_vouchers = src_dict["total_credit_vouchers"]
            total_remaining_payments = src_dict["total_remaining_payments"]
            total = src_dict["total"]
            total_rounding_difference = src_dict["total_rounding_difference"]
            mwst_type = src_dict["mwst_type"]
            mwst_is_net = src_dict["mwst_is_net"]
            show_position_taxes = src_dict["show_position_taxes"]
            is_valid_from = src_dict["is_valid_from"]
            is_valid_from = parse_date(is_valid_from)
            is_valid_to = src_dict["is_valid_to"]
            is_valid_to = parse_date(is_valid_to)
            contact_address = src_dict["contact_address"]
            kb_item_status_id = src_dict["kb_item_status_id"]
            reference = src_dict["reference"]
            api_reference = src_dict["api_reference"]
            viewed_by_client_at = src_dict["viewed_by_client_at"]
            updated_at = src_dict["updated_at"]
            esr_id = src_dict["esr_id"]
            qr_invoice_id = src_dict["qr_invoice_id"]
            template_slug = src_dict["template_slug"]
            taxs = src_dict["taxs"]
            taxs = [KbDocumentTax.from_dict(item) for item in taxs]
            network_link = src_dict["network_link"]
            positions = src_dict.get("positions", UNSET)
            if positions is not UNSET:
                positions = [_POSITIONS_BY_TYPE[item["type"]].from_dict(item) for item in positions]
            if not (
                type(id) is int
                and type(document_nr) is str
                and (title is None or type(title) is str)
                and (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and type(user_id) is int
                and (project_id is None or type(project_id) is int)
                and type(logopaper_id) is int
                and type(language_id) is int
                and type(bank_account_id) is int
                and type(currency_id) is int
                and type(payment_type_id) is int
                and type(header) is str
                and type(footer) is str
                and type(total_gross) is str
                and type(total_net) is str
                and type(total_taxes) is str
                and type(total_received_payments) is str
                and type(total_credit_vouchers) is str
                and type(total_remaining_payments) is str
                and type(total) is str
                and (type(total_rounding_difference) in _NUMBER or type(total_rounding_difference) is str)
                and mwst_type in INVOICE_MWST_TYPE_VALUES
                and type(mwst_is_net) is bool
                and type(show_position_taxes) is bool
                and type(contact_address) is str
                and type(kb_item_status_id) is int
                and (reference is None or type(reference) is str)
                and (api_reference is None or type(api_reference) is str)
                and (viewed_by_client_at is None or type(viewed_by_client_at) is str)
                and type(updated_at) is str
                and type(esr_id) is int
                and type(qr_invoice_id) is int
                and (template_slug is None or type(template_slug) is str)
                and type(network_link) is str
            ):
                raise TypeError
            self = cls(
                id,
                document_nr,
                title,
                contact_id,
                contact_sub_id,
                user_id,
                project_id,
                logopaper_id,
                language_id,
                bank_account_id,
                currency_id,
                payment_type_id,
                header,
                footer,
                total_gross,
                total_net,
                total_taxes,
                total_received_payments,
                total_credit_vouchers,
                total_remaining_payments,
                total,
                total_rounding_difference,
                mwst_type,
                mwst_is_net,
                show_position_taxes,
                is_valid_from,
                is_valid_to,
                contact_address,
                kb_item_status_id,
                reference,
                api_reference,
                viewed_by_client_at,
                updated_at,
                esr_id,
                qr_invoice_id,
                template_slug,
                taxs,
                network_link,
                positions,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 38 + (positions is not UNSET):
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


from .kb_document_tax import KbDocumentTax  # noqa: E402
from .kb_position_article import KbPositionArticle  # noqa: E402
from .kb_position_custom import KbPositionCustom  # noqa: E402
from .kb_position_discount import KbPositionDiscount  # noqa: E402
from .kb_position_pagebreak import KbPositionPagebreak  # noqa: E402
from .kb_position_subposition import KbPositionSubposition  # noqa: E402
from .kb_position_subtotal import KbPositionSubtotal  # noqa: E402
from .kb_position_text import KbPositionText  # noqa: E402

_POSITIONS_BY_TYPE = {
    "KbPositionArticle": KbPositionArticle,
    "KbPositionCustom": KbPositionCustom,
    "KbPositionDiscount": KbPositionDiscount,
    "KbPositionPagebreak": KbPositionPagebreak,
    "KbPositionSubposition": KbPositionSubposition,
    "KbPositionSubtotal": KbPositionSubtotal,
    "KbPositionText": KbPositionText,
}
_FIELDS = (
    Field("id", "id", True, INT),
    Field("document_nr", "document_nr", True, STR),
    Field("title", "title", True, Nullable(STR)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("user_id", "user_id", True, INT),
    Field("project_id", "project_id", True, Nullable(INT)),
    Field("logopaper_id", "logopaper_id", True, INT),
    Field("language_id", "language_id", True, INT),
    Field("bank_account_id", "bank_account_id", True, INT),
    Field("currency_id", "currency_id", True, INT),
    Field("payment_type_id", "payment_type_id", True, INT),
    Field("header", "header", True, STR),
    Field("footer", "footer", True, STR),
    Field("total_gross", "total_gross", True, STR),
    Field("total_net", "total_net", True, STR),
    Field("total_taxes", "total_taxes", True, STR),
    Field("total_received_payments", "total_received_payments", True, STR),
    Field("total_credit_vouchers", "total_credit_vouchers", True, STR),
    Field("total_remaining_payments", "total_remaining_payments", True, STR),
    Field("total", "total", True, STR),
    Field(
        "total_rounding_difference",
        "total_rounding_difference",
        True,
        OneOf(
            (
                NUMBER,
                STR,
            )
        ),
    ),
    Field("mwst_type", "mwst_type", True, Enum(INVOICE_MWST_TYPE_VALUES)),
    Field("mwst_is_net", "mwst_is_net", True, BOOL),
    Field("show_position_taxes", "show_position_taxes", True, BOOL),
    Field("is_valid_from", "is_valid_from", True, DATE),
    Field("is_valid_to", "is_valid_to", True, DATE),
    Field("contact_address", "contact_address", True, STR),
    Field("kb_item_status_id", "kb_item_status_id", True, INT),
    Field("reference", "reference", True, Nullable(STR)),
    Field("api_reference", "api_reference", True, Nullable(STR)),
    Field("viewed_by_client_at", "viewed_by_client_at", True, Nullable(STR)),
    Field("updated_at", "updated_at", True, STR),
    Field("esr_id", "esr_id", True, INT),
    Field("qr_invoice_id", "qr_invoice_id", True, INT),
    Field("template_slug", "template_slug", True, Nullable(STR)),
    Field("taxs", "taxs", True, ListOf(Model(KbDocumentTax))),
    Field("network_link", "network_link", True, STR),
    Field(
        "positions",
        "positions",
        False,
        ListOf(
            OneOf(
                (
                    Model(KbPositionCustom),
                    Model(KbPositionArticle),
                    Model(KbPositionText),
                    Model(KbPositionSubtotal),
                    Model(KbPositionPagebreak),
                    Model(KbPositionDiscount),
                    Model(KbPositionSubposition),
                ),
                "type",
                {
                    "KbPositionArticle": Model(KbPositionArticle),
                    "KbPositionCustom": Model(KbPositionCustom),
                    "KbPositionDiscount": Model(KbPositionDiscount),
                    "KbPositionPagebreak": Model(KbPositionPagebreak),
                    "KbPositionSubposition": Model(KbPositionSubposition),
                    "KbPositionSubtotal": Model(KbPositionSubtotal),
                    "KbPositionText": Model(KbPositionText),
                },
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "document_nr",
        "title",
        "contact_id",
        "contact_sub_id",
        "user_id",
        "project_id",
        "logopaper_id",
        "language_id",
        "bank_account_id",
        "currency_id",
        "payment_type_id",
        "header",
        "footer",
        "total_gross",
        "total_net",
        "total_taxes",
        "total_received_payments",
        "total_credit_vouchers",
        "total_remaining_payments",
        "total",
        "total_rounding_difference",
        "mwst_type",
        "mwst_is_net",
        "show_position_taxes",
        "is_valid_from",
        "is_valid_to",
        "contact_address",
        "kb_item_status_id",
        "reference",
        "api_reference",
        "viewed_by_client_at",
        "updated_at",
        "esr_id",
        "qr_invoice_id",
        "template_slug",
        "taxs",
        "network_link",
        "positions",
    }
)
