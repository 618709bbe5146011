"""``POST /v1/feedback``: an officer's correction, stored (masked) for analysts."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy.exc import SQLAlchemyError

from classifier import taxonomy

from ..deps import require_api_key
from ..errors import ApiError
from ..schemas import ERRORS, FeedbackRequest, FeedbackResponse

router = APIRouter(prefix="/v1", tags=["feedback"], dependencies=[Depends(require_api_key)])


@router.post("/feedback", status_code=201, response_model=FeedbackResponse, responses=ERRORS,
             summary="Store an officer's correction of a classification")
def post_feedback(body: FeedbackRequest, request: Request) -> FeedbackResponse:
    """Stores the correct level and method (or out of scope) for a complaint, by its
    `request_id` and/or its `text`. Personal data in the text and comment is masked before
    storing. Nothing is retrained automatically: analysts export corrections
    (`intervensi feedback export`), review them and import them into the corpus."""
    settings = request.app.state.settings
    if not body.request_id and not (body.text and body.text.strip()):
        raise ApiError.of(422, "missing_reference")
    if body.text and len(body.text) > settings.max_text_chars:
        raise ApiError.of(413, "text_too_long", "feedback_text_too_long", limit=settings.max_text_chars)
    c = body.correct
    if c.label == "out_of_scope":
        if c.level or c.method:
            raise ApiError.of(422, "invalid_correction")
    elif not taxonomy.get().is_valid_pair(c.level, c.method):
        raise ApiError.of(422, "invalid_pair", level=c.level, method=c.method)
    request.state.text_chars = len(body.text or "")
    try:
        row = request.app.state.feedback.add(
            correct_label=c.label, correct_level=c.level, correct_method=c.method, text=body.text,
            request_id=body.request_id, model_version=body.model_version,
            predicted=body.predicted.model_dump() if body.predicted else None, comment=body.comment, lang=body.lang)
    except SQLAlchemyError as exc:
        raise ApiError.of(503, "storage_unavailable") from exc
    return FeedbackResponse(id=row.id, stored_text=row.text, request_id=request.state.request_id)
