"""Bills: the operations of this section of bexio's reference, as methods of `bexio.bills`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.bill import Bill
from ...models.bill_action import BillAction
from ...models.bill_create import BillCreate
from ...models.bill_edit import BillEdit
from ...models.bill_page import BillPage
from ...models.list_bills_fields_item import ListBillsFieldsItem, check_list_bills_fields_item
from ...models.list_bills_status import ListBillsStatus, check_list_bills_status
from ...models.purchase_document_number_check import PurchaseDocumentNumberCheck
from ...models.update_bill_status_status import UpdateBillStatusStatus, check_update_bill_status_status
from ...types import UNSET, File, Response, Unset
from . import (
    create_bill,
    delete_bill,
    execute_bill_action,
    get_bill,
    list_bills,
    update_bill,
    update_bill_status,
    validate_bill_document_number,
)


class BillsResource(SyncResource):
    """Bills: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> BillsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return BillsDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        fields: list[ListBillsFieldsItem] | Unset = UNSET,
        status: ListBillsStatus | Unset = UNSET,
        bill_date_start: datetime.date | Unset = UNSET,
        bill_date_end: datetime.date | Unset = UNSET,
        due_date_start: datetime.date | Unset = UNSET,
        due_date_end: datetime.date | Unset = UNSET,
        vendor_ref: str | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        pending_amount_min: float | Unset = UNSET,
        pending_amount_max: float | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        average_exchange_rate_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillPage:
        """Get Bills

        Endpoint for retrieving Bills

        GET /4.0/purchase/bills (listBills)

        Args:
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (str | Unset):  Default: 'asc'.
            sort (str | Unset):
            search_term (str | Unset):
            fields (list[ListBillsFieldsItem] | Unset):
            status (ListBillsStatus | Unset):
            bill_date_start (datetime.date | Unset):
            bill_date_end (datetime.date | Unset):
            due_date_start (datetime.date | Unset):
            due_date_end (datetime.date | Unset):
            vendor_ref (str | Unset):
            title (str | Unset):
            currency_code (str | Unset):
            pending_amount_min (float | Unset):
            pending_amount_max (float | Unset):
            vendor (str | Unset):
            gross_min (float | Unset):
            gross_max (float | Unset):
            net_min (float | Unset):
            net_max (float | Unset):
            document_no (str | Unset):
            supplier_id (int | Unset):
            average_exchange_rate_enabled (bool | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BillPage

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_bills.OPERATION,
            list_bills._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                search_term=search_term,
                fields=fields,
                status=status,
                bill_date_start=bill_date_start,
                bill_date_end=bill_date_end,
                due_date_start=due_date_start,
                due_date_end=due_date_end,
                vendor_ref=vendor_ref,
                title=title,
                currency_code=currency_code,
                pending_amount_min=pending_amount_min,
                pending_amount_max=pending_amount_max,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                document_no=document_no,
                supplier_id=supplier_id,
                average_exchange_rate_enabled=average_exchange_rate_enabled,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: BillCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Create new Bill

        Endpoint for creating Bill

        POST /4.0/purchase/bills (createBill)

        Args:
            body: the request body: BillCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_bill.OPERATION,
            create_bill._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Get Bill

        Endpoint for retrieving Bill by id

        GET /4.0/purchase/bills/{id} (getBill)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_bill.OPERATION,
            get_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        id: UUID,
        *,
        body: BillEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Update Bill

        Endpoint for updating Bill

        PUT /4.0/purchase/bills/{id} (updateBill)

        Args:
            id (UUID):
            body: the request body: BillEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            update_bill.OPERATION,
            update_bill._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Bill

        Endpoint for deleting Bill by id. Bill can be removed when it is in status DRAFT only.

        DELETE /4.0/purchase/bills/{id} (deleteBill)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_bill.OPERATION,
            delete_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update_bill_status(
        self,
        id: UUID,
        status: UpdateBillStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Update Bill status

        **Changing status to BOOKED**

        When changing status to BOOKED there are specific validations triggered:

        1. Bill must be in status DRAFT.
        2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
        3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
        4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
        'base_currency_code'.
        5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
        'base_currency_code'.
        6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
        7. 'due_date' must be after or equal to 'bill_date'.
        8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
        DRAFT.
        9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
        ignorig vat:
           * pre_regards_tax_material
           * pre_regards_tax_investment
           * pre_customs_tax_material
           * pre_customs_tax_investment
        10. 'line_tems' total amount must be greater than 0.
        11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
            * Cannot be a system asset account (account type ID 3, is_locked true)
            * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
        account 2201
            * Cannot be a system complete account (account type ID 5, is_locked true)
        12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
            * pre_customs_tax_investment
            * pre_customs_tax_material
            * pre_regards_tax_investment
            * pre_regards_tax_material
        13. 'line_item' 'tax_id' validation:
            * when Bill is not subject to Vat then 'tax_id' must be null
            * Tax cannot have 'digit' set to one of:
              * 415
              * 420
            * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
              * pre_tax_material
              * pre_tax_investment
              * pre_customs_tax_investment
              * pre_customs_tax_material
              * pre_regards_tax_material
              * pre_regards_tax_investment
            * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
        required
            * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
        one of:
              * pre_regards_tax_material
              * pre_regards_tax_investment
        14. 'discounts' total amount must be less than 'line_items' total amount.
        15. Each 'discount' amount must be greater than 0.
        16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
        17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
        discounts:
            * pre_customs_tax_material
            * pre_customs_tax_investment
        18. 'address.lastname_company' cannot be null or empty

        **Changing status to DRAFT**

        When changing status to DRAFT there are specific validations triggered:

        1. Bill must be in status BOOKED.
        2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

        PUT /4.0/purchase/bills/{id}/bookings/{status} (updateBillStatus)

        Args:
            id (UUID):
            status (UpdateBillStatusStatus):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            update_bill_status.OPERATION,
            update_bill_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def execute_bill_action(
        self,
        id: UUID,
        *,
        body: BillAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Execute Bill action

        Endpoint for executing actions for Bill

        POST /4.0/purchase/bills/{id}/actions (executeBillAction)

        Args:
            id (UUID):
            body: the request body: BillAction, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            execute_bill_action.OPERATION,
            execute_bill_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def validate_bill_document_number(
        self,
        *,
        document_no: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseDocumentNumberCheck:
        """Validate whether document number is available or not

        Endpoint for retrieving validation for document number

        GET /4.0/purchase/documentnumbers/bills (validateBillDocumentNumber)

        Args:
            document_no (str):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseDocumentNumberCheck

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            validate_bill_document_number.OPERATION,
            validate_bill_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class BillsDetailed(SyncResource):
    """Bills operations answering the whole `Response`: `bexio.bills.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        fields: list[ListBillsFieldsItem] | Unset = UNSET,
        status: ListBillsStatus | Unset = UNSET,
        bill_date_start: datetime.date | Unset = UNSET,
        bill_date_end: datetime.date | Unset = UNSET,
        due_date_start: datetime.date | Unset = UNSET,
        due_date_end: datetime.date | Unset = UNSET,
        vendor_ref: str | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        pending_amount_min: float | Unset = UNSET,
        pending_amount_max: float | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        average_exchange_rate_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BillPage]:
        """Get Bills: the whole response (status, headers, parsed body)."""
        return self._send(
            list_bills.OPERATION,
            list_bills._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                search_term=search_term,
                fields=fields,
                status=status,
                bill_date_start=bill_date_start,
                bill_date_end=bill_date_end,
                due_date_start=due_date_start,
                due_date_end=due_date_end,
                vendor_ref=vendor_ref,
                title=title,
                currency_code=currency_code,
                pending_amount_min=pending_amount_min,
                pending_amount_max=pending_amount_max,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                document_no=document_no,
                supplier_id=supplier_id,
                average_exchange_rate_enabled=average_exchange_rate_enabled,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: BillCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Create new Bill: the whole response (status, headers, parsed body)."""
        return self._send(
            create_bill.OPERATION,
            create_bill._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Get Bill: the whole response (status, headers, parsed body)."""
        return self._send(
            get_bill.OPERATION,
            get_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        id: UUID,
        *,
        body: BillEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Update Bill: the whole response (status, headers, parsed body)."""
        return self._send(
            update_bill.OPERATION,
            update_bill._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Delete Bill: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_bill.OPERATION,
            delete_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update_bill_status(
        self,
        id: UUID,
        status: UpdateBillStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Update Bill status: the whole response (status, headers, parsed body)."""
        return self._send(
            update_bill_status.OPERATION,
            update_bill_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def execute_bill_action(
        self,
        id: UUID,
        *,
        body: BillAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Execute Bill action: the whole response (status, headers, parsed body)."""
        return self._send(
            execute_bill_action.OPERATION,
            execute_bill_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def validate_bill_document_number(
        self,
        *,
        document_no: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseDocumentNumberCheck]:
        """Validate whether document number is available or not: the whole response (status, headers, parsed body)."""
        return self._send(
            validate_bill_document_number.OPERATION,
            validate_bill_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncBillsResource(AsyncResource):
    """Bills, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncBillsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncBillsDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        fields: list[ListBillsFieldsItem] | Unset = UNSET,
        status: ListBillsStatus | Unset = UNSET,
        bill_date_start: datetime.date | Unset = UNSET,
        bill_date_end: datetime.date | Unset = UNSET,
        due_date_start: datetime.date | Unset = UNSET,
        due_date_end: datetime.date | Unset = UNSET,
        vendor_ref: str | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        pending_amount_min: float | Unset = UNSET,
        pending_amount_max: float | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        average_exchange_rate_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillPage:
        """Get Bills

        Endpoint for retrieving Bills

        GET /4.0/purchase/bills (listBills)

        Args:
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (str | Unset):  Default: 'asc'.
            sort (str | Unset):
            search_term (str | Unset):
            fields (list[ListBillsFieldsItem] | Unset):
            status (ListBillsStatus | Unset):
            bill_date_start (datetime.date | Unset):
            bill_date_end (datetime.date | Unset):
            due_date_start (datetime.date | Unset):
            due_date_end (datetime.date | Unset):
            vendor_ref (str | Unset):
            title (str | Unset):
            currency_code (str | Unset):
            pending_amount_min (float | Unset):
            pending_amount_max (float | Unset):
            vendor (str | Unset):
            gross_min (float | Unset):
            gross_max (float | Unset):
            net_min (float | Unset):
            net_max (float | Unset):
            document_no (str | Unset):
            supplier_id (int | Unset):
            average_exchange_rate_enabled (bool | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BillPage

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_bills.OPERATION,
                list_bills._get_kwargs(
                    limit=limit,
                    page=page,
                    order=order,
                    sort=sort,
                    search_term=search_term,
                    fields=fields,
                    status=status,
                    bill_date_start=bill_date_start,
                    bill_date_end=bill_date_end,
                    due_date_start=due_date_start,
                    due_date_end=due_date_end,
                    vendor_ref=vendor_ref,
                    title=title,
                    currency_code=currency_code,
                    pending_amount_min=pending_amount_min,
                    pending_amount_max=pending_amount_max,
                    vendor=vendor,
                    gross_min=gross_min,
                    gross_max=gross_max,
                    net_min=net_min,
                    net_max=net_max,
                    document_no=document_no,
                    supplier_id=supplier_id,
                    average_exchange_rate_enabled=average_exchange_rate_enabled,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        *,
        body: BillCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Create new Bill

        Endpoint for creating Bill

        POST /4.0/purchase/bills (createBill)

        Args:
            body: the request body: BillCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_bill.OPERATION,
                create_bill._get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Get Bill

        Endpoint for retrieving Bill by id

        GET /4.0/purchase/bills/{id} (getBill)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_bill.OPERATION,
                get_bill._get_kwargs(
                    id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        id: UUID,
        *,
        body: BillEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Update Bill

        Endpoint for updating Bill

        PUT /4.0/purchase/bills/{id} (updateBill)

        Args:
            id (UUID):
            body: the request body: BillEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                update_bill.OPERATION,
                update_bill._get_kwargs(
                    id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Bill

        Endpoint for deleting Bill by id. Bill can be removed when it is in status DRAFT only.

        DELETE /4.0/purchase/bills/{id} (deleteBill)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_bill.OPERATION,
                delete_bill._get_kwargs(
                    id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update_bill_status(
        self,
        id: UUID,
        status: UpdateBillStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Update Bill status

        **Changing status to BOOKED**

        When changing status to BOOKED there are specific validations triggered:

        1. Bill must be in status DRAFT.
        2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
        3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
        4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
        'base_currency_code'.
        5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
        'base_currency_code'.
        6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
        7. 'due_date' must be after or equal to 'bill_date'.
        8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
        DRAFT.
        9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
        ignorig vat:
           * pre_regards_tax_material
           * pre_regards_tax_investment
           * pre_customs_tax_material
           * pre_customs_tax_investment
        10. 'line_tems' total amount must be greater than 0.
        11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
            * Cannot be a system asset account (account type ID 3, is_locked true)
            * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
        account 2201
            * Cannot be a system complete account (account type ID 5, is_locked true)
        12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
            * pre_customs_tax_investment
            * pre_customs_tax_material
            * pre_regards_tax_investment
            * pre_regards_tax_material
        13. 'line_item' 'tax_id' validation:
            * when Bill is not subject to Vat then 'tax_id' must be null
            * Tax cannot have 'digit' set to one of:
              * 415
              * 420
            * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
              * pre_tax_material
              * pre_tax_investment
              * pre_customs_tax_investment
              * pre_customs_tax_material
              * pre_regards_tax_material
              * pre_regards_tax_investment
            * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
        required
            * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
        one of:
              * pre_regards_tax_material
              * pre_regards_tax_investment
        14. 'discounts' total amount must be less than 'line_items' total amount.
        15. Each 'discount' amount must be greater than 0.
        16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
        17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
        discounts:
            * pre_customs_tax_material
            * pre_customs_tax_investment
        18. 'address.lastname_company' cannot be null or empty

        **Changing status to DRAFT**

        When changing status to DRAFT there are specific validations triggered:

        1. Bill must be in status BOOKED.
        2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

        PUT /4.0/purchase/bills/{id}/bookings/{status} (updateBillStatus)

        Args:
            id (UUID):
            status (UpdateBillStatusStatus):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                update_bill_status.OPERATION,
                update_bill_status._get_kwargs(
                    id,
                    status,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def execute_bill_action(
        self,
        id: UUID,
        *,
        body: BillAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bill:
        """Execute Bill action

        Endpoint for executing actions for Bill

        POST /4.0/purchase/bills/{id}/actions (executeBillAction)

        Args:
            id (UUID):
            body: the request body: BillAction, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Bill

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                execute_bill_action.OPERATION,
                execute_bill_action._get_kwargs(
                    id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def validate_bill_document_number(
        self,
        *,
        document_no: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseDocumentNumberCheck:
        """Validate whether document number is available or not

        Endpoint for retrieving validation for document number

        GET /4.0/purchase/documentnumbers/bills (validateBillDocumentNumber)

        Args:
            document_no (str):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseDocumentNumberCheck

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                validate_bill_document_number.OPERATION,
                validate_bill_document_number._get_kwargs(
                    document_no=document_no,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncBillsDetailed(AsyncResource):
    """Bills operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        fields: list[ListBillsFieldsItem] | Unset = UNSET,
        status: ListBillsStatus | Unset = UNSET,
        bill_date_start: datetime.date | Unset = UNSET,
        bill_date_end: datetime.date | Unset = UNSET,
        due_date_start: datetime.date | Unset = UNSET,
        due_date_end: datetime.date | Unset = UNSET,
        vendor_ref: str | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        pending_amount_min: float | Unset = UNSET,
        pending_amount_max: float | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        average_exchange_rate_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BillPage]:
        """Get Bills: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_bills.OPERATION,
            list_bills._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                search_term=search_term,
                fields=fields,
                status=status,
                bill_date_start=bill_date_start,
                bill_date_end=bill_date_end,
                due_date_start=due_date_start,
                due_date_end=due_date_end,
                vendor_ref=vendor_ref,
                title=title,
                currency_code=currency_code,
                pending_amount_min=pending_amount_min,
                pending_amount_max=pending_amount_max,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                document_no=document_no,
                supplier_id=supplier_id,
                average_exchange_rate_enabled=average_exchange_rate_enabled,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: BillCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Create new Bill: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_bill.OPERATION,
            create_bill._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Get Bill: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_bill.OPERATION,
            get_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: BillEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Update Bill: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_bill.OPERATION,
            update_bill._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Delete Bill: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_bill.OPERATION,
            delete_bill._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update_bill_status(
        self,
        id: UUID,
        status: UpdateBillStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Update Bill status: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_bill_status.OPERATION,
            update_bill_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def execute_bill_action(
        self,
        id: UUID,
        *,
        body: BillAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Bill]:
        """Execute Bill action: the whole response (status, headers, parsed body)."""
        return await self._send(
            execute_bill_action.OPERATION,
            execute_bill_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def validate_bill_document_number(
        self,
        *,
        document_no: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseDocumentNumberCheck]:
        """Validate whether document number is available or not: the whole response (status, headers, parsed body)."""
        return await self._send(
            validate_bill_document_number.OPERATION,
            validate_bill_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
