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
    """With pytest-xdist (``make test`` runs ``-n 2 --dist loadgroup --no-loadscope-reorder``),
    the tests that share a module-scoped fixture (a running server, a browser) go to one
    worker, so it starts once; every other test is a unit of its own. Units are handed out
    in this order: the notebook that trains the run's one model first (it takes a minute
    on one worker), then the tests that need no model (the other worker runs them
    meanwhile instead of waiting), the other long notebook, the server and browser groups,
    then single tests, so that neither worker idles at the start or is left with a long
    group at the end."""
    grouped = set()
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is not None and any(d.scope == "module" for defs in info.name2fixturedefs.values() for d in defs):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))
            grouped.add(item.module.__name__)

    def rank(item) -> int:
        name = item.nodeid
        if "02_train_evaluate" in name:
            return 0
        if "03_real_adaptation" in name:
            return 2
        if "trained" not in item.fixturenames:
            return 1
        return 3 if item.module.__name__ in grouped else 4  # the long server/browser groups before single tests

    items.sort(key=rank)  # stable: the order within each rank is the collection order
