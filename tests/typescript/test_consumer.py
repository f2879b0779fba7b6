"""A TypeScript client we did not generate (openapi-fetch + openapi-typescript types) works against the
mock, which validates every request strictly: the description holds for another language."""

import subprocess


def test_openapi_fetch_consumer_runs_against_the_mock(consumer, mock_url):
    result = subprocess.run(["node", str(consumer), mock_url], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4, lines
    assert lines[0].startswith("created contact ")
    contact_id = lines[0].removeprefix("created contact ")
    assert lines[1].endswith(f"contacts, {contact_id} among them")
    assert lines[2] == f"search found contact {contact_id}"
    assert lines[3].endswith("bytes, starts with %PDF")
