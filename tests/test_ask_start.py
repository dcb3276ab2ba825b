"""`aikg ask`'s process start (issue 11): what a question's reader imports before any query runs.
The extractor's value finders (currency, notation and number-word tables) and its pydantic records
are not among them: a question asks for them only when it needs them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _imported_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True, env={"PYTHONPATH": str(SRC), "AIKG_PATTERN_CACHE": "0"})
    return set(out.stdout.split())


def test_the_question_reader_imports_no_records_nor_value_finders():
    mods = _imported_after("import aikg.cli, aikg.ask")
    assert "aikg.ask" in mods
    assert not {"pydantic", "aikg.records", "aikg.extract.values", "aikg.extract.periods"} & mods


def test_the_text_lane_imports_no_records():
    assert not {"pydantic", "aikg.records"} & _imported_after("import aikg.text_answer")


def test_fold_is_one_function_for_values_and_rule_records():
    from aikg.extract import rule_record, text_fold, values
    assert values.fold is text_fold.fold is rule_record.fold
    assert values.fold("İSTANBUL Cloud") == "istanbul cloud"
    values.fold("Acme Nordic")
    values.clear_caches()
    assert text_fold.fold.cache_info().currsize == 0


def test_an_event_is_still_dated_when_extracting():
    from aikg.extract.events import dated_events
    got = dated_events("The annual general meeting will be held on 14 May 2027.")
    assert [e.period.end.isoformat() for e in got] == ["2027-05-14"]


def test_a_saved_querys_parameters_bind_the_variables_it_uses(tmp_path):
    import pytest
    from aikg.errors import AikgError
    from aikg.queries import load_query
    head = "#+ summary: test\n#+ params:\n#+   company: {type: entity}\n"
    q = tmp_path / "own.rq"
    q.write_text(head + "SELECT ?x WHERE { ?x ?p ?companyParam }  # ?company\n")
    assert [(p.name, p.var) for p in load_query(q).params] == [("company", "companyParam")]
    q.write_text(head + "SELECT ?x WHERE { ?x ?p ?company }\n")
    assert [(p.name, p.var) for p in load_query(q).params] == [("company", "company")]
    q.write_text(head + "SELECT ?x WHERE { ?x ?p ?companyParamX }  # ?companyParam\n")
    with pytest.raises(AikgError, match="does not use"):
        load_query(q)
