"""Places and organisations: the article's locality, names that start with a place, places that stand for
their governments, and words that only look like places."""
from __future__ import annotations

from kg.document import Meta
from kg.gazetteer import gazetteer
from kg.model import Holding, Participation, Place, Report
from kg.pipeline import build_text


def _holdings(ag):
    return {(ag.entities[h.person].name, h.post, ag.entities[h.organisation].name if h.organisation else "")
            for h in ag.facts if isinstance(h, Holding)}


def test_the_headline_place_is_the_locality_even_when_another_is_named_more():
    ag = build_text("2月27日，全市文化旅游工作会议在青州市召开。市委副书记刘志强出席会议。"
                    "青州市、青州市文旅局作交流发言。青州古城游客增长明显。",
                    Meta(id="t-head", title="潍坊市文化旅游工作会议在青州召开", published="2024-02-28"))
    assert ("刘志强", "副书记", "潍坊市委") in _holdings(ag)


def test_companies_named_with_their_place_are_organisations():
    ag = build_text("会上，浙江长兴机械股份有限公司、湖州恒达纺织有限公司等企业负责人作交流发言。", Meta(id="t-co", place="湖州市"))
    orgs = {e.name: e.kind for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert orgs.get("浙江长兴机械股份有限公司") == "Enterprise" and orgs.get("湖州恒达纺织有限公司") == "Enterprise"


def test_places_named_alone_as_those_who_report_stand_for_their_governments():
    from kg.model import Report

    ag = build_text("3月5日，全市项目建设调度会召开。会上，南湖区、秀洲区作交流发言，平湖市分别作表态发言。"
                    "南湖区的项目进度较快。", Meta(id="t-rep", place="嘉兴市"))
    reports = {(ag.entities[f.unit].name, f.kind) for f in ag.facts if isinstance(f, Report)}
    assert reports == {("南湖区人民政府", "report"), ("秀洲区人民政府", "report"), ("平湖市人民政府", "statement")}
    # a list holding something that is no place (a development zone) is left alone
    ag = build_text("3月5日，全市项目建设调度会召开。会上，高新区、南湖区作交流发言。", Meta(id="t-rep2", place="嘉兴市"))
    assert not [f for f in ag.facts if isinstance(f, Report)]


def test_words_that_contain_a_county_name_are_no_place():
    def places(text, place):
        ag = build_text(text, Meta(id="t-w", place=place))
        return {e.name for e in ag.entities.values() if type(e).__name__ == "Place"}

    # 示范县: a demonstration county, not 范县 (Henan); after a place name 范县 is one
    assert "范县" not in places("力争3个县建成省级示范县。", "恩施土家族苗族自治州")
    assert "范县" in places("濮阳市范县县委书记到访。", "濮阳市")
    # 会同 (together with) before a local bureau, in an article about another county
    assert "会同县" not in places("县应急管理局要会同县财政局开展检查。", "安吉县")
    assert "会同县" in places("会同县财政局局长发言。", "怀化市")


def test_office_abbreviations_get_their_full_names():
    ag = build_text("县政府办、县委办负责同志参加会议。", Meta(id="t-office", place="安吉县"))
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert {"安吉县人民政府办公室", "安吉县委办公室"} <= orgs


def test_report_cues_come_from_the_roles_lexicon():
    from kg.model import Report

    ag = build_text("12月5日，全省安全生产电视电话会议召开。省住房和城乡建设厅、省消防救援总队作了发言。"
                    "省林业局就森林防火工作作了介绍。县委常委彭丽华围绕生态保护作重点发言。县委常委张敏作重点发言。"
                    "据介绍，全省共有3所学校。", Meta(id="t-cues", place="甘肃省"))
    reports = _report_topics(ag)
    assert {("甘肃省住房和城乡建设厅", ""), ("甘肃省消防救援总队", ""), ("甘肃省林业局", "森林防火工作"),
            ("彭丽华", "生态保护"), ("张敏", "")} <= reports
    assert len(reports) == 5  # 据介绍 reports nothing; a person's 发言 without a topic is a report without one


def test_a_reporting_list_of_townships_and_institutions_names_each_unit():
    from kg.model import Report

    ag = build_text("3月1日，全县工作会议召开。会上，城关街道、马站镇、龙门乡作表态发言。各乡镇作了发言。",
                    Meta(id="t-town", place="沂水县"))
    assert {ag.entities[f.unit].name for f in ag.facts if isinstance(f, Report)} == {"城关街道", "马站镇", "龙门乡"}
    ag = build_text("3月1日，全市就业工作座谈会召开。湖西大学、湖西职业技术学院、湖西恒通机械有限公司作交流发言。",
                    Meta(id="t-inst", place="宜昌市"))
    assert {ag.entities[f.unit].name for f in ag.facts if isinstance(f, Report)} == {
        "湖西大学", "湖西职业技术学院", "湖西恒通机械有限公司"}


def test_a_development_zone_keeps_the_short_place_name_of_its_official_name():
    ag = build_text("金华经济技术开发区管委会作交流发言。", Meta(id="t-zone", place="金华市"))
    assert "金华经济技术开发区管委会" in {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}


def _reports(ag):
    return {(ag.entities[f.unit].name, f.kind) for f in ag.facts if isinstance(f, Report)}


def _report_topics(ag):
    return {(ag.entities[f.unit].name, f.topic) for f in ag.facts if isinstance(f, Report)}


def test_a_list_sharing_the_name_of_a_body_set_up_for_a_task_or_an_unlisted_bureau():
    ag = build_text("6月1日，全省防汛会议召开。会上，南昌、赣州市防汛抗旱指挥部分别汇报了防汛工作情况。", Meta(id="t-l1", place="江西省"))
    assert _reports(ag) == {("南昌市防汛抗旱指挥部", "report"), ("赣州市防汛抗旱指挥部", "report")}
    ag = build_text("7月3日，全省河长制会议召开。会上，岳阳、益阳市河长办汇报了工作情况。", Meta(id="t-l2", place="湖南省"))
    assert _reports(ag) == {("岳阳市河长办", "report"), ("益阳市河长办", "report")}
    ag = build_text("3月1日，县政府常务会议召开。县文化和广电体育局汇报了工作。要构建市县联动格局。", Meta(id="t-l3", place="松阳县"))
    assert _reports(ag) == {("松阳县文化和广电体育局", "report")}
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert not [o for o in orgs if o.endswith("格局")]


def test_provinces_listed_by_their_short_names_share_the_departments_name():
    ag = build_text("9月1日，农业农村部召开秋收工作座谈会。吉林、河南、山东省农业农村厅作交流发言。", Meta(id="t-l4"))
    assert _reports(ag) == {(p + "省农业农村厅", "report") for p in ("吉林", "河南", "山东")}



def test_provinces_listed_without_a_level_word_or_counted_before_it_and_a_division_of_the_convening_bureau():
    """A national bureau's meeting held in a province: 青海、四川林草局 (no level word), 吉林、辽宁等2省农业农村厅
    (counted, 2省 naming no body of its own), 局X司 (the bureau's own division, though the text names a city)."""
    ag = build_text("6月3日，国家林业和草原局在陕西省榆林市召开全国防沙治沙推进会。会上，青海、四川林草局和吉林、辽宁等2省"
                    "农业农村厅作交流发言，局规划财务司介绍了有关情况。与会代表观摩了靖边县柳树湾林场。", Meta(id="t-l5"))
    assert _reports(ag) == {("青海省林业和草原局", "report"), ("四川省林业和草原局", "report"),
                            ("吉林省农业农村厅", "report"), ("辽宁省农业农村厅", "report"),
                            ("国家林业和草原局规划财务司", "report")}
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert "靖边县柳树湾林场" in orgs and "省农业农村厅" not in orgs


TOWNS = ("3月5日，县防汛工作会议在城北街道召开。会上，河口镇、石门乡、城北街道作表态发言。"
         "要推进特色小镇和重点镇建设，各乡镇要加强城乡统筹。白沙镇党委书记王刚出席会议。")


def test_townships_are_places_under_their_county_and_their_bodies_organisations():
    from kg.model import Place

    ag = build_text(TOWNS, Meta(id="t-town", place="沂水县"))
    towns = {(e.name, ag.entities[f"place:{e.parent_code}"].name) for e in ag.entities.values()
             if isinstance(e, Place) and e.level == "township"}
    # words for townships in general (小镇, 重点镇, 乡镇, 城乡) are none
    assert towns == {(t, "沂水县") for t in ("河口镇", "石门乡", "城北街道", "白沙镇")}
    assert _reports(ag) == {("河口镇", "statement"), ("石门乡", "statement"), ("城北街道", "statement")}
    assert ("王刚", "书记", "白沙镇党委") in _holdings(ag)
    # a township named in a city's article with no county before it has no known parent: no place
    ag = build_text("5月1日，全市会议召开。白沙镇作交流发言。安吉县孝丰镇汇报了情况。", Meta(id="t-town2", place="湖州市"))
    towns = {e.name for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"}
    assert towns == {"孝丰镇"}


def test_a_list_of_bare_names_before_a_township_shares_its_suffix():
    ag = build_text("3月5日，区城市更新推进会召开。会上，杨柳、青石、谢家湾街道作交流发言。", Meta(id="t-town3", place="九龙坡区"))
    assert _reports(ag) == {(n + "街道", "report") for n in ("杨柳", "青石", "谢家湾")}


def test_townships_are_valid_places_with_iris_under_their_county():
    from kg.rdf import to_rdf
    from kg.validate import validate
    from kg.vocab import ID, KG, RDF

    g = to_rdf(build_text(TOWNS, Meta(id="t-town4", place="沂水县")))
    towns = set(g.subjects(RDF.type, KG.Township))
    county = next(p for p in g.subjects(RDF.type, KG.County) if str(g.value(p, KG.name)) == "沂水县")
    assert ID["place/371323/河口镇"] in towns and g.value(ID["place/371323/河口镇"], KG.parent) == county
    assert not list(g.objects(ID["place/371323/河口镇"], KG.divisionCode))
    report = validate(g)
    assert report.conforms, report


def test_words_before_a_township_suffix_that_are_verbs_are_no_township():
    from kg.model import Place

    ag = build_text("3月5日，县城市更新推进会召开。陈书记叮嘱街道和施工单位把好质量关，指导街道做好宣传。"
                    "以四都乡为重点。", Meta(id="t-town5", place="松阳县"))
    towns = {e.name for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"}
    assert towns == {"四都乡"}


def test_short_names_of_places_a_meeting_is_held_in():
    from kg.model import Place

    def places(text, place=""):
        ag = build_text(text, Meta(id="t-venue", place=place))
        return {e.name for e in ag.entities.values() if isinstance(e, Place)}

    assert {"河南省", "郑州市"} <= places("10月16日，农业农村部在河南郑州召开秋粮收获座谈会。")
    # 长沙 is the city, not 长沙县 inside it
    assert "长沙市" in places("7月3日，全省河长制工作会议在长沙召开。", "湖南省")
    assert "长沙县" not in places("7月3日，全省河长制工作会议在长沙召开。", "湖南省")
    # 叶县长: a county head called 叶, not 叶县
    assert "叶县" not in places("3月1日，县政府常务会议召开。叶县长强调，要抓好茶产业。", "松阳县")


def test_a_body_that_meets_somewhere_convenes():
    from kg.model import Participation

    ag = build_text("11月5日上午，农业农村部在河南省周口市召开全国秋冬种工作现场推进会。", Meta(id="t-conv"))
    assert {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)} \
        == {("农业农村部", "convener")}


def test_national_agencies_provinces_and_cities_in_one_list_and_a_corps_departments():
    from kg.model import Organisation

    ag = build_text("12月3日，应急管理部、国家消防救援局召开全国冬春火灾防控工作视频会议。会上，北京、河北、广东省（市）"
                    "消防救援总队作交流发言。新疆生产建设兵团应急管理局、消防救援总队负责同志在分会场参加会议。", Meta(id="t-nat"))
    orgs = {e.name for e in ag.entities.values() if isinstance(e, Organisation)}
    assert {"国家消防救援局", "新疆生产建设兵团应急管理局", "新疆生产建设兵团消防救援总队"} <= orgs
    assert _reports(ag) == {(p + "消防救援总队", "report") for p in ("北京市", "河北省", "广东省")}


def test_a_list_of_townships_shares_the_body_after_the_last():
    ag = build_text("近日，县委召开乡镇党委书记述职评议会。会上，梅山、竹园、汤家汇镇党委书记进行现场述职。", Meta(id="t-tb", place="金寨县"))
    assert _reports(ag) == {(t + "镇党委", "report") for t in ("梅山", "竹园", "汤家汇")}


def test_a_township_right_after_its_county_needs_no_separator_after_it():
    from kg.model import Place

    ag = build_text("5月1日，全市信访工作会议召开。武陵区丹阳街道探索的恳谈会经验值得推广，榕江县古州镇等景区客流攀升。",
                    Meta(id="t-town6", place="常德市"))
    towns = {e.name for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"}
    assert towns == {"丹阳街道", "古州镇"}


def test_townships_reporting_with_their_heads_and_names_holding_the_words_for_town_or_city():
    ag = build_text("5月2日，县防汛工作会议召开。会上，河口、磨市、都镇湾镇负责同志作表态发言。要做到小事不出村、大事不出镇。"
                    "汪明对述职的3位乡镇党委书记逐一点评。", Meta(id="t-town4", place="沂水县"))
    assert _reports(ag) == {(n, "statement") for n in ("河口镇", "磨市镇", "都镇湾镇")}
    towns = {e.name for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"}
    assert towns == {"河口镇", "磨市镇", "都镇湾镇"}


def test_an_article_about_a_street_names_its_bodies_communities_and_convener():
    ag = build_text("昨天下午，沂水县城北街道召开安全生产推进会。街道党工委书记陈明出席并讲话，街道办事处主任刘丽主持会议。"
                    "会上，街道应急办通报了隐患排查情况，东关社区、西关社区作交流发言。", Meta(id="t-street", place="沂水县"))
    assert ("陈明", "书记", "城北街道党工委") in _holdings(ag) and ("刘丽", "主任", "城北街道办事处") in _holdings(ag)
    assert _reports(ag) == {("城北街道应急办", "report"), ("东关社区", "report"), ("西关社区", "report")}
    conveners = {ag.entities[f.participant].name for f in ag.facts if isinstance(f, Participation) and f.role == "convener"}
    assert conveners == {"城北街道"}
    # a street where a meeting is held is no convener
    ag = build_text("3月5日，县防汛工作会议在城北街道召开。", Meta(id="t-street2", place="沂水县"))
    assert not [f for f in ag.facts if isinstance(f, Participation) and f.role == "convener"
                and ag.entities[f.participant].name == "城北街道"]


def test_a_county_before_xiangcun_is_no_community_or_village_of_its_own():
    ag = build_text("2月3日，县委召开专题会议，就推进实施沂水乡村振兴战略进行部署。会上，东关社区、河口村作交流发言。",
                    Meta(id="t-village", place="沂水县"))
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert "沂水乡村" not in orgs and {"东关社区", "河口村"} <= orgs


def test_a_department_written_short_and_in_full_is_one_organisation_named_in_full():
    ag = build_text("5月6日，市发展和改革委员会召开会议。市发改委主任王刚主持，市发展改革委副主任李明参加。"
                    "会上，市住建局、市场监管局作交流发言。", Meta(id="t-short", place="邢台市"))
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert "邢台市发展和改革委员会" in orgs and not {"邢台市发改委", "邢台市发展改革委"} & orgs
    assert ("王刚", "主任", "邢台市发展和改革委员会") in _holdings(ag)
    assert "邢台市住房和城乡建设局" in orgs


def test_a_township_head_named_with_the_township_and_inner_mongolia_s_levels():
    ag = build_text("3月5日，全县项目调度会召开。白沙镇镇长陈立、河口乡乡长刘波依次汇报了项目推进情况。古城街道主任王刚参加。",
                    Meta(id="t-head2", place="沂水县"))
    assert {("陈立", "镇长", "白沙镇人民政府"), ("刘波", "乡长", "河口乡人民政府"), ("王刚", "主任", "古城街道办事处")} <= \
        _holdings(ag)
    ag = build_text("3月1日，盟防灭火指挥部会议召开。盟委副书记、盟长、盟防灭火指挥部总指挥长巴特尔出席会议，"
                    "副盟长其木格主持会议。盟应急管理局、阿巴嘎旗作交流发言。", Meta(id="t-meng", place="锡林郭勒盟"))
    assert {("巴特尔", "副书记", "锡林郭勒盟委"), ("巴特尔", "盟长", "锡林郭勒盟行政公署"),
            ("巴特尔", "总指挥长", "锡林郭勒盟防灭火指挥部"), ("其木格", "副盟长", "锡林郭勒盟行政公署")} <= _holdings(ag)
    assert {u for u, _ in _reports(ag)} == {"锡林郭勒盟应急管理局", "阿巴嘎旗人民政府"}
    # outside Inner Mongolia 盟 and 旗 are words (联盟, 红旗), not levels
    ag = build_text("5月1日，产业联盟办公室召开会议。", Meta(id="t-meng2", place="郑州市"))
    assert not [e for e in ag.entities.values() if type(e).__name__ == "Organisation" and "盟" in e.name]


def test_a_one_character_township_in_a_list_a_topic_after_weirao_and_a_place_before_a_market_bureau():
    ag = build_text("5月1日，全市耕地保护工作领导小组会议召开。会上，稻田镇、侯镇、河口街道围绕耕地问题整改作交流发言。"
                    "寿光市市场监督管理局局长王刚参加。", Meta(id="t-hou", place="寿光市"))
    assert {("稻田镇", "耕地问题整改"), ("侯镇", "耕地问题整改"), ("河口街道", "耕地问题整改")} <= \
        {(ag.entities[r.unit].name, r.topic) for r in ag.facts if type(r).__name__ == "Report"}
    assert ("王刚", "局长", "寿光市市场监督管理局") in _holdings(ag)
    # alone, one character before 镇 is no township (该镇, 各镇)
    ag = build_text("5月1日，全市会议召开。该镇、各镇要抓好落实。", Meta(id="t-hou2", place="寿光市"))
    assert not [e for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"]


def test_a_list_of_townships_after_zai_and_no_township_inside_a_bureau_s_name():
    ag = build_text("5月1日，全县座谈会召开。要在莫干山、新市、禹越镇布局起降点。颍州、颍东、颍泉区住房城乡建设局作表态发言。",
                    Meta(id="t-zai", place="德清县"))
    towns = {e.name for e in ag.entities.values() if isinstance(e, Place) and e.level == "township"}
    assert towns == {"莫干山镇", "新市镇", "禹越镇"}


def test_a_full_name_that_starts_with_a_short_form_is_kept_and_the_anti_drug_committee():
    ag = build_text("6月1日，市禁毒委员会全体会议召开。副市长、市禁毒委常务副主任韩涛主持会议。市卫生健康委员会、市卫生健康委党组、"
                    "甲县禁毒委作交流发言。", Meta(id="t-full", place="锦州市"))
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert {"锦州市禁毒委员会", "锦州市卫生健康委员会", "锦州市卫生健康委员会党组"} <= orgs
    assert not [o for o in orgs if "员会员会" in o]
    assert ("韩涛", "常务副主任", "锦州市禁毒委员会") in _holdings(ag)


def test_the_people_s_armed_forces_department_by_its_short_form():
    ag = build_text("7月1日，全区征兵工作动员部署会召开。区人武部汇报了上半年征兵工作情况。", Meta(id="t-wu", place="旌阳区"))
    assert _reports(ag) == {("旌阳区人民武装部", "report")}


def _report_units(ag):
    from kg.model import Report

    return {ag.entities[r.unit].name for r in ag.facts if isinstance(r, Report)}


def test_bodies_of_a_congress_and_a_cppcc_committee_are_their_own_organisations():
    ag = build_text("6月3日，市政协主席韩立新主持召开市政协主席会议。会议听取了市政协经济和科技委员会关于数字经济发展"
                    "情况的汇报，听取了市人大常委会法制工作委员会关于立法计划的说明。市政协办公厅负责同志列席会议。",
                    Meta(id="t-chamber", place="洛阳市"))
    orgs = {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert {"洛阳市政协经济和科技委员会", "洛阳市政协办公厅"} <= orgs
    assert "洛阳市政协经济和科技委员会" in _report_units(ag)
    assert ("韩立新", "主席", "洛阳市政协") in _holdings(ag)  # a post after the chamber is no body of it


def test_a_chain_after_a_standing_committee_keeps_its_party_group_and_office():
    ag = build_text("5月9日，县人大常委会主任曹文斌主持召开主任会议。县人大常委会副主任孔令华、邱月明，党组成员、"
                    "办公室主任石磊出席会议。", Meta(id="t-chamber2", place="临泉县"))
    rows = _holdings(ag)
    assert {("石磊", "党组成员", "临泉县人大常委会党组"), ("石磊", "主任", "临泉县人大常委会办公室")} <= rows
    assert not any(org == "临泉县委办公室" for _, _, org in rows)


def test_a_democratic_party_committee_is_no_party_committee_and_a_list_keeps_names_with_he():
    ag = build_text("8月2日，区政协常委会议召开。区政协文化文史和学习委员会、民建滨湖区委、荣巷街道作交流发言。",
                    Meta(id="t-party", place="滨湖区"))
    kinds = {e.name: e.kind for e in ag.entities.values() if type(e).__name__ == "Organisation"}
    assert kinds.get("民建滨湖区委") == "DemocraticParty" and "滨湖区委" not in kinds
    assert {"滨湖区政协文化文史和学习委员会", "民建滨湖区委", "荣巷街道"} <= _report_units(ag)


def test_bureaus_written_by_their_stems_share_the_last_one_s_suffix():
    ag = build_text("6月5日，全县安全生产视频调度会召开。县交通运输、住建、能源局负责同志作表态发言。",
                    Meta(id="t-stems", place="沁县"))
    assert _report_units(ag) == {"沁县交通运输局", "沁县住房和城乡建设局", "沁县能源局"}
    # one stem that is no department with the suffix (文明局): none of the list is read
    ag = build_text("6月5日，全县会议召开。县财政、文明局负责同志作表态发言。", Meta(id="t-stems2", place="沁县"))
    assert "沁县财政局" not in {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}


def _org_names(ag):
    return {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}


def test_bodies_that_hold_a_training_jointly_convene_it():
    ag = build_text("9月2日，临沂市安全生产委员会办公室、临沂市消防救援支队联合举办2024年消防安全业务培训会。",
                    Meta(id="t-hold", place="临沂市"))
    conveners = {ag.entities[p.participant].name for p in ag.facts
                 if isinstance(p, Participation) and p.role == "convener"}
    assert conveners == {"临沂市安全生产委员会办公室", "临沂市消防救援支队"}
    ag = build_text("4月3日，市就业工作领导小组召开会议。今年以来，全市举办专场招聘会42场、培训班6期。",
                    Meta(id="t-held-many", place="临沂市"))  # events counted are no meeting of their own
    assert [e.name for e in ag.entities.values() if type(e).__name__ == "Meeting"] == ["临沂市就业工作领导小组会议"]


def test_offices_of_commissions_and_headquarters():
    ag = build_text("6月1日，县防汛抗旱指挥部办公室召开会议。县食品安全委员会、县文明办负责同志参加。",
                    Meta(id="t-office", place="沂水县"))
    assert {"沂水县防汛抗旱指挥部办公室", "沂水县食品安全委员会", "沂水县文明办"} <= _org_names(ag)


def test_a_headline_naming_the_prefecture_for_short_keeps_it_the_locality():
    # 红河州 is the prefecture, not its 红河县
    ag = build_text("11月3日，红河州文旅工作推进会召开。会上，泸西县、石屏县、绿春县人民政府作表态发言。"
                    "州直有关部门，各县市文化和旅游局负责人参加会议。",
                    Meta(id="t-zhou", title="红河州召开文旅工作推进会", place="红河哈尼族彝族自治州"))
    units = {ag.entities[r.unit].name for r in ag.facts if isinstance(r, Report)}
    assert units == {"泸西县人民政府", "石屏县人民政府", "绿春县人民政府"}


def test_a_list_of_bare_names_before_a_township_whose_name_reads_as_a_verb():
    ag = build_text("3月5日，区委召开动员会。古城、龙岗、通惠街道党工委作表态发言。", Meta(id="t-tonghui", place="綦江区"))
    assert {"古城街道党工委", "龙岗街道党工委", "通惠街道党工委"} <= _org_names(ag)


def test_service_centres_report():
    ag = build_text("近日，县委召开会议。县乡村振兴服务中心汇报了防返贫监测工作情况，某某居家养老服务中心作交流发言。",
                    Meta(id="t-centre", place="城步苗族自治县"))
    assert {"城步苗族自治县乡村振兴服务中心", "某某居家养老服务中心"} <= _org_names(ag)


def test_townships_listed_in_full_share_an_office_after_the_last():
    ag = build_text("3月14日，县河长制工作会议召开。会上，桃花镇、清溪镇、白沙镇河长办作交流发言，石门镇派出所作表态发言。",
                    Meta(id="t-offices", place="酉阳土家族苗族自治县"))
    assert _report_units(ag) == {"桃花镇河长办", "清溪镇河长办", "白沙镇河长办", "石门镇派出所"}


def test_a_township_right_after_a_verb_whose_object_it_is():
    ag = build_text("5月6日，区委第一巡察组巡察龙泉街道党工委情况反馈会召开。街道党工委书记邓华主持会议。",
                    Meta(id="t-after-verb", place="璧山区"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert "龙泉街道" in places and "龙泉街道党工委" in _org_names(ag)


def _places(ag):
    return {e.name: e.parent_code for e in ag.entities.values() if isinstance(e, Place)}


def test_townships_the_gazetteer_lists_are_placed_where_no_county_is_named():
    # a city with no counties: its towns are directly under it
    ag = build_text("3月2日，市委召开镇党委书记述职评议会。会上，虎门镇、塘厦镇党委书记现场述职。", Meta(id="t-dg", place="东莞市"))
    dongguan = gazetteer().by_name["东莞市"][0].code
    assert _places(ag).get("虎门镇") == dongguan and _places(ag).get("塘厦镇") == dongguan
    assert {"虎门镇党委", "塘厦镇党委"} <= _report_units(ag)
    # a name that starts with a word that usually ends one (和): after a boundary, the gazetteer decides
    ag = build_text("5月6日，旌阳区召开防汛工作会议。会上，和新镇作表态发言。", Meta(id="t-he", place="旌阳区"))
    assert "和新镇" in _places(ag)
    ag = build_text("5月6日，渝北区召开防汛工作会议。会上，两路街道作表态发言。", Meta(id="t-two", place="渝北区"))
    assert "两路街道" in _places(ag)  # the segmenter reads 两路 as a numeral


def test_a_place_several_share_is_the_one_that_holds_the_towns_the_text_names():
    ag = build_text("6月3日，鼓楼区召开文明城市创建推进会。区委书记韩冰出席会议。会上，宁海路街道作交流发言。",
                    Meta(id="t-gulou", place="鼓楼区"))
    nanjing_gulou = next(d.code for d in gazetteer().by_name["鼓楼区"] if d.parent == "320100")
    committee = next(e for e in ag.entities.values() if type(e).__name__ == "Organisation" and e.name == "鼓楼区委")
    assert committee.place_code == nanjing_gulou  # Nanjing's 鼓楼区, not Fuzhou's, Xuzhou's or Kaifeng's
    assert _places(ag).get("宁海路街道") == nanjing_gulou


def test_a_two_character_county_name_before_ji_is_no_place():
    ag = build_text("会议要求，各乡镇和县级有关部门要抓好落实。", Meta(id="t-hexian", place="安吉县"))
    assert "和县" not in _places(ag)


def _participants(ag):
    return {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}


def test_bodies_listed_before_a_group_of_their_leaders_are_not_participants():
    ag = build_text("3月1日，市委召开常委会会议。市委副书记、市长韦某某出席会议，市人大常委会、市政府、市政协有关领导列席会议。",
                    Meta(id="t", place="荔浦市"))
    assert not {n for n, r in _participants(ag) if r == "attendee"} & {"荔浦市人大常委会", "荔浦市人民政府", "荔浦市政协"}
    assert ("韦某某", "attendee") in _participants(ag)


def test_the_regions_party_committee_and_no_bureau_made_of_a_phrase():
    ag = build_text("3月1日，市委召开常委会会议，传达学习自治区党委全会精神。马县长要求县农业农村局一周内拿出整改方案。",
                    Meta(id="t", place="荔浦市"))
    orgs = {e.name for e in ag.entities.values() if e.__class__.__name__ == "Organisation"}
    assert "广西壮族自治区党委" in orgs
    assert not any("要求" in n for n in orgs)


def test_discipline_groups_stationed_in_listed_departments_report_not_the_departments():
    ag = build_text("1月18日，市纪委监委召开派驻纪检监察组组长述职评议会。会上，驻市教育局、市卫生健康委、市住房城乡建设局纪检监察组"
                    "组长分别围绕履行监督责任情况进行现场述职。", Meta(id="t", place="潍坊市"))
    groups = {f"潍坊市纪委监委驻潍坊市{d}纪检监察组" for d in ("教育局", "卫生健康委员会", "住房和城乡建设局")}
    assert _reports(ag) == {(g, "report") for g in groups}
    orgs = {e.name for e in ag.entities.values() if e.__class__.__name__ == "Organisation"}
    assert groups | {"潍坊市教育局", "潍坊市卫生健康委员会"} <= orgs
    topics = {f.topic for f in ag.facts if f.__class__.__name__ == "Report"}
    assert topics == {"履行监督责任情况"}


def test_a_group_stationed_by_a_named_discipline_body_is_one_organisation():
    ag = build_text("3月1日，省自然资源厅召开会议。刘某某（省纪委监委驻省自然资源厅纪检监察组组长）出席会议。", Meta(id="t", place="山东省"))
    group = "山东省纪委监委驻山东省自然资源厅纪检监察组"
    assert ("刘某某", "组长", group) in _holdings(ag)
    orgs = {e.name for e in ag.entities.values() if e.__class__.__name__ == "Organisation"}
    assert {group, "山东省纪委监委", "山东省自然资源厅"} <= orgs


def test_a_listed_township_after_words_is_named_without_them():
    ag = build_text("近日，县委召开常委会会议。会议要求，要以三坡镇、九龙镇、石亭镇为重点扎实推进和美乡村建设。", Meta(id="t", place="涞水县"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert {"三坡镇", "九龙镇", "石亭镇"} <= places
    assert not any(p.endswith("三坡镇") and p != "三坡镇" for p in places)


def test_each_county_and_district_bureau_in_brackets_is_a_group_not_a_bureau():
    ag = build_text("11月5日，全市职业教育座谈会召开。各县（市）区教育局、部分职业院校参加会议。", Meta(id="t", place="鞍山市"))
    orgs = {e.name for e in ag.entities.values() if e.__class__.__name__ == "Organisation"}
    assert not any(n.endswith("教育局") for n in orgs)


def test_a_body_inside_a_list_of_topics_heard_reports_nothing():
    ag = build_text("近日，区委书记梁某主持召开区委常委会会议，听取党纪学习教育、区委巡察等工作情况汇报。会议听取了区水务局、"
                    "区教育局工作汇报。", Meta(id="t", place="江岸区"))
    assert _reports(ag) == {("江岸区水务局", "report"), ("江岸区教育局", "report")}


def test_a_station_named_after_a_townships_short_name_and_topics_shared_out():
    ag = build_text("3月1日，诸佛庵镇召开防汛工作动员部署会。镇水利站、诸佛庵派出所分别围绕水库安全度汛、群众转移安置作表态发言。",
                    Meta(id="t", place="霍山县"))
    reports = _report_topics(ag)
    assert ("诸佛庵派出所", "群众转移安置") in reports
    assert ("诸佛庵镇水利站", "水库安全度汛") in reports


def test_topics_shared_out_in_the_order_the_units_are_named_but_not_aspects_of_each():
    ag = build_text("3月1日，全市重点项目建设视频调度会召开。曹县、巨野县、郓城县政府分别就项目要素保障、招商引资、项目前期手续办理"
                    "作了汇报。", Meta(id="t", place="菏泽市"))
    reports = _report_topics(ag)
    assert reports == {("曹县人民政府", "项目要素保障"), ("巨野县人民政府", "招商引资"), ("郓城县人民政府", "项目前期手续办理")}
    ag = build_text("3月1日，全市教育工作推进会召开。市教育局、市卫生健康委分别围绕课后服务、校园安全等情况作交流发言。",
                    Meta(id="t", place="菏泽市"))
    assert {f.topic for f in ag.facts if f.__class__.__name__ == "Report"} == {"课后服务、校园安全等情况"}


def test_a_document_explained_or_interpreted_is_the_topic_of_the_report():
    ag = build_text("3月1日，市政府召开第36次常务会议。会议研究了《某市减轻学生作业负担工作方案》，市教育体育局作了说明。"
                    "镇长胡某某解读了《某镇防汛应急预案》。", Meta(id="t", place="禄丰市"))
    reports = _report_topics(ag)
    assert {("禄丰市教育体育局", "《某市减轻学生作业负担工作方案》"), ("胡某某", "《某镇防汛应急预案》")} <= reports


def test_townships_listed_in_full_share_the_body_that_reports_and_their_heads_report_around_a_topic():
    ag = build_text("3月1日，县委召开现场推进会。湾岭镇、红毛镇、上安乡党委作交流发言。", Meta(id="t", place="琼中黎族苗族自治县"))
    assert _reports(ag) == {(t + "党委", "report") for t in ("湾岭镇", "红毛镇", "上安乡")}
    ag = build_text("12月27日，县委召开述职评议会。会上，江孜镇、紫金乡、重孜乡、年堆乡党委书记围绕抓党建促乡村振兴作现场述职。",
                    Meta(id="t", place="江孜县"))
    assert _reports(ag) == {(t + "党委", "report") for t in ("江孜镇", "紫金乡", "重孜乡", "年堆乡")}


def test_districts_named_after_their_city_report_as_their_governments_and_the_rural_work_office():
    ag = build_text("11月5日，全省现场推进会召开。会议由省委农办、省农业农村厅主办。会上，徐州市贾汪区、宿迁市泗洪县作交流发言。",
                    Meta(id="t", place="江苏省"))
    assert _reports(ag) == {("贾汪区人民政府", "report"), ("泗洪县人民政府", "report")}
    assert ("江苏省委农村工作领导小组办公室", "convener") in _participants(ag)


def test_a_prefecture_named_diqu_reports_as_its_administrative_office_and_a_city_management_commission():
    ag = build_text("11月5日上午，自治区安委会召开视频会议。伊犁哈萨克自治州、喀什地区作交流发言。", Meta(id="t", place="新疆维吾尔自治区"))
    assert _reports(ag) == {("伊犁哈萨克自治州人民政府", "report"), ("喀什地区行政公署", "report")}
    ag = build_text("3月1日，区委召开常委会会议。区水务局、区城市管理委分别就河道治理和扬尘管控作补充汇报。", Meta(id="t", place="北辰区"))
    assert ("北辰区城市管理委员会", "report") in _reports(ag)


def test_a_county_s_area_is_no_county_named_before_it():
    ag = build_text("会议指出，全州县域内住院人次占比提高到90%。", Meta(id="t-xianyu", place="红河哈尼族彝族自治州"))
    assert "全州县" not in {e.name for e in ag.entities.values() if isinstance(e, Place)}


def test_a_city_s_hospital_named_by_its_level_reports():
    ag = build_text("1月5日，全市卫生健康工作会议召开。会上，市卫健局作工作报告，市医院、市中医院作交流发言。", Meta(id="t-hosp", place="龙岩市"))
    units = {ag.entities[f.unit].name for f in ag.facts if isinstance(f, Report)}
    assert {"龙岩市医院", "龙岩市中医院"} <= units


def test_a_city_bureau_s_county_branch_and_a_county_water_office_report():
    ag = build_text("3月1日，全县治水工作会议召开。会上，县治水办通报了全县治水工作考核情况；金华市生态环境局武义分局、县水利局作表态发言。",
                    Meta(id="t-fenju", place="武义县"))
    units = {ag.entities[f.unit].name for f in ag.facts if isinstance(f, Report)}
    assert {"武义县治水办", "金华市生态环境局武义分局", "武义县水利局"} <= units
    assert "金华市生态环境局" not in units


def test_townships_governed_by_a_verb_and_named_with_xiang():
    """要加快暖泉、枝柯、宁乡镇卫生院…: a list after a verb names the county's townships (宁乡镇, whose name
    ends in 乡, too), each with its 卫生院; 推进金罗镇… a township right after a verb. Only townships the
    division list holds in the article's county: elsewhere the words stay words."""
    text = ("11月3日，县政府召开常务会议。会议要求，要加快暖泉、枝柯、宁乡镇卫生院标准化建设，"
            "加快推进金罗镇、车鸣峪乡两个产业园建设。")
    ag = build_text(text, Meta(id="t", place="中阳县"))
    places = _places(ag)
    assert {"暖泉镇", "枝柯镇", "宁乡镇", "金罗镇", "车鸣峪乡"} <= set(places)
    zhongyang = gazetteer().lookup("中阳县").code
    assert all(places[t] == zhongyang for t in ("暖泉镇", "宁乡镇", "金罗镇"))
    assert {"暖泉镇卫生院", "枝柯镇卫生院", "宁乡镇卫生院"} <= _org_names(ag)
    assert not any(p.startswith(("加快", "快", "推进", "进")) for p in places)
    other = _places(build_text(text, Meta(id="t", place="柏乡县")))
    assert not {"暖泉镇", "枝柯镇", "金罗镇"} & set(other)


def test_a_report_made_after_a_report_heard():
    """听取了A的汇报，B介绍了X情况: B's clause is a report it made, with its topic; a second unit's
    关于Y的汇报 after the comma is still one heard."""
    ag = build_text("6月2日，县政府召开常务会议。会议听取了县教育局的汇报，县财政局介绍了教育经费保障情况。",
                    Meta(id="t", place="中阳县"))
    assert _report_topics(ag) >= {("中阳县教育局", ""), ("中阳县财政局", "教育经费保障情况")}
    ag = build_text("6月2日，县政府召开常务会议。会议听取了县教育局关于控辍保学的汇报，县财政局关于经费保障的汇报。",
                    Meta(id="t", place="中阳县"))
    assert _report_topics(ag) >= {("中阳县教育局", "控辍保学"), ("中阳县财政局", "经费保障")}


def test_national_banks_and_their_branches():
    """中国农业发展银行 and 国家开发银行 are national bodies; 农发行 is the first by its short name, and
    农发行河北省分行 its branch, not the bank itself."""
    ag = build_text("3月5日，农业农村部召开春耕生产视频调度会。中国农业发展银行介绍了春耕信贷支持情况，"
                    "国家开发银行作交流发言，农发行河北省分行作表态发言。", Meta(id="t", place=""))
    assert {"中国农业发展银行", "国家开发银行", "中国农业发展银行河北省分行"} <= _org_names(ag)
    assert _report_topics(ag) >= {("中国农业发展银行", "春耕信贷支持情况"), ("国家开发银行", ""),
                                  ("中国农业发展银行河北省分行", "")}
    assert len([u for u, _ in _report_topics(ag) if u == "中国农业发展银行"]) == 1


def test_a_level_word_that_ends_a_noun_names_no_body():
    """老旧小区改造…联席会议, 社区…领导小组: 区 ends 小区 and 社区; no 区 body of the district is named."""
    ag = build_text("近日，梅林街道召开老旧小区改造和燃气安全工作联席会议。各社区工作领导小组负责落实。",
                    Meta(id="t", place="福田区"))
    assert not any(n.startswith("福田区") and n.endswith(("联席会议", "领导小组")) for n in _org_names(ag))


def test_persons_named_after_the_cue_report_for_their_bracketed_bodies():
    """…现场述职，述职人依次为：A（X镇党委书记）、B（Y乡党委书记）: the reports are of X镇党委 and Y乡党委;
    the secretary who 对述职情况逐一点评 makes none."""
    ag = build_text("1月8日，县委召开乡镇党委书记抓基层党建工作述职评议会。会上，2名乡镇党委书记现场述职，"
                    "述职人依次为：赵德明（东关镇党委书记）、钱秀兰（南川乡党委书记），其余乡镇党委书记书面述职。"
                    "县委书记孙建国对述职情况逐一点评。", Meta(id="t", place="中阳县"))
    units = {u for u, _ in _report_topics(ag)}
    assert {"东关镇党委", "南川乡党委"} <= units
    assert "孙建国" not in units and "中阳县委" not in units


def test_a_township_listed_after_a_conjunction_whose_name_ends_like_a_village():
    """…中心学校和芷村、草坝镇人民政府作表态发言: 芷村 (a name ending in 村) shares the suffix after 和,
    so each town's government makes a statement."""
    ag = build_text("9月3日，市政府召开动员部署会。市第一中学、冷泉镇中心学校和芷村、草坝镇人民政府作表态发言。",
                    Meta(id="t", place="蒙自市"))
    assert {"芷村镇人民政府", "草坝镇人民政府", "冷泉镇中心学校"} <= {u for u, _ in _report_topics(ag)}
    assert "芷村镇" in _places(ag)


def test_a_bay_that_takes_a_districts_short_name_is_no_district():
    """加快海棠湾、崖州湾片区…建设: bays, not 海棠区 and 崖州区; 崖州区政府 names the district."""
    ag = build_text("8月1日，三亚市召开推进会。会议要求，加快海棠湾、崖州湾片区污水管网建设。崖州区政府作表态发言。",
                    Meta(id="t", place="三亚市"))
    assert "海棠区" not in _places(ag) and "崖州区" in _places(ag)


def test_an_institution_in_a_list_is_no_township_and_a_township_after_its_county():
    """北川中学、擂鼓镇中心小学: no 北川中学镇; 县中医医院、上津、夹河镇卫生院: the list of towns starts after the
    hospital; 阿克苏市依干其乡 in a prefecture's article: the township the county named before it holds."""
    ag = build_text("9月1日，县政府召开会议。北川中学、擂鼓镇中心小学作交流发言。", Meta(id="t", place="北川羌族自治县"))
    assert "北川中学镇" not in _places(ag) and "擂鼓镇" in _places(ag)
    ag = build_text("9月1日，县卫生健康局召开会议。县人民医院、上津、夹河镇卫生院作交流发言。", Meta(id="t", place="郧西县"))
    assert {"上津镇", "夹河镇"} <= set(_places(ag))
    ag = build_text("10月18日，全地区林果业现场推进会召开。与会人员观摩了阿克苏市依干其乡的标准化果园。", Meta(id="t", place="阿克苏地区"))
    assert _places(ag).get("依干其乡") == gazetteer().lookup("阿克苏市").code


def test_a_surname_that_is_a_variant_of_another():
    """阎 is a surname of its own (beside 闫): 阎丽 holds the posts in brackets after her name."""
    ag = build_text("1月16日，区委召开述职评议会。区领导阎丽（区委常委、组织部部长）出席会议。", Meta(id="t", place="金水区"))
    assert ("阎丽", "部长", "金水区委组织部") in _holdings(ag)


def test_zones_stations_community_committees_and_a_grain_reserves_depot_report():
    """Development zones by full or short name, a province's 推广站, communities' Party committees and a
    central grain reserve's depot named by its place are bodies that report."""
    ag = build_text("3月1日，市政府召开经济运行调度会。常熟高新区、常熟经济技术开发区作表态发言。", Meta(id="t", place="常熟市"))
    assert {"常熟高新区", "常熟经济技术开发区"} <= {u for u, _ in _report_topics(ag)}
    ag = build_text("6月1日，省农业农村厅召开视频调度会。省植保植检站、省农机推广站介绍了夏收情况。", Meta(id="t", place="山东省"))
    assert "山东省农机推广站" in {u for u, _ in _report_topics(ag)}
    ag = build_text("9月1日，街道召开观摩会。会上，文苑路社区党委、东八里村社区党委作交流发言。", Meta(id="t", place="雁塔区"))
    assert {"文苑路社区党委", "东八里村社区党委"} <= {u for u, _ in _report_topics(ag)}
    ag = build_text("9月1日，市政府召开秋粮收购联席会议。中储粮绥化直属库汇报了收购准备情况。", Meta(id="t", place="绥化市"))
    assert ("中储粮绥化直属库", "收购准备情况") in _report_topics(ag)


def test_a_ministrys_own_departments_that_explain_generic_work_report_without_topic():
    """医政司、医疗应急司负责同志分别就相关工作作了说明: the convening ministry's 司 report; 相关工作 is no topic."""
    ag = build_text("近日，国家卫生健康委召开视频会议。医政司、医疗应急司负责同志分别就相关工作作了说明。", Meta(id="t", place=""))
    assert _report_topics(ag) >= {("国家卫生健康委医政司", ""), ("国家卫生健康委医疗应急司", "")}


def test_bodies_whose_heads_speak_report_and_bodies_whose_heads_attend_do_not():
    """A、B和C县政府主要负责同志在分会场作表态发言: each body makes a statement; A局、B局负责同志参加会议:
    the bodies are no attendees (their heads are); 州X局党组书记、局长Y作工作报告: the bureau reports."""
    ag = build_text("3月1日，市政府召开视频调度会议。市住房城乡建设局、市公安局和曹县、单县政府主要负责同志在分会场作表态发言。"
                    "市财政局、市审计局负责同志参加会议。", Meta(id="t", place="菏泽市"))
    assert {"菏泽市住房和城乡建设局", "菏泽市公安局", "曹县人民政府", "单县人民政府"} <= {u for u, _ in _report_topics(ag)}
    attendees = {ag.entities[p.participant].name for p in ag.facts if isinstance(p, Participation) and p.role == "attendee"}
    assert not attendees & {"菏泽市财政局", "菏泽市审计局"}
    ag = build_text("1月5日，全州教育工作会议召开。州教育局党组书记、局长金明哲作工作报告。", Meta(id="t", place="延边朝鲜族自治州"))
    assert "延边朝鲜族自治州教育局" in {u for u, _ in _report_topics(ag)}


def test_a_one_character_township_and_a_township_committees_posts():
    """来到范镇、南义镇…; 范镇就X作交流发言: a one-character name the county's list holds; 组织委员 is a post in
    the town's 党委; a post bracketed after 代表X."""
    ag = build_text("11月5日，全市乡村振兴现场推进会召开。与会人员来到范镇、南义镇观摩。会上，范镇就庭院经济作交流发言。"
                    "镇党委委员、组织委员张丽萍主持会议。特邀代表何建国（市人大常委会副主任）参加评议。", Meta(id="t", place="瑞昌市"))
    assert "范镇" in _places(ag) and ("范镇", "庭院经济") in _report_topics(ag)
    assert ("何建国", "副主任", "瑞昌市人大常委会") in _holdings(ag)


def test_words_after_a_county_and_a_county_wide_body_are_no_names():
    """在光山县召开全市乡村振兴…: no township 召开全市乡; 紧密型县域…联席会议: 县域 is no county's body."""
    ag = build_text("11月5日，市委在新县召开全市乡村振兴现场推进会。", Meta(id="t", place="信阳市"))
    assert not any(p.startswith("召开") for p in _places(ag))
    ag = build_text("近日，五华县召开紧密型县域医疗卫生共同体建设工作联席会议。", Meta(id="t", place="五华县"))
    assert not any("县域" in o for o in _org_names(ag))


def test_reports_of_a_ministrys_si_a_county_hospital_and_towns_that_share_experience():
    """部种植业管理司通报了…: the ministry's 司; 县藏医院; A、B、C镇卫生院交流了X做法: each reports on X;
    A、B街道党工委书记和C镇党委书记进行现场述职: all three bodies report; 对4名述职书记点评 is no report."""
    ag = build_text("近日，农业农村部召开全国秋冬种工作视频调度会。部种植业管理司通报了全国秋冬种进度。", Meta(id="t", place=""))
    assert ("农业农村部种植业管理司", "全国秋冬种进度") in _report_topics(ag)
    ag = build_text("近日，县卫生健康局召开医共体建设座谈会。县藏医院汇报了医共体运行情况；打柴沟、安远镇卫生院交流了双向转诊工作做法。",
                    Meta(id="t", place="天祝藏族自治县"))
    assert {("天祝藏族自治县藏医院", "医共体运行情况"), ("打柴沟镇卫生院", "双向转诊工作做法"),
            ("安远镇卫生院", "双向转诊工作做法")} <= _report_topics(ag)
    ag = build_text("1月5日，区委召开述职评议会。会上，上渡、金山街道党工委书记和盖山镇党委书记进行现场述职。"
                    "区委书记林文对3名述职书记逐一点评。", Meta(id="t", place="仓山区"))
    assert {u for u, _ in _report_topics(ag)} == {"上渡街道党工委", "金山街道党工委", "盖山镇党委"}


def test_a_townships_own_article_is_placed_in_its_county():
    """The metadata's place is a township (坡子街街道, or 天心区坡子街街道): a bare 区 body is that county's."""
    for place in ("坡子街街道", "天心区坡子街街道"):
        ag = build_text("近日，坡子街街道召开消防安全工作会议。区住建局、区消防救援大队负责同志到会指导。", Meta(id="t", place=place))
        assert {"天心区住房和城乡建设局", "天心区消防救援大队"} <= _org_names(ag)
    # a name the list holds in several counties places nothing
    ag = build_text("近日，三河镇召开防汛工作会议。区住建局负责同志参加。", Meta(id="t", place="三河镇"))
    assert not any(o.endswith("住房和城乡建设局") and len(o) > 9 for o in _org_names(ag))


def test_a_name_ending_like_a_place_is_no_item_of_a_list_and_a_safety_committee_is_one_body():
    """城固县委书记黄永年、洋县县委书记…: 永年 ends a person's name, no 永年区委; 区委两新工委书记 is a post in the
    committee's 两新工委; 区安委会 and 区安全生产委员会 are one body."""
    ag = build_text("1月24日，市委召开述职评议会。会上，城固县委书记黄永年、洋县县委书记孙志斌现场述职。", Meta(id="t", place="汉中市"))
    assert {u for u, _ in _report_topics(ag)} == {"城固县委", "洋县委"}
    ag = build_text("1月16日，区委召开述职评议会。区委常委、组织部部长、区委两新工委书记吴志刚出席会议。", Meta(id="t", place="武进区"))
    assert ("吴志刚", "书记", "武进区委两新工委") in _holdings(ag)
    ag = build_text("1月10日，区安全生产委员会全体（扩大）会议召开。副区长、区安委会主任谭凯出席。", Meta(id="t", place="雨花区"))
    assert [o for o in _org_names(ag) if "安" in o] == ["雨花区安全生产委员会"]


def test_counties_listed_before_he_share_the_body_and_a_township_visited_with_its_facilities():
    """光山、罗山县和新县人民政府作交流发言: three governments; 深入民乐镇陶瓷产业园: the county's township,
    whatever follows its name."""
    ag = build_text("11月5日，市委召开推进会。会上，光山、罗山县和新县人民政府作交流发言。", Meta(id="t", place="信阳市"))
    assert {u for u, _ in _report_topics(ag)} == {"光山县人民政府", "罗山县人民政府", "新县人民政府"}
    ag = build_text("10月12日，观摩团先后深入民乐镇陶瓷产业园、塘岸镇日用陶瓷智能制造项目观摩。", Meta(id="t", place="北流市"))
    assert {"民乐镇", "塘岸镇"} <= set(_places(ag))


def test_towns_before_a_count_of_secretaries_their_health_centres_and_a_departments_divisions():
    """老城镇、宝力镇2名乡镇党委书记现场述职: the towns' 党委 report; 旧县镇、土基镇中心卫生院: each town's centre;
    厅种植业管理处、农业机械化管理处分别介绍…: both are the 厅's divisions; 听取X司关于…的汇报: the ministry's 司."""
    ag = build_text("1月18日，县委召开述职评议会。会上，老城镇、宝力镇2名乡镇党委书记现场述职。", Meta(id="t", place="昌图县"))
    assert {u for u, _ in _report_topics(ag)} == {"老城镇党委", "宝力镇党委"}
    ag = build_text("1月18日，县卫生健康局召开推进会。会上，旧县镇、土基镇中心卫生院作表态发言。", Meta(id="t", place="洛川县"))
    assert {u for u, _ in _report_topics(ag)} == {"旧县镇中心卫生院", "土基镇中心卫生院"}
    ag = build_text("6月1日，省农业农村厅召开视频调度会。会上，厅种植业管理处、农业机械化管理处分别介绍了小麦收获进度和农机调度情况。",
                    Meta(id="t", place="安徽省"))
    assert {u for u, _ in _report_topics(ag)} == {"安徽省农业农村厅种植业管理处", "安徽省农业农村厅农业机械化管理处"}
    ag = build_text("3月28日，生态环境部部长林承宇主持召开部常务会议，听取生态环境监测司关于一季度全国生态环境质量状况的汇报。",
                    Meta(id="t", place=""))
    assert ("生态环境部生态环境监测司", "一季度全国生态环境质量状况") in _report_topics(ag)


def test_a_long_name_after_a_chain_and_a_companys_branch():
    """旗长额尔敦巴雅尔出席: a six-character name after a chain; 长春燃气股份有限公司南关分公司: the company's branch."""
    ag = build_text("11月23日，全旗信访工作推进会召开。旗委副书记、旗长额尔敦巴雅尔出席会议并讲话。", Meta(id="t", place="准格尔旗"))
    assert ("额尔敦巴雅尔", "旗长", "准格尔旗人民政府") in _holdings(ag)
    ag = build_text("3月1日，区政府召开联席会议。长春燃气股份有限公司南关分公司等成员单位负责同志参加会议。", Meta(id="t", place="南关区"))
    assert "长春燃气股份有限公司南关分公司" in _org_names(ag) and "南关分公司" not in _org_names(ag)


def test_the_staff_party_committee_of_the_one_department():
    """机关党委汇报了… in a 厅's article: the 厅's own 机关党委; in a city's article, with no 厅, none."""
    ag = build_text("近日，省农业农村厅召开述职评议会。厅党组书记、厅长马志远出席会议。机关党委汇报了厅机关党建工作开展情况。",
                    Meta(id="t", place="甘肃省"))
    assert ("甘肃省农业农村厅机关党委", "厅机关党建工作开展情况") in _report_topics(ag)
    ag = build_text("近日，市委召开会议。机关党委汇报了工作情况。", Meta(id="t", place="兰州市"))
    assert not any(o.endswith("机关党委") for o in _org_names(ag))


def test_shared_out_topics_with_jiuye_heads_named_by_siju_and_a_list_that_ends_at_a_count():
    """分别就稳岗就业、教育资助…: the 就 of 就业 opens no topic; A、B有关司局负责同志分别介绍了X和Y: each body
    reports; 区人民医院、区中医医院两家医共体牵头医院汇报了…: two hospitals, no 家医共体牵头医院;
    甘州区和临泽、高台县委书记…述职: every body of the list, the district's too."""
    ag = build_text("3月1日，县政府召开推进会。县人社局、县教体局、县医保局分别就稳岗就业、教育资助、医疗保障帮扶作表态发言。",
                    Meta(id="t", place="西峡县"))
    assert ("西峡县人力资源和社会保障局", "稳岗就业") in _report_topics(ag)
    ag = build_text("9月1日，农业农村部召开视频调度会。国家粮食和物资储备局、中国气象局有关司局负责同志分别介绍了秋粮收购和天气趋势。",
                    Meta(id="t", place=""))
    assert {("国家粮食和物资储备局", "秋粮收购"), ("中国气象局", "天气趋势")} <= _report_topics(ag)
    ag = build_text("3月1日，区卫生健康局召开推进会。区人民医院、区中医医院两家牵头医院汇报了医共体建设进展情况。", Meta(id="t", place="夷陵区"))
    assert {u for u, _ in _report_topics(ag)} == {"夷陵区人民医院", "夷陵区中医医院"}
    ag = build_text("1月5日，市委召开述职评议会。会上，甘州区和临泽、高台县委书记依次进行现场述职。", Meta(id="t", place="张掖市"))
    assert {u for u, _ in _report_topics(ag)} == {"甘州区委", "临泽县委", "高台县委"}


def test_bare_names_before_an_institution_share_its_suffix():
    """湖光、新竹、明德社区党委汇报了…: three communities' Party committees; 辖区颐康养老服务中心: the area's, the
    centre is 颐康养老服务中心."""
    ag = build_text("近日，南湖街道党工委召开联席会议。湖光、新竹、明德社区党委汇报了养老服务站运营情况，辖区颐康养老服务中心作了发言。",
                    Meta(id="t", place="南湖街道"))
    assert {u for u, _ in _report_topics(ag)} == {"湖光社区党委", "新竹社区党委", "明德社区党委", "颐康养老服务中心"}


def test_a_departments_own_party_branches_report():
    """In a 厅's own 述职评议会: 办公室、计划财务处2个处室党支部书记现场述职 and 厅机关第一、第四党支部书记依次述职 are the
    厅's branches; in a city's article with no 厅, 办公室党支部 names none."""
    ag = build_text("1月25日，省农业农村厅召开机关党组织书记述职评议会。会上，办公室、计划财务处2个处室党支部书记现场述职。",
                    Meta(id="t", place="辽宁省"))
    assert {u for u, _ in _report_topics(ag)} >= {"辽宁省农业农村厅办公室党支部", "辽宁省农业农村厅计划财务处党支部"}
    ag = build_text("1月25日，省教育厅召开述职评议会。会上，省教育考试院党委和厅机关第一、第四党支部书记依次述职。",
                    Meta(id="t", place="陕西省"))
    assert {"陕西省教育厅机关第一党支部", "陕西省教育厅机关第四党支部"} <= {u for u, _ in _report_topics(ag)}
    ag = build_text("1月25日，市委召开述职评议会。会上，办公室党支部书记现场述职。", Meta(id="t", place="兰州市"))
    assert not any(o.endswith("党支部") for o in _org_names(ag))


def test_towns_named_like_their_county_health_centres_and_two_ministries_si():
    """灵川、定江镇党委书记围绕抓基层党建工作现场述职: 灵川镇 (not the county 灵川) reports, on 抓基层党建工作;
    临湖、东山镇社区卫生服务中心: each town's centre; 国家发展改革委社会发展司、财政部社会保障司: each ministry's own
    司, not the convening ministry's."""
    ag = build_text("1月23日，灵川县召开述职评议会。会上，灵川、定江镇党委书记围绕抓基层党建工作现场述职。", Meta(id="t", place="灵川县"))
    assert _report_topics(ag) == {("灵川镇党委", "抓基层党建工作"), ("定江镇党委", "抓基层党建工作")}
    ag = build_text("3月1日，区卫生健康委召开推进会。临湖、东山镇社区卫生服务中心作表态发言。", Meta(id="t", place="吴中区"))
    assert {u for u, _ in _report_topics(ag)} == {"临湖镇社区卫生服务中心", "东山镇社区卫生服务中心"}
    ag = build_text("近日，民政部召开全国养老服务工作视频推进会。会上，国家发展改革委社会发展司、财政部社会保障司有关负责同志"
                    "分别介绍了相关支持政策。", Meta(id="t", place=""))
    assert {u for u, _ in _report_topics(ag)} == {"国家发展改革委社会发展司", "财政部社会保障司"}


def test_a_verb_opens_no_township_and_a_departments_stationed_group_and_a_universitys_committee():
    """强调各街道、各部门…: no township 强调各街道; 驻厅纪检监察组 in a 厅's article is the group stationed in that 厅;
    昆明理工大学党委 is the university's Party committee."""
    ag = build_text("11月7日，区委召开会议。韩雪松提出具体要求，强调各街道、各部门要压实属地责任。", Meta(id="t", place="二七区"))
    assert not any(p.endswith("街道") for p in _places(ag))
    ag = build_text("2月1日，省教育厅召开全面从严治党工作会议。驻厅纪检监察组组长段丽萍通报了典型案例。昆明理工大学党委作交流发言。",
                    Meta(id="t", place="云南省"))
    assert {"驻云南省教育厅纪检监察组", "昆明理工大学党委"} <= _org_names(ag)


def test_the_head_of_a_departments_stationed_group_reports_and_its_divisions_after_its_staffs_committee():
    """驻厅纪检监察组组长A通报了X: A heads the group, which reports X; 厅机关党委、人事处、财务审计处作交流发言:
    the divisions listed after the staff's committee are the 厅's too."""
    ag = build_text("3月2日，省水利厅召开全面从严治党工作会议。厅长周平出席会议，驻厅纪检监察组组长韩梅通报了违纪案例。"
                    "厅机关党委、人事处、厅财务审计处作交流发言。", Meta(id="t", place="贵州省"))
    assert ("韩梅", "组长", "驻贵州省水利厅纪检监察组") in _holdings(ag)
    assert _reports(ag) == {(u, "report") for u in ("驻贵州省水利厅纪检监察组", "贵州省水利厅机关党委",
                                                    "贵州省水利厅人事处", "贵州省水利厅财务审计处")}


def test_units_each_before_its_own_topic_report_each_its_own():
    """A镇围绕X、B街道围绕Y分别作交流发言: each unit reports on the topic written right after it."""
    ag = build_text("9月2日，区教育工作推进会召开。会上，黎里镇围绕劳动教育、横扇街道围绕家校共育分别作交流发言。",
                    Meta(id="t", place="吴江区"))
    assert _report_topics(ag) == {("黎里镇", "劳动教育"), ("横扇街道", "家校共育")}
    ag = build_text("9月2日，区教育工作推进会召开。会上，黎里镇就劳动教育、区教育局就家校共育作交流发言。",
                    Meta(id="t", place="吴江区"))
    assert _report_topics(ag) == {("黎里镇", "劳动教育"), ("吴江区教育局", "家校共育")}


def test_a_ministrys_bureau_and_a_si_of_the_ministry_whose_level_word_is_written_beside_another_national_body():
    """应急管理部消防救援局 is a bureau of the ministry; 部农业机械化管理司 is the ministry's, though 中国气象局
    is named too."""
    ag = build_text("6月5日，农业农村部召开全国夏粮生产视频调度会。会上，部种植业管理司介绍了小麦收获进度，中国气象局有关负责"
                    "同志通报了天气趋势，应急管理部消防救援局介绍了防火形势。", Meta(id="t"))
    assert {"农业农村部种植业管理司", "中国气象局", "应急管理部消防救援局"} <= {u for u, _ in _reports(ag)}


def test_counties_listed_and_counted_before_their_committees_and_a_chain_of_an_abbreviated_bureau_and_office():
    """门源、祁连两县县委书记依次述职: each county's 县委 reports; 区应急局局长、区防汛办主任A: two posts of A."""
    ag = build_text("1月5日，州委召开述职评议会。会上，门源、祁连两县县委书记依次现场述职。", Meta(id="t", place="海北藏族自治州"))
    assert _reports(ag) == {("门源回族自治县委", "report"), ("祁连县委", "report")}
    ag = build_text("5月5日，区政府召开防汛工作会议。区应急局局长、区防汛办主任陆建明主持会议。", Meta(id="t", place="松江区"))
    assert {("陆建明", "局长", "松江区应急管理局"), ("陆建明", "主任", "松江区防汛办")} <= _holdings(ag)


def test_a_list_whose_items_the_last_ones_level_word_completes_and_a_leagues_administration():
    """桃源、澧、石门县卫生健康局: 澧 is 澧县; 阿巴嘎、苏尼特左、苏尼特右旗林草局: 苏尼特左 is 苏尼特左旗; in a 盟,
    行署副盟长 and 行署副秘书长 are posts of its 行政公署."""
    ag = build_text("3月5日，市政府召开专题会议。会上，桃源、澧、石门县卫生健康局作交流发言。", Meta(id="t", place="常德市"))
    assert _reports(ag) == {(c + "县卫生健康局", "report") for c in ("桃源", "澧", "石门")}
    ag = build_text("3月5日，全盟草原保护联席会议召开。盟委委员、行署副盟长乌力吉出席会议，行署副秘书长张平主持会议。会上，"
                    "阿巴嘎、苏尼特左、苏尼特右旗林草局作表态发言。", Meta(id="t", place="锡林郭勒盟"))
    assert _reports(ag) == {(b + "旗林业和草原局", "statement") for b in ("阿巴嘎", "苏尼特左", "苏尼特右")}
    assert {("乌力吉", "委员", "锡林郭勒盟委"), ("乌力吉", "副盟长", "锡林郭勒盟行政公署"),
            ("张平", "副秘书长", "锡林郭勒盟行政公署")} <= _holdings(ag)


def test_committees_for_patriotic_health_and_the_aged_by_their_short_names_and_the_farm_bank():
    ag = build_text("3月5日，区爱卫会全体会议召开。副区长、区爱卫会主任周明出席会议，区政府办公室主任、区老龄委副主任韩丽主持会议。"
                    "区爱卫办汇报了工作情况，区信访办通报了积案化解情况，农业发展银行就信贷支持作了发言。", Meta(id="t", place="杨浦区"))
    assert {("周明", "主任", "杨浦区爱国卫生运动委员会"), ("韩丽", "副主任", "杨浦区老龄工作委员会")} <= _holdings(ag)
    assert {"杨浦区爱国卫生运动委员会办公室", "杨浦区信访办", "中国农业发展银行"} <= {u for u, _ in _reports(ag)}


def test_short_names_in_a_list_of_reporting_places_are_places_too():
    """巴林左、巴林右、阿鲁科尔沁旗分别汇报了…: each banner reports, and each is a place of the city."""
    ag = build_text("3月1日，市政府召开视频调度会。巴林左、巴林右、阿鲁科尔沁旗分别汇报了本地情况。", Meta(id="t", place="赤峰市"))
    chifeng = gazetteer().lookup("赤峰市").code
    assert all(_places(ag).get(b) == chifeng for b in ("巴林左旗", "巴林右旗", "阿鲁科尔沁旗"))


def test_a_list_of_places_joined_by_he_and_names_that_hold_a_verb_or_a_part_or_a_word_made_a_verb():
    """利通、红寺堡区和青铜峡市分别汇报: 利通 takes the level word of the next full name (红寺堡区); 区教育局围绕集团化办学
    names no 集团; 部分中小学校 no school; 州党委常委 is a post of the prefecture's 党委; 各设区市 names no 区 body."""
    ag = build_text("3月5日，全市视频调度会召开。会上，利通、红寺堡区和青铜峡市分别汇报了入河排污口整治情况。", Meta(id="t", place="吴忠市"))
    assert _reports(ag) == {(p + "人民政府", "report") for p in ("利通区", "红寺堡区", "青铜峡市")}
    ag = build_text("3月5日，全州教育工作会议召开。州党委常委、副州长马玉明出席会议。会上，州教育局围绕集团化办学作交流发言。"
                    "要推进部分中小学校集团化办学，各设区市生态环境局参加会议。", Meta(id="t", place="昌吉回族自治州"))
    orgs = _org_names(ag)
    assert ("马玉明", "常委", "昌吉回族自治州党委") in _holdings(ag)
    assert "昌吉回族自治州教育局" in orgs and not any("集团" in o or "部分" in o or o.startswith("区") for o in orgs)



def test_a_departments_system_meeting_names_the_department_its_bare_heads_hold_posts_in():
    """全省民政系统…视频会议, 厅党组书记、厅长A, 厅社会救助处通报: the 厅 is the province's 民政厅; 巴马、都安、大化瑶族自治县
    作交流发言: three autonomous counties by their short names."""
    ag = build_text("3月1日下午，全省民政系统养老服务工作视频会议召开。厅党组书记、厅长刘强出席会议并讲话。会上，厅养老服务处"
                    "通报了工作情况。", Meta(id="t", place="湖南省"))
    assert {("刘强", "书记", "湖南省民政厅党组"), ("刘强", "厅长", "湖南省民政厅")} <= _holdings(ag)
    assert "湖南省民政厅养老服务处" in {u for u, _ in _reports(ag)}
    ag = build_text("6月15日，全市现场推进会召开。会上，巴马、都安、大化瑶族自治县作交流发言。", Meta(id="t", place="河池市"))
    assert {u for u, _ in _reports(ag)} == {c + "瑶族自治县人民政府" for c in ("巴马", "都安", "大化")}


def test_a_banners_bureaus_listed_each_with_its_level_word_and_the_departments_committee_after_he():
    """旗应急管理局、旗水利局分别汇报: each 旗 bureau once; A党委和厅机关党委作交流发言: the 厅's staff committee."""
    ag = build_text("5月5日，全旗防汛动员部署会召开。会上，旗应急管理局、旗水利局分别汇报了有关工作。", Meta(id="t", place="伊金霍洛旗"))
    assert {u for u, _ in _reports(ag)} == {"伊金霍洛旗应急管理局", "伊金霍洛旗水利局"}
    ag = build_text("2月1日，省教育厅召开全面从严治党工作会议。会上，广州大学党委和厅机关党委作交流发言。", Meta(id="t", place="广东省"))
    assert {u for u, _ in _reports(ag)} == {"广州大学党委", "广东省教育厅机关党委"}
