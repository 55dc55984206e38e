"""``klarsprak serve``: a Swedish web page for writers and a versioned JSON API (FastAPI + uvicorn).

One web process takes the requests; analysis processes, each with the model
loaded once, answer them (:mod:`.pool`). Texts live only in memory. See
``docs/api.md``.
"""
