"""Optional: let an OpenAI-compatible model draft SPARQL for a question outside the catalogue.

Never required and never used by default. The drafted query is checked before it runs: it
must parse, be read-only (no updates, SERVICE, LOAD or remote FROM) and is run with the usual
timeout. Uses only the standard library (any `/v1/chat/completions` endpoint: DashScope, vLLM,
Ollama, OpenAI); the API key comes from AIKG_LLM_API_KEY or OPENAI_API_KEY.
"""
from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request

from .errors import AikgError

SYSTEM = """You write one SPARQL 1.1 SELECT query for an RDF graph about companies' AI and cloud spending.
Prefixes available: kg: <https://aikg.dev/ns#>, org: <http://www.w3.org/ns/org#>, rdfs:, rdf:, prov:, skos:, xsd:.
Classes: kg:Company, kg:Segment (org:unitOf company), kg:CostItem (kg:inSegment segment), kg:AIModel, kg:ModelFamily
(kg:family, kg:developedBy), kg:Person, kg:Investment (kg:investor, kg:amount [kg:value, kg:currency], kg:horizon, kg:announced),
kg:Restriction (kg:imposedBy, kg:restrictionType, kg:restricts, kg:affects), kg:Observation (kg:subject, kg:measure, kg:value,
kg:unit, kg:change, kg:periodStart, kg:periodEnd), kg:MarketShare (kg:holder, kg:market, kg:share), kg:Target, kg:Role
(org:member, org:organization, kg:role), kg:Competition (kg:company, kg:competitor), kg:DisclosureGap (kg:subject, kg:missing).
Every entity has rdfs:label. Every fact has kg:evidence ?e with ?e kg:quote and ?e prov:wasDerivedFrom ?doc (?doc rdfs:label is the document id).
Answer with the query only, in a ```sparql fenced block."""


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if not url.endswith("/v1"):
        url += "/v1"
    return url + "/chat/completions"


def draft_sparql(question: str, url: str, model: str | None = None, timeout: float = 30.0) -> str:
    body = {"model": model or os.environ.get("AIKG_LLM_MODEL", "qwen-plus"), "temperature": 0,
            "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]}
    req = urllib.request.Request(_endpoint(url), data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    key = os.environ.get("AIKG_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise AikgError(f"LLM endpoint answered HTTP {e.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise AikgError(f"LLM endpoint unreachable: {getattr(e, 'reason', e)}") from None
    except json.JSONDecodeError:
        raise AikgError("LLM endpoint returned something that is not JSON") from None
    try:
        text = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise AikgError("LLM endpoint returned an unexpected response shape") from None
    m = re.search(r"```(?:sparql)?\s*(.*?)```", text, re.S | re.I)
    return (m.group(1) if m else text).strip()


def draft_answer(kg, question: str, url: str, timeout: float = 30.0):
    """-> an Answer built from LLM-drafted SPARQL, or None when the draft is unusable."""
    from .ask import Answer, json_row
    from .queries import check
    from .run import run_query

    sparql = draft_sparql(question, url, timeout=timeout)
    try:
        if check(sparql) != "query":
            return None
        res = run_query(kg.store, sparql, {}, timeout=timeout)
    except AikgError as e:
        return Answer(question, "not_understood", f"The drafted SPARQL was refused: {e}", sparql=sparql)
    if not res.rows:
        return Answer(question, "no_answer", "The drafted query found nothing in the documents.", sparql=sparql)
    rows = [json_row(r) for r in res.rows[:40]]
    first = "; ".join(", ".join(str(v) for v in r.values()) for r in rows[:10])
    return Answer(question, "answered", f"(drafted by a language model) {first}"[:1100], rows=rows, sparql=sparql,
                  intent="llm")
