"""The extractor stamp is a rules version bumped on purpose: a document stored by the same
version is not extracted again, however the extractor's code was edited (a comment, a speed-up),
and a change of what the extractor writes must come with a new version. This test extracts fixed
articles and compares a digest of their quads with the one recorded for the current version."""
from __future__ import annotations

import json
from pathlib import Path

import aikg.extract.pipeline as pipeline
from aikg.ingest import extraction_fingerprint, extractor_version, fingerprint_files

DATA = Path(__file__).resolve().parent / "data"
HOWTO = ("bump EXTRACTOR_VERSION in src/aikg/extract/pipeline.py, then record the new output with "
         "`python bench/extractor_fingerprint.py --write`")


def test_extraction_changed_only_with_a_new_rules_version():
    recorded = json.loads((DATA / "extractor_fingerprint.json").read_text())
    files = fingerprint_files(DATA / "firstcontact")
    assert len(files) == recorded["articles"]
    digest = extraction_fingerprint(files)
    if recorded["version"] == extractor_version():
        assert digest == recorded["digest"], f"the extraction of the fixed articles changed: {HOWTO}"
    else:
        raise AssertionError(f"{extractor_version()} has no recorded fingerprint ({recorded['version']} has): {HOWTO}")


def test_the_stamp_is_the_version_alone():
    # no digest of the code: an edit under extract/ that writes the same quads keeps every stored document
    assert extractor_version() == pipeline.EXTRACTOR_VERSION and "+" not in extractor_version()


def test_a_changed_extraction_changes_the_fingerprint(monkeypatch):
    files = fingerprint_files(DATA / "firstcontact")[:2]
    before = extraction_fingerprint(files)
    real = pipeline.extract_bytes

    def fewer(data, name, doc_id=None):     # an extractor that drops a fact
        ex = real(data, name, doc_id)
        return ex.model_copy(update={"facts": ex.facts[1:]})

    monkeypatch.setattr(pipeline, "extract_bytes", fewer)
    assert extraction_fingerprint(files) != before
