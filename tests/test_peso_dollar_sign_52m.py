"""A "$" in a filing of a peso market is that market's peso, and Spanish "billones" are million millions
(branch issue52m: document_currency.py's peso members and regulators, scale_words.py's long-scale "billón").
Invented documents."""
from decimal import Decimal

from aikg.extract.values import find_money
from test_document_currency import _units


BOGOTA = """SUPERINTENDENCIA FINANCIERA DE COLOMBIA
INFORMACIÓN RELEVANTE

Emisor: Cafetales Andinos S.A.

Cafetales Andinos S.A. reported revenue of $2,15 billones for the third quarter of 2026.
Its net profit was $84.300 millones in the quarter.
The company also sold coffee worth USD 40 million to buyers in Japan.
"""

SANTIAGO = """HECHO ESENCIAL
Viñedos del Maule S.A.
Señores
Comisión para el Mercado Financiero (CMF)

Viñedos del Maule S.A. reported revenue of $ 512.300 millones in the third quarter of 2026.
The Board agreed an interim dividend of $ 6,10 per share.
"""

def test_colombian_filing_dollar_sign_is_cop_and_billones_a_trillion():
    units = _units(BOGOTA)
    assert units.get(Decimal("2150000000000")) == "COP"
    assert units.get(Decimal("84300000000")) == "COP"
    assert units.get(Decimal("40000000")) == "USD"   # an explicit code keeps its own currency


def test_chilean_regulator_makes_dollar_sign_clp():
    units = _units(SANTIAGO)
    assert units.get(Decimal("512300000000")) == "CLP"
    assert units.get(Decimal("6.10")) == "CLP"


def test_billones_is_a_long_scale_trillion():
    m = find_money("a loan book of 3 billones de pesos")[0]
    assert m.value == Decimal("3000000000000")


def test_dollars_word_in_peso_filing_stays_dollar():
    from aikg.extract.document_currency import read
    home = read(BOGOTA)
    assert home.of("USD", "$2,15 billones") == "COP"
    assert home.of("USD", "40 million dollars") is None
