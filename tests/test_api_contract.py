"""API contract fuzzing with schemathesis: no 5xx, and every error in the one error shape."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from spinscope.web import ServerSettings, create_app

#: Examples per API operation; the analyze endpoint runs the pipeline, so keep this small in CI.
EXAMPLES = 15
LIGHT = ("language.v1", "segment.v1", "entities.v1")
#: schemathesis calls the app as Host "testserver"; a server without a token answers only to names it knows.
HOSTS = ("testserver",)


def _operations():
    # The schema does not depend on the store, so the operations can be listed at collection time.
    app = create_app(ServerSettings(components=LIGHT, allowed_hosts=HOSTS))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


OPERATIONS = _operations()


@pytest.fixture(scope="module")
def app(corpus_db):
    return create_app(ServerSettings(db=str(corpus_db), components=LIGHT, max_bytes=50_000, allowed_hosts=HOSTS))


@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.method.upper()} {op.path}" for op in OPERATIONS])
def test_api_contract_no_server_errors_and_one_error_shape(app, operation):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    live = next(r.ok() for r in schema.get_all_operations()
                if r.ok().method == operation.method and r.ok().path == operation.path)

    @given(case=live.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
    def check(case):
        response = case.call()
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:500])
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error"}, body
            assert set(body["error"]) == {"status", "code", "message", "field"}, body
            assert body["error"]["status"] == response.status_code

    check()
