from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory, worker_id) -> Path:
    """A folder shared by every pytest-xdist worker of this run (the run's base temporary
    folder); without xdist, this process's own."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def trained(shared_dir):
    """One model trained on the shipped corpus per test run, in a temporary models folder:
    the first xdist worker to get here trains it under a file lock, the others load it."""
    from classifier.lifecycle.registry import Registry
    from classifier.lifecycle.training import train

    models = shared_dir / "trained-models"
    with FileLock(str(shared_dir / "trained-models.lock")):
        registry = Registry(models)
        if (models / "registry.json").exists():
            version = registry.default_version()
            card = registry.card(version)
        else:
            version, card = train(ROOT / "corpus", None, models)
    return {"models": models, "version": version, "card": card, "model": registry.load(version)}


def pytest_collection_modifyitems(config, items):
    """With pytest-xdist (``make test`` runs ``-n 2 --dist loadgroup``), the tests that share
    a module-scoped fixture (a running server, a browser) go to one worker, so it starts
    once; every other test is spread over the workers one by one. The longest tests (the
    notebooks, then the server groups) are handed out first, so that no worker is left
    with one of them at the end while the other idles."""
    items.sort(key=lambda item: 0 if item.module.__name__.endswith("test_notebooks") else 1)
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        if any(d.scope == "module" for defs in info.name2fixturedefs.values() for d in defs):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))
