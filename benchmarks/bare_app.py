"""The framework's floor: a FastAPI route of the same shape as /v1/classify (Pydantic body
in, JSON out) that does no work. benchmarks/service.py runs it beside the real service."""

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel


class Body(BaseModel):
    text: str
    lang: str = "id"
    explain: bool = True


app = FastAPI()


@app.post("/v1/classify")
def classify(body: Body):
    return JSONResponse({"status": "ok", "level": "mikro", "method": "individual_casework", "chars": len(body.text)})
