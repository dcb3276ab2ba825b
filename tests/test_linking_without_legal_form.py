"""A company said without its legal form (linking.LabelIndex._without_legal_form): a question's
"Harwick Marine Holdings" or "Harwick Marine" finds the company stored as "HARWICK MARINE HOLDINGS
LIMITED"; a shorter form another entity holds, or two companies share, finds nothing new.
Invented names."""
from aikg.linking import LabelIndex


def _index(*rows):
    return LabelIndex([(iri, kind, text, True) for iri, kind, text in rows])


def test_plain_name_finds_the_caps_legal_name():
    idx = _index(("urn:x:hm", "Company", "HARWICK MARINE HOLDINGS LIMITED"))
    for asked in ("What was Harwick Marine Holdings revenue in 2031?", "Harwick Marine's EPS in 2031?"):
        hits = idx.find_in(asked)
        assert [h.iri for h in hits] == ["urn:x:hm"], asked


def test_a_shared_short_form_stays_unlinked():
    idx = _index(("urn:x:a", "Company", "Torlen Data Holdings Limited"),
                 ("urn:x:b", "Company", "Torlen Data Group plc"))
    assert not [h for h in idx.find_in("Torlen Data revenue 2031?") if h.iri in ("urn:x:a", "urn:x:b")]


def test_another_entitys_name_is_kept():
    idx = _index(("urn:x:c", "Company", "Pellmoor Energy Holdings Ltd"),
                 ("urn:x:seg", "Segment", "Pellmoor Energy"))
    assert [h.iri for h in idx.find_in("Pellmoor Energy revenue?")] == ["urn:x:seg"]
