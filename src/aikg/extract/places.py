"""Places below a country: states, provinces and regions (a gazetteer of well-known names, no fact).

A country is in the gazetteer (graph/gazetteer.ttl, kind Country); a state, province or region is not,
so a rule that reads any capitalised name before a company's verb or apposition could take one for
a company ("its fab in Austin, Texas, acquired in 2025" read as a company "Texas" acquired; "Ontario
reported …"). Rule place-no-company (PLACE_RULE): a name of this list, alone, is never a company,
never the article's company, never a discovered company; a longer name holding it is untouched
("Texas Instruments", "Queensland Investment Corporation").
"""
from __future__ import annotations

from .rule_record import RuleRecord

PLACE_RULE = RuleRecord(
    "place-no-company",
    "a state, province or region named alone (the second part of '<City>, <State>', the place a "
    "plant is in) is a place, never a company nor the article's company; a longer name holding it "
    "('Texas Instruments') is another name, untouched",
    ("focusset22 held 07 skywater_chipsaward (a fab 'in Austin, Texas, acquired in 2025': the state "
     "became a discovered company and the article's company)",
     "probe22 01 taiwanmobile_casestudy (the company's own name opens with its country: the country "
     "node took the president's role)"),
    ("The plant in Boise, Idaho, acquired in 2024, makes sensors. (invented)",
     "Quellmark Foods, based in Manitoba, reported revenue of CAD 40 million. (invented)"),
)

# Chinese provinces (also the place a registered Chinese company name opens with: REGISTERED_NAME_PLACES)
CHINESE_PROVINCES = frozenset("""
Guangdong Jiangsu Zhejiang Shandong Sichuan Hubei Hunan Fujian Anhui Henan Hebei Yunnan Guangxi Hainan
""".split())
# Chinese cities a registered company name opens with ("Chengdu X Technology", "Beijing X Huazhang")
CHINESE_CITIES = frozenset("""
Beijing Shanghai Shenzhen Guangzhou Chengdu Hangzhou Suzhou Nanjing Wuhan Tianjin Chongqing Xiamen Hefei
Xian Qingdao Dalian Ningbo Zhuhai Dongguan Changsha Zhengzhou Jinan Fuzhou Kunming Shenyang
""".split())
# the place words that open a registered Chinese name, lower case (linking's rule city-prefix: the
# word after them is the name's head)
REGISTERED_NAME_PLACES = frozenset(w.lower() for w in CHINESE_CITIES | CHINESE_PROVINCES)

# US states, Canadian provinces, Australian states, and large regions of other countries
# commonly named alone in English news
SUBNATIONAL = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
Vermont Virginia Washington Wisconsin Wyoming
Alberta Manitoba Ontario Quebec Québec Saskatchewan Yukon Nunavut
Queensland Tasmania
Bavaria Saxony Hesse Catalonia Andalusia Lombardy Piedmont Tuscany Flanders Wallonia Scotland Wales
Brittany Normandy Provence
Maharashtra Karnataka Gujarat Telangana Kerala Punjab Rajasthan Haryana Bengal Odisha Assam Bihar
Johor Selangor Penang Sabah Sarawak Sumatra Bali Kalimantan Mindanao Luzon Hokkaido Kyushu Okinawa
Gyeonggi Jeju Siberia Patagonia
""".split()) | CHINESE_PROVINCES | frozenset((
    "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "British Columbia", "Nova Scotia",
    "New Brunswick", "Prince Edward Island", "Newfoundland and Labrador", "New South Wales",
    "Western Australia", "South Australia", "Northern Territory", "Tamil Nadu", "Uttar Pradesh",
    "Andhra Pradesh", "Madhya Pradesh", "West Bengal", "Inner Mongolia", "Baden-Württemberg",
    "North Rhine-Westphalia", "Lower Saxony", "Basque Country", "Northern Ireland", "Île-de-France",
    "Ile-de-France", "Kuala Lumpur", "Abu Dhabi", "Silicon Valley",
))


def is_place(name: str) -> bool:
    """Rule place-no-company: whether `name`, whole, is a state, province or region of SUBNATIONAL."""
    return name.strip() in SUBNATIONAL
