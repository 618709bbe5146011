"""intervensi REST service and intake web page (FastAPI)."""
