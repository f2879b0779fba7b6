"""Schemathesis checks the published spec against the mock: every operation stateless, and
the create → fetch → edit → delete families through state machines built from the spec.

Every operation gets every phase at the same budget. Measured with bugs planted in the mock
(research/phases-experiment/phases.md): coverage is ~78 % of the requests and the one
systematic source of invalid data and numeric edges; fuzzing needs its 15 examples to reach a
crash on a valid `order_by` of a plain read; only the state machine finds a delete that does
not delete. Cutting any of them loses a planted bug."""

import schemathesis
from hypothesis import HealthCheck, settings

from tests.conftest import TOKEN
from tests.mock import BexioMock
from tests.mock.app import PUBLISHED_SPEC

MOCK = BexioMock(token=TOKEN)
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20241022,
        "headers": {"Authorization": f"Bearer {TOKEN}"},
        "generation": {"max-examples": 15},
        "checks": {
            "negative_data_rejection": {"expected-statuses": ["400", "401", "404"]},
            # 422 "Could not save the entity" (reference, Response Codes): valid data against the
            # mock's business rules, e.g. a payment for a bill that is not booked.
            "positive_data_acceptance": {"expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429", "5xx"]},
        },
        "phases": {
            "stateful": {
                "max-steps": 8,
                # Links inferred from response fields feed null references into paths
                # (Contact.title_id: null → DELETE /2.0/title/None); the mock rightly answers
                # 400. Schema-valid data is checked by the stateless run above.
                "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "404", "422"]}},
            }
        },
        "operations": [
            {
                # "a contact is marked as deleted and can still be accessed by using the show
                # deleted contacts filter" (reference, Delete a contact); restoring it is the point.
                "include-operation-id": ["getContact", "restoreContact"],
                "checks": {"use_after_free": {"enabled": False}},
            }
        ],
    }
)
schema = schemathesis.openapi.from_path(PUBLISHED_SPEC, config=CONFIG)
schema.app = MOCK.app


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_operation(case):
    MOCK.reset()
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})


def _only(spec: dict, operation_ids: set[str]) -> dict:
    """The spec restricted to the given operations (schemathesis' filters do not reach its state machines)."""
    paths = {}
    for path, item in spec["paths"].items():
        kept = {key: op for key, op in item.items() if key == "parameters" or op.get("operationId") in operation_ids}
        if set(kept) - {"parameters"}:
            paths[path] = kept
    return {**spec, "paths": paths}


# The state machines cover the operations the mock keeps in state (its handlers); the others
# answer with their samples, so a deleted resource would seem to live on.
stateful = schemathesis.openapi.from_dict(_only(MOCK.spec, set(MOCK.handlers)), config=CONFIG)
stateful.app = MOCK.app


class Workflows(stateful.as_state_machine()):
    def setup(self):
        MOCK.reset()

    def get_call_kwargs(self, case):
        return {"headers": {"Authorization": f"Bearer {TOKEN}"}}


TestWorkflows = Workflows.TestCase
TestWorkflows.settings = settings(
    max_examples=40, stateful_step_count=8, deadline=None, suppress_health_check=list(HealthCheck)
)
