"""Expenses: the operations of this section of bexio's reference, as methods of `bexio.expenses`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.expense import Expense
from ...models.expense_action import ExpenseAction
from ...models.expense_create import ExpenseCreate
from ...models.expense_edit import ExpenseEdit
from ...models.expense_page import ExpensePage
from ...models.purchase_document_number_check import PurchaseDocumentNumberCheck
from ...models.update_expense_status_status import UpdateExpenseStatusStatus, check_update_expense_status_status
from ...types import UNSET, File, Response, Unset
from . import (
    create_expense,
    delete_expense,
    execute_expense_action,
    get_expense,
    list_expenses,
    update_expense,
    update_expense_status,
    validate_expense_document_number,
)


class ExpensesResource(SyncResource):
    """Expenses: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> ExpensesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return ExpensesDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        paid_on_start: datetime.date | Unset = UNSET,
        paid_on_end: datetime.date | Unset = UNSET,
        created_at_start: datetime.datetime | Unset = UNSET,
        created_at_end: datetime.datetime | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        project_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExpensePage:
        """Get Expenses

        Endpoint for retrieving Expenses

        GET /4.0/expenses (listExpenses)

        Args:
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (str | Unset):  Default: 'asc'.
            sort (str | Unset):
            vendor (str | Unset):
            gross_min (float | Unset):
            gross_max (float | Unset):
            net_min (float | Unset):
            net_max (float | Unset):
            paid_on_start (datetime.date | Unset):
            paid_on_end (datetime.date | Unset):
            created_at_start (datetime.datetime | Unset):
            created_at_end (datetime.datetime | Unset):
            title (str | Unset):
            currency_code (str | Unset):
            document_no (str | Unset):
            supplier_id (int | Unset):
            project_id (UUID | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ExpensePage

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
            list_expenses.OPERATION,
            list_expenses._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                paid_on_start=paid_on_start,
                paid_on_end=paid_on_end,
                created_at_start=created_at_start,
                created_at_end=created_at_end,
                title=title,
                currency_code=currency_code,
                document_no=document_no,
                supplier_id=supplier_id,
                project_id=project_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: ExpenseCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Create new Expense

        Endpoint for creating Expense

        POST /4.0/expenses (createExpense)

        Args:
            body: the request body: ExpenseCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
            create_expense.OPERATION,
            create_expense._get_kwargs(
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
    ) -> Expense:
        """Get Expense

        Endpoint for retrieving Expense by id

        GET /4.0/expenses/{id} (getExpense)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
            get_expense.OPERATION,
            get_expense._get_kwargs(
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
        body: ExpenseEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Update Expense

        Endpoint for updating Expense

        PUT /4.0/expenses/{id} (updateExpense)

        Args:
            id (UUID):
            body: the request body: ExpenseEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
            update_expense.OPERATION,
            update_expense._get_kwargs(
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
        """Delete Expense

        Endpoint for deleting Expense by id. Expense cannot be removed when it is DONE.

        DELETE /4.0/expenses/{id} (deleteExpense)

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
            delete_expense.OPERATION,
            delete_expense._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update_expense_status(
        self,
        id: UUID,
        status: UpdateExpenseStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Update Expense status

        **Changing status from DRAFT to DONE**

        When changing status to DONE there are specific validations triggered:

        1. 'bank_account_id' is required.
        2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
        must be greater than 0.
        3. 'booking_account_id' is required. And this Booking Account:
           * Cannot be a system asset account (account type ID 3, is_locked true)
           * Cannot be a system liability account (account type ID 4, is_locked true)
           * Cannot be a system complete account (account type ID 5, is_locked true)
        4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
        5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
        greater than 0.
        6. 'amount' must be greater than 0.
        7. 'tax_id' validation:
           * when Expense is not subject to Vat then 'tax_id' must be null
           * Tax cannot have 'digit' set to one of:
             * 415
             * 420
           * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
             * pre_tax_material
             * pre_tax_investment
             * pre_customs_tax_investment
             * pre_customs_tax_material
             * pre_regards_tax_material
             * pre_regards_tax_investment
           * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
        required
           * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
        be one of:
             * pre_regards_tax_material
             * pre_regards_tax_investment
        8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
        9. If 'supplier_id' is set then 'address' cannot be null.
        10. If 'aupplier_id' is not set then 'address' must be null.
        11. If 'address' is set then 'address.lastname_company' cannot be null or empty

        **Changing status from DONE to DRAFT**

        When changing status to DRAFT there are specific validations triggered:

        1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
        2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
        3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

        PUT /4.0/expenses/{id}/bookings/{status} (updateExpenseStatus)

        Args:
            id (UUID):
            status (UpdateExpenseStatusStatus):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
            update_expense_status.OPERATION,
            update_expense_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def execute_expense_action(
        self,
        id: UUID,
        *,
        body: ExpenseAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Execute Expense action

        Endpoint for executing actions for Expense

        POST /4.0/expenses/{id}/actions (executeExpenseAction)

        Args:
            id (UUID):
            body: the request body: ExpenseAction, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
            execute_expense_action.OPERATION,
            execute_expense_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def validate_expense_document_number(
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

        GET /4.0/expenses/documentnumbers (validateExpenseDocumentNumber)

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
            validate_expense_document_number.OPERATION,
            validate_expense_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class ExpensesDetailed(SyncResource):
    """Expenses operations answering the whole `Response`: `bexio.expenses.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        paid_on_start: datetime.date | Unset = UNSET,
        paid_on_end: datetime.date | Unset = UNSET,
        created_at_start: datetime.datetime | Unset = UNSET,
        created_at_end: datetime.datetime | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        project_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ExpensePage]:
        """Get Expenses: the whole response (status, headers, parsed body)."""
        return self._send(
            list_expenses.OPERATION,
            list_expenses._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                paid_on_start=paid_on_start,
                paid_on_end=paid_on_end,
                created_at_start=created_at_start,
                created_at_end=created_at_end,
                title=title,
                currency_code=currency_code,
                document_no=document_no,
                supplier_id=supplier_id,
                project_id=project_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: ExpenseCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Create new Expense: the whole response (status, headers, parsed body)."""
        return self._send(
            create_expense.OPERATION,
            create_expense._get_kwargs(
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
    ) -> Response[Expense]:
        """Get Expense: the whole response (status, headers, parsed body)."""
        return self._send(
            get_expense.OPERATION,
            get_expense._get_kwargs(
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
        body: ExpenseEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Update Expense: the whole response (status, headers, parsed body)."""
        return self._send(
            update_expense.OPERATION,
            update_expense._get_kwargs(
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
        """Delete Expense: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_expense.OPERATION,
            delete_expense._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update_expense_status(
        self,
        id: UUID,
        status: UpdateExpenseStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Update Expense status: the whole response (status, headers, parsed body)."""
        return self._send(
            update_expense_status.OPERATION,
            update_expense_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def execute_expense_action(
        self,
        id: UUID,
        *,
        body: ExpenseAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Execute Expense action: the whole response (status, headers, parsed body)."""
        return self._send(
            execute_expense_action.OPERATION,
            execute_expense_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def validate_expense_document_number(
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
            validate_expense_document_number.OPERATION,
            validate_expense_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncExpensesResource(AsyncResource):
    """Expenses, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncExpensesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncExpensesDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        paid_on_start: datetime.date | Unset = UNSET,
        paid_on_end: datetime.date | Unset = UNSET,
        created_at_start: datetime.datetime | Unset = UNSET,
        created_at_end: datetime.datetime | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        project_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExpensePage:
        """Get Expenses

        Endpoint for retrieving Expenses

        GET /4.0/expenses (listExpenses)

        Args:
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (str | Unset):  Default: 'asc'.
            sort (str | Unset):
            vendor (str | Unset):
            gross_min (float | Unset):
            gross_max (float | Unset):
            net_min (float | Unset):
            net_max (float | Unset):
            paid_on_start (datetime.date | Unset):
            paid_on_end (datetime.date | Unset):
            created_at_start (datetime.datetime | Unset):
            created_at_end (datetime.datetime | Unset):
            title (str | Unset):
            currency_code (str | Unset):
            document_no (str | Unset):
            supplier_id (int | Unset):
            project_id (UUID | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ExpensePage

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
                list_expenses.OPERATION,
                list_expenses._get_kwargs(
                    limit=limit,
                    page=page,
                    order=order,
                    sort=sort,
                    vendor=vendor,
                    gross_min=gross_min,
                    gross_max=gross_max,
                    net_min=net_min,
                    net_max=net_max,
                    paid_on_start=paid_on_start,
                    paid_on_end=paid_on_end,
                    created_at_start=created_at_start,
                    created_at_end=created_at_end,
                    title=title,
                    currency_code=currency_code,
                    document_no=document_no,
                    supplier_id=supplier_id,
                    project_id=project_id,
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
        body: ExpenseCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Create new Expense

        Endpoint for creating Expense

        POST /4.0/expenses (createExpense)

        Args:
            body: the request body: ExpenseCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
                create_expense.OPERATION,
                create_expense._get_kwargs(
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
    ) -> Expense:
        """Get Expense

        Endpoint for retrieving Expense by id

        GET /4.0/expenses/{id} (getExpense)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
                get_expense.OPERATION,
                get_expense._get_kwargs(
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
        body: ExpenseEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Update Expense

        Endpoint for updating Expense

        PUT /4.0/expenses/{id} (updateExpense)

        Args:
            id (UUID):
            body: the request body: ExpenseEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
                update_expense.OPERATION,
                update_expense._get_kwargs(
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
        """Delete Expense

        Endpoint for deleting Expense by id. Expense cannot be removed when it is DONE.

        DELETE /4.0/expenses/{id} (deleteExpense)

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
                delete_expense.OPERATION,
                delete_expense._get_kwargs(
                    id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update_expense_status(
        self,
        id: UUID,
        status: UpdateExpenseStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Update Expense status

        **Changing status from DRAFT to DONE**

        When changing status to DONE there are specific validations triggered:

        1. 'bank_account_id' is required.
        2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
        must be greater than 0.
        3. 'booking_account_id' is required. And this Booking Account:
           * Cannot be a system asset account (account type ID 3, is_locked true)
           * Cannot be a system liability account (account type ID 4, is_locked true)
           * Cannot be a system complete account (account type ID 5, is_locked true)
        4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
        5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
        greater than 0.
        6. 'amount' must be greater than 0.
        7. 'tax_id' validation:
           * when Expense is not subject to Vat then 'tax_id' must be null
           * Tax cannot have 'digit' set to one of:
             * 415
             * 420
           * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
             * pre_tax_material
             * pre_tax_investment
             * pre_customs_tax_investment
             * pre_customs_tax_material
             * pre_regards_tax_material
             * pre_regards_tax_investment
           * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
        required
           * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
        be one of:
             * pre_regards_tax_material
             * pre_regards_tax_investment
        8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
        9. If 'supplier_id' is set then 'address' cannot be null.
        10. If 'aupplier_id' is not set then 'address' must be null.
        11. If 'address' is set then 'address.lastname_company' cannot be null or empty

        **Changing status from DONE to DRAFT**

        When changing status to DRAFT there are specific validations triggered:

        1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
        2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
        3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

        PUT /4.0/expenses/{id}/bookings/{status} (updateExpenseStatus)

        Args:
            id (UUID):
            status (UpdateExpenseStatusStatus):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
                update_expense_status.OPERATION,
                update_expense_status._get_kwargs(
                    id,
                    status,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def execute_expense_action(
        self,
        id: UUID,
        *,
        body: ExpenseAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expense:
        """Execute Expense action

        Endpoint for executing actions for Expense

        POST /4.0/expenses/{id}/actions (executeExpenseAction)

        Args:
            id (UUID):
            body: the request body: ExpenseAction, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Expense

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
                execute_expense_action.OPERATION,
                execute_expense_action._get_kwargs(
                    id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def validate_expense_document_number(
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

        GET /4.0/expenses/documentnumbers (validateExpenseDocumentNumber)

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
                validate_expense_document_number.OPERATION,
                validate_expense_document_number._get_kwargs(
                    document_no=document_no,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncExpensesDetailed(AsyncResource):
    """Expenses operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: str | Unset = "asc",
        sort: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        gross_min: float | Unset = UNSET,
        gross_max: float | Unset = UNSET,
        net_min: float | Unset = UNSET,
        net_max: float | Unset = UNSET,
        paid_on_start: datetime.date | Unset = UNSET,
        paid_on_end: datetime.date | Unset = UNSET,
        created_at_start: datetime.datetime | Unset = UNSET,
        created_at_end: datetime.datetime | Unset = UNSET,
        title: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        document_no: str | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        project_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ExpensePage]:
        """Get Expenses: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_expenses.OPERATION,
            list_expenses._get_kwargs(
                limit=limit,
                page=page,
                order=order,
                sort=sort,
                vendor=vendor,
                gross_min=gross_min,
                gross_max=gross_max,
                net_min=net_min,
                net_max=net_max,
                paid_on_start=paid_on_start,
                paid_on_end=paid_on_end,
                created_at_start=created_at_start,
                created_at_end=created_at_end,
                title=title,
                currency_code=currency_code,
                document_no=document_no,
                supplier_id=supplier_id,
                project_id=project_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: ExpenseCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Create new Expense: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_expense.OPERATION,
            create_expense._get_kwargs(
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
    ) -> Response[Expense]:
        """Get Expense: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_expense.OPERATION,
            get_expense._get_kwargs(
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
        body: ExpenseEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Update Expense: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_expense.OPERATION,
            update_expense._get_kwargs(
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
        """Delete Expense: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_expense.OPERATION,
            delete_expense._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update_expense_status(
        self,
        id: UUID,
        status: UpdateExpenseStatusStatus,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Update Expense status: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_expense_status.OPERATION,
            update_expense_status._get_kwargs(
                id,
                status,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def execute_expense_action(
        self,
        id: UUID,
        *,
        body: ExpenseAction | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Expense]:
        """Execute Expense action: the whole response (status, headers, parsed body)."""
        return await self._send(
            execute_expense_action.OPERATION,
            execute_expense_action._get_kwargs(
                id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def validate_expense_document_number(
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
            validate_expense_document_number.OPERATION,
            validate_expense_document_number._get_kwargs(
                document_no=document_no,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
