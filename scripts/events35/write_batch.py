import json
S = "SANCTION"; I = "INVESTIGATE"; M = "MOBILIZE"
rows = [
 ("Ottawa froze bank accounts held by five senior Nicaraguan police commanders.", [("CAN", S, "NIC")]),
 ("Poland barred Belarusian-registered trucks from entering its territory from Saturday.", [("POL", S, "BLR")]),
 ("Japan tightened export controls on chipmaking equipment bound for China.", [("JPN", S, "CHN")]),
 ("Ghana recalled its high commissioner from Abuja in protest at the demolition of an embassy building.", [("GHA", S, "NGA")]),
 ("Washington could blacklist more Chinese drone makers if the shipments continue, a Commerce Department official said.", [("USA", S, "CHN", "hypothetical")]),
 ("Australia has not imposed tariffs on Indonesian steel, the trade minister told parliament.", [("AUS", S, "IDN", "negated")]),
 ("The European Union banned imports of Russian diamonds in its latest package of measures.", [("IGO", S, "RUS")]),
 ("Kazakhstan expelled a Ukrainian diplomat over remarks the envoy made about Russia.", [("KAZ", S, "UKR")]),
 ("Rabat suspended all flights between Morocco and Algeria after the row over the border.", [("MAR", S, "DZA")]),
 ("French prosecutors opened a probe into payments made by a Qatari fund to a Paris football club.", [("FRA", I, "QAT")]),
 ("Brazilian federal police are investigating a suspected bribery scheme involving Paraguayan customs officers.", [("BRA", I, "PRY")]),
 ("UN investigators began examining reports of mass graves in Sudan's Darfur region.", [("IGO", I, "SDN")]),
 ("Germany's federal prosecutor is looking into whether Syrian intelligence officers tortured detainees.", [("DEU", I, "SYR")]),
 ("Kenyan detectives are probing the shooting of a Pakistani reporter on a highway outside Nairobi.", [("KEN", I, "PAK")]),
 ("Seoul has not opened any investigation into the Japanese fishing company, officials said.", [("KOR", I, "JPN", "negated")]),
 ("Indian tax officials are investigating a Chinese smartphone maker over alleged evasion.", [("IND", I, "CHN")]),
 ("An Argentine judge ordered an inquiry into the sinking of a Chinese trawler off Patagonia.", [("ARG", I, "CHN")]),
 ("Nigeria would investigate the deaths of Cameroonian traders if Yaounde handed over its evidence, a spokesman said.", [("NGA", I, "CMR", "hypothetical")]),
 ("Armenia put its forces on combat alert after reports of Azerbaijani troop movements near the frontier.", [("ARM", M, "AZE")]),
 ("Beijing dispatched coast guard vessels to waters near the Philippine-held shoal.", [("CHN", M, "PHL")]),
 ("Greece deployed extra border guards along the Evros river as tensions with Turkey rose.", [("GRC", M, "TUR")]),
 ("Iran called up reservists amid fears of an Israeli attack on its nuclear facilities.", [("IRN", M, "ISR")]),
 ("Algeria reinforced its military presence on the frontier with Mali.", [("DZA", M, "MLI")]),
 ("Pakistan has not moved troops towards the Afghan border, the army's spokesman said.", [("PAK", M, "AFG", "negated")]),
 ("Caracas massed armoured units near the Essequibo region, which Guyana administers.", [("VEN", M, "GUY")]),
 ("Ethiopia sent several divisions to its border with Eritrea, diplomats said.", [("ETH", M, "ERI")]),
 ("Egypt could deploy forces to the Libyan frontier if the militias advance east, President Abdel Fattah al-Sisi said.", [("EGY", M, "LBY", "hypothetical")]),
 ("Slovakia will not transfer its remaining MiG fighter jets to Ukraine, the defence minister said.", [("SVK", "AID", "UKR", "negated")]),
 ("Spain transferred two air defence batteries to Kyiv last month.", [("ESP", "AID", "UKR")]),
 ("Guyana took Venezuela to the world court over the disputed border region.", [("GUY", "ACCUSE", "VEN")]),
 ("Italy dispatched two navy vessels loaded with bottled water and generators to flood-hit Libya.", [("ITA", "AID", "LBY")]),
 ("Qatar has financed a mobile clinic and two water plants for displaced families in Yemen.", [("QAT", "AID", "YEM")]),
 ("Interfax quoted a Russian general as saying Moscow would strike any Polish airfield used by Ukrainian jets.", [("RUS", "THREATEN", "POL")]),
 ("Manila accused Chinese vessels of ramming a supply boat near a disputed reef.", [("PHL", "ACCUSE", "CHN")]),
 ("The Indonesian foreign minister met her Australian counterpart in Jakarta on Tuesday.", [("IDN", "CONSULT", "AUS", None, True)]),
 ("Sudan demanded that Chad close its border to fighters crossing from Darfur.", [("SDN", "DEMAND", "TCD")]),
 ("Israeli jets bombed targets near Damascus airport overnight, Syrian state media said.", [("ISR", "ASSAULT", "SYR")]),
 ("Niger's junta released two detained Beninese customs officers.", [("NER", "RETREAT", "BEN")]),
 ("Thousands of Kenyans marched outside the Ugandan embassy to protest the detention of an opposition leader.", [("KEN", "PROTEST", "UGA")]),
 ("Hungary rejected a European Commission proposal to share out asylum seekers.", [("HUN", "REJECT", "IGO")]),
 ("Pyongyang vowed to intercept any US surveillance aircraft that crossed into its waters.", [("PRK", "THREATEN", "USA")]),
 ("Chile and Peru agreed to reopen their shared border crossings next month.", [("CHL", "AGREE", "PER", None, True)]),
]
with open("tests/gold/events_written35.jsonl", "w") as f:
    for i, (t, evs) in enumerate(rows, 1):
        out = []
        for e in evs:
            d = {"source_code": e[0], "event": e[1], "target_code": e[2]}
            if len(e) > 3 and e[3]:
                d["mode"] = e[3]
            if len(e) > 4 and e[4]:
                d["symmetric"] = True
            out.append(d)
        f.write(json.dumps({"id": f"w35-{i:02d}", "text": t, "events": out}) + "\n")
print(len(rows))
