"""Request and response models of the ``/v1`` API (they also write its OpenAPI schema)."""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from classifier import taxonomy
from classifier.messages import messages

EXAMPLE_TEXT = ("Assalamualaikum pak, sy ibu Sumiati dr Ds. Karangrejo. Sdh 4 bln PKH sy gk cair "
                "pdhl nama msh ada di DTKS. Mohon dibantu nggih.")

Lang = Literal["id", "en"]


def _enum(name: str, values, doc: str) -> type[Enum]:
    enum = Enum(name, {v: v for v in values}, type=str)
    enum.__doc__ = doc
    return enum


def _reasons_doc() -> str:
    lines = ["Why the status: one code per reason. The codes, their sentences and next steps are in "
             "`classifier/data/messages.json` (section `reason`); a new reason there is a new value here."]
    for code, node in messages()["reason"].items():
        lines.append(f"- `{code}` ({node['status']}): {node['en']}")
    return "\n".join(lines)


Status = _enum("Status", ("ok", "uncertain", "out_of_scope"),
               "`ok`: the model's suggestion; `uncertain`: an officer should review it (see `reason`); "
               "`out_of_scope`: not a social-welfare problem, forward it elsewhere.")
ItemStatus = _enum("ItemStatus", ("ok", "uncertain", "out_of_scope", "error"),
                   "A batch item's status: those of a classification, or `error` (see the item's `error`).")
Reason = _enum("Reason", tuple(messages()["reason"]), _reasons_doc())
Level = _enum("Level", taxonomy.get().level_ids, "An intervention level (see `GET /v1/taxonomy`).")
Method = _enum("Method", taxonomy.get().method_ids, "An intervention method (see `GET /v1/taxonomy`).")


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": EXAMPLE_TEXT, "lang": "id", "explain": True}]})

    text: str = Field(description="The complaint, as the person wrote it (personal data is never logged).")
    lang: Lang = Field("id", description="Language of definitions and messages: 'id' (default) or 'en'.")
    explain: bool = Field(True, description="Include definitions, evidence, contrast and similar cases.")


class Alternative(BaseModel):
    level: Level = Field(description="The level of this pair.")
    method: Method = Field(description="The method of this pair.")
    confidence: float = Field(description="Probability of this pair given the text is in scope.")


class ClosestPair(BaseModel):
    """For an out-of-scope answer: the pair the model would choose if the text were a
    social-welfare problem, with its confidences given in scope."""

    level: Level = Field(description="The closest level.")
    method: Method = Field(description="The closest method at that level.")
    level_confidence: float = Field(description="Probability of the level given the text is in scope.")
    method_confidence: float = Field(description="Probability of the method given the text is in scope.")
    pair_confidence: float = Field(description="Probability of the pair given the text is in scope.")


class PredictionFields(BaseModel):
    """What the model says about one text (the same fields in `intervensi predict` output)."""

    status: Status = Field(description="`ok`; `uncertain` (an officer should review it); `out_of_scope` (not a "
                                        "social-welfare problem).")
    reason: Reason = Field(description="Why this status (a code; the sentence and next step are in the explanation).")
    level: Level | None = Field(description="The suggested level; null when out of scope (see `closest_in_scope`).")
    method: Method | None = Field(description="The suggested method; null when out of scope.")
    level_confidence: float | None = Field(description="Probability of the level given the text is in scope; "
                                                       "null when out of scope.")
    method_confidence: float | None = Field(description="Probability of the method given the text is in scope; "
                                                        "null when out of scope.")
    pair_confidence: float | None = Field(description="Probability of the (level, method) pair given the text is "
                                                      "in scope; null when out of scope.")
    out_of_scope_probability: float = Field(description="The model's probability that the text is not a "
                                                        "social-welfare problem.")
    similarity: float = Field(description="Cosine similarity (0-1) to the closest in-scope case of the training "
                                          "corpus; low values mean the text is unlike what the model knows.")
    closest_in_scope: ClosestPair | None = Field(description="Out of scope only: the pair the model would choose "
                                                             "if the text were a social-welfare problem.")
    alternatives: list[Alternative] = Field(description="The next most likely pairs (up to 3), best first, "
                                                        "not counting the suggested or closest pair.")


class StatusText(BaseModel):
    label: str = Field(description="The status in words, e.g. 'Perlu ditinjau petugas'.")
    reason: str = Field(description="The reason in words.")
    next_step: str = Field(description="What the officer should do next, for this reason.")


class LevelInfo(BaseModel):
    id: Level = Field(description="The level explained.")
    name: str = Field(description="Its name.")
    target_units: list[str] = Field(description="Who is worked with at this level.")
    definition: str = Field(description="Definition from the source document.")


