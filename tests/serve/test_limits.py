"""The server's limits against a real server: the request time limit (serve.seconds) and analysis processes
that die; either way the request gets an answer and the server keeps answering."""

from __future__ import annotations

import os
import signal
import time

import pytest

from .conftest import running

TEXT = "Ansökan ska inkomma senast den 1 mars. Beslutet skickas till dig."
#: About 40,000 words: many seconds of analysis on any machine.
HUGE = ("Nämnden har efter en samlad bedömning av ärendet beslutat att ansökan om bygglov för tillbyggnad "
        "av enbostadshus ska avslås, eftersom åtgärden strider mot detaljplanen. ") * 1500


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("limits")
    (tmp / "klarsprak.toml").write_text("[serve]\nseconds = 2\nmax_bytes = 2_000_000\n", encoding="utf-8")
    with running(tmp) as started:
        yield started


def answered(server, text: str = TEXT) -> dict:
    """The report of ``text`` once the server answers 200; 503 (over the limit while a replaced analysis
    process loads the model) only for up to two minutes."""
    give_up = time.monotonic() + 120
    with server.client() as http:
        while (answer := http.post("/api/v1/analyze", json={"text": text}, timeout=120)).status_code == 503:
            assert time.monotonic() < give_up
    assert answer.status_code == 200
    return answer.json()


def test_a_request_over_the_time_limit_is_503_and_the_next_is_answered(server):
    with server.client() as http:
        began = time.monotonic()
        answer = http.post("/api/v1/analyze", json={"text": HUGE}, timeout=120)
        assert answer.status_code == 503 and "2 seconds" in answer.json()["detail"]
        assert time.monotonic() - began < 2 + 2 * 2 + 3  # the limit, the grace before a kill, slack
    assert answered(server)["findings"]


def test_a_killed_analysis_process_is_replaced(server):
    """Requests wait for the new process (over the 2-second limit while it loads the model: 503), never hang."""
    [first] = server.analysis_processes()
    os.kill(first, signal.SIGKILL)
    assert answered(server)["findings"]
    assert server.analysis_processes() != [first] and len(server.analysis_processes()) == 1


def test_no_traceback_in_the_log(server):
    assert not any("Traceback" in line for line in server.log)
