"""``POST /v1/classify`` and ``POST /v1/classify/batch``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from classifier.lifecycle.predicting import answer, check_text, prediction_fields
from classifier.messages import text as message

from ..deps import ModelDep, require_api_key
from ..errors import ApiError
from ..schemas import ERRORS, BatchRequest, BatchResponse, BatchResult, ClassifyRequest, ClassifyResponse

router = APIRouter(prefix="/v1", tags=["classify"], dependencies=[Depends(require_api_key)])


def _answer(loaded, text: str, lang: str, explain: bool) -> dict:
    if explain:
        prediction, explanation = loaded.explainer.explain_with_prediction(text, lang=lang)
        return answer(prediction, explanation, lang)
    return answer(loaded.model.predict([text])[0], None, lang)


@router.post("/classify", response_model=ClassifyResponse, responses=ERRORS,
             summary="Classify one complaint (level, method, confidence, and why)")
async def classify(body: ClassifyRequest, request: Request, loaded: ModelDep) -> ClassifyResponse:
    """Suggests the intervention level and method for one complaint, with calibrated
    confidence and, by default, the explanation. **Decision support: the officer decides.**
    `status` is `ok`, `uncertain` (an officer should review it; `reason` says why) or
    `out_of_scope` (not a social-welfare problem: forward it elsewhere; `closest_in_scope`
    is the pair the model would choose if it were one)."""
    settings = request.app.state.settings
    request.state.text_chars = len(body.text)
    request.state.model_version = loaded.version
    problem = check_text(body.text, settings.max_text_chars)
    if problem:
        raise ApiError(413 if problem.code == "text_too_long" else 422, *problem)
    # model work runs in the worker's bounded model thread, never on the event loop
    out = await request.app.state.runner.run(_answer, loaded, body.text, body.lang, body.explain)
    return ClassifyResponse(**out, model_version=loaded.version, request_id=request.state.request_id)


def _duplicate_id(items) -> ApiError | None:
    seen: dict = {}
    for position, item in enumerate(items):
        key = (type(item.id) is int, item.id)
        if key in seen:
            return ApiError.of(422, "duplicate_id", id=item.id, position=position, first=seen[key])
        seen[key] = position
    return None


@router.post("/classify/batch", response_model=BatchResponse, responses=ERRORS,
             summary="Classify up to the batch limit of complaints, in order")
async def classify_batch(body: BatchRequest, request: Request, loaded: ModelDep) -> BatchResponse:
    """Results come back in the order of `items`. An item whose text is empty, over the
    limit, null or not a string gets `status: "error"` with its message; the others are
    classified. Ids must be unique within the batch."""
    settings = request.app.state.settings
    request.state.items = len(body.items)
    request.state.text_chars = sum(len(i.text) for i in body.items if isinstance(i.text, str))
    request.state.model_version = loaded.version
    if len(body.items) > settings.max_batch_items:
        raise ApiError.of(413, "batch_too_large", limit=settings.max_batch_items)
    if not body.items:
        raise ApiError.of(422, "empty_batch")
    duplicate = _duplicate_id(body.items)
    if duplicate:
        raise duplicate
    results = await request.app.state.runner.run(_batch, loaded, body, settings.max_text_chars)
    return BatchResponse(results=results, model_version=loaded.version, request_id=request.state.request_id,
                         disclaimer=message("disclaimer", lang=body.lang))


def _batch(loaded, body: BatchRequest, max_chars: int) -> list[BatchResult]:
    """The batch's results in the order of its items (runs in a model thread)."""
    results: list[BatchResult | None] = [None] * len(body.items)
    good = []
    for i, item in enumerate(body.items):
        problem = check_text(item.text, max_chars)
        if problem:
            results[i] = BatchResult(id=item.id, status="error", error=problem._asdict())
        else:
            good.append(i)
    if body.explain:
        for i in good:
            item = body.items[i]
            results[i] = BatchResult(id=item.id, **_answer(loaded, item.text, body.lang, True))
    elif good:
        for i, prediction in zip(good, loaded.model.predict([body.items[i].text for i in good])):
            results[i] = BatchResult(id=body.items[i].id, **prediction_fields(prediction))
    return results
