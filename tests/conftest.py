import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Compiled kernels and on-demand models go to a per-session cache, not the user's."""
    os.environ["SYMMS_CACHE"] = str(tmp_path_factory.mktemp("symms-cache"))
    yield