class MethodInfo(BaseModel):
    id: Method = Field(description="The method explained.")
    name: str = Field(description="Its name.")
    definition: str = Field(description="Definition from the source document.")
    goal: str = Field(description="The goal of the method.")
    examples: list[str] = Field(description="Examples from the source document.")
    when: str = Field(description="When this (level, method) pair is chosen (labelling guide).")


class Evidence(BaseModel):
    text: str = Field(description="Exactly the characters the person typed: original_text[start:end].")
    start: int = Field(description="Start offset (characters) in the text.")
    end: int = Field(description="End offset (characters, exclusive).")
    weight: float = Field(description="Effect on the log-odds: positive pushes towards, negative away from.")


class EvidenceLists(BaseModel):
    for_: list[Evidence] = Field(alias="for", description="Words pushing towards it, strongest first.")
    against: list[Evidence] = Field(description="Words pushing away from it, strongest first.")

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class EvidenceSet(BaseModel):
    level: EvidenceLists = Field(description="Words for and against the explained level.")
    method: EvidenceLists = Field(description="Words for and against the explained method.")
    out_of_scope: EvidenceLists | None = Field(None, description="Out of scope only: words pointing out of scope "
                                                                 "(`for`) and into scope (`against`).")


class Contrast(BaseModel):
    runner_up: Alternative | None = Field(description="The second choice compared with the first.")
    text: str = Field(description="One sentence: why the first choice and not the runner-up.")
    for_: list[Evidence] = Field(alias="for", description="Words favouring the first choice over the runner-up.")
    against: list[Evidence] = Field(description="Words favouring the runner-up.")

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class SimilarCase(BaseModel):
    id: str = Field(description="The corpus vignette's id.")
    text: str = Field(description="The vignette (simulated, not a real complaint).")
    label: Literal["in_scope", "out_of_scope"] = Field(description="Whether the vignette is in scope.")
    level: Level | None = Field(description="Its level; null when out of scope.")
    method: Method | None = Field(description="Its method; null when out of scope.")
    similarity: float = Field(description="Cosine similarity of the word stems (0-1); not a confidence.")


class Explanation(BaseModel):
    status: StatusText = Field(description="The status, its reason and the next step, in words.")
    level: LevelInfo = Field(description="The explained level: the suggestion, or the closest one when out of scope.")
    method: MethodInfo = Field(description="The explained method: the suggestion, or the closest one.")
    explained_pair_is_prediction: bool = Field(description="False when out of scope: level and method are then the "
                                                           "closest in-scope pair, not a suggestion.")
    citation: str = Field(description="The source of the definitions.")
    evidence: EvidenceSet = Field(description="Words of the text that drove the answer, with character spans.")
    contrast: Contrast = Field(description="The first choice against the runner-up.")
    similar: list[SimilarCase] = Field(description="Up to three corpus vignettes that share enough words with the "
                                                   "text to be worth reading; empty when none does.")
    lang: Lang = Field(description="The language of the texts above.")


class ClassifyResponse(PredictionFields):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "ok", "reason": "confident", "level": "mikro", "method": "individual_casework",
        "level_confidence": 0.98, "method_confidence": 0.97, "pair_confidence": 0.97,
        "out_of_scope_probability": 0.001, "similarity": 0.41, "closest_in_scope": None,
        "alternatives": [{"level": "mikro", "method": "family_casework", "confidence": 0.02}],
        "explanation": None, "model_version": "20261128-081649-1a5cd993", "request_id": "5f0c2d7e9a2b4c0e",
        "disclaimer": "Alat bantu keputusan: petugas yang memutuskan."}]})

    explanation: Explanation | None = Field(description="When explain=true: status in words with the next step, "
                                                        "definitions with the source citation, evidence, contrast "
                                                        "and similar corpus cases; null otherwise.")
    model_version: str = Field(description="The model version that answered.")
    request_id: str = Field(description="This request's id (also the X-Request-ID header); quote it in feedback.")
    disclaimer: str = Field(description="Decision support: the officer decides (in the requested language).")


class BatchItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | int = Field(description="Your identifier, echoed back; unique within the batch.")
    text: Any = Field(description="The complaint. A text that is empty, over the limit, null or not a string is "
                                  "answered with an inline error for this item; the others are classified.",
                      json_schema_extra={"type": "string"})


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "items": [{"id": "a-1", "text": EXAMPLE_TEXT}, {"id": "a-2", "text": "Lampu jalan di gang kami mati."}],
        "explain": False}]})

    items: list[BatchItem] = Field(description="Texts to classify; at most the configured limit (default 256).")
    lang: Lang = Field("id", description="Language of explanations: 'id' (default) or 'en'.")
    explain: bool = Field(False, description="Include explanations (slower).")


