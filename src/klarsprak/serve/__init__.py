"""``klarsprak serve``: a Swedish web page for writers and a versioned JSON API (FastAPI + uvicorn).

The page and the API share one analyzer per worker process; texts live only in
memory. See ``docs/api.md``.
"""
