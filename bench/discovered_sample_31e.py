"""Hand verdicts (issue31e) on a random sample of 200 discovered entities of the seen sets' extraction at
ca65f61 (random.seed(31) over the dump's order: bench/discovered-entities-31e.md says how it was made).
Keyed by (set, document, label); the cause of each entity that is not a name of the right kind."""
NAME = "name"                    # a real name, kind right (or close enough: a brand as Product)
WRONG_KIND = "wrong kind"        # a real name typed as the wrong kind (a company as Segment or Product)
LAYOUT = "layout label"          # a field label, run-in heading, cue or heading in capitals ("Rating:", "SAY:")
MEASURE = "measure label"        # a measure's name as a list line's label ("EBITDA:")
NUMBERED = "numbered/figure"     # a numbered part, a figure, a date or an address ("Slide 7", "Applications 36.2")
CUT = "cut/fragment"             # a name cut or glued ("Bangladesh's Grameenphone", "Flat Panel Display")
COMMON = "common term"           # a common technical term or code, no name ("FP8", a ticker code)
TITLE = "title word"             # a title's word ("Chief")

VERDICTS = {
    ("probe5", "03_nokia_q3_2025", "NYSE"): WRONG_KIND,
    ("probe5", "03_nokia_q3_2025", "Nokia Technologies"): WRONG_KIND,
    ("probe6", "p6_07_zhipu", "FP8"): COMMON,
    ("probe7", "p7_06_kingsoft_cloud_q2_2025", "Adjusted EBITDA"): MEASURE,
    ("probe9", "g03_micron_fq4_2025", "Rating"): LAYOUT,
    ("probe10", "adobe_q4fy2024_release", "GAAP EPS"): MEASURE,
    ("probe10", "equinix_wire_feb2025", "Digital Realty Trust"): WRONG_KIND,
    ("probe10", "ocado_investor_diary", "Issue 212"): NUMBERED,
    ("probe10", "tokyo_electron_note", "Flat Panel Display"): CUT,
    ("probe10", "tokyo_electron_note", "Yen appreciation"): LAYOUT,
    ("probe12", "elevenlabs_newsletter", "People"): LAYOUT,
    ("probe13", "telenor_ai_factory_feature", "Bangladesh's Grameenphone"): CUT,
    ("probe13", "tietoevry_q3_2024_exchange_release", "STOCK EXCHANGE RELEASE"): LAYOUT,
    ("probe14", "04_locaweb_results_table", "LWSA3"): COMMON,
    ("probe15", "04_safaricom_competition_decision", "Matter"): LAYOUT,
    ("probe16", "03_ytl_power_credit_rating_note", "AA1"): NUMBERED,
    ("probe17", "02_reply_wrapped", "Applications 36.2"): NUMBERED,
    ("probe17", "04_credicorp_trading_update", "Lima 12"): NUMBERED,
    ("probe17", "06_systems_limited_liveblog", "Headline"): LAYOUT,
    ("probe17", "06_systems_limited_liveblog", "On AI"): LAYOUT,
    ("probe17", "08_maroc_telecom_by_the_numbers", "MAD 5.10"): NUMBERED,
    ("probe18", "ibiden_investor_day_slides", "Hanami Securities"): WRONG_KIND,
    ("probe18", "ibiden_investor_day_slides", "Slide 11"): NUMBERED,
    ("probe18", "ibiden_investor_day_slides", "Slide 16"): NUMBERED,
    ("probe18", "ibiden_investor_day_slides", "Slide 2"): NUMBERED,
    ("probe18", "ibiden_investor_day_slides", "Slide 7"): NUMBERED,
    ("probe19", "06_deepl_hiring_story", "Top500"): WRONG_KIND,
    ("probe19", "07_mercadolibre_season_wrap", "Jumia"): WRONG_KIND,
    ("probe19", "08_tm_regulator_market_study", "Vantage Data Centers"): WRONG_KIND,
    ("probe20", "01_serpro_tender-award", "TOTAL AWARDED"): LAYOUT,
    ("probe20", "01_serpro_tender-award", "Value"): LAYOUT,
    ("probe20", "02_mastek_shareholder-email", "EBITDA"): MEASURE,
    ("probe20", "05_atnorth_esg-report", "Scope 1"): NUMBERED,
    ("probe20", "07_omantel_vendor-case-study", "Wave 1"): NUMBERED,
    ("probe20", "08_inspur_fund-letter", "Cash"): LAYOUT,
    ("probe21", "01_megaport_podcast_shownotes", "Megaport Cloud Router"): WRONG_KIND,
    ("probe21", "01_megaport_podcast_shownotes", "PCCW Global"): WRONG_KIND,
    ("probe21", "04_technologyone_speaker_notes", "SLIDE 5"): NUMBERED,
}
