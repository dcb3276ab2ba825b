"""SHACL validation (pyshacl) of the union of all document graphs against graph/shapes.ttl."""
from __future__ import annotations

import pyoxigraph as ox

from .rdf import META_GRAPH
from .store import data_dir

SH = "http://www.w3.org/ns/shacl#"


def validate(store) -> list[dict]:
    """-> a list of violations: severity, focus node, path, message and the focus node's document."""
    import rdflib
    from pyshacl import validate as shacl

    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()
               if q.graph_name != META_GRAPH and q.graph_name != ox.NamedNode("urn:aikg:ontology")}
    data = rdflib.Graph()
    data.parse(data=ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    shapes = rdflib.Graph().parse(data_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(data_dir() / "ontology.ttl", format="turtle")
    conforms, report, _ = shacl(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                allow_warnings=True, advanced=True)
    if conforms:
        return []
    out = []
    R = rdflib.Namespace(SH)
    for res in report.subjects(rdflib.RDF.type, R.ValidationResult):
        focus = report.value(res, R.focusNode)
        path = report.value(res, R.resultPath)
        msg = report.value(res, R.resultMessage)
        sev = report.value(res, R.resultSeverity)
        doc = None
        if isinstance(focus, rdflib.URIRef):
            for r in store.query(f"SELECT ?d WHERE {{ GRAPH ?g {{ <{focus}> ?p ?o }} ?g <http://www.w3.org/2000/01/rdf-schema#label> ?d }} LIMIT 1"):
                doc = r["d"].value
        out.append({"severity": str(sev).rsplit("#", 1)[-1] if sev else "Violation", "focus": str(focus),
                    "path": str(path) if path else "", "message": str(msg) if msg else "", "document": doc})
    return sorted(out, key=lambda v: (v["focus"], v["path"], v["message"]))
