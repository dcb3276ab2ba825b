"""Who makes a product, model or chip (extract/products.py on the verb lexicon): read from the
clause around its name. Sentences are our own; each shape is also found in at least two corpus or
probe documents by other writers (apposition + participle, "its own <type>, Name", "using <maker>'s
<chip> GPUs", a cloud hosting others' models)."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

LEAD = "Pellucid Labs Inc. reported quarterly revenue of $40 million, up 12%. "


def _ex(text: str):
    return extract_text(text, "t", "t.txt")


def _rels(ex, kind):
    return [(c.subject.label, x.target.label if x.target else None, x.agent.label if x.agent else None)
            for c in ex.claims for x in c.relations if x.kind == kind]


def _developed(ex):
    return {(f.model.label, f.developer.label) for f in ex.facts if f.kind == "developed_by"}


def test_a_product_launched_in_an_apposition_is_the_articles_company_launch():
    ex = _ex(LEAD + "The star of the line-up is Quarry Vault, a storage platform launched in 2023 for hospitals.")
    assert ("Pellucid Labs", "Quarry Vault", "Pellucid Labs") in _rels(ex, "launch")


def test_a_chip_with_an_aside_before_its_launch_verb():
    ex = _ex(LEAD + "The Tessel X2, made on a 3nm process with eight cores, launched in March and ships in laptops.")
    assert ("Pellucid Labs", "Tessel X2", "Pellucid Labs") in _rels(ex, "launch")


def test_its_own_model_named_in_apposition_is_developed_by_the_company():
    ex = _ex(LEAD + "Pellucid Labs will keep training its own language model, Harrow.")
    assert ("Harrow", "Pellucid Labs") in _developed(ex)


def test_a_unit_of_its_own_developing_a_model_is_the_company_developing_it():
    ex = _ex(LEAD + "Its AI research arm Brightlab developed Project Wren, a Welsh-language model, and the company said Wren 2 is next.")
    assert ("Project Wren", "Pellucid Labs") in _developed(ex)


def test_a_cloud_hosting_third_party_models_does_not_develop_them():
    ex = _ex("Corvane Cloud Ltd. reported revenue of EUR 90 million. Corvane Cloud's catalogue includes Model Hub, "
             "a managed service giving developers access to open models such as Llama 3.3 and Mistral Small 3.2.")
    assert not any(dev == "Corvane Cloud" for _, dev in _developed(ex))


def test_gpus_used_by_a_project_are_its_hardware_and_the_maker_is_not_the_user():
    ex = _ex("Corvane Cloud Ltd. reported revenue of EUR 90 million. Corvane Cloud is building a research cluster in Lyon, "
             "using Nvidia's B300 GPUs. It also rents out server instances based on Nvidia H200 accelerators.")
    hw = _rels(ex, "hardware")
    assert any(t == "B300" and a == "Corvane Cloud" for _, t, a in hw), hw
    assert all(a != "Nvidia" and s != "Nvidia" for s, _, a in hw), hw


def test_systems_a_company_is_deploying_are_its_hardware():
    ex = _ex("Corvane Cloud Ltd. reported revenue of EUR 90 million. The company is deploying Nvidia's GB300 NVL72 rack-scale "
             "systems in its Lyon data centre.")
    assert ("Corvane Cloud", "GB300 NVL72", "Corvane Cloud") in _rels(ex, "hardware")


def test_models_its_own_service_gives_access_to_are_not_its_own():
    ex = _ex("Corvane Cloud Ltd. reported revenue of EUR 90 million. Its new service offers "
             "Llama 3.3 to banks and insurers.")
    assert not any(dev == "Corvane Cloud" for _, dev in _developed(ex)), _developed(ex)
