"""Lifecycle: the labelled corpus, training, evaluation, comparison, the model registry and
batch prediction, that is everything around one fitted model."""
