"""Request and response models of the ``/v1`` API (they also write its OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EXAMPLE_TEXT = ("Assalamualaikum pak, sy ibu Sumiati dr Ds. Karangrejo. Sdh 4 bln PKH sy gk cair "
                "pdhl nama msh ada di DTKS. Mohon dibantu nggih.")

Lang = Literal["id", "en"]
Status = Literal["ok", "uncertain", "out_of_scope"]


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": EXAMPLE_TEXT, "lang": "id", "explain": True}]})

    text: str = Field(description="The complaint, as the person wrote it (personal data is never logged).")
    lang: Lang = Field("id", description="Language of definitions and messages: 'id' (default) or 'en'.")
    explain: bool = Field(True, description="Include definitions, evidence, contrast and similar cases.")


class Alternative(BaseModel):
    level: str
    method: str
    confidence: float = Field(description="Probability of this pair given the text is in scope.")


class Prediction(BaseModel):
    status: Status | Literal["error"] = Field(description="'ok'; 'uncertain' (an officer should review); "
                                                          "'out_of_scope' (not a social-welfare problem).")
    level: str | None = Field(description="mikro, mezzo, makro or global; null when out of scope.")
    method: str | None = Field(description="One of the 15 methods; null when out of scope.")
    level_confidence: float = Field(description="Probability of the level given the text is in scope.")
    method_confidence: float = Field(description="Probability of the method given the text is in scope.")
    pair_confidence: float
    out_of_scope_probability: float
    reason: str = Field(description="Why this status: confident, low_confidence, unlike_known_cases, "
                                    "not_a_welfare_problem, far_from_every_known_case.")
    alternatives: list[Alternative]


class Evidence(BaseModel):
    text: str = Field(description="Exactly the characters the person typed: original_text[start:end].")
    start: int
    end: int
    weight: float


class ClassifyResponse(Prediction):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "ok", "level": "mikro", "method": "individual_casework", "level_confidence": 0.98,
        "method_confidence": 0.97, "pair_confidence": 0.97, "out_of_scope_probability": 0.001,
        "reason": "confident", "alternatives": [{"level": "mezzo", "method": "mpok", "confidence": 0.02}],
        "explanation": {"status": {"code": "ok", "label": "Saran model", "next_step": "..."}},
        "model_version": "20261128-081649-1a5cd993", "request_id": "5f0c...", "disclaimer":
        "Alat bantu keputusan: petugas yang memutuskan."}]})

    explanation: dict[str, Any] | None = Field(
        None, description="When explain=true: status text and next step, level and method definitions with the "
                          "source citation, evidence (words with character spans and weights), the contrast with "
                          "the runner-up, and the three most similar corpus vignettes.")
    model_version: str
    request_id: str
    disclaimer: str


class BatchItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | int = Field(description="Your identifier, echoed back.")
    text: str


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "items": [{"id": "a-1", "text": EXAMPLE_TEXT}, {"id": "a-2", "text": "Lampu jalan di gang kami mati."}],
        "explain": False}]})

    items: list[BatchItem] = Field(description="Texts to classify; at most the configured limit (default 256).")
    lang: Lang = "id"
    explain: bool = Field(False, description="Include explanations (slower).")


class ItemError(BaseModel):
    code: str
    message_id: str
    message_en: str


class BatchResult(BaseModel):
    id: str | int
    status: Status | Literal["error"]
    level: str | None = None
    method: str | None = None
    level_confidence: float | None = None
    method_confidence: float | None = None
    pair_confidence: float | None = None
    out_of_scope_probability: float | None = None
    reason: str | None = None
    alternatives: list[Alternative] = []
    explanation: dict[str, Any] | None = None
    error: ItemError | None = Field(None, description="Present when status is 'error' (e.g. empty text).")


class BatchResponse(BaseModel):
    results: list[BatchResult] = Field(description="One result per item, in the order given.")
    model_version: str
    request_id: str


class PairRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: str | None = None
    level: str | None = None
    method: str | None = None


class CorrectLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: Literal["in_scope", "out_of_scope"] = "in_scope"
    level: str | None = None
    method: str | None = None


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "request_id": "5f0c2d7e9a2b4c0e8f1a3b5c7d9e1f20", "text": EXAMPLE_TEXT,
        "predicted": {"status": "ok", "level": "mikro", "method": "individual_casework"},
        "correct": {"level": "mikro", "method": "family_casework"},
        "comment": "Masalahnya pada fungsi keluarga, bukan bantuan.", "model_version": "20261128-081649-1a5cd993"}]})

    request_id: str | None = Field(None, max_length=64, description="The request_id of the classification.")
    text: str | None = Field(None, description="The complaint; masked (names, NIK, phone, e-mail, addresses) before storing.")
    predicted: PairRef | None = None
    correct: CorrectLabel = Field(description="The officer's label: a valid (level, method) pair, or {'label': 'out_of_scope'}.")
    comment: str | None = Field(None, max_length=2000)
    model_version: str | None = Field(None, max_length=64)
    lang: Lang = "id"


class FeedbackResponse(BaseModel):
    id: str
    stored_text: str | None = Field(description="The text as stored, after masking.")
    request_id: str


class ErrorResponse(BaseModel):
    error: ItemError


class Health(BaseModel):
    status: str
    model_version: str | None = None


class ReloadResponse(BaseModel):
    status: Literal["reloaded", "unchanged"]
    model_version: str
    previous_version: str | None


ERRORS = {
    400: {"model": ErrorResponse, "description": "Invalid JSON or UTF-8."},
    401: {"model": ErrorResponse, "description": "Missing or wrong API key (when keys are configured)."},
    413: {"model": ErrorResponse, "description": "Body or batch over the limit."},
    422: {"model": ErrorResponse, "description": "Empty text, text over the limit, wrong types."},
}
