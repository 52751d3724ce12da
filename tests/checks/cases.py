"""The written test set: sentences with each kind of problem (and what must be found), and sentences that must pass.

Shared by the tests (every expected finding found, nothing else) and benchmarks/checks.py (recall and false alarms).
"""

from __future__ import annotations

from releasedesk.checks.glossary import GlossaryEntry

GLOSSARY = (
    GlossaryEntry(
        "數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair", "Digital Ministry"), "agency"
    ),
    GlossaryEntry("行政院", "Executive Yuan", ("Cabinet",), "agency"),
    GlossaryEntry("資通安全署", "Administration for Cyber Security", (), "unit"),
    GlossaryEntry("高雄", "Kaohsiung", ("Kaoshiung",), "place"),
)

# (lang, text, {(code, matched text), ...})
PROBLEMS: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("zh-TW", "本部今日发布新措施。", {("simplified", "发")}),
    ("zh-TW", "这项计画将在明年实施。", {("simplified", c) for c in "这项计画将实"}),
    ("zh-TW", "她的头发很长。", {("simplified", c) for c in "头发长"}),
    ("zh-TW", "會議裏討論了預算。", {("variant", "裏")}),
    ("zh-TW", "爲民眾提供服務。", {("variant", "爲")}),
    ("zh-TW", "系統正在運行着。", {("variant", "着"), ("mainland-term", "運行")}),
    ("zh-TW", "本部開發的軟件已上架。", {("mainland-term", "軟件")}),
    ("zh-TW", "請連上無線網絡後再試。", {("mainland-term", "網絡")}),
    ("zh-TW", "用鼠標點擊按鈕即可。", {("mainland-term", "鼠標"), ("mainland-term", "點擊")}),
    ("zh-TW", "民眾可透過短信查詢。", {("mainland-term", "短信")}),
    ("zh-TW", "活動時間:上午10時。", {("half-width-punctuation", ":")}),
    ("zh-TW", "本計畫共分三階段,明年完成。", {("half-width-punctuation", ",")}),
    ("zh-TW", "你準備好了嗎?歡迎報名!", {("half-width-punctuation", "?"), ("half-width-punctuation", "!")}),
    ("zh-TW", "數位發展部(數發部)表示", {("half-width-punctuation", "("), ("half-width-punctuation", ")")}),
    ("zh-TW", "推動６大目標。", {("full-width-alphanumeric", "６")}),
    ("zh-TW", "與ＡＩ新創合作。", {("full-width-alphanumeric", "ＡＩ")}),
    ("zh-TW", "部長表示：「我們會持續努力。", {("unbalanced-bracket", "「")}),
    ("zh-TW", "請參閱《數位政策白皮書。", {("unbalanced-bracket", "《")}),
    ("zh-TW", "本計畫）將持續推動。", {("unbalanced-bracket", "）")}),
    ("zh-TW", "本部表示，，將持續推動。", {("doubled-punctuation", "，，")}),
    ("zh-TW", "活動圓滿結束。。", {("doubled-punctuation", "。。")}),
    ("zh-TW", "本部 今日宣布新措施。", {("stray-space", " ")}),
    ("zh-TW", "數位　　發展", {("stray-space", "\u3000\u3000")}),
    ("zh-TW", "預計於二〇二六年三月五日上線。", {("numeral", "二〇二六年"), ("numeral", "三月五日")}),
    ("zh-TW", "編列預算五千萬元。", {("numeral", "五千萬")}),
    ("zh-TW", "使用率成長百分之十五。", {("numeral", "百分之十五")}),
    ("zh-TW", "共服務一萬八千人次。", {("numeral", "一萬八千")}),
    ("zh-TW", "台灣的數位韌性持續提升。", {("tai-form", "台")}),
    ("zh-TW", "前往台北與台中。", {("tai-form", "台"), ("tai-form", "台")}),
    ("en", "The ministry will recieve applications.", {("misspelt", "recieve")}),
    ("en", "Goverment services are now online.", {("misspelt", "Goverment")}),
    ("en", "The program is accesible to all residents.", {("misspelt", "accesible")}),
    ("en", "It was a succesful pilot in two citys.", {("misspelt", "succesful"), ("misspelt", "citys")}),
    ("en", "The Ministry of Digital Affair announced a plan.", {("glossary-deprecated", "Ministry of Digital Affair")}),
    ("en", "The Cabinet approved the budget.", {("glossary-deprecated", "Cabinet")}),
    ("en", "Volunteers in Kaoshiung joined.", {("glossary-deprecated", "Kaoshiung"), ("misspelt", "Kaoshiung")}),
]

PASSES: list[tuple[str, str]] = [
    ("zh-TW", "數位發展部今（24）日宣布，將自116年1月起擴大服務。"),
    ("zh-TW", "參與長者平均年齡71歲，其中逾三分之一表示從未獨立完成申辦。"),
    ("zh-TW", "會議於10:30開始，地點在臺北市。"),
    ("zh-TW", "「數位陪伴計畫」將擴大至全國120處社區據點。"),
    ("zh-TW", "試辦半年服務逾1萬8千人次　長者線上申辦成功率提升近三成"),
    ("zh-TW", "優先錄取能以臺灣台語、客語或原住民族語溝通的報名者。"),
    ("zh-TW", "詳情請見 https://www.digital-services.example/companion?a=1 網頁。"),
    ("zh-TW", "本部一律依法辦理，第一線人員十分辛苦。"),
    ("zh-TW", "有二、三十歲的居民搬回來遠距工作。"),
    ("zh-TW", "民宿現在可以在線上接受訂房與付款。"),
    ("zh-TW", "政府文件與社區據點的項目資料。"),
    ("zh-TW", "颱風期間請注意安全。"),
    ("zh-TW", "本部使用AI與5G技術，並採用Wi-Fi 6。"),
    ("zh-TW", "他說：「這很重要。」然後離開。"),
    ("zh-TW", "這裡的頭髮、發展、後來與皇后。"),
    ("en", "Minister Lin Shu-wei said the program will expand in Taipei and Kaohsiung."),
    ("en", "Visit https://www.moda.gov.tw/en or write to press@moda.gov.tw for details."),
    ("en", "MODA and the NCC tested 5G hotspots with 1,500 volunteers."),
    ("en", "The Ministry of Digital Affairs announced the plan on Tuesday."),
    ("en", "The farmers' union and Yilan's residents welcomed the Wi-Fi upgrade."),
    ("en", "Median speeds rose thirteenfold, to 358 Mbps, in served villages."),
]

KNOWN_MISSES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # 于 is also a traditional character (a surname), so OpenCC's data cannot call it simplified
    ("zh-TW", "會議于明日舉行。", {("simplified", "于")}),
    # 后 is traditional too (皇后): 以后 is a simplified spelling of 以後 only in context
    ("zh-TW", "以后將持續推動。", {("simplified", "后")}),
    # a half-width full stop is not on the list: 3.5 and www.example.tw make it ambiguous
    ("zh-TW", "本部今日宣布新措施.", {("half-width-punctuation", ".")}),
    # a month alone (no day) is not an unmistakable date
    ("zh-TW", "去年三月起試辦。", {("numeral", "三月")}),
    # real-word errors: Hunspell knows "there"
    ("en", "The ministry will publish there report.", {("misspelt", "there")}),
    # 數據 is in ALSO_TAIWAN_USAGE (common in Taiwan for statistics), so its IT sense (資料) is not suggested
    ("zh-TW", "將數據存入雲端資料庫。", {("mainland-term", "數據")}),
]
"""Problems the checks do not find, on purpose or by limit of their data: counted in the recall benchmark."""
