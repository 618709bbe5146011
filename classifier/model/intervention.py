"""The intervention model: joint scores over the 18 valid pairs plus out of scope.

A multinomial logistic regression over TF-IDF features scores 19 classes: each valid
(level, method) pair and ``out_of_scope``. Because the classes ARE the valid pairs, no
decoding can produce a pair the guide does not allow (decoding: :mod:`.prediction`).
Confidence is calibrated and the status thresholds are chosen on cross-validated
predictions of the training split, folds keeping minimal-pair groups together
(:mod:`.calibration`); both are stored in the model.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
from scipy import sparse

from classifier import DATA_DIR, taxonomy
from classifier.model.calibration import (CrossValidated, TextSupport, choose_thresholds, fit_temperature, softmax,
                                          status)
from classifier.model.fitted import FittedPipeline
from classifier.model.prediction import Alternative, PairSpace, Prediction, probability
from classifier.model.priors import adjust
from classifier.model.sparse_rows import hstack_csr, leading_columns, row_max_nonnegative
from classifier.text.foreign import detect_foreign
from classifier.text.language import analyse_texts
from classifier.taxonomy import OUT_OF_SCOPE, split_key

if TYPE_CHECKING:  # scikit-learn is imported to train, not to load or predict
    from sklearn.pipeline import FeatureUnion, Pipeline

DEFAULT_CONFIG = DATA_DIR / "model_config.json"


def load_config(path: Path | str | None = None) -> dict[str, Any]:
    path = Path(path or DEFAULT_CONFIG)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValueError(f"{path}: config file not found") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}: invalid JSON in config: {exc.msg}") from exc


def build_feature_union(config: dict[str, Any]) -> FeatureUnion:
    from sklearn.pipeline import FeatureUnion

    from classifier.model.features import CharTfidf, StemTfidf

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
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    c = config["classifier"]
    return Pipeline([
        ("features", build_feature_union(config)),
        ("classify", LogisticRegression(C=c["C"], class_weight=c["class_weight"], max_iter=c["max_iter"],
                                        random_state=config["seed"])),
    ])


def nearest_in_scope(rows: sparse.csr_matrix, reference_t: sparse.csr_matrix,
                     in_scope_columns: np.ndarray) -> tuple[np.ndarray, sparse.csr_matrix]:
    """The best cosine similarity of each (unit-length) row to the in-scope reference rows,
    and all its similarities; ``reference_t`` is the reference matrix transposed."""
    sims = (rows @ reference_t).tocsr()
    mask = np.zeros(sims.shape[1], dtype=bool)
    mask[in_scope_columns] = True
    return row_max_nonnegative(sims, mask), sims


def _stem_rows(pipe: Pipeline, docs) -> sparse.csr_matrix:
    from sklearn.preprocessing import normalize

    stems = pipe.named_steps["features"].transformer_list[0][1]
    return normalize(stems.transform(docs))


class InterventionModel:
    """Train and apply the intervention classifier.

    Parameters
    ----------
    config : dict
        Hyper-parameters (see ``data/model_config.json``).

    Attributes
    ----------
    pipeline_ : FittedPipeline
        Features and logistic regression fitted on the whole training split, kept as the
        plain objects of :mod:`.fitted` (models saved before them hold a scikit-learn
        ``Pipeline`` with the same attributes).
    classes_ : list of str
        Pair keys (``level/method``) and ``out_of_scope``, in the classifier's column order.
    temperature_ : float
        Calibration temperature fitted on cross-validated scores.
    thresholds_ : dict
        ``out_of_scope_probability``, ``out_of_scope_below_similarity``,
        ``review_below_similarity``, ``min_pair_confidence``.
    cv_ : dict
        Cross-validated logits, similarities and gold labels of the training split.
    neighbors_ : dict
        Stem TF-IDF rows (L2-normalized) and metadata of the training vignettes.
    class_frequency_ : ndarray
        Share of each class in the training texts (the mix the scores were learnt under).
    prior_ : ndarray or None
        The deployment mix over the classes (``deployment.prior`` of the config, or an
        office's own estimate, see :mod:`.priors`); None scores under the training mix.
    """

    def __init__(self, config: dict[str, Any] | None = None):
        self.config = config or load_config()

    # ------------------------------------------------------------------ fitting
    def fit(self, texts: Sequence[str], labels: Sequence[str], ids: Sequence[str] | None = None,
            progress=None, groups: Sequence[str] | None = None) -> "InterventionModel":
        """Fit on texts and their labels (pair keys or ``out_of_scope``). ``groups`` (e.g.
        minimal-pair groups) are kept on one side of every cross-validation split."""
        self.classes_ = [*taxonomy.get().pair_keys, OUT_OF_SCOPE]
        index = {c: i for i, c in enumerate(self.classes_)}
        unknown = sorted({lab for lab in labels if lab not in index})
        if unknown:
            raise ValueError(f"labels not in the taxonomy: {unknown}")
        y = np.array([index[lab] for lab in labels])
        ids = list(ids) if ids is not None else [str(i) for i in range(len(y))]
        docs = analyse_texts(list(texts))
        step = progress or (lambda msg: None)
        cv_logits, cv_sim = self._cross_validate(docs, y, list(groups) if groups is not None else ids, step)
        step("calibration and thresholds")
        self.class_frequency_ = np.bincount(y, minlength=len(self.classes_)) / len(y)
        self.prior_ = self._config_prior()
        fixed = self.config.get("calibration", {})
        self.temperature_ = fixed.get("temperature") or fit_temperature(cv_logits, y)
        self.thresholds_ = choose_thresholds(self._cross_validated(cv_logits, cv_sim, y), self.config["thresholds"])
        self.thresholds_.update(fixed.get("thresholds", {}))
        self.cv_ = {"logits": cv_logits, "similarity": cv_sim, "y": y}
        step("final fit on the whole training split")
        fitted = self._fit_pipeline(docs, y)
        self.neighbors_ = {"matrix": _stem_rows(fitted, docs).tocsr().astype(np.float32),
                           "in_scope": y != index[OUT_OF_SCOPE], "ids": ids, "texts": list(texts),
                           "labels": list(labels)}
        self.pipeline_ = FittedPipeline.from_estimators(fitted)  # what prediction needs, without scikit-learn
        return self

    def _config_prior(self) -> np.ndarray | None:
        """The deployment mix of the config: named classes get their weight, every other
        valid class shares ``other_pairs``; None when the config sets no prior."""
        deployment = self.config.get("deployment") or {}
        weights = deployment.get("prior")
        if not weights:
            return None
        unknown = sorted(set(weights) - set(self.classes_))
        if unknown:
            raise ValueError(f"deployment.prior names classes not in the taxonomy: {unknown}")
        rest = [c for c in self.classes_ if c not in weights]
        other = float(deployment.get("other_pairs", 0.0)) / max(len(rest), 1)
        prior = np.array([float(weights.get(c, other)) for c in self.classes_])
        prior = np.maximum(prior, 1e-4)
        return prior / prior.sum()

    @property
    def reference_prior(self) -> np.ndarray:
        """The mix the calibrated scores are taken to assume (``deployment.reference``:
        ``corpus``, the training share of each class, or ``uniform``)."""
        if (self.config.get("deployment") or {}).get("reference", "corpus") == "uniform":
            return np.full(len(self.classes_), 1 / len(self.classes_))
        return self.class_frequency_

    def _cross_validate(self, docs, y: np.ndarray, groups: list[str], step) -> tuple[np.ndarray, np.ndarray]:
        """Out-of-fold logits and similarities to the in-scope texts of the other folds."""
        from sklearn.model_selection import StratifiedGroupKFold

        folds = StratifiedGroupKFold(n_splits=self.config["thresholds"]["cv_folds"], shuffle=True,
                                     random_state=self.config["seed"])
        oos = self.classes_.index(OUT_OF_SCOPE)
        cv_logits = np.zeros((len(y), len(self.classes_)))
        cv_sim = np.zeros(len(y))
        for k, (tr, va) in enumerate(folds.split(np.zeros(len(y)), y, groups), 1):
            step(f"cross-validation fold {k}/{folds.n_splits}")
            tr_docs, va_docs = [docs[i] for i in tr], [docs[i] for i in va]
            pipe = self._fit_pipeline(tr_docs, y[tr])
            cv_logits[va] = np.atleast_2d(pipe.decision_function(va_docs)).astype(np.float64)
            reference_t = _stem_rows(pipe, tr_docs).T.tocsr()
            cv_sim[va] = nearest_in_scope(_stem_rows(pipe, va_docs), reference_t, np.flatnonzero(y[tr] != oos))[0]
        return cv_logits, cv_sim

    def _cross_validated(self, logits: np.ndarray, sim: np.ndarray, y: np.ndarray) -> CrossValidated:
        oos = self.classes_.index(OUT_OF_SCOPE)
        probs, in_scope = self.distributions(logits)
        decoded = self.pair_space.decode(in_scope)
        # pair columns come first, in the classes' order: a pair's index is its class index
        return CrossValidated(p_out_of_scope=probs[:, oos], similarity=sim, gold_in_scope=y != oos,
                              pair_confidence=decoded.pair_confidence, pair_correct=decoded.pair == y)

    def _fit_pipeline(self, docs, y) -> Pipeline:
        pipe = build_pipeline(self.config)
        pipe.fit(docs, y)
        return pipe

    # --------------------------------------------------------------- predicting
    @cached_property
    def pair_space(self) -> PairSpace:
        """The valid pairs of the class columns, with their levels and methods."""
        tax = taxonomy.get()
        return PairSpace([tax.pair_by_key(k) for k in self.classes_ if k != OUT_OF_SCOPE])

    def distributions(self, logits: np.ndarray, deployment: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated probabilities over all classes, and over the 18 pairs given in scope.

        The in-scope distribution is a softmax over the pair columns alone: dividing by
        1 - P(out of scope) loses all precision when that probability is close to 1.
        With ``deployment`` (the default) the scores are moved to the deployment mix
        (``prior_``); without, they stay under the training mix, which is what a held-out
        split of the corpus has.
        """
        oos = self.classes_.index(OUT_OF_SCOPE)
        pair_cols = [i for i in range(len(self.classes_)) if i != oos]
        probs, in_scope = softmax(logits, self.temperature_), softmax(logits[:, pair_cols], self.temperature_)
        prior = getattr(self, "prior_", None) if deployment else None
        if prior is not None:  # Bayes: from the training mix to the deployment mix
            reference = self.reference_prior
            probs = adjust(probs, reference, prior)
            in_scope = adjust(in_scope, reference[pair_cols], prior[pair_cols])
        return probs, in_scope

    def analyse(self, texts: Sequence[str]):
        """Analysed documents, feature rows and class scores (logits) for ``texts``."""
        docs = analyse_texts(list(texts))
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
        blocks = [t.transform(docs) for _, t in union.transformer_list]
        return hstack_csr(blocks, [weights.get(name, 1.0) for name, _ in union.transformer_list])

    def stem_rows(self, features: sparse.csr_matrix) -> sparse.csr_matrix:
        """The unit-length stem TF-IDF rows, read back from the feature matrix (the stem block
        comes first and is already L2-normalized, then weighted)."""
        union = self.pipeline_.named_steps["features"]
        name, stems = union.transformer_list[0]
        weight = (union.transformer_weights or {}).get(name, 1.0)
        return leading_columns(features, len(stems.vocabulary_), weight)

    def similarity(self, features: sparse.csr_matrix) -> tuple[np.ndarray, sparse.csr_matrix]:
        """Max cosine similarity to in-scope training vignettes, and all similarities, from
        the feature rows that ``analyse`` already computed."""
        if getattr(self, "_neighbors_t", None) is None:  # transposed once per process
            self._neighbors_t = self.neighbors_["matrix"].T.tocsr()
            self._in_scope_columns = np.flatnonzero(self.neighbors_["in_scope"])
        return nearest_in_scope(self.stem_rows(features), self._neighbors_t, self._in_scope_columns)

    def support(self, docs) -> list[TextSupport]:
        """How much each analysed text gives the model to go on (see :class:`TextSupport`)."""
        if getattr(self, "_known_stems", None) is None:
            stems = self.pipeline_.named_steps["features"].transformer_list[0][1]
            self._known_stems = frozenset(t for t in stems.vocabulary_ if " " not in t)
        known_stems = self._known_stems
        out = []
        for doc in docs:
            # one typed word, one count: "bansos" (-> "bantuan sosial") is still one word
            words = [stem.split() for stem, keep in zip(doc.stems, doc.content) if keep]
            known = sum(any(part in known_stems for part in parts) for parts in words)
            out.append(TextSupport(len(words), known, detect_foreign(doc.text)))
        return out

    def predictions_from(self, logits: np.ndarray, sims: np.ndarray, n_alternatives: int = 3,
                         docs=None, deployment: bool = True) -> list[Prediction]:
        """Predictions from class scores and similarities; with the analysed ``docs``, the
        status also weighs how much each text gives to go on (language, known words)."""
        oos = self.classes_.index(OUT_OF_SCOPE)
        supports = self.support(docs) if docs is not None else [None] * len(logits)
        # the keep rule (calibration.resembles_welfare_case) answers the deployment prior
        # pushing texts out; under the training mix there is no such prior to answer
        thresholds = self.thresholds_ if deployment else {
            k: v for k, v in self.thresholds_.items() if not k.startswith("keep_")}
        probs, in_scope = self.distributions(np.atleast_2d(logits), deployment)
        space = self.pair_space
        d = space.decode(in_scope)
        level_rows, method_rows = np.round(d.levels, 4).tolist(), np.round(d.methods, 4).tolist()
        pair_rows = np.round(in_scope, 4).tolist()
        rows = zip(probs[:, oos].tolist(), in_scope.tolist(), np.asarray(sims).tolist(), d.pair.tolist(),
                   d.pair_confidence.tolist(), d.level_confidence.tolist(), d.method_confidence.tolist(),
                   level_rows, method_rows, pair_rows)
        out = []
        for (p_oos, q, sim, best, pair_conf, level_conf, method_conf, lr, mr, pr), support in zip(rows, supports):
            level, method = split_key(space.keys[best])
            ranked = sorted(range(len(q)), key=q.__getitem__, reverse=True)
            alternatives = [Alternative(*split_key(space.keys[i]), probability(q[i])) for i in ranked
                            if i != best][:n_alternatives]
            state, reason = status(thresholds, p_oos, sim, pair_conf, support)
            out.append(Prediction(
                status=state, level=None if state == OUT_OF_SCOPE else level,
                method=None if state == OUT_OF_SCOPE else method,
                level_confidence=probability(level_conf), method_confidence=probability(method_conf),
                pair_confidence=probability(pair_conf), out_of_scope_probability=probability(p_oos),
                similarity=round(float(sim), 4), reason=reason, alternatives=alternatives,
                levels=dict(zip(space.level_ids, lr)), methods=dict(zip(space.method_ids, mr)),
                pairs=dict(zip(space.keys, pr)),
            ))
        return out

    def __getstate__(self):
        state = self.__dict__.copy()
        for cached in ("_neighbors_t", "_in_scope_columns", "pair_space", "_known_stems"):
            state.pop(cached, None)
        return state

    def predict(self, texts: Sequence[str], deployment: bool = True) -> list[Prediction]:
        """Predictions for ``texts``; ``deployment=False`` scores under the training mix (for
        the corpus's own held-out split, which has that mix)."""
        if not len(texts):
            return []
        docs, features, logits = self.analyse(texts)
        best, _ = self.similarity(features)
        return self.predictions_from(logits, best, docs=docs, deployment=deployment)
