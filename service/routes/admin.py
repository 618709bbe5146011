"""``POST /v1/admin/reload``: swap in the registry's current default model."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from classifier.lifecycle.registry import RegistryError

from ..deps import HolderDep, require_admin_key
from ..errors import ApiError
from ..schemas import ERRORS, ReloadResponse

router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(require_admin_key)])


@router.post("/reload", response_model=ReloadResponse, responses={**ERRORS, 409: ERRORS[422] | {
    "description": "The new model is missing, corrupt or incompatible; the old one keeps serving."}},
    summary="Load the registry's default model, verified, and swap it in")
def reload_model(holder: HolderDep, request: Request) -> ReloadResponse:
    """Verifies the SHA-256 manifest and the label set of the registry's default model and
    swaps it in atomically: requests in flight finish on the old model. On any failure
    the old model keeps serving and the answer says why. Other worker processes follow
    within a second."""
    try:
        status, version, previous = holder.reload()
    except RegistryError as exc:
        raise ApiError.of(409, "reload_failed", reason=exc) from exc
    request.state.model_version = version
    return ReloadResponse(status=status, model_version=version, previous_version=previous)
