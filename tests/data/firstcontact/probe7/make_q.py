import json
def amt(x, unit):
    # x string like "3.41", unit billion/million/trillion/crore
    f=float(x.replace(',',''))
    mult={'billion':1e9,'million':1e6,'trillion':1e12,'crore':1e7}[unit]
    n=int(round(f*mult))
    v=[f"{x} {unit}", f"{n:,}", str(n)]
    if unit=='billion': v+= [f"{x}bn", f"{x} bn", f"{x}b"]
    if unit=='million': v+= [f"{x}m", f"{x} mn", f"{x}mn"]
    if unit=='trillion': v+= [f"{x}tn", f"{x} tn"]
    if unit=='crore': v+= [f"{x} cr"]
    # scientific
    import math
    e=int(math.floor(math.log10(n))); m=n/10**e
    v.append(f"{m:g}e{e}"); v.append(f"{m:g}e+{e}")
    return v
def pct(x): return [f"{x}%", f"{x} %", f"{x} percent", f"{x} per cent"]
D={}
D['p7_01_servicenow_q3_2025.txt']=[
 ("metric","How much subscription revenue did ServiceNow book in the September 2025 quarter?",[amt("3.30","billion")+["3.3 billion","3.3bn","3,300,000,000","3300000000"]]),
 ("metric","What was ServiceNow's cRPO at the end of Q3 2025?",[amt("11.35","billion")]),
 ("guidance","What is ServiceNow's new full-year 2025 subscription revenue guidance, and what was it before?",[["12,835","12835","12.835"],["12,775","12775","12.775"]]),
 ("person","Who is ServiceNow's CFO?",[["gina mastantuono","mastantuono"]]),
 ("investment","How much did ServiceNow pay for Moveworks?",[amt("2.85","billion")]),
 ("model","Which reasoning model did ServiceNow build together with Nvidia?",[["apriel nemotron 15b","apriel-nemotron-15b","apriel nemotron"]]),
 ("segment","How fast did ServiceNow's EMEA revenue grow in the third quarter?",[pct("24")]),
 ("share","What share of the worldwide IT service management software market does IDC attribute to ServiceNow?",[pct("44")+["0.44"]]),
 ("reason","Why did ServiceNow raise its subscription revenue outlook?",[["federal"],["now assist"]]),
 ("no-answer","How many employees does ServiceNow have?",None),
]
D['p7_02_orange_business.txt']=[
 ("metric","What revenue did Orange Business generate in 2024?",[amt("7.9","billion")+["7,900,000,000"]]),
 ("person","Who runs Orange Business?",[["aliette mousnier-lompré","mousnier-lompre","mousnier-lompré","aliette mousnier"]]),
 ("product","What is Orange Business's generative AI platform called?",[["live intelligence"]]),
 ("partner","Which company is Orange's partner in the Bleu sovereign cloud joint venture?",[["capgemini"]]),
 ("share","What is Orange Business's share of the French IT services market according to IDC?",[pct("11")+["0.11"]]),
 ("reason","Why did Orange Business's EBITDAaL decline in the first nine months?",[["voluntary departure","departure plan","restructuring"]]),
 ("metric","How much revenue did Orange Cyberdefense make in 2024?",[amt("1.2","billion")]),
 ("person","Who is the chief executive of the Orange group?",[["christel heydemann","heydemann"]]),
 ("partner","Which AI model providers does Orange work with?",[["mistral"],["openai"]]),
 ("no-answer","What was Orange Business's operating margin in 2024?",None),
]
D['p7_03_hitachi_q2_fy2025.txt']=[
 ("guidance","To what level did Hitachi raise its adjusted EBITA forecast for the year to March 2026, and from what?",[amt("1.21","trillion"),amt("1.17","trillion")]),
 ("segment","What revenue did Hitachi's Digital Systems & Services segment post in the fiscal second quarter?",[amt("660","billion")]),
 ("person","Who succeeded Keiji Kojima as Hitachi's CEO?",[["toshiaki tokunaga","tokunaga"]]),
 ("investment","Which company did Hitachi acquire in April 2025?",[["synvert"]]),
 ("investment","How much did Hitachi pay for GlobalLogic?",[amt("9.6","billion")]),
 ("product","Which Nvidia GPUs will Hitachi's US AI factory use?",[["rtx pro 6000"]]),
 ("metric","How much capital expenditure does Hitachi forecast for the fiscal year?",[amt("560","billion")]),
 ("reason","Why did Hitachi upgrade its profit outlook?",[["energy","data center","transformer","grid"]]),
 ("person","Who is Hitachi's chief financial officer?",[["tomomi kato"]]),
 ("no-answer","What was GlobalLogic's operating profit in the quarter?",None),
]
D['p7_04_kt_corp.txt']=[
 ("investment","How much are KT and Microsoft investing together, and over what period?",[amt("2.4","trillion"),["five years","5 years","five-year","5-year","p5y"]]),
 ("person","Who is the CEO of KT?",[["kim young-shub","kim young shub","young-shub"]]),
 ("model","What is the name of KT's own large language model?",[["mi:dm","midm"]]),
 ("model","How many parameters does the Mi:dm 2.0 Base model have?",[["11.5 billion","11.5b","11.5-billion","11,500,000,000","11500000000"]]),
 ("segment","What revenue did KT Cloud report last year?",[amt("785","billion")]),
 ("investment","What stake does KT hold in Rebellions?",[pct("13")+["0.13"]]),
 ("share","What is KT's share of South Korean mobile subscriptions according to Counterpoint?",[pct("22")+["0.22"]]),
 ("metric","What cumulative AI and IT revenue does KT expect from the Microsoft deal by 2029?",[amt("4.6","trillion")]),
 ("competitor","Which Korean carriers compete with KT in AI?",[["sk telecom"],["lg uplus","lg u+"]]),
 ("no-answer","What was KT's net profit in 2023?",None),
]
D['p7_05_techmahindra_q2fy26.md']=[
 ("metric","What was Tech Mahindra's net profit in Q2 FY26?",[amt("1,194","crore")+["1194 crore","11,940,000,000","11940000000"]]),
 ("metric","How much revenue did Tech Mahindra report for the quarter ended September 30, 2025?",[amt("13,995","crore")+["13995 crore","139,950,000,000","139950000000"]]),
 ("person","Whom did Mohit Joshi replace as Tech Mahindra's CEO?",[["gurnani"]]),
 ("metric","What was Tech Mahindra's EBIT margin in the second quarter of fiscal 2026?",[pct("12.1")+["0.121"]]),
 ("metric","What deal wins (TCV) did Tech Mahindra report in Q2 FY26?",[amt("816","million")]),
 ("model","What is Tech Mahindra's Hindi large language model called?",[["indus"]]),
 ("reason","Why did Tech Mahindra's profit fall in the September quarter?",[["tax"]]),
 ("person","Who is Tech Mahindra's CFO?",[["rohit anand"]]),
 ("guidance","What EBIT margin is Tech Mahindra targeting by fiscal 2027?",[pct("15")+["0.15"]]),
 ("no-answer","How much did Tech Mahindra spend on capital expenditure in rupees in Q2 FY26?",None),
]
D['p7_06_kingsoft_cloud_q2_2025.txt']=[
 ("segment","What were Kingsoft Cloud's public cloud revenues in Q2 2025?",[amt("1,595.1","million")+["1595.1 million","1.5951 billion","1.6 billion","1,595,100,000","1595100000"]]),
 ("metric","How much total revenue did Kingsoft Cloud make in the second quarter of 2025?",[amt("2,349.5","million")+["2349.5 million","2.35 billion","2,349,500,000","2349500000"]]),
 ("segment","How fast did Kingsoft Cloud's enterprise cloud revenue grow?",[pct("12")+["0.12"]]),
 ("person","Who is Kingsoft Cloud's chief executive?",[["zou tao"]]),
 ("investment","What capex does Kingsoft Cloud expect for 2025?",[amt("10","billion")]),
 ("partner","Which strategic shareholder does Kingsoft Cloud provide cloud services to for its AI models?",[["xiaomi"]]),
 ("share","What was Kingsoft Cloud's share of China's public cloud IaaS market in 2024 according to IDC?",[pct("3")+["0.03"]]),
 ("investment","How much did Kingsoft Cloud raise in its April 2025 share placement?",[amt("2.3","billion")]),
 ("product","Which domestic accelerator chips does Kingsoft Cloud use for inference?",[["kunlunxin","p800"]]),
 ("no-answer","How many customers does Kingsoft Cloud have?",None),
]
D['p7_07_mediatek_note.txt']=[
 ("metric","What was MediaTek's revenue in the third quarter of 2025?",[amt("142.1","billion")]),
 ("guidance","What revenue does MediaTek guide for Q4 2025?",[["130"],["139"]]),
 ("share","What share of global smartphone application processor shipments did MediaTek have in Q2 2025 per Counterpoint?",[pct("36")+["0.36"]]),
 ("product","What is MediaTek's new flagship smartphone chip?",[["dimensity 9500"]]),
 ("product","Which superchip did MediaTek co-design with Nvidia?",[["gb10"]]),
 ("guidance","How much cloud AI ASIC revenue does MediaTek expect in 2026?",[amt("1","billion")+["1.0 billion","$1bn"]]),
 ("person","Who is MediaTek's CEO?",[["rick tsai"]]),
 ("competitor","Which companies compete with MediaTek in custom ASICs?",[["broadcom"],["marvell"]]),
 ("reason","Why is MediaTek's fourth-quarter revenue expected to decline?",[["seasonal","inventory"]]),
 ("no-answer","How many employees does MediaTek have?",None),
]
D['p7_08_ovhcloud_fy2025.html']=[
 ("metric","What was OVHcloud's revenue for fiscal 2025?",[amt("1,085","million")+["1085 million","1.085 billion","1.09 billion"]]),
 ("segment","How much did OVHcloud's Public Cloud business bring in during fiscal 2025?",[amt("197","million")]),
 ("person","Who became OVHcloud's CEO in October 2025?",[["benjamin revcolevschi","revcolevschi"]]),
 ("person","Who did Revcolevschi succeed as OVHcloud chief executive?",[["octave klaba","klaba"]]),
 ("guidance","What revenue growth does OVHcloud expect in fiscal 2026?",[["5"],["7"]]),
 ("product","What is OVHcloud's serverless AI model service called?",[["ai endpoints"]]),
 ("share","What is OVHcloud's share of the European cloud infrastructure market according to Synergy?",[["2%","2 %","2 percent","0.02"]]),
 ("reason","Why is OVHcloud's growth expected to slow in fiscal 2026?",[["price increase","price"],["small business","web hosting"]]),
 ("partner","Which French AI start-up did OVHcloud partner with in September?",[["mistral"]]),
 ("no-answer","What net income did OVHcloud report for fiscal 2025?",None),
]
out=[]
for i,(doc,qs) in enumerate(D.items(),1):
    assert len(qs)==10
    for j,(k,q,a) in enumerate(qs,1):
        d={"id":f"p7-{i:02d}-q{j:02d}","doc":doc,"kind":k,"question":q}
        if a is None: d["expect_status"]="no_answer"; d["answers_all"]=[]
        else: d["answers_all"]=[list(dict.fromkeys(x)) for x in a]
        out.append(d)
json.dump(out,open('questions.json','w'),indent=1,ensure_ascii=False)
print(len(out))
