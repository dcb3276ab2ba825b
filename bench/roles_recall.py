"""People and roles the seen probe articles state, against the Roles the extraction stores.

The gold below was read by hand (session 13, issue21r) from every article of probe3, probe5-14:
each person named with a title (CEO, CFO, COO, CTO, chairman, vice chairman, president,
founder, managing director, head of a unit), the organisation the title is of, and the
predecessor where the article names one. A Role counts as right when the stored person's full
name, one of the gold titles and the organisation agree (the organisation: one label contains
the other's first word, "Ocado" / "Ocado Group"); "name cut" when the role and organisation agree
but the stored name is a part of the gold name; "wrong org" when person and role agree but the
organisation does not. Predecessors: the gold ones, and how many a stored Role of the new holder
carries.

  PYTHONPATH=src python bench/roles_recall.py [--dump FILE] > bench/roles_recall.md
  (without --dump: extracts every seen probe document; a dump line is
   SET | DOC | person | role | organisation | status | since | predecessor)
"""
from __future__ import annotations

import sys
from pathlib import Path

# set, document prefix, person, titles (normalised as relations.normalise_roles), organisation, predecessor
GOLD = """
probe3|r01_amd|Lisa Su|CEO|AMD|
probe3|r01_amd|Jean Hu|CFO|AMD|
probe3|r02_tsmc|C.C. Wei|chairman,CEO|TSMC|
probe3|r02_tsmc|Wendell Huang|CFO|TSMC|
probe3|r03_asml|Roger Dassen|CFO|ASML|
probe3|r03_asml|Christophe Fouquet|CEO|ASML|
probe3|r04_sony|Lin Tao|CFO|Sony|
probe3|r04_sony|Hiroki Totoki|CEO|Sony|Kenichiro Yoshida
probe3|r05_naver|Choi Soo-yeon|CEO|Naver|
probe3|r05_naver|Kim Nam-sun|CFO|Naver|
probe3|r06_tcs|K. Krithivasan|CEO,managing director|TCS|
probe3|r06_tcs|Samir Seksaria|CFO|TCS|
probe3|r07_broadcom|Hock Tan|president,CEO|Broadcom|
probe3|r07_broadcom|Kirsten Spears|CFO|Broadcom|
probe3|r07_broadcom|Charlie Kawwas|president|Broadcom|
probe3|r08_deutsche|Christian Illek|CFO|Deutsche Telekom|
probe3|r08_deutsche|Ferri Abolhassan|head|T-Systems|
probe3|r08_deutsche|Tim Höttges|CEO|Deutsche Telekom|
probe5|01_snowflake|Sridhar Ramaswamy|CEO|Snowflake|Frank Slootman
probe5|01_snowflake|Mike Scarpelli|CFO|Snowflake|
probe5|02_qualcomm|Cristiano Amon|president,CEO|Qualcomm|
probe5|02_qualcomm|Akash Palkhiwala|CFO,COO|Qualcomm|
probe5|03_nokia|Justin Hotard|president,CEO|Nokia|Pekka Lundmark
probe5|03_nokia|Marco Wirén|CFO|Nokia|
probe5|04_schneider|Olivier Blum|CEO|Schneider Electric|Peter Herweck
probe5|04_schneider|Jean-Pascal Tricoire|chairman|Schneider Electric|
probe5|04_schneider|Hilary Maxson|CFO|Schneider Electric|
probe5|05_ntt|Akira Shimada|president,CEO|NTT|
probe5|05_ntt|Yutaka Sasaki|president,CEO|NTT Data|Yo Honma
probe5|06_sktelecom|Jung Jai-hun|CEO|SK Telecom|Ryu Young-sang
probe5|07_hcltech|C Vijayakumar|CEO,managing director|HCLTech|
probe5|07_hcltech|Shiv Walia|CFO|HCLTech|Prateek Aggarwal
probe5|07_hcltech|Roshni Nadar Malhotra|chairman|HCLTech|
probe5|07_hcltech|Shiv Nadar|founder|HCLTech|
probe5|08_sensetime|Xu Li|chairman,CEO|SenseTime|Tang Xiao'ou
probe6|p6_01_palantir|Alex Karp|CEO,co-founder|Palantir|
probe6|p6_01_palantir|David Glazer|CFO|Palantir|
probe6|p6_02_capgemini|Aiman Ezzat|CEO|Capgemini|
probe6|p6_02_capgemini|Nive Bhagat|CFO|Capgemini|Carole Ferrand
probe6|p6_03_arm|Rene Haas|CEO|Arm|
probe6|p6_03_arm|Jason Child|CFO|Arm|
probe6|p6_04_rakuten|Sharad Sriwastawa|CEO|Rakuten Symphony|Tareq Amin
probe6|p6_04_rakuten|Hiroshi Mikitani|chairman,CEO|Rakuten Group|
probe6|p6_05_kakao|Chung Shina|CEO|Kakao|
probe6|p6_05_kakao|Shin Jong-hwan|CFO|Kakao|
probe6|p6_05_kakao|Kim Beom-su|founder|Kakao|
probe6|p6_06_jio|Akash M. Ambani|chairman|Reliance Jio|
probe6|p6_06_jio|Mathew Oommen|president|Reliance Jio|
probe6|p6_06_jio|Mukesh Ambani|chairman|Reliance|
probe6|p6_07_zhipu|Zhang Peng|CEO|Zhipu|
probe6|p6_08_nebius|Arkady Volozh|CEO|Nebius|
probe6|p6_08_nebius|Ronald Chernyshev|CFO|Nebius|
probe7|p7_01_servicenow|Bill McDermott|chairman,CEO|ServiceNow|
probe7|p7_01_servicenow|Gina Mastantuono|CFO|ServiceNow|
probe7|p7_02_orange|Aliette Mousnier-Lompré|CEO|Orange Business|
probe7|p7_02_orange|Christel Heydemann|CEO|Orange|
probe7|p7_03_hitachi|Toshiaki Tokunaga|president,CEO|Hitachi|Keiji Kojima
probe7|p7_03_hitachi|Keiji Kojima|chairman|Hitachi|
probe7|p7_03_hitachi|Tomomi Kato|CFO|Hitachi|
probe7|p7_04_kt|Kim Young-shub|CEO|KT|
probe7|p7_04_kt|Satya Nadella|chairman|Microsoft|
probe7|p7_05_techmahindra|Mohit Joshi|CEO,managing director|Tech Mahindra|C P Gurnani
probe7|p7_05_techmahindra|Rohit Anand|CFO|Tech Mahindra|
probe7|p7_06_kingsoft|Zou Tao|vice chairman,CEO|Kingsoft Cloud|
probe7|p7_06_kingsoft|Henry He|CFO|Kingsoft Cloud|
probe7|p7_07_mediatek|Rick Tsai|vice chairman,CEO|MediaTek|
probe7|p7_07_mediatek|Ming-Kai Tsai|chairman,founder|MediaTek|
probe7|p7_07_mediatek|David Ku|CFO|MediaTek|
probe7|p7_07_mediatek|Joe Chen|president|MediaTek|
probe7|p7_08_ovhcloud|Benjamin Revcolevschi|CEO|OVHcloud|Octave Klaba
probe7|p7_08_ovhcloud|Octave Klaba|chairman,founder|OVHcloud|
probe7|p7_08_ovhcloud|Stephane Rougeot|CFO|OVHcloud|
probe8|f01_dell|Jeff Clarke|vice chairman,COO|Dell|
probe8|f01_dell|Yvonne McGill|CFO|Dell|
probe8|f01_dell|David Kennedy|CFO|Dell|Yvonne McGill
probe8|f01_dell|Michael Dell|chairman,CEO|Dell|
probe8|f02_vodafonethree|Max Taylor|CEO|VodafoneThree|
probe8|f02_vodafonethree|Margherita Della Valle|CEO|Vodafone|
probe8|f02_vodafonethree|Luka Mucic|CFO|Vodafone|
probe8|f02_vodafonethree|Pilar López|CFO|Vodafone|Luka Mucic
probe8|f03_nec|Takayuki Morita|president,CEO|NEC|
probe8|f03_nec|Osamu Fujikawa|CFO|NEC|
probe8|f03_nec|Toshifumi Yoshizaki|CFO|NEC|Osamu Fujikawa
probe8|f04_hexaware|R. Srikrishna|CEO|Hexaware|
probe8|f04_hexaware|Vikash Jain|CFO|Hexaware|Kapil Modi
probe8|f05_infineon|Jochen Hanebeck|CEO|Infineon|
probe8|f05_infineon|Sven Schneider|CFO|Infineon|
probe8|f06_moonshot|Yang Zhilin|founder,CEO|Moonshot|
probe8|f06_moonshot|Zhang Yutong|president|Moonshot|
probe8|f07_swisscom|Walter Renna|CEO|Fastweb|
probe8|f07_swisscom|Christoph Aeschlimann|CEO|Swisscom|
probe8|f07_swisscom|Eugen Stermetz|CFO|Swisscom|
probe8|f07_swisscom|Mirjam Aubert|CFO|Swisscom|Eugen Stermetz
probe8|f08_telstra|Kim Krogh Andersen|head|venture|
probe8|f08_telstra|Michael Ackland|CFO|Telstra|
probe8|f08_telstra|Amanda Hutton|CEO|Telstra InfraCo|
probe8|f08_telstra|Vicki Brady|CEO|Telstra|
probe8|f08_telstra|John Mullen|chairman|Telstra|
probe8|f08_telstra|Craig Dunn|chairman|Telstra|John Mullen
probe9|g01_cisco|Chuck Robbins|chairman,CEO|Cisco|
probe9|g01_cisco|Mark Patterson|CFO|Cisco|Scott Herren
probe9|g02_accenture|Julie Sweet|CEO|Accenture|
probe9|g02_accenture|Manish Sharma|CEO,head|Reinvention Services|
probe9|g02_accenture|Angie Park|CFO|Accenture|KC McClure
probe9|g03_micron|Sanjay Mehrotra|CEO|Micron|
probe9|g03_micron|Mark Murphy|CFO|Micron|
probe9|g04_kddi|Hiromichi Matsuda|president|KDDI|
probe9|g04_kddi|Nanae Saishoji|CFO|KDDI|
probe9|g05_bharti|Gopal Vittal|vice chairman,managing director|Bharti Airtel|
probe9|g05_bharti|Shashwat Sharma|managing director,CEO|Bharti Airtel|
probe9|g06_telefonica|Marc Murtra|chairman,CEO|Telefonica|Jose Maria Alvarez-Pallete
probe9|g06_telefonica|Christian Gebara|CEO|Telefonica Brasil|
probe9|g06_telefonica|Laura Abasolo|CFO|Telefonica|
probe9|g06_telefonica|Emilio Gayo|COO|Telefonica|
probe9|g07_sea|Forrest Li|chairman,CEO|Sea|
probe9|g07_sea|Chris Feng|president|Shopee|
probe9|g08_netease|William Ding|CEO,founder|NetEase|
probe9|g08_netease|Zhou Feng|CEO|Youdao|
probe9|g08_netease|Charles Yang|CFO|NetEase|
probe10|adobe|Shantanu Narayen|chairman,CEO|Adobe|
probe10|adobe|Dan Durn|CFO|Adobe|
probe10|blinkit|Albinder Dhindsa|co-founder,CEO|Blinkit|
probe10|blinkit|Saurabh Kumar|co-founder|Blinkit|
probe10|blinkit|Deepinder Goyal|founder,CEO|Eternal|
probe10|blinkit|Rahul Ganjoo|head|District|
probe10|blinkit|Rakesh Ranjan|head|Zomato|
probe10|dassault|Pascal Daloz|CEO|Dassault Systèmes|Bernard Charlès
probe10|dassault|Bernard Charlès|chairman|Dassault Systèmes|
probe10|dassault|Rouven Bergmann|CFO|Dassault Systèmes|
probe10|delta|Yancey Hai|chairman|Delta Electronics|
probe10|delta|Ping Cheng|CEO|Delta Electronics|
probe10|equinix|Keith Taylor|CFO|Equinix|
probe10|equinix|Adaire Fox-Martin|CEO|Equinix|Charles Meyers
probe10|ocado|Tim Steiner|CEO,co-founder|Ocado|
probe10|ocado|Jason Gissing|co-founder|Ocado|
probe10|ocado|Jonathan Faiman|co-founder|Ocado|
probe10|ocado|Stephen Daintith|CFO|Ocado|
probe10|tokyo_electron|Toshiki Kawai|president,CEO|Tokyo Electron|
probe10|zte|Li Zixue|chairman|ZTE|
probe10|zte|Xu Ziyang|president|ZTE|
probe11|p11_01_temenos|Jean-Pierre Brulard|CEO|Temenos|Andreas Andreades
probe11|p11_01_temenos|Takis Spiliopoulos|CFO|Temenos|
probe11|p11_01_temenos|Thibault de Tersant|chairman|Temenos|
probe11|p11_02_lattice|Ford Tamer|CEO|Lattice|Jim Anderson
probe11|p11_02_lattice|Lorenzo Flores|CFO|Lattice|Sherri Luther
probe11|p11_03_panasonic|Yuki Kusumi|president,CEO|Panasonic|
probe11|p11_03_panasonic|Hirokazu Umeda|CFO|Panasonic|
probe11|p11_03_panasonic|Duncan Angove|CEO|Blue Yonder|
probe11|p11_04_lgcns|Hyun Shin-gyoon|CEO|LG CNS|
probe11|p11_05_tatacomm|Kabir Ahmed Shakir|CFO|Tata Communications|
probe11|p11_06_bilibili|Chen Rui|chairman,CEO|Bilibili|
probe11|p11_06_bilibili|Carly Lee|president,COO|Bilibili|
probe11|p11_07_singtel|Stephen Rue|CEO|Optus|Michael Venter
probe11|p11_07_singtel|Bill Chang|CEO|Digital InfraCo|
probe11|p11_07_singtel|Arthur Lang|CFO|Singtel|
probe11|p11_07_singtel|Yuen Kuan Moon|CEO|Singtel|
probe11|p11_08_synthesia|Victor Riparbelli|co-founder,CEO|Synthesia|
probe11|p11_08_synthesia|Steffen Tjerrild|co-founder,COO|Synthesia|
probe11|p11_08_synthesia|Peter Hill|CTO|Synthesia|
probe12|advantest|Douglas Lefever|CEO|Advantest|Yoshiaki Yoshida
probe12|advantest|Yoshiaki Yoshida|chairman|Advantest|
probe12|elevenlabs|Mati Staniszewski|CEO,founder,co-founder|ElevenLabs|
probe12|elevenlabs|Piotr Dąbkowski|CTO,founder,co-founder|ElevenLabs|
probe12|indosat|Vikram Sinha|president,CEO|Indosat|
probe12|indosat|Bayu Hanantasena|president|Lintasarta|
probe12|kingdee|Xu Shaochun|chairman,CEO|Kingdee|
probe12|larsen|R. Shankar Raman|CFO,president|L&T|
probe12|larsen|S.N. Subrahmanyan|chairman,managing director|L&T|
probe12|nextdc|Craig Scroggie|CEO,managing director|NEXTDC|
probe12|nextdc|Oskar Tomaszewski|CFO|NEXTDC|
probe12|nextdc|Anna Kowalczyk|COO|NEXTDC|Simon Cooper
probe12|soitec|Frédéric Lissalde|CEO|Soitec|Pierre Barnabé
probe12|soitec|Léa Alzingre|CFO|Soitec|
probe12|totvs|Dennis Herszkowicz|CEO|Totvs|
probe13|horizon|Yu Kai|founder,CEO|Horizon Robotics|
probe13|horizon|Huang Chang|co-founder,CTO|Horizon Robotics|
probe13|khazna|Hassan Alnaqbi|CEO|Khazna|
probe13|netweb|Sanjay Lodha|chairman,managing director|Netweb|
probe13|opentext|Mark J. Barrenechea|vice chairman,CEO,CTO|OpenText|
probe13|opentext|Paul Duggan|CFO|OpenText|
probe13|sakura|Kunihiro Tanaka|president,CEO,founder|Sakura Internet|
probe13|sakura|Masaki Date|COO|Sakura Internet|
probe13|telenor|Kaaren Hilsen|CEO|Telenor AI Factory|
probe13|telenor|Benedicte Schilbred Fasmer|CEO|Telenor Amp|
probe13|telenor|Sigve Brekke|CEO|Telenor|
probe13|telenor|Torbjørn Wist|CFO|Telenor|
probe13|tietoevry|Endre Rangnes|president,CEO|Tietoevry|Kimmo Alkio
probe13|tietoevry|Kimmo Alkio|president,CEO|Tietoevry|
probe13|tietoevry|Tomi Hyryläinen|CFO|Tietoevry|
probe13|wiwynn|Emily Hong|chairman,CEO|Wiwynn|
probe13|wiwynn|William Lin|president|Wiwynn|
probe14|01_asseco|Adam Góral|chairman,president,founder|Asseco|
probe14|01_asseco|Karolina Rzońca-Bajorek|vice president|Asseco|
probe14|02_nice|Scott Russell|CEO,head|NICE|Barak Eilam
probe14|02_nice|Beth Gaspich|CFO|NICE|
probe14|02_nice|Barak Eilam|CEO,head|NICE|
probe14|03_datatec|Bob Bailkoski|CEO|Logicalis|
probe14|03_datatec|Jens Montanana|chairman,CEO|Datatec|
probe14|03_datatec|Ivan Dittrich|CFO,finance director|Datatec|
probe14|04_locaweb|Fernando Cirne|CEO|Locaweb|
probe14|04_locaweb|Rafael Chamas|CFO|Locaweb|
probe14|05_indra|José Vicente de los Mozos|CEO|Indra|
probe14|05_indra|Ángel Escribano|chairman|Indra|
probe14|06_advantech|K.C. Liu|chairman|Advantech|
probe14|06_advantech|Miller Chang|president|Embedded IoT|
probe14|07_vnet|Qiyu Wang|CFO|VNET|
probe14|07_vnet|Josh Sheng Chen|founder,chairman|VNET|
probe14|08_happiest|Ashok Soota|founder,chairman|Happiest Minds|
probe14|08_happiest|Venkatraman Narayanan|managing director,CFO|Happiest Minds|
"""
SETS = ("probe3", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "probe11", "probe12", "probe13", "probe14")
BASE = Path(__file__).resolve().parent.parent / "tests" / "data" / "firstcontact"