class ItemError(BaseModel):
    code: str = Field(description="A stable code, e.g. empty_text, invalid_text, text_too_long.")
    message_id: str = Field(description="The message in Indonesian.")
    message_en: str = Field(description="The message in English.")


class BatchResult(BaseModel):
    """One item's answer: the classification fields, or `status: "error"` with `error`."""

    id: str | int = Field(description="The item's id, as given.")
    status: ItemStatus = Field(description="`ok`, `uncertain`, `out_of_scope`, or `error` for an item that "
                                           "cannot be classified.")
    reason: Reason | None = Field(None, description="Why this status; null for an error.")
    level: Level | None = Field(None, description="The suggested level; null when out of scope or an error.")
    method: Method | None = Field(None, description="The suggested method; null when out of scope or an error.")
    level_confidence: float | None = Field(None, description="As in /v1/classify.")
    method_confidence: float | None = Field(None, description="As in /v1/classify.")
    pair_confidence: float | None = Field(None, description="As in /v1/classify.")
    out_of_scope_probability: float | None = Field(None, description="As in /v1/classify; null for an error.")
    similarity: float | None = Field(None, description="As in /v1/classify; null for an error.")
    closest_in_scope: ClosestPair | None = Field(None, description="Out of scope only: the closest in-scope pair.")
    alternatives: list[Alternative] = Field([], description="The next most likely pairs.")
    explanation: Explanation | None = Field(None, description="When explain=true, as in /v1/classify.")
    error: ItemError | None = Field(None, description="Present when status is 'error' (e.g. empty text).")


class BatchResponse(BaseModel):
    results: list[BatchResult] = Field(description="One result per item, in the order given.")
    model_version: str = Field(description="The model version that answered.")
    request_id: str = Field(description="This request's id.")
    disclaimer: str = Field(description="Decision support: the officer decides (in the requested language).")


class PairRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Status | None = Field(None, description="The status the model gave.")
    level: Level | None = Field(None, description="The level the model gave.")
    method: Method | None = Field(None, description="The method the model gave.")


class CorrectLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: Literal["in_scope", "out_of_scope"] = Field("in_scope", description="'in_scope' with a valid (level, "
                                                                               "method) pair, or 'out_of_scope'.")
    level: Level | None = Field(None, description="The right level (in scope).")
    method: Method | None = Field(None, description="The right method (in scope).")


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "request_id": "5f0c2d7e9a2b4c0e8f1a3b5c7d9e1f20", "text": EXAMPLE_TEXT,
        "predicted": {"status": "ok", "level": "mikro", "method": "individual_casework"},
        "correct": {"level": "mikro", "method": "family_casework"},
        "comment": "Masalahnya pada fungsi keluarga, bukan bantuan.", "model_version": "20261128-081649-1a5cd993"}]})

    request_id: str | None = Field(None, max_length=64, description="The request_id of the classification.")
    text: str | None = Field(None, description="The complaint; people's names, NIK, phone numbers, e-mail and "
                                               "street addresses are masked before storing.")
    predicted: PairRef | None = Field(None, description="What the model said.")
    correct: CorrectLabel = Field(description="The officer's label: a valid (level, method) pair, or "
                                              "{'label': 'out_of_scope'}.")
    comment: str | None = Field(None, max_length=2000, description="The officer's note; masked like the text.")
    model_version: str | None = Field(None, max_length=64, description="The model version that answered.")
    lang: Lang = Field("id", description="The language of the page the officer used.")


class FeedbackResponse(BaseModel):
    id: str = Field(description="The stored correction's id (the same for a repeated idempotency key).")
    stored_text: str | None = Field(description="The text as stored, after masking.")
    request_id: str = Field(description="This request's id.")


class ErrorResponse(BaseModel):
    error: ItemError = Field(description="What went wrong, in Indonesian and English.")


class Health(BaseModel):
    status: str = Field(description="'ok' (process up), 'ready' or 'not_ready' (model loaded or not).")
    model_version: str | None = Field(None, description="The version serving now; null when no model is loaded.")


class ReloadResponse(BaseModel):
    status: Literal["reloaded", "unchanged"] = Field(description="Whether another version was loaded.")
    model_version: str = Field(description="The version serving now.")
    previous_version: str | None = Field(description="The version served before.")


ERRORS = {
    400: {"model": ErrorResponse, "description": "Invalid JSON or UTF-8 (`invalid_json`, `invalid_body`)."},
    401: {"model": ErrorResponse, "description": "Missing or wrong API key (when keys are configured)."},
    413: {"model": ErrorResponse, "description": "Body, text or batch over the limit."},
    415: {"model": ErrorResponse, "description": "The body is not JSON (`unsupported_media_type`)."},
    422: {"model": ErrorResponse, "description": "Empty text, missing field (`missing_field`), wrong type "
                                                 "(`invalid_type`), unknown value (`invalid_value`), unknown "
                                                 "field (`unknown_field`), duplicate batch id (`duplicate_id`)."},
}


