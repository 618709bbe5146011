"""Two reference points for the model card, run on the same split as the model.

- :class:`MajorityBaseline` predicts the most frequent training class for every text.
- :class:`DefinitionBaseline` needs no training: it compares a text with each valid pair's
  description in the knowledge base (level definition, target units and cues; method
  definition, goal and examples; the guide's "choose it when") by TF-IDF cosine over stems,
  and picks the closest pair; a text sharing no stem with any description is out of scope.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from sklearn.preprocessing import normalize

from classifier import taxonomy
from classifier.model.features import Preprocessor, StemTfidf
from classifier.taxonomy import OUT_OF_SCOPE, split_key


@dataclass
class SimplePrediction:
    status: str
    level: str | None
    method: str | None


def _from_key(key: str) -> SimplePrediction:
    if key == OUT_OF_SCOPE:
        return SimplePrediction(OUT_OF_SCOPE, None, None)
    level, method = split_key(key)
    return SimplePrediction("ok", level, method)


class MajorityBaseline:
    """Always the most frequent training label."""

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "MajorityBaseline":
        self.label_ = Counter(labels).most_common(1)[0][0]
        return self

    def predict(self, texts: Sequence[str]) -> list[SimplePrediction]:
        return [_from_key(self.label_) for _ in texts]


def pair_descriptions(lang: str = "id") -> dict[str, str]:
    """One descriptive text per valid pair, from the knowledge base."""
    tax = taxonomy.get()
    out = {}
    for pair in tax.pairs:
        level, method = tax.level(pair.level), tax.method(pair.method)
        out[pair.key] = " ".join([
            level.definition.get(lang), " ".join(level.target_units[lang]), " ".join(level.cues),
            method.definition.get(lang), method.goal.get(lang), " ".join(method.examples[lang]), pair.when.get(lang),
        ])
    return out


class DefinitionBaseline:
    """Closest pair description by stem TF-IDF cosine; no training on the corpus."""

    def fit(self, texts=None, labels=None) -> "DefinitionBaseline":
        descriptions = pair_descriptions()
        self.keys_ = list(descriptions)
        docs = Preprocessor().transform(list(descriptions.values()))
        self.vectorizer_ = StemTfidf(ngram_range=(1, 1), min_df=1).fit(docs)
        self.matrix_ = normalize(self.vectorizer_.transform(docs))
        return self

    def predict(self, texts: Sequence[str]) -> list[SimplePrediction]:
        rows = normalize(self.vectorizer_.transform(Preprocessor().transform(list(texts))))
        sims = (rows @ self.matrix_.T).toarray()
        return [_from_key(self.keys_[int(np.argmax(s))]) if s.max() > 0 else _from_key(OUT_OF_SCOPE) for s in sims]
