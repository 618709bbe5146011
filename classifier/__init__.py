"""intervensi classifier: from an Indonesian complaint to a social-welfare intervention.

The stages have a folder each (see ``docs/ARCHITECTURE.md``):

- ``classifier.text``: from what a person typed to analysed tokens (normalization,
  personal-data masking, stemming, the spaCy pipeline);
- ``classifier.model``: features, the joint pair classifier, calibration and thresholds,
  explanations, baselines;
- ``classifier.lifecycle``: the corpus, training, evaluation, comparison, the model
  registry and batch prediction;
- ``classifier.cli``: the ``intervensi`` command (the only part that may import ``service``).

The package reads its knowledge base (levels, methods, valid pairs) from
``classifier/data/taxonomy.json``; every label name used anywhere comes from there.
"""

from pathlib import Path

__version__ = "0.1.0"

DATA_DIR = Path(__file__).parent / "data"
"""Knowledge base, language data, model configuration and messages: edit these, not code."""
