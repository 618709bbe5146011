"""``POST /v1/classify`` and ``POST /v1/classify/batch``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from classifier.messages import messages
from classifier.lifecycle.predicting import check_text, result_line

from ..deps import ModelDep, require_api_key
from ..errors import ApiError
from ..schemas import ERRORS, BatchRequest, BatchResponse, ClassifyRequest, ClassifyResponse

router = APIRouter(prefix="/v1", tags=["classify"], dependencies=[Depends(require_api_key)])


def _prediction(loaded, text: str, lang: str, explain: bool) -> dict:
    if explain:
        explanation = loaded.explainer.explain(text, lang=lang)
        prediction = explanation["prediction"]
        out = {k: prediction[k] for k in ("status", "level", "method", "level_confidence", "method_confidence",
                                          "pair_confidence", "out_of_scope_probability", "reason", "alternatives")}
        out["explanation"] = explanation
        return out
    out = result_line(None, loaded.model.predict([text])[0])
    out.pop("id")
    out["explanation"] = None
    return out


@router.post("/classify", response_model=ClassifyResponse, responses=ERRORS,
             summary="Classify one complaint (level, method, confidence, and why)")
async def classify(body: ClassifyRequest, request: Request, loaded: ModelDep):
    """Suggests the intervention level and method for one complaint, with calibrated
    confidence and, by default, the explanation. **Decision support: the officer decides.**
    `status` is `ok`, `uncertain` (an officer should review it) or `out_of_scope`
    (not a social-welfare problem: forward it elsewhere)."""
    settings = request.app.state.settings
    request.state.text_chars = len(body.text)
    request.state.model_version = loaded.version
    problem = check_text(body.text, settings.max_text_chars)
    if problem:
        raise ApiError(413 if problem.code == "text_too_long" else 422, *problem)
    out = await request.app.state.runner.run(_prediction, loaded, body.text, body.lang, body.explain)
    out.update(model_version=loaded.version, request_id=request.state.request_id,
               disclaimer=messages()["disclaimer"][body.lang])
    return JSONResponse(out)


@router.post("/classify/batch", response_model=BatchResponse, responses=ERRORS,
             summary="Classify up to the batch limit of complaints, in order")
async def classify_batch(body: BatchRequest, request: Request, loaded: ModelDep):
    """Results come back in the order of `items`. An item whose text is empty or over the
    limit gets `status: "error"` with its message; the others are classified."""
    settings = request.app.state.settings
    request.state.items = len(body.items)
    request.state.text_chars = sum(len(i.text) for i in body.items)
    request.state.model_version = loaded.version
    if len(body.items) > settings.max_batch_items:
        raise ApiError.of(413, "batch_too_large", limit=settings.max_batch_items)
    if not body.items:
        raise ApiError.of(422, "empty_batch")
    results = await request.app.state.runner.run(_batch, loaded, body, settings.max_text_chars)
    return JSONResponse({"results": results, "model_version": loaded.version, "request_id": request.state.request_id})


def _batch(loaded, body: BatchRequest, max_chars: int) -> list[dict | None]:
    """The batch's results in the order of its items (runs in a model thread)."""
    results: list[dict | None] = [None] * len(body.items)
    good = []
    for i, item in enumerate(body.items):
        problem = check_text(item.text, max_chars)
        if problem:
            results[i] = {"id": item.id, "status": "error", "error": problem._asdict()}
        else:
            good.append(i)
    if body.explain:
        for i in good:
            results[i] = {"id": body.items[i].id, **_prediction(loaded, body.items[i].text, body.lang, True)}
    elif good:
        for i, prediction in zip(good, loaded.model.predict([body.items[i].text for i in good])):
            results[i] = result_line(body.items[i].id, prediction)
    return results
