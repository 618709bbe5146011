"""The intervention model: joint scores over the 18 valid pairs plus out of scope,
calibrated confidence, status thresholds, and the Prediction type.

A multinomial logistic regression over TF-IDF features scores 19 classes: each valid
(level, method) pair and ``out_of_scope``. Because the classes ARE the valid pairs, no
decoding can produce a pair the guide does not allow. The level is decoded first (the
guide's tie-break 1: who has to be worked with), then the best method at that level.

Confidence is calibrated by temperature scaling on cross-validated scores. The status is
``out_of_scope`` when the out-of-scope probability passes a threshold or the text shares
almost nothing with every in-scope vignette of the corpus; ``uncertain`` when the text is
unlike the known cases, or the pair confidence is below the level at which held-out
predictions reach the target accuracy; ``ok`` otherwise. An unfamiliar text goes to an
officer for review rather than being dismissed.
All thresholds are chosen on cross-validated predictions of the training split and stored
in the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from scipy import sparse
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import normalize

from . import taxonomy
from .features import CharTfidf, Preprocessor, StemTfidf
from .taxonomy import OUT_OF_SCOPE

DEFAULT_CONFIG = Path(__file__).parent / "data" / "model_config.json"

OK, UNCERTAIN = "ok", "uncertain"
STATUSES = (OK, UNCERTAIN, OUT_OF_SCOPE)


def load_config(path: Path | str | None = None) -> dict[str, Any]:
    path = Path(path or DEFAULT_CONFIG)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValueError(f"{path}: config file not found") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}: invalid JSON in config: {exc.msg}") from exc


def build_feature_union(config: dict[str, Any]) -> FeatureUnion:
    f = config["features"]
    stems = {k: v for k, v in f["stems"].items() if k != "weight"}
    chars = {k: v for k, v in f["chars"].items() if k != "weight"}
    stems["ngram_range"], chars["ngram_range"] = tuple(stems["ngram_range"]), tuple(chars["ngram_range"])
    return FeatureUnion(
        [("stems", StemTfidf(**stems)), ("chars", CharTfidf(**chars))],
        transformer_weights={"stems": f["stems"]["weight"], "chars": f["chars"]["weight"]},
    )


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """Features and classifier, fitted on :class:`AnalysedText` lists."""
    c = config["classifier"]
    return Pipeline([
        ("features", build_feature_union(config)),
        ("classify", LogisticRegression(C=c["C"], class_weight=c["class_weight"], max_iter=c["max_iter"],
                                        random_state=config["seed"])),
    ])


def _probability(p: float) -> float:
    """Rounded to 4 places and kept inside (0, 1): a model never knows anything for certain,
    and an answer must not say 1.0 or 0.0 (the corpus is simulated; real texts differ)."""
    return min(max(round(float(p), 4), 0.0001), 0.9999)


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of held-out scores."""
    def nll(t):
        p = softmax(logits, t)
        return -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))
    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


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