# ------------------------------------------------------------------ the model card
class ClassMetrics(BaseModel):
    precision: float = Field(description="Precision of this class.")
    recall: float = Field(description="Recall of this class.")
    f1: float = Field(description="F1 of this class.")
    support: int = Field(description="Gold texts of this class.")


class MetricBlock(BaseModel):
    n: int = Field(description="Gold in-scope texts counted.")
    accuracy: float | None = Field(description="Share predicted right (an out-of-scope answer counts as wrong).")
    macro_f1: float | None = Field(description="F1 averaged over the classes.")
    per_class: dict[str, ClassMetrics] = Field(description="Figures per class.")


class OutOfScopeMetrics(BaseModel):
    recall: float | None = Field(description="Share of gold out-of-scope texts answered out of scope.")
    false_flag_rate: float | None = Field(description="Share of gold in-scope texts answered out of scope.")
    precision: float | None = Field(description="Share of out-of-scope answers that are right.")


class Metrics(BaseModel):
    n: int = Field(description="Texts evaluated.")
    n_in_scope: int = Field(description="Of which gold in scope.")
    n_out_of_scope: int = Field(description="Of which gold out of scope.")
    level: MetricBlock = Field(description="Level figures over gold in-scope texts.")
    method: MetricBlock = Field(description="Method figures over gold in-scope texts.")
    pair: MetricBlock = Field(description="(level, method) pair figures over gold in-scope texts.")
    out_of_scope: OutOfScopeMetrics = Field(description="Out-of-scope detection.")
    status_share: dict[str, float] = Field(description="Share of answers per status.")
    pair_accuracy_when_ok: float | None = Field(description="Pair accuracy of the answers with status ok.")


class Headline(BaseModel):
    level_accuracy: float | None = Field(description="Held-out level accuracy.")
    level_macro_f1: float | None = Field(description="Held-out level macro-F1.")
    method_macro_f1: float | None = Field(description="Held-out method macro-F1.")
    pair_accuracy: float | None = Field(description="Held-out pair accuracy.")
    pair_macro_f1: float | None = Field(description="Held-out pair macro-F1.")
    out_of_scope_recall: float | None = Field(description="Held-out out-of-scope recall.")
    false_flag_rate: float | None = Field(description="Held-out share of in-scope texts answered out of scope.")


class CorpusInfo(BaseModel):
    path: str = Field(description="The corpus folder trained on.")
    sha256: str = Field(description="Hash of the corpus files.")
    train: int = Field(description="Texts in the training split.")
    test: int = Field(description="Texts in the fixed held-out split.")
    counts: dict[str, int] = Field(description="Texts per (level/method) pair.")
    in_scope: int = Field(description="In-scope texts.")
    out_of_scope: int = Field(description="Out-of-scope texts.")


class Thresholds(BaseModel):
    out_of_scope_probability: float = Field(description="At or above: out_of_scope (not_a_welfare_problem).")
    out_of_scope_below_similarity: float = Field(description="Similarity below: out_of_scope (far_from_every_known_case).")
    review_below_similarity: float = Field(description="Similarity below: uncertain (unlike_known_cases).")
    min_pair_confidence: float = Field(description="Pair confidence below: uncertain (low_confidence).")


class ModelCard(BaseModel):
    model_version: str = Field(description="The version serving now.")
    created: str = Field(description="When it was trained (ISO 8601, UTC).")
    corpus: CorpusInfo = Field(description="What it was trained on.")
    libraries: dict[str, str] = Field(description="Library versions used for training.")
    config: dict[str, Any] = Field(description="Hyper-parameters and threshold policy "
                                               "(classifier/data/model_config.json at training time).")
    temperature: float = Field(description="Temperature of the confidence calibration.")
    thresholds: Thresholds = Field(description="The status thresholds, chosen on cross-validated predictions.")
    held_out: Metrics = Field(description="Figures on the fixed held-out split.")
    cross_validation: Metrics = Field(description="Cross-validated figures on the training split.")
    baselines: dict[str, Metrics] = Field(description="Baselines on the held-out split (majority, definition match).")
    training_seconds: float = Field(description="Wall-clock training time, in seconds.")
    headline: Headline = Field(description="The figures a model list or a promotion gate looks at.")

    @classmethod
    def from_card(cls, version: str, card: dict[str, Any]) -> "ModelCard":
        fields = {k: v for k, v in card.items() if k != "version" and k in cls.model_fields}
        return cls(model_version=version, **fields)
