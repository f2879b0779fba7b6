"""The sections bexio added by 2026-06-19 through the public surface: 4.0 payments, payroll
employees, absences and paystubs (the mock seeded with the spec's samples)."""

import datetime

import pytest

from bexio_client.errors import BadRequestError
from bexio_client.models import AbsenceWithId, EmployeeWrite, PaymentCreate, PaymentView
from tests.mock.handlers.banking import bank_processes

EMPLOYEE = "309bf968-ea25-4819-8f2e-ca08aa369690"


def test_payments_are_the_4_0_banking_payments(bexio, mock):
    payments = bexio.payments.list()
    assert [type(p) for p in payments] == [PaymentView] and payments[0].recipient.address.city == "Zürich"
    sample = mock.operations["createPayment"]["requestBody"]["content"]["application/json"]["example"]
    created = bexio.payments.create(body=PaymentCreate.from_dict(sample))
    assert created.amount == 10.5858 and created.status == "open"
    bank_processes(mock, created.uuid, "downloaded")  # only a payment the bank has is cancelled
    assert bexio.payments.cancel(created.uuid).status == "cancelled"
    assert not hasattr(bexio, "iban_payments") and not hasattr(bexio.payments, "list_bank_payments")


def test_employees_and_absences(bexio):
    employee = bexio.employees.get(EMPLOYEE, date=datetime.date(2024, 1, 31))
    assert employee.nationality == "CH" and employee.annual_vacation_days_left == 25
    assert bexio.employees.update(EMPLOYEE, body=EmployeeWrite(first_name="Anna")) is None
    absences = bexio.absences.list(EMPLOYEE, business_year=2024).data
    assert [type(a) for a in absences] == [AbsenceWithId] and absences[0].reason == "Injury"


def test_paystub_pdf_comes_as_bytes(bexio):
    pdf = bexio.documents.download_paystub_pdf(EMPLOYEE, 2024, 1)
    assert pdf.payload.read().startswith(b"%PDF")


def test_payroll_errors_are_problem_details(bexio, mock):
    with pytest.raises(BadRequestError) as raised:
        bexio.employees.get("not-a-uuid", date=datetime.date(2024, 1, 31))
    assert str(raised.value) == "400 Bad Request: path parameter 'employeeId': 'not-a-uuid' is not a 'uuid'"
    assert mock.calls["getEmployee"] == 1