class InterventionModel:
    """Train and apply the intervention classifier.

    Parameters
    ----------
    config : dict
        Hyper-parameters (see ``data/model_config.json``).

    Attributes
    ----------
    pipeline_ : Pipeline
        Features and logistic regression fitted on the whole training split.
    classes_ : list of str
        ``level/method`` keys and ``out_of_scope``, in the classifier's column order.
    temperature_ : float
        Calibration temperature fitted on cross-validated scores.
    thresholds_ : dict
        ``out_of_scope_probability``, ``min_similarity``, ``min_pair_confidence``.
    cv_ : dict
        Cross-validated probabilities, similarities and gold labels of the training split.
    neighbors_ : dict
        Stem TF-IDF rows (L2-normalized) and metadata of the training vignettes.
    """

    def __init__(self, config: dict[str, Any] | None = None):
        self.config = config or load_config()

    # ------------------------------------------------------------------ fitting
    def fit(self, texts: Sequence[str], labels: Sequence[str], ids: Sequence[str] | None = None,
            progress=None) -> "InterventionModel":
        """Fit on texts and their labels (``level/method`` keys or ``out_of_scope``)."""
        tax = taxonomy.get()
        self.classes_ = [*tax.pair_keys, OUT_OF_SCOPE]
        index = {c: i for i, c in enumerate(self.classes_)}
        unknown = sorted({lab for lab in labels if lab not in index})
        if unknown:
            raise ValueError(f"labels not in the taxonomy: {unknown}")
        y = np.array([index[lab] for lab in labels])
        docs = Preprocessor().transform(list(texts))
        step = progress or (lambda msg: None)

        folds = StratifiedKFold(n_splits=self.config["thresholds"]["cv_folds"], shuffle=True,
                                random_state=self.config["seed"])
        cv_logits = np.zeros((len(y), len(self.classes_)))
        cv_sim = np.zeros(len(y))
        for k, (tr, va) in enumerate(folds.split(np.zeros(len(y)), y), 1):
            step(f"cross-validation fold {k}/{folds.n_splits}")
            pipe = self._fit_pipeline([docs[i] for i in tr], y[tr])
            va_docs = [docs[i] for i in va]
            cv_logits[va] = self._logits(pipe, va_docs)
            cv_sim[va] = self._max_similarity(pipe, [docs[i] for i in tr], y[tr], va_docs)
        step("calibration and thresholds")
        self.temperature_ = fit_temperature(cv_logits, y)
        self.thresholds_ = self._choose_thresholds(cv_logits, y, cv_sim)
        self.cv_ = {"logits": cv_logits, "similarity": cv_sim, "y": y}

        step("final fit on the whole training split")
        self.pipeline_ = self._fit_pipeline(docs, y)
        coef = self.pipeline_.named_steps["classify"]
        coef.coef_ = coef.coef_.astype(np.float32)
        coef.intercept_ = coef.intercept_.astype(np.float32)
        stems = self._stem_rows(self.pipeline_, docs)
        in_scope = y != index[OUT_OF_SCOPE]
        self.neighbors_ = {
            "matrix": stems.tocsr().astype(np.float32),
            "in_scope": in_scope,
            "ids": list(ids) if ids is not None else [str(i) for i in range(len(y))],
            "texts": list(texts),
            "labels": list(labels),
        }
        return self

    def _fit_pipeline(self, docs, y) -> Pipeline:
        pipe = build_pipeline(self.config)
        pipe.fit(docs, y)
        return pipe

    @staticmethod
    def _logits(pipe: Pipeline, docs) -> np.ndarray:
        return np.atleast_2d(pipe.decision_function(docs)).astype(np.float64)

    def distributions(self, logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated probabilities over all classes, and over the 18 pairs given in scope.

        The in-scope distribution is a softmax over the pair columns alone: dividing by
        1 - P(out of scope) loses all precision when that probability is close to 1.
        """
        oos = self.classes_.index(OUT_OF_SCOPE)
        pair_cols = [i for i in range(len(self.classes_)) if i != oos]
        return softmax(logits, self.temperature_), softmax(logits[:, pair_cols], self.temperature_)

    @staticmethod
    def _stem_rows(pipe: Pipeline, docs) -> sparse.csr_matrix:
        stems = pipe.named_steps["features"].transformer_list[0][1]
        return normalize(stems.transform(docs))

    def _max_similarity(self, pipe: Pipeline, ref_docs, ref_y, docs) -> np.ndarray:
        oos = self.classes_.index(OUT_OF_SCOPE)
        ref = self._stem_rows(pipe, [d for d, yy in zip(ref_docs, ref_y) if yy != oos])
        sims = self._stem_rows(pipe, docs) @ ref.T
        return np.asarray(sims.max(axis=1).todense()).ravel() if sims.shape[1] else np.zeros(len(docs))

    def _choose_thresholds(self, logits: np.ndarray, y: np.ndarray, sim: np.ndarray) -> dict[str, float]:
        cfg = self.config["thresholds"]
        oos = self.classes_.index(OUT_OF_SCOPE)
        probs, in_scope_probs = self.distributions(logits)
        gold_in = y != oos
        p_oos = probs[:, oos]
        # out-of-scope probability: the lowest threshold that flags at most the allowed share
        # of in-scope texts (lower threshold = more out-of-scope texts caught)
        tau_oos = 0.5
        for tau in np.arange(0.05, 0.951, 0.01):
            if np.mean(p_oos[gold_in] >= tau) <= cfg["max_in_scope_flagged_by_classifier"]:
                tau_oos = float(round(tau, 2))
                break
        review_sim = float(np.quantile(sim[gold_in], cfg["review_similarity_quantile"])) if gold_in.any() else 0.0
        out_sim = min(cfg["out_of_scope_max_similarity"],
                      float(np.quantile(sim[gold_in], cfg["out_of_scope_similarity_quantile"])) if gold_in.any() else 0.0)
        # pair confidence: the lowest level at which the predictions kept as "ok" reach the
        # target accuracy, without sending more than the allowed share to review
        kept = gold_in & (p_oos < tau_oos) & (sim >= review_sim)
        conf, correct = [], []
        for i in np.flatnonzero(kept):
            level, method, pair_conf = self._decode(in_scope_probs[i])[:3]
            conf.append(pair_conf)
            correct.append(self.classes_[y[i]] == f"{level}/{method}")
        conf, correct = np.array(conf), np.array(correct)
        min_conf = 0.0
        if len(conf):
            for tau in np.unique(np.round(conf, 3)):
                ok = conf >= tau
                if np.mean(~ok) > cfg["max_uncertain_share"]:
                    break
                min_conf = float(tau)
                if ok.any() and correct[ok].mean() >= cfg["ok_accuracy_target"]:
                    break
        return {"out_of_scope_probability": tau_oos, "out_of_scope_below_similarity": round(out_sim, 4),
                "review_below_similarity": round(review_sim, 4), "min_pair_confidence": round(min_conf, 3)}

    # --------------------------------------------------------------- predicting
    def _decode(self, p) -> tuple[str, str, float, float, float, dict, dict]:
        """Level first, then the best method at that level. ``p`` is the in-scope
        distribution over the pairs, in taxonomy order."""
        p = p.tolist() if isinstance(p, np.ndarray) else p
        keys = self._pair_keys()
        levels: dict[str, float] = {}
        methods: dict[str, float] = {}
        best_in_level: dict[str, int] = {}
        for i, (level, method) in enumerate(keys):
            levels[level] = levels.get(level, 0.0) + p[i]
            methods[method] = methods.get(method, 0.0) + p[i]
            if level not in best_in_level or p[i] > p[best_in_level[level]]:
                best_in_level[level] = i
        level = max(levels, key=levels.get)
        best = best_in_level[level]
        method = keys[best][1]
        return level, method, p[best], levels[level], methods[method], levels, methods

    def _pair_keys(self) -> list[tuple[str, str]]:
        return [tuple(k.split("/")) for k in self.classes_ if k != OUT_OF_SCOPE]

    def analyse(self, texts: Sequence[str]):
        """Analysed documents, feature rows and class scores (logits) for ``texts``."""
        docs = Preprocessor().transform(list(texts))
        features = self.features(docs)
        classify = self.pipeline_.named_steps["classify"]
        # what decision_function computes, without its per-call input validation
        logits = features @ classify.coef_.T + classify.intercept_
        return docs, features, np.atleast_2d(np.asarray(logits)).astype(np.float64)

    def features(self, docs) -> sparse.csr_matrix:
        """The fitted FeatureUnion's output, without its per-call bookkeeping (which costs
        about a millisecond per text, a fifth of an explained prediction)."""
        union = self.pipeline_.named_steps["features"]
        weights = union.transformer_weights or {}
        blocks = [t.transform(docs) * weights.get(name, 1.0) for name, t in union.transformer_list]
        return sparse.hstack(blocks, format="csr")

    def stem_rows(self, features: sparse.csr_matrix) -> sparse.csr_matrix:
        """The unit-length stem TF-IDF rows, read back from the feature matrix (the stem block
        comes first and is already L2-normalized, then weighted)."""
        union = self.pipeline_.named_steps["features"]
        name, stems = union.transformer_list[0]
        weight = (union.transformer_weights or {}).get(name, 1.0)
        block = features[:, : len(stems.vocabulary_)]
        return block / weight if weight != 1.0 else block

    def similarity(self, features: sparse.csr_matrix) -> tuple[np.ndarray, sparse.csr_matrix]:
        """Max cosine similarity to in-scope training vignettes, and all similarities, from
        the feature rows that ``analyse`` already computed."""
        rows = self.stem_rows(features)
        if getattr(self, "_neighbors_t", None) is None:  # transposed once per process
            self._neighbors_t = self.neighbors_["matrix"].T.tocsr()
        sims = (rows @ self._neighbors_t).tocsr()
        in_scope = sims[:, np.flatnonzero(self.neighbors_["in_scope"])]
        best = np.asarray(in_scope.max(axis=1).todense()).ravel() if in_scope.shape[1] else np.zeros(rows.shape[0])
        return best, sims

    def _memberships(self):
        """0/1 matrices pairs x levels and pairs x methods, to sum distributions in one product."""
        keys = self._pair_keys()
        level_ids = list(dict.fromkeys(level for level, _ in keys))
        method_ids = list(dict.fromkeys(method for _, method in keys))
        L = np.array([[level == lv for lv in level_ids] for level, _ in keys], dtype=np.float64)
        M = np.array([[method == me for me in method_ids] for _, method in keys], dtype=np.float64)
        return [f"{lv}/{me}" for lv, me in keys], level_ids, method_ids, L, M

    def predictions_from(self, logits: np.ndarray, sims: np.ndarray, n_alternatives: int = 3) -> list[Prediction]:
        th = self.thresholds_
        oos = self.classes_.index(OUT_OF_SCOPE)
        probs, in_scope = self.distributions(np.atleast_2d(logits))
        keys, level_ids, method_ids, L, M = self._memberships()
        level_rows = np.round(in_scope @ L, 4).tolist()
        method_rows = np.round(in_scope @ M, 4).tolist()
        pair_rows = np.round(in_scope, 4).tolist()
        out = []
        for p, q, sim, lr, mr, pr in zip(probs.tolist(), in_scope.tolist(), np.asarray(sims).tolist(),
                                         level_rows, method_rows, pair_rows):
            level, method, pair_conf, level_conf, method_conf, _, _ = self._decode(q)
            pairs = dict(zip(keys, q))
            ranked = sorted(pairs, key=pairs.get, reverse=True)
            alternatives = [Alternative(*k.split("/"), _probability(pairs[k])) for k in ranked
                            if k != f"{level}/{method}"][:n_alternatives]
            if p[oos] >= th["out_of_scope_probability"]:
                status, reason = OUT_OF_SCOPE, "not_a_welfare_problem"
            elif sim < th["out_of_scope_below_similarity"]:
                status, reason = OUT_OF_SCOPE, "far_from_every_known_case"
            elif sim < th["review_below_similarity"]:
                status, reason = UNCERTAIN, "unlike_known_cases"
            elif pair_conf < th["min_pair_confidence"]:
                status, reason = UNCERTAIN, "low_confidence"
            else:
                status, reason = OK, "confident"
            out.append(Prediction(
                status=status,
                level=None if status == OUT_OF_SCOPE else level,
                method=None if status == OUT_OF_SCOPE else method,
                level_confidence=_probability(level_conf), method_confidence=_probability(method_conf),
                pair_confidence=_probability(pair_conf), out_of_scope_probability=_probability(p[oos]),
                similarity=round(float(sim), 4), reason=reason, alternatives=alternatives,
                levels=dict(zip(level_ids, lr)), methods=dict(zip(method_ids, mr)), pairs=dict(zip(keys, pr)),
            ))
        return out

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_neighbors_t", None)
        return state

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not len(texts):
            return []
        docs, features, logits = self.analyse(texts)
        best, _ = self.similarity(features)
        return self.predictions_from(logits, best)
