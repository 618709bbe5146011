"""``GET /v1/taxonomy``, ``GET /v1/model``, ``GET /healthz``, ``GET /readyz``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from classifier import taxonomy

from ..deps import HolderDep, ModelDep, require_api_key
from ..schemas import Health, Lang

router = APIRouter(tags=["about"])


@router.get("/v1/taxonomy", dependencies=[Depends(require_api_key)], summary="Levels, methods, valid pairs, definitions")
def get_taxonomy(lang: Lang | None = None) -> dict[str, Any]:
    """The knowledge base: 4 levels with target units, 15 methods with definitions, goals
    and examples, the 18 valid (level, method) pairs, and the source citation. Texts in
    both languages, or in `lang` only."""
    return taxonomy.get().to_dict(lang=lang)


@router.get("/v1/model", dependencies=[Depends(require_api_key)], summary="The model card of the serving model")
def get_model_card(loaded: ModelDep) -> dict[str, Any]:
    """Corpus hash and counts, library versions, configuration, cross-validation and
    held-out metrics, thresholds and baselines of the model now serving."""
    return {"model_version": loaded.version, **loaded.card}


@router.get("/healthz", response_model=Health, summary="The process is up")
def healthz() -> Health:
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}}, summary="A model is loaded")
def readyz(holder: HolderDep):
    current = holder.current
    if current is None:
        return JSONResponse({"status": "not_ready", "model_version": None}, status_code=503)
    return Health(status="ready", model_version=current.version)
