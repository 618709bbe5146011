"""``POST /v1/feedback``: an officer's correction, stored (masked) for analysts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy.exc import SQLAlchemyError

from classifier import taxonomy

from ..deps import require_api_key
from ..errors import ApiError
from ..feedback import IdempotencyConflict
from ..schemas import ERRORS, ErrorResponse, FeedbackRequest, FeedbackResponse

router = APIRouter(prefix="/v1", tags=["feedback"], dependencies=[Depends(require_api_key)])

IdempotencyKey = Annotated[str | None, Header(
    alias="Idempotency-Key", max_length=128,
    description="Any unique string per correction (the page sends a UUID). The same key sent again "
                "stores nothing new and answers with the stored correction (200 instead of 201).")]


@router.post("/feedback", status_code=201, response_model=FeedbackResponse,
             responses={**ERRORS, 200: {"model": FeedbackResponse, "description": "Already stored under this "
                                                                                   "Idempotency-Key."},
                        409: {"model": ErrorResponse, "description": "The Idempotency-Key was used for another "
                                                                     "correction."}},
             summary="Store an officer's correction of a classification")
def post_feedback(body: FeedbackRequest, request: Request, response: Response,
                  idempotency_key: IdempotencyKey = None) -> FeedbackResponse:
    """Stores the correct level and method (or out of scope) for a complaint, by its
    `request_id` and/or its `text`. People's names, NIK, phone numbers, e-mail and street
    addresses in the text and comment are masked before storing. With an
    `Idempotency-Key` header a correction is stored once however often it is sent.
    Nothing is retrained automatically: analysts export corrections
    (`intervensi feedback export`), review them and import them into the corpus."""
    settings = request.app.state.settings
    if not body.request_id and not (body.text and body.text.strip()):
        raise ApiError.of(422, "missing_reference")
    if body.text and len(body.text) > settings.max_text_chars:
        raise ApiError.of(413, "text_too_long", "feedback_text_too_long", limit=settings.max_text_chars)
    c = body.correct
    level, method = (c.level.value if c.level else None), (c.method.value if c.method else None)
    if c.label == "out_of_scope":
        if level or method:
            raise ApiError.of(422, "invalid_correction")
    elif not taxonomy.get().is_valid_pair(level, method):
        raise ApiError.of(422, "invalid_pair", level=level, method=method)
    request.state.text_chars = len(body.text or "")
    try:
        row, created = request.app.state.feedback.add(
            correct_label=c.label, correct_level=level, correct_method=method, text=body.text,
            request_id=body.request_id, model_version=body.model_version,
            predicted=body.predicted.model_dump(mode="json") if body.predicted else None, comment=body.comment,
            lang=body.lang, idempotency_key=idempotency_key or None)
    except IdempotencyConflict as exc:
        raise ApiError.of(409, "idempotency_conflict") from exc
    except SQLAlchemyError as exc:
        raise ApiError.of(503, "storage_unavailable") from exc
    if not created:
        response.status_code = 200
    return FeedbackResponse(id=row.id, stored_text=row.text, request_id=request.state.request_id)
