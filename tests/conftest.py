from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def trained(tmp_path_factory):
    """One model trained on the shipped corpus, in a temporary models folder."""
    from classifier.lifecycle.registry import Registry
    from classifier.lifecycle.training import train

    models = tmp_path_factory.mktemp("models")
    version, card = train(ROOT / "corpus", None, models)
    registry = Registry(models)
    return {"models": models, "version": version, "card": card, "model": registry.load(version)}
