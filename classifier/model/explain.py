"""Why the model said what it said: definitions, evidence in the original text, the
contrast with the runner-up, and the most similar corpus vignettes.

Evidence comes from the linear model. For a text with feature vector x and class
probabilities p, the effect of feature f on the log-odds of the predicted level L is
x_f * (mean of W_kf over the pairs k of L - mean over the other classes) / T, the means
weighted by p; likewise for the method.
Each feature's effect is shared among the tokens that produced it (a word, the two words
of a word pair, the word holding a character n-gram), so every piece of evidence is a
span of what the person typed, whatever slang or inflection it was written in.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from classifier import DATA_DIR, taxonomy
from classifier.messages import messages
from classifier.messages import text as _msg
from classifier.model.intervention import InterventionModel
from classifier.model.prediction import Prediction, closest_in_scope
from classifier.model.sparse_rows import row_columns
from classifier.text.masking import name_and_address_spans
from classifier.taxonomy import OUT_OF_SCOPE, pair_key, split_key


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    """Words never shown as evidence (``data/evidence_filler.txt``): pronouns, forms of
    address, negation. The model reads them; an officer learns nothing from them."""
    lines = (DATA_DIR / "evidence_filler.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def status_text(status: str, reason: str, lang: str = "id") -> dict[str, str]:
    """The status label, the reason in words and the next step for that reason."""
    node = messages()["reason"].get(reason, {})
    step = node.get("next_step") or messages()["status"][status]["next_step"]
    return {"label": _msg("status", status, "label", lang=lang),
            "reason": node.get("en" if lang == "en" else "id", reason),
            "next_step": step["en" if lang == "en" else "id"]}


#: Cosine similarity of stems below which a vignette is not shown as similar: below it, two
#: texts share one or two common words ("halo, apa kabar semuanya" and a leaking-roof
#: complaint share "semua" at 0.22; with the greeting left out as envelope, "apa kabar
#: semuanya" and a paving complaint share "kabar" and "semua" at 0.25), not a situation.
SIMILAR_MIN = 0.3
SIMILAR_MIN_SHARED = 2


def pair_name(level: str, method: str, lang: str = "id") -> str:
    tax = taxonomy.get()
    return f"{tax.level(level).name.get(lang)} · {tax.method(method).name.get(lang)}"


def hidden_tokens(doc) -> np.ndarray:
    """For each token of ``doc``, whether it may never be shown as evidence: it lies in
    the message's envelope (greeting, addressee, closing: :mod:`~classifier.text.envelope`),
    which carries no problem, or in a person's name or a street address
    (:func:`~classifier.text.masking.name_and_address_spans`, which the storage masker
    also removes): a name that happens to be a feature ("Sumiati" is in several
    vignettes) explains nothing, and the evidence is what officers copy into their notes
    and what the API returns."""
    out = np.array(doc.envelope, dtype=bool).reshape(-1)
    spans = name_and_address_spans(doc.text)
    if spans:
        starts, ends = np.asarray(doc.starts), np.asarray(doc.ends)
        for a, b in spans:
            out |= (starts < b) & (ends > a)
    return out


class Explainer:
    """Builds explanations for one fitted :class:`InterventionModel`."""

    def __init__(self, model: InterventionModel):
        self.model = model
        union = model.pipeline_.named_steps["features"]
        self.blocks = []  # (transformer, column offset, weight)
        offset = 0
        for name, transformer in union.transformer_list:
            weight = (union.transformer_weights or {}).get(name, 1.0)
            self.blocks.append((transformer, offset, weight))
            offset += len(transformer.vocabulary_)
        self.W = model.pipeline_.named_steps["classify"].coef_
        self.class_index = {c: i for i, c in enumerate(model.classes_)}

    def _token_index(self, doc, x_cols: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For every (token, feature) occurrence in ``doc``: the token, the position of the
        feature among ``x_cols`` (the row's non-zero columns), and the share of that
        feature's effect it carries (effects are split evenly over occurrences)."""
        tokens, cols = [], []
        for transformer, offset, _ in self.blocks:
            t, c = transformer.token_columns(doc)
            tokens.append(t)
            cols.append(c + offset)
        tokens, cols = np.concatenate(tokens), np.concatenate(cols)
        pos = np.searchsorted(x_cols, cols)
        keep = (pos < len(x_cols)) & (x_cols[np.minimum(pos, len(x_cols) - 1)] == cols)
        hidden = hidden_tokens(doc)
        if hidden.any():
            keep &= ~hidden[tokens]
        tokens, pos = tokens[keep], pos[keep]
        counts = np.bincount(pos, minlength=len(x_cols))
        return tokens, pos, 1.0 / counts[pos] if len(pos) else np.zeros(0)

    def _token_effects(self, index, n_tokens: int, effects: np.ndarray) -> dict[int, float]:
        """Per-token sums of per-feature effects."""
        tokens, pos, share = index
        per_token = np.bincount(tokens, weights=effects[pos] * share, minlength=n_tokens)
        return {int(t): float(w) for t, w in enumerate(per_token) if w}

    def _evidence(self, doc, per_token: dict[int, float], n_for: int, n_against: int,
                  distinct: bool = False) -> dict[str, list]:
        """The strongest words for and against; filler words left out. With ``distinct``,
        each word once (its strongest occurrence) and never on both sides."""
        filler = filler_words()
        items = [{"text": doc.text[doc.starts[t]:doc.ends[t]], "start": doc.starts[t], "end": doc.ends[t],
                  "weight": round(w, 4)} for t, w in per_token.items()
                 if abs(w) >= 1e-4 and doc.text[doc.starts[t]:doc.ends[t]].lower() not in filler
                 and str(doc.norms[t]).lower() not in filler]
        if distinct:
            strongest: dict[str, dict] = {}
            for item in items:
                key = item["text"].lower()
                if key not in strongest or abs(item["weight"]) > abs(strongest[key]["weight"]):
                    strongest[key] = item
            items = list(strongest.values())
        pushing = sorted((i for i in items if i["weight"] > 0), key=lambda i: -i["weight"])[:n_for]
        against = sorted((i for i in items if i["weight"] < 0), key=lambda i: i["weight"])[:n_against]
        return {"for": pushing, "against": against}

    def _group_effects(self, x_cols, x_vals, p, members: list[int]):
        """Per-feature effect on the log-odds of a group of classes (a level, a method).

        d/dx_f log(P(G) / (1 - P(G))) = mean_G(W_f) - mean_notG(W_f), the class weights
        averaged with the probabilities inside and outside the group. Unlike the effect on
        log P(G), it does not vanish when the model is already sure.
        """
        W = self.W[:, x_cols].astype(np.float64)
        inside = np.zeros(len(p), dtype=bool)
        inside[members] = True
        p_in, p_out = p * inside, p * ~inside
        mean_in = (p_in[:, None] * W).sum(axis=0) / max(p_in.sum(), 1e-12)
        mean_out = (p_out[:, None] * W).sum(axis=0) / max(p_out.sum(), 1e-12)
        return x_vals * (mean_in - mean_out) / self.model.temperature_

    def explain(self, text: str, lang: str = "id") -> dict[str, Any]:
        """The explanation of the model's answer for ``text``."""
        return self.explain_with_prediction(text, lang)[1]

    def explain_with_prediction(self, text: str, lang: str = "id") -> tuple[Prediction, dict[str, Any]]:
        """The model's answer for ``text`` and its explanation, from one analysis."""
        model = self.model
        docs, features, logits = model.analyse([text])
        best, sims = model.similarity(features)
        prediction = model.predictions_from(logits, best, docs=docs)[0]
        p = model.distributions(logits)[0][0]
        return prediction, self.build(text, docs[0], features[0], p, sims[0], prediction, lang)

    def build(self, text, doc, x, p, sim_row, prediction: Prediction, lang: str = "id") -> dict[str, Any]:
        model, tax = self.model, taxonomy.get()
        cfg = model.config.get("evidence", {})
        n_for, n_against = cfg.get("max_for", 8), cfg.get("max_against", 5)
        x = x.tocsr()
        x.sort_indices()
        cols, vals = x.indices, x.data.astype(np.float64)
        index = self._token_index(doc, cols)
        n = len(doc)
        level, method = closest_in_scope(prediction)  # out of scope: explain the closest pair as well
        chosen = pair_key(level, method)
        pairs = model.pair_space.pairs  # the first columns of the classes, in the same order
        level_members = [i for i, pair in enumerate(pairs) if pair.level == level]
        method_members = [i for i, pair in enumerate(pairs) if pair.method == method]
        evidence = {
            "level": self._evidence(doc, self._token_effects(index, n, self._group_effects(cols, vals, p, level_members)),
                                    n_for, n_against),
            "method": self._evidence(doc, self._token_effects(index, n, self._group_effects(cols, vals, p, method_members)),
                                     n_for, n_against),
        }
        if prediction.status == OUT_OF_SCOPE:
            oos = [self.class_index[OUT_OF_SCOPE]]
            evidence["out_of_scope"] = self._evidence(
                doc, self._token_effects(index, n, self._group_effects(cols, vals, p, oos)), n_for, n_against)

        runner = prediction.alternatives[0] if prediction.alternatives else None
        contrast = self._contrast(doc, index, cols, vals, chosen, runner, prediction, lang)
        lv, me = tax.level(level), tax.method(method)
        return {
            "status": status_text(prediction.status, prediction.reason, lang),
            "level": {"id": lv.id, "name": lv.name.get(lang), "target_units": list(lv.target_units[lang]),
                      "definition": lv.definition.get(lang)},
            "method": {"id": me.id, "name": me.name.get(lang), "definition": me.definition.get(lang),
                       "goal": me.goal.get(lang), "examples": list(me.examples[lang]),
                       "when": tax.pair(level, method).when.get(lang)},
            "explained_pair_is_prediction": prediction.status != OUT_OF_SCOPE,
            "citation": tax.citation.get(lang),
            "evidence": evidence,
            "contrast": contrast,
            "similar": self._similar(sim_row, self.model.stem_rows(x)),
            "lang": lang,
        }

    def _contrast(self, doc, index, cols, vals, chosen, runner, prediction, lang) -> dict[str, Any]:
        if runner is None:
            return {"runner_up": None, "text": "", "for": [], "against": []}
        runner_key = pair_key(runner.level, runner.method)
        runner_name = pair_name(runner.level, runner.method, lang)
        if prediction.status == OUT_OF_SCOPE:
            top = pair_name(*split_key(chosen), lang)
            return {"runner_up": {"level": runner.level, "method": runner.method, "confidence": runner.confidence},
                    "text": _msg("contrast", "out_of_scope", lang=lang).format(runner=top), "for": [], "against": []}
        a, b = self.class_index[chosen], self.class_index[runner_key]
        diff = vals * (self.W[a, cols] - self.W[b, cols]) / self.model.temperature_
        ev = self._evidence(doc, self._token_effects(index, len(doc), diff), 3, 3, distinct=True)
        quote = lambda items: ", ".join(f"'{i['text']}'" for i in items)
        head = _msg("contrast", "chosen_over", lang=lang).format(chosen=pair_name(*split_key(chosen), lang), runner=runner_name)
        if not ev["for"]:
            text = f"{head}: {_msg('contrast', 'thin', lang=lang)}."
        else:
            text = f"{head}: {_msg('contrast', 'because', lang=lang).format(words=quote(ev['for']))}"
            if ev["against"]:
                text += f", {_msg('contrast', 'but', lang=lang).format(words=quote(ev['against']), runner=runner_name)}"
            text += "."
        return {"runner_up": {"level": runner.level, "method": runner.method, "confidence": runner.confidence},
                "text": text, "for": ev["for"], "against": ev["against"]}

    def _similar(self, sim_row, query_row=None, k: int | None = None) -> list[dict[str, Any]]:
        """The most similar corpus vignettes that are actually similar: at least
        :data:`SIMILAR_MIN` (and at least as close as the model requires of a text before it
        trusts its answer, ``review_below_similarity``), sharing at least
        :data:`SIMILAR_MIN_SHARED` stem terms with the text (one shared word makes a short
        text look close to anything that contains it)."""
        k = k or self.model.config.get("neighbors", 3)
        floor = max(float(self.model.thresholds_.get("review_below_similarity", 0.0)), SIMILAR_MIN)
        if hasattr(sim_row, "tocsr"):  # only the stored similarities can reach the floor
            sim_row = sim_row.tocsr()
            columns, values = sim_row.indices, sim_row.data
        else:
            values = np.asarray(sim_row).ravel()
            columns = np.arange(len(values))
        above = values >= floor
        columns, values = columns[above], values[above]
        # the k largest, ties in corpus order
        order = np.lexsort((columns, -values))[:k]
        nb = self.model.neighbors_
        out = []
        query_terms = set(query_row.indices.tolist()) if query_row is not None and hasattr(query_row, "indices") else None
        for i, similarity in zip(columns[order].tolist(), values[order].tolist()):
            if query_terms is not None:
                shared = len(query_terms.intersection(row_columns(nb["matrix"], i).tolist()))
                if shared < SIMILAR_MIN_SHARED:
                    continue
            label = nb["labels"][i]
            level, method = (None, None) if label == OUT_OF_SCOPE else split_key(label)
            out.append({"id": nb["ids"][i], "text": nb["texts"][i], "label": "out_of_scope" if level is None else "in_scope",
                        "level": level, "method": method, "similarity": round(similarity, 4)})
        return out