def gold() -> list[tuple]:
    out = []
    for line in GOLD.strip().splitlines():
        s, doc, person, titles, org, pred = line.split("|")
        out.append((s, doc, person, tuple(titles.split(",")), org, pred or None))
    return out


def dump() -> list[tuple]:
    from aikg.extract.pipeline import extract_bytes
    rows = []
    for s in SETS:
        for p in sorted((BASE / s / "docs").iterdir()):
            for f in extract_bytes(p.read_bytes(), p.name).facts:
                if f.kind == "role":
                    rows.append((s, p.name, f.person.label, f.role, f.organization.label if f.organization else "",
                                 f.status or "", f.since or "", f.predecessor.label if f.predecessor else ""))
    return rows


def read_dump(path: str) -> list[tuple]:
    return [tuple(x.strip() for x in line.split("|")) for line in Path(path).read_text().splitlines() if line.strip()]


def _org_ok(gold_org: str, stored: str) -> bool:
    g, s = gold_org.lower(), stored.lower()
    sq_g, sq_s = g.replace(" ", ""), s.replace(" ", "")
    return bool(s) and (g.split()[0] in s.split() or s.split()[0] in g.split() or g in s or s in g
                        or sq_s.startswith(sq_g) or sq_g.startswith(sq_s))


def score(rows: list[tuple]) -> tuple[dict, list[str]]:
    by: dict[str, dict] = {}
    misses = []
    for s, doc, person, titles, org, pred in gold():
        c = by.setdefault(s, dict(stated=0, right=0, cut=0, wrong_org=0, missing=0, preds=0, preds_right=0))
        c["stated"] += 1
        mine = [r for r in rows if r[0] == s and r[1].startswith(doc) and r[3] in titles]
        full = [r for r in mine if r[2].lower() == person.lower()]
        if any(_org_ok(org, r[4]) for r in full):
            c["right"] += 1
            verdict = None
        elif full:
            c["wrong_org"] += 1
            verdict = f"wrong org ({', '.join(sorted({r[4] or '-' for r in full}))})"
        elif any(r[2].lower() in person.lower() or person.lower().startswith(r[2].lower()) for r in mine if r[2]):
            c["cut"] += 1
            verdict = "name cut (" + ", ".join(sorted({r[2] for r in mine})) + ")"
        else:
            c["missing"] += 1
            verdict = "missing"
        if pred:
            c["preds"] += 1
            if any(r[7].lower() == pred.lower() for r in full):
                c["preds_right"] += 1
            elif verdict is None:
                verdict = f"predecessor {pred} not stored"
        if verdict:
            misses.append(f"| {s} | {doc} | {person} | {'/'.join(titles)} of {org} | {verdict} |")
    return by, misses


def main(argv: list[str]) -> None:
    rows = read_dump(argv[argv.index("--dump") + 1]) if "--dump" in argv else dump()
    by, misses = score(rows)
    print("| set | stated | right | name cut | wrong org | missing | predecessors stated | stored |")
    print("|---|---|---|---|---|---|---|---|")
    tot = dict.fromkeys(next(iter(by.values())), 0)
    for s in SETS:
        c = by[s]
        print(f"| {s} | {c['stated']} | {c['right']} | {c['cut']} | {c['wrong_org']} | {c['missing']} | {c['preds']} | {c['preds_right']} |")
        for k in tot:
            tot[k] += c[k]
    print(f"| all | {tot['stated']} | {tot['right']} | {tot['cut']} | {tot['wrong_org']} | {tot['missing']} | {tot['preds']} | {tot['preds_right']} |")
    print()
    print("| set | doc | person | role | not right |")
    print("|---|---|---|---|---|")
    print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv[1:])
