"""``GET /v1/taxonomy``, ``GET /v1/model``, ``GET /healthz``, ``GET /readyz``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from classifier import taxonomy

from ..deps import HolderDep, ModelDep, require_api_key
from ..schemas import ERRORS, Health, Lang, ModelCard

router = APIRouter(tags=["about"])


@router.get("/v1/taxonomy", dependencies=[Depends(require_api_key)], responses=ERRORS,
            summary="Levels, methods, valid pairs, definitions")
def get_taxonomy(lang: Lang | None = None) -> dict[str, Any]:
    """The knowledge base: 4 levels with target units, 15 methods with definitions, goals
    and examples, the 18 valid (level, method) pairs, and the source citation. Texts in
    both languages (`{"id": ..., "en": ...}`), or in `lang` only."""
    return taxonomy.get().to_dict(lang=lang)


@router.get("/v1/model", dependencies=[Depends(require_api_key)], response_model=ModelCard, responses=ERRORS,
            summary="The model card of the serving model")
def get_model_card(loaded: ModelDep) -> ModelCard:
    """Corpus hash and counts, library versions, configuration, cross-validation and
    held-out metrics, thresholds and baselines of the model now serving."""
    return ModelCard.from_card(loaded.version, loaded.card)


@router.get("/healthz", response_model=Health, summary="The process is up, and the model version it serves")
def healthz(holder: HolderDep) -> Health:
    """Always 200 while the process runs; `model_version` is the version serving now (null
    while none is loaded; `/readyz` answers 503 then)."""
    current = holder.current
    return Health(status="ok", model_version=current.version if current else None)


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}}, summary="A model is loaded")
def readyz(holder: HolderDep):
    current = holder.current
    if current is None:
        return JSONResponse({"status": "not_ready", "model_version": None}, status_code=503)
    return Health(status="ready", model_version=current.version)
