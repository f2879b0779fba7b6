"""The clients orval and openapi-typescript-codegen generate from the published spec compile under tsc --strict."""

import pytest

from tests.typescript.conftest import BIN, STRICT, run


@pytest.mark.parametrize("generator", ["orval", "openapi-typescript-codegen"])
def test_generated_client_compiles_strictly(generated, generator):
    files = generated[generator]
    assert files, f"{generator} wrote no TypeScript"
    run(
        BIN / "tsc",
        *STRICT,
        "--noEmit",
        "--module",
        "ESNext",
        "--moduleResolution",
        "Bundler",
        "--types",
        "node",
        *files,
    )
