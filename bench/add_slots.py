"""Give the figures of an existing store (made before kg:slot) their slot, as rdf.figure_slot writes it, in
the facts graph only (what conflicts reads): a 10k feed store to measure the query on without a re-ingest."""
import sys
import pyoxigraph as ox
from aikg.rdf import _digest, FACTS_GRAPH, KG
st = ox.Store(sys.argv[1])
q = """PREFIX kg: <https://aikg.dev/ns#> SELECT ?f ?s ?m ?e WHERE { GRAPH <urn:aikg:facts> {
  ?f a kg:Observation ; kg:subject ?s ; kg:measure ?m ; kg:periodEnd ?e ; kg:value ?v } }"""
quads = [ox.Quad(r["f"], KG("slot"), ox.Literal(_digest("slot", r["s"].value, r["m"].value, r["e"].value)), FACTS_GRAPH)
         for r in st.query(q)]
st.extend(quads); st.flush(); print(len(quads), "slots added")
