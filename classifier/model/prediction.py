"""What the model says about a text (:class:`Prediction`), and how it is read off the
in-scope distribution over the valid pairs: the level first (the guide's tie-break 1: who
has to be worked with), then the best method at that level (:class:`PairSpace`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Sequence

import numpy as np

from classifier.taxonomy import Pair, split_key


def probability(p: float) -> float:
    """Rounded to 4 places and kept inside (0, 1): a model never knows anything for certain,
    and an answer must not say 1.0 or 0.0 (the corpus is simulated; real texts differ)."""
    return min(max(round(float(p), 4), 0.0001), 0.9999)


@dataclass
class Alternative:
    level: str
    method: str
    confidence: float


@dataclass
class Prediction:
    """What the model says about one text. ``level``/``method`` are None when out of scope.

    ``level_confidence``, ``method_confidence`` and ``pair_confidence`` are probabilities
    given that the text is in scope; ``out_of_scope_probability`` is the model's probability
    that it is not a social-welfare problem; ``similarity`` is the cosine similarity to the
    closest in-scope vignette of the corpus.
    """

    status: str
    level: str | None
    method: str | None
    level_confidence: float
    method_confidence: float
    pair_confidence: float
    out_of_scope_probability: float
    similarity: float
    reason: str
    alternatives: list[Alternative] = field(default_factory=list)
    levels: dict[str, float] = field(default_factory=dict)
    methods: dict[str, float] = field(default_factory=dict)
    pairs: dict[str, float] = field(default_factory=dict)

    def to_dict(self, distributions: bool = False) -> dict[str, Any]:
        # built by hand: dataclasses.asdict deep-copies, a third of a millisecond per call
        d = {"status": self.status, "level": self.level, "method": self.method,
             "level_confidence": self.level_confidence, "method_confidence": self.method_confidence,
             "pair_confidence": self.pair_confidence, "out_of_scope_probability": self.out_of_scope_probability,
             "similarity": self.similarity, "reason": self.reason,
             "alternatives": [{"level": a.level, "method": a.method, "confidence": a.confidence}
                              for a in self.alternatives]}
        if distributions:
            d.update(levels=dict(self.levels), methods=dict(self.methods), pairs=dict(self.pairs))
        return d


class Decoding(NamedTuple):
    """Level-first decoding of many rows of the in-scope pair distribution.

    ``pair`` is the index of the chosen pair; ``pair_confidence`` its probability;
    ``level_confidence`` and ``method_confidence`` the totals of its level and method;
    ``levels`` and ``methods`` every level's and method's total (rows x levels, rows x methods).
    """

    pair: np.ndarray
    pair_confidence: np.ndarray
    level_confidence: np.ndarray
    method_confidence: np.ndarray
    levels: np.ndarray
    methods: np.ndarray


class PairSpace:
    """The valid pairs as columns of a distribution, and the level and method of each.

    Level and method totals are one matrix product each (membership matrices pairs x
    levels and pairs x methods); this is the only place they are computed.
    """

    def __init__(self, pairs: Sequence[Pair]):
        self.pairs = tuple(pairs)
        self.keys = [p.key for p in self.pairs]
        self.level_ids = list(dict.fromkeys(p.level for p in self.pairs))
        self.method_ids = list(dict.fromkeys(p.method for p in self.pairs))
        self.level_members = np.array([[p.level == lv for lv in self.level_ids] for p in self.pairs], dtype=np.float64)
        self.method_members = np.array([[p.method == me for me in self.method_ids] for p in self.pairs],
                                       dtype=np.float64)
        self._level_of = np.array([self.level_ids.index(p.level) for p in self.pairs])
        self._method_of = np.array([self.method_ids.index(p.method) for p in self.pairs])

    def decode(self, in_scope: np.ndarray) -> Decoding:
        """The level with the highest total, then the most likely pair at that level (the
        first in taxonomy order on a tie), for every row of ``in_scope``."""
        q = np.atleast_2d(in_scope)
        levels, methods = q @ self.level_members, q @ self.method_members
        rows = np.arange(len(q))
        level = levels.argmax(axis=1)
        at_level = np.where(self._level_of[None, :] == level[:, None], q, -np.inf)
        pair = at_level.argmax(axis=1)
        return Decoding(pair=pair, pair_confidence=q[rows, pair], level_confidence=levels[rows, level],
                        method_confidence=methods[rows, self._method_of[pair]], levels=levels, methods=methods)


def closest_in_scope(prediction: Prediction) -> tuple[str, str]:
    """The (level, method) the model would answer if the text were in scope: decoded level
    first like every answer, from the prediction's level and pair distributions. For an
    in-scope answer it is the answer itself."""
    if prediction.level is not None:
        return prediction.level, prediction.method
    level = max(prediction.levels, key=prediction.levels.__getitem__)
    key = max((k for k in prediction.pairs if split_key(k)[0] == level), key=prediction.pairs.__getitem__)
    return split_key(key)
