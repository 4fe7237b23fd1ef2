"""Extraction across the genre: composed sentences, and the Hengshui article."""
from __future__ import annotations

import pytest

from kg.document import Meta
from kg.extract.lexicon import lexicon
from kg.model import Holding, Meeting, Participation, Place, Report
from kg.pipeline import build_text


def _holdings(ag):
    return {(ag.entities[h.person].name, h.post, ag.entities[h.organisation].name if h.organisation else "")
            for h in ag.facts if isinstance(h, Holding)}


def _roles(ag):
    return {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}


def _orgs(ag):
    return {e.name for e in ag.entities.values() if type(e).__name__ == "Organisation"}


def _report_units(ag):
    return {ag.entities[r.unit].name for r in ag.facts if isinstance(r, Report)}


def test_post_chains_fill_in_the_locality_from_metadata():
    ag = build_text("3月2日,全市农业工作会议召开。市委副书记、市长张明远出席会议并讲话。"
                    "市委常委、纪委书记、监委主任王立新,市委常委、组织部部长李春华参加会议。",
                    Meta(id="t1", place="保定市", published="2022-03-05"))
    assert _holdings(ag) >= {("张明远", "副书记", "保定市委"), ("张明远", "市长", "保定市人民政府"),
                             ("王立新", "书记", "保定市纪委"), ("王立新", "主任", "保定市监委"),
                             ("李春华", "部长", "保定市委组织部")}
    assert _roles(ag) >= {("张明远", "attendee"), ("张明远", "speaker"), ("王立新", "attendee"),
                          ("李春华", "attendee")}
    meetings = [e for e in ag.entities.values() if type(e).__name__ == "Meeting"]
    assert [(m.name, m.date) for m in meetings] == [("全市农业工作会议", "2022-03-02")]


def test_locality_comes_from_the_text_when_metadata_has_none():
    ag = build_text("5月6日,邢台市市委、市政府召开防汛工作会议。副市长赵文斌主持会议。"
                    "宁晋县政府汇报防汛准备情况;临城县政府就水库安全作表态发言。")
    assert {"邢台市委", "邢台市人民政府", "宁晋县人民政府", "临城县人民政府"} <= _orgs(ag)
    assert ("赵文斌", "副市长", "邢台市人民政府") in _holdings(ag)
    reports = {(ag.entities[r.unit].name, r.topic, r.kind) for r in ag.facts if isinstance(r, Report)}
    assert reports == {("宁晋县人民政府", "防汛准备情况", "report"), ("临城县人民政府", "水库安全", "statement")}
    assert ("邢台市委", "convener") in _roles(ag) and ("临城县人民政府", "statement") in _roles(ag)
    meeting = next(e for e in ag.entities.values() if type(e).__name__ == "Meeting")
    assert meeting.date == "--05-06"  # no year anywhere: never a guessed one


def test_a_list_sharing_one_suffix_names_each_unit():
    ag = build_text("会上,碧江区政府、江口、德江、思南县卫生健康局作了重点工作推进发言。",
                    Meta(id="t3", place="铜仁市"))
    assert {"碧江区人民政府", "江口县卫生健康局", "德江县卫生健康局", "思南县卫生健康局"} <= _orgs(ag)


def test_leaders_listed_without_posts_attend_but_hold_no_post():
    ag = build_text("6月1日,全县招商引资调度会召开,县领导孙立平、郭晓东、韩静出席会议。", Meta(id="t4", place="定兴县"))
    assert {("孙立平", "attendee"), ("郭晓东", "attendee"), ("韩静", "attendee")} <= _roles(ag)
    assert _holdings(ag) == set()


def test_chair_of_a_meeting_he_convenes_and_speaker_by_name_alone():
    ag = build_text("4月8日,县委书记周海涛主持召开县委常委会会议。周海涛强调,要抓好春耕生产。",
                    Meta(id="t5", place="定兴县"))
    assert {("周海涛", "chair"), ("周海涛", "convener"), ("周海涛", "speaker")} <= _roles(ag)
    assert ("周海涛", "书记", "定兴县委") in _holdings(ag)


def test_delegation_does_not_make_a_participant():
    ag = build_text("5月24日,全市防汛调度会议召开,受市长刘伟委托,副市长陈刚出席会议。", Meta(id="t6", place="张家界市"))
    assert ("陈刚", "attendee") in _roles(ag)
    assert not any(name == "刘伟" for name, _ in _roles(ag))
    assert ("刘伟", "市长", "张家界市人民政府") in _holdings(ag)


def test_places_get_their_parents():
    ag = build_text("深州市政府汇报工作情况。", Meta(id="t7", place="衡水市"))
    places = {e.name: e for e in ag.entities.values() if isinstance(e, Place)}
    assert places["深州市"].parent_code == places["衡水市"].code


def test_speech_elsewhere_is_no_speaker_role():
    ag = build_text("3月1日,全市卫生工作会议召开。会议要求,深入学习习近平总书记重要讲话精神。", Meta(id="t8", place="韶关市"))
    assert ("习近平", "speaker") not in _roles(ag)
    assert ("习近平", "总书记", "中共中央") in _holdings(ag)


def test_hengshui_core_rows(hengshui_graph):
    ag = hengshui_graph
    assert _holdings(ag) >= {("李国勇", "副书记", "衡水市委"), ("崔海霞", "副市长", "衡水市人民政府"),
                             ("习近平", "总书记", "中共中央")}
    assert _roles(ag) >= {("衡水市委", "convener"), ("衡水市人民政府", "convener"), ("李国勇", "speaker"),
                          ("李国勇", "attendee"), ("崔海霞", "chair"), ("衡水科技工程学校", "reporter"),
                          ("深州市人民政府", "reporter"), ("枣强县人民政府", "reporter"), ("衡水学院", "reporter"),
                          ("安平县人民政府", "statement")}
    assert {"衡水市委", "衡水市人民政府", "衡水市教育局", "衡水健康科技职业学院"} <= _orgs(ag)
    meeting = next(e for e in ag.entities.values() if type(e).__name__ == "Meeting")
    assert (meeting.name, meeting.date) == ("教育重项工作推进会议", "--11-19")


@pytest.mark.parametrize("name", ["posts.tsv", "org_kinds.tsv", "departments.txt", "central_orgs.txt",
                                  "meeting_words.txt", "roles.tsv", "surnames.txt"])
def test_lexicons_parse(name):
    from kg.extract.lexicon import read_lines

    rows = read_lines(name)
    assert rows and all(r[0] for r in rows)


def test_roles_lexicon_uses_only_the_six_roles():
    from kg.model import ROLES

    assert set(lexicon().roles.values()) <= set(ROLES)


# --- posts a meeting itself gives, and posts named in a 党组 -------------------------------------

def test_a_body_the_meeting_sets_up_holds_the_posts_given_in_it():
    ag = build_text("1月9日,县十六届人大三次会议召开预备会议。会议成立县十六届人大三次会议临时党委,"
                    "各代表团成立临时党支部,周建华担任临时党委书记,吴立群、郑海涛任副书记,孙红作成员。",
                    Meta(id="t-setup", place="涞水县"))
    body = "涞水县十六届人大三次会议临时党委"
    assert {("周建华", "书记", body), ("吴立群", "副书记", body), ("郑海涛", "副书记", body),
            ("孙红", "成员", body)} <= _holdings(ag)
    assert body in _orgs(ag)
    # 各代表团成立临时党支部 sets up one body per delegation: none of them is named
    assert "临时党支部" not in _orgs(ag)


def test_a_leading_group_set_up_by_a_meeting_and_an_election():
    ag = build_text("6月3日,市政府召开常务会议。会议决定成立市秸秆禁烧工作领导小组,由何志明任组长,"
                    "冯涛、邓丽任副组长。\n会上,韩春生当选为市政协副主席。",
                    Meta(id="t-group", place="聊城市"))
    group = "聊城市秸秆禁烧工作领导小组"
    assert {("何志明", "组长", group), ("冯涛", "副组长", group), ("邓丽", "副组长", group),
            ("韩春生", "副主席", "聊城市政协")} <= _holdings(ag)


def test_appointment_words_without_a_body_set_up_give_no_post():
    ag = build_text("3月1日,全县教育工作会议召开。蒋文任副组长的督导组将于下周进驻,常委会主任讲话。",
                    Meta(id="t-nobody", place="兴隆县"))
    assert not any(person == "蒋文" for person, _, _ in _holdings(ag))


def test_a_member_of_a_party_group_holds_the_post_party_group_member():
    ag = build_text("9月2日,全县农业农村工作会议召开。县政府党组成员、副县级干部姚东升,"
                    "县农业农村局党组成员、副局长钱立参加会议。", Meta(id="t-pg", place="易县"))
    assert {("姚东升", "党组成员", "易县人民政府党组"), ("钱立", "党组成员", "易县农业农村局党组"),
            ("钱立", "副局长", "易县农业农村局")} <= _holdings(ag)


def test_our_county_in_an_article_about_its_city_is_the_one_county_it_names():
    ag = build_text("2月8日,在市委会议室召开了全市卫生健康工作会议,市长孙立平出席。\n"
                    "我县高永县长、郭明副县长参加了会议。\n阜平县人民医院", Meta(id="t-our", place="保定市"))
    assert {("高永", "县长", "阜平县人民政府"), ("郭明", "副县长", "阜平县人民政府")} <= _holdings(ag)


def test_a_bare_county_title_stays_unplaced_when_two_counties_are_named():
    ag = build_text("2月8日,全市卫生健康工作会议召开。我县高永县长参加了会议。\n阜平县、涞源县卫生健康局",
                    Meta(id="t-two", place="保定市"))
    assert ("高永", "县长", "县人民政府") in _holdings(ag)


def test_a_bureau_named_without_its_place_after_a_list_separator_is_the_localitys():
    ag = build_text("9月9日,全县教育工作会议召开。县委书记周海峰出席会议。县直各单位负责同志及教体局全体干部参加了会议。",
                    Meta(id="t-bare", place="阜平县"))
    assert "阜平县教体局" in _orgs(ag)
    # after a place or level word the usual rules apply; inside a word it is no bureau
    ag = build_text("9月9日,全县教育工作会议召开。县财政局、省财政厅有关负责同志参加。", Meta(id="t-bare2", place="阜平县"))
    assert "阜平县财政局" in _orgs(ag) and not any(o.startswith("阜平县省") for o in _orgs(ag))
    ag = build_text("9月9日,全省教育工作会议召开。教育厅、财政局负责同志参加。", Meta(id="t-bare3", place="河北省"))
    assert not any("财政局" in o for o in _orgs(ag))
    ag = build_text("9月9日,全市教育工作会议召开。各县区政府，教体局负责同志参加。", Meta(id="t-bare4", place="保定市"))
    assert not any("教体局" in o for o in _orgs(ag))  # each county's bureau, not the city's


def _reports(ag):
    return {(ag.entities[r.unit].name, r.topic, r.kind) for r in ag.facts if isinstance(r, Report)}


def test_every_report_cue_of_a_sentence_and_provincial_departments():
    ag = build_text("7月2日,全省防汛工作视频会议召开。会上,遵义市政府、毕节市政府作交流发言,"
                    "省水利厅、省自然资源厅作表态发言。", Meta(id="t-cues", place="贵州省"))
    assert _reports(ag) == {("遵义市人民政府", "", "report"), ("毕节市人民政府", "", "report"),
                            ("贵州省水利厅", "", "statement"), ("贵州省自然资源厅", "", "statement")}
    assert ("贵州省水利厅", "statement") in _roles(ag)


def test_reports_heard_in_turn_each_have_their_unit_and_topic():
    ag = build_text("5月9日,县政府召开第12次常务会议。会议听取了县教育局关于学校安全工作情况的汇报,"
                    "县水务局关于农村饮水安全工程进展情况的汇报。", Meta(id="t-heard", place="蔚县"))
    assert _reports(ag) == {("蔚县教育局", "学校安全工作情况", "report"),
                            ("蔚县水务局", "农村饮水安全工程进展情况", "report")}


def test_units_that_each_report_one_of_a_list_of_topics():
    ag = build_text("3月1日,县政府召开经济运行调度会。会议听取了县统计局关于一季度经济运行的汇报,县发改局、县工信局、"
                    "县商务局分别介绍了一季度项目建设、工业生产和消费市场工作情况。", Meta(id="t-each", place="会昌县"))
    assert _reports(ag) == {("会昌县统计局", "一季度经济运行", "report"),
                            ("会昌县发展和改革局", "一季度项目建设工作情况", "report"),
                            ("会昌县工信局", "一季度工业生产工作情况", "report"),
                            ("会昌县商务局", "一季度消费市场工作情况", "report")}
    ag = build_text("3月1日,县政府召开调度会。县水利局、县应急局分别汇报了水毁工程修复情况和“安全度汛”工作情况。",
                    Meta(id="t-each2", place="会昌县"))  # a name in quotes may hold 和: every unit the whole topic
    assert {t for _, t, _ in _reports(ag)} == {"水毁工程修复情况和“安全度汛”工作情况"}


def test_those_who_sit_in_attend():
    ag = build_text("昨天下午,市委常委会召开会议。市人大常委会主任谭志军,市政协主席龚卫列席会议。",
                    Meta(id="t-lx", place="株洲市"))
    assert {("谭志军", "attendee"), ("龚卫", "attendee")} <= _roles(ag)
    assert ("龚卫", "主席", "株洲市政协") in _holdings(ag)


def test_a_headquarters_set_up_gives_its_commanders():
    ag = build_text("8月1日,区政府召开防汛工作会议。会议决定成立区防汛抗旱指挥部,由侯振宇任指挥长,"
                    "白雪、罗毅任副指挥长。", Meta(id="t-hq", place="莲湖区"))
    hq = "莲湖区防汛抗旱指挥部"
    assert {("侯振宇", "指挥长", hq), ("白雪", "副指挥长", hq), ("罗毅", "副指挥长", hq)} <= _holdings(ag)


def test_a_name_followed_by_the_date_of_the_meeting():
    ag = build_text("国务院总理张建国5月8日主持召开国务院常务会议,部署稳就业工作。", Meta(id="t-date"))
    assert ("张建国", "总理", "国务院") in _holdings(ag)
    assert ("张建国", "chair") in _roles(ag)


def test_a_study_session_of_a_theory_group_is_a_meeting_and_its_head_holds_a_post():
    ag = build_text("6月2日,县委理论学习中心组举行2023年第五次集体学习。县委书记、县委理论学习中心组组长"
                    "彭飞主持并讲话。县公安局、县税务局、区公安分局负责人参加。", Meta(id="t-study", place="攸县"))
    meetings = [e.name for e in ag.entities.values() if type(e).__name__ == "Meeting"]
    assert meetings and meetings[0].endswith("集体学习")
    assert ("彭飞", "组长", "攸县委理论学习中心组") in _holdings(ag)
    assert ("彭飞", "chair") in _roles(ag)
    assert {"攸县公安局", "攸县税务局"} <= _orgs(ag)


def test_a_name_before_zuo_and_a_year_is_not_three_characters_long():
    ag = build_text("2月20日,全县教育工作会议召开。县教育局局长田野作2022年教育工作报告。", Meta(id="t-zuo", place="攸县"))
    assert ("田野", "局长", "攸县教育局") in _holdings(ag)
    reports = {(ag.entities[r.unit].name, r.kind) for r in ag.facts if isinstance(r, Report)}
    assert ("攸县教育局", "report") in reports  # the bureau's head reports: the bureau is the row


def test_an_enlarged_meeting_of_a_party_group_and_bodies_named_in_other_meetings():
    ag = build_text("今天下午(3月6日),县政协党组召开(扩大)会议,传达学习市委五届六次全会精神。县政协党组书记、"
                    "主席罗平主持会议。\n会议指出,市委五届六次全会作出全面部署,县政协各参加单位要认真学习领会。",
                    Meta(id="t-enl", place="攸县", published="2023-03-06"))
    meetings = {e.name for e in ag.entities.values() if type(e).__name__ == "Meeting"}
    assert "党组(扩大)会议" in meetings or "党组（扩大）会议" in meetings
    # 市委 of 市委五届六次全会 and the 参加单位 of the 政协 attend nothing here
    assert not any(role == "attendee" for _, role in _roles(ag))


def test_a_units_head_who_reports_stands_for_the_unit():
    from kg.document import Meta
    from kg.model import Participation, Report
    from kg.pipeline import build_text

    ag = build_text("近日，州委召开县市委书记抓基层党建工作述职评议会。州委书记龙向东出席会议。会上，吉首市委书记杨振华、"
                    "凤凰县委书记麻建军进行现场述职，泸溪、保靖县委书记作书面述职。龙向东对县市委书记的述职逐一点评。"
                    "市农业农村局党组书记、局长葛明汇报了重点工作情况。", Meta(id="t-head", place="湘西土家族苗族自治州"))
    reports = {(ag.entities[r.unit].name, r.kind) for r in ag.facts if isinstance(r, Report)}
    assert {(u, "report") for u in ("吉首市委", "凤凰县委", "泸溪县委", "保靖县委")} <= reports
    reporters = {ag.entities[p.participant].name for p in ag.facts if isinstance(p, Participation) and p.role == "reporter"}
    # the meeting's own name (…述职评议会) and 对…的述职 are no report; a 党组书记 who is also 局长 reports as himself
    assert "湘西土家族苗族自治州委" not in reporters and "龙向东" not in reporters
    assert not [r for r in reporters if r.endswith("党组")]


def test_a_ministrys_departments_a_unit_named_again_in_brackets_and_a_bare_meeting_word_later():
    from kg.document import Meta
    from kg.model import Meeting, Organisation, Participation
    from kg.pipeline import build_text

    ag = build_text("10月16日，农业农村部在河南郑州召开秋粮收获座谈会。会上，省水利厅（省河长办）汇报了工作情况。"
                    "农业农村部种植业管理司、农业机械化管理司负责同志参加会议。与会人员观摩了现场，随后召开推进会。",
                    Meta(id="t-min", place="湖南省"))
    orgs = {e.name for e in ag.entities.values() if isinstance(e, Organisation)}
    assert {"农业农村部种植业管理司", "农业农村部农业机械化管理司"} <= orgs
    roles = {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}
    assert ("湖南省水利厅", "reporter") in roles and ("湖南省河长办", "reporter") not in roles
    assert ("农业农村部", "attendee") not in roles
    assert {e.name for e in ag.entities.values() if isinstance(e, Meeting)} == {"秋粮收获座谈会"}


def test_units_named_by_their_unnamed_heads_report_and_people_who_speak_in_turn_speak_as_themselves():
    from kg.document import Meta
    from kg.model import Participation
    from kg.pipeline import build_text

    ag = build_text("近日，友谊路街道召开辖区重点企业座谈会。会上，天津银湖科技有限公司、天津海河商贸有限公司负责人先后发言。"
                    "区林业局负责人分别汇报了春季防火工作开展情况。", Meta(id="t-unnamed", place="河西区"))
    reporters = {ag.entities[p.participant].name for p in ag.facts
                 if isinstance(p, Participation) and p.role == "reporter"}
    assert reporters == {"天津银湖科技有限公司", "天津海河商贸有限公司", "河西区林业局"}
    ag = build_text("近日，省政协召开专题协商会。省政协委员程美华、徐立新，景德镇市政协副主席万慧，江西旅游商贸职业学院院长"
                    "黄一帆先后发言，围绕培育新业态建言献策。", Meta(id="t-turns", place="江西省"))
    reporters = {ag.entities[p.participant].name for p in ag.facts
                 if isinstance(p, Participation) and p.role == "reporter"}
    assert reporters == {"程美华", "徐立新", "万慧", "黄一帆"}


def test_a_session_of_a_standing_body_is_convened_by_it_when_no_body_is_said_to():
    from kg.document import Meta
    from kg.model import Participation
    from kg.pipeline import build_text

    def conveners(text, place):
        ag = build_text(text, Meta(id="t-sess", place=place))
        return {ag.entities[p.participant].name for p in ag.facts if isinstance(p, Participation) and p.role == "convener"}

    assert "松阳县人民政府" in conveners("昨天，县长叶俊辉主持召开县政府第三十七次常务会议，研究茶产业发展。", "松阳县")
    # the session numbered within the government's term (第十八届第62次) is one of its sessions too
    assert "松阳县人民政府" in conveners("昨天，县长叶俊辉主持召开县政府第十八届第62次常务会议，研究茶产业发展。", "松阳县")
    # a body set up for a task holds plenary sessions, but is not read as their convener unless the text says so
    assert "桂林市食品安全委员会" not in conveners("4月1日，市食品安全委员会全体会议召开。", "桂林市")


def test_a_report_without_topic_takes_what_its_units_went_on_to_present():
    from kg.document import Meta
    from kg.model import Report
    from kg.pipeline import build_text

    ag = build_text("近日，州民政局召开全州养老服务工作座谈会。延吉、珲春市民政局主要负责同志作交流发言，介绍了居家养老服务经验。",
                    Meta(id="t-then", place="延边朝鲜族自治州"))
    assert {(ag.entities[r.unit].name, r.topic) for r in ag.facts if isinstance(r, Report)} == {
        ("延吉市民政局", "居家养老服务经验"), ("珲春市民政局", "居家养老服务经验")}


def test_a_congress_hears_a_body_s_report_and_the_person_who_delivers_it_is_no_speaker():
    ag = build_text("6月2日，县人大常委会第九次会议召开。副县长王芳列席会议。会议听取并审议了县人民政府关于全县义务教育工作情况的报告。"
                    "受县人民政府委托，副县长李红作报告。会议听取和审议了县交通运输局局长张伟所作的关于农村公路建设情况的报告。"
                    "会议还听取了王芳受县人民政府委托所作的《关于全县食品安全工作情况的报告》。", Meta(id="t-npc", place="沂水县"))
    assert _reports(ag) == {("沂水县人民政府", "全县义务教育工作情况", "report"),
                            ("沂水县交通运输局", "农村公路建设情况", "report"),
                            ("王芳", "全县食品安全工作情况", "report")}
    speakers = {ag.entities[f.participant].name for f in ag.facts if isinstance(f, Participation) and f.role == "speaker"}
    assert "李红" not in speakers


def test_a_unit_named_again_in_brackets_is_heard_once():
    ag = build_text("5月6日，市政府召开常务会议。会议听取了市发展改革委（市粮食和物资储备局）关于粮食收购工作的汇报。",
                    Meta(id="t-alias", place="南宁市"))
    assert _reports(ag) == {("南宁市发展和改革委员会", "粮食收购工作", "report")}


def _meeting_roles(ag):
    return {(ag.entities[f.meeting].name, ag.entities[f.participant].name, f.role)
            for f in ag.facts if isinstance(f, Participation)}


def test_a_meeting_the_body_calls_only_huiyi_takes_the_name_its_headline_gives():
    ag = build_text("全市春耕生产现场推进会在安达召开\n3月2日，市委副书记、市长张立主持召开会议并讲话。安达市政府作交流发言。",
                    Meta(id="t-head", place="绥化市"))
    names = {e.name for e in ag.entities.values() if type(e).__name__ == "Meeting"}
    assert names == {"全市春耕生产现场推进会"}
    assert ("全市春耕生产现场推进会", "张立", "chair") in _meeting_roles(ag)


def test_a_second_meeting_held_later_the_same_day_has_its_own_participants():
    ag = build_text("5月6日上午，市委书记王强主持召开市委常委会会议。市委常委出席会议。"
                    "当天下午，王强又主持召开全市安全生产专题会议，市委副书记、市长李明出席会议。"
                    "市应急管理局汇报了安全生产情况，甲县、乙县结合各自工作作了发言。", Meta(id="t-two", place="南宁市"))
    roles = _meeting_roles(ag)
    assert ("全市安全生产专题会议", "李明", "attendee") in roles
    assert ("全市安全生产专题会议", "南宁市应急管理局", "reporter") in roles
    assert not [r for r in roles if r[0] == "市委常委会会议" and r[1] in ("李明", "南宁市应急管理局")]
    # a meeting held earlier the same day, told in passing, does not take what follows
    ag = build_text("5月6日，市就业工作领导小组召开第一次会议。当天上午，王强主持召开高校座谈会。"
                    "领导小组会议听取了市人社局关于就业工作情况的汇报。", Meta(id="t-two2", place="南宁市"))
    assert {r[0] for r in _meeting_roles(ag) if r[1] == "南宁市人力资源和社会保障局"} == {"市就业工作领导小组第一次会议"}


def test_units_reporting_on_a_topic_they_join_to_or_each_on_their_own_work():
    ag = build_text("11月5日，自治区农牧厅召开全区饲草料储备工作电视电话会议。会上，阿拉善盟农牧局结合当地抗旱保畜工作作交流发言。",
                    Meta(id="t-join", place="内蒙古自治区"))
    assert _reports(ag) == {("阿拉善盟农牧局", "抗旱保畜工作", "report")}
    assert ("内蒙古自治区农牧厅", "convener") in {(ag.entities[f.participant].name, f.role)
                                                  for f in ag.facts if isinstance(f, Participation)}
    ag = build_text("5月2日，全县信访工作会议召开。会上，城关镇、河口镇、石门乡分别就矛盾纠纷化解情况作了汇报，"
                    "县信访局、县公安局结合各自工作作了发言。", Meta(id="t-join2", place="沂水县"))
    assert {(u, t) for u, t, _ in _reports(ag)} == {("城关镇", "矛盾纠纷化解情况"), ("河口镇", "矛盾纠纷化解情况"),
                                                    ("石门乡", "矛盾纠纷化解情况"), ("沂水县信访局", ""),
                                                    ("沂水县公安局", "")}


def test_bodies_a_meeting_is_said_to_be_convened_by_with_you():
    ag = build_text("4月1日，全市燃气安全推进会召开。会议由市政府办公室组织召开。由于天气原因，由市应急局召开的培训会推迟。",
                    Meta(id="t-you", place="阜阳市"))
    conveners = {(ag.entities[f.meeting].name, ag.entities[f.participant].name) for f in ag.facts
                 if isinstance(f, Participation) and f.role == "convener"}
    assert ("全市燃气安全推进会", "阜阳市人民政府办公室") in conveners
    assert not [c for c in conveners if c[1] == "阜阳市应急局"]
    ag = build_text("近日，由州委、州政府主办的全州民族团结座谈会召开。", Meta(id="t-you2", place="海南藏族自治州"))
    assert {ag.entities[f.participant].name for f in ag.facts if isinstance(f, Participation) and f.role == "convener"} \
        == {"海南藏族自治州委", "海南藏族自治州人民政府"}


def _meetings(ag):
    from kg.model import Meeting

    return {e.name for e in ag.entities.values() if isinstance(e, Meeting)}


def test_a_training_course_opening_and_a_ceremony_are_meetings():
    ag = build_text("9月2日上午，由市委宣传部、市文化广电旅游局联合举办的全市文旅人才专题培训班在市委党校开班。"
                    "市委常委、宣传部部长韦建平出席开班式并讲话。", Meta(id="t-class", place="柳州市"))
    assert _meetings(ag) == {"全市文旅人才专题培训班开班式"}
    assert ("韦建平", "speaker") in _roles(ag)
    ag = build_text("昨天，滁州市生物医药产业推介会暨项目签约仪式在南京举行。", Meta(id="t-cer", place="滁州市",
                                                                           published="2024-05-10"))
    assert any(n.endswith("签约仪式") for n in _meetings(ag))


def test_a_person_whose_clause_has_its_own_verb_does_not_also_attend():
    ag = build_text("5月8日，全县文旅招商推介会在合肥举行。县委书记宋立平致辞，县长龚明作推介，县领导汤健、"
                    "苏晓出席。合肥市青阳商会会长邓国华致辞。", Meta(id="t-walk", place="青阳县"))
    roles = _roles(ag)
    assert {("汤健", "attendee"), ("苏晓", "attendee"), ("宋立平", "speaker"), ("邓国华", "speaker")} <= roles
    assert ("宋立平", "attendee") not in roles and ("龚明", "attendee") not in roles
    assert ("邓国华", "会长", "合肥市青阳商会") in _holdings(ag)


def test_townships_listed_in_full_share_the_body_whose_head_reports():
    ag = build_text("1月9日，县委召开乡镇党委书记抓基层党建工作述职评议会。会上，沙溪镇、云龙镇和象图傈僳族白族乡"
                    "党委书记现场述职。", Meta(id="t-towns", place="云龙县"))
    units = _report_units(ag)
    assert units == {"沙溪镇党委", "云龙镇党委", "象图傈僳族白族乡党委"}
    assert "象图傈僳族白族乡" in {e.name for e in ag.entities.values() if isinstance(e, Place)}


def test_a_street_that_meets_somewhere_and_its_office_continuing_a_chain():
    ag = build_text("4月2日下午，解放碑街道在民族路片区召开背街小巷整治现场推进会。街道党工委书记伍佳出席会议并讲话，"
                    "街道党工委副书记、办事处主任程阳主持会议。会上，街道城市管理办公室通报了整治进展。",
                    Meta(id="t-street", place="渝中区"))
    assert {("伍佳", "书记", "解放碑街道党工委"), ("程阳", "副书记", "解放碑街道党工委"),
            ("程阳", "主任", "解放碑街道办事处")} <= _holdings(ag)
    assert _report_units(ag) == {"解放碑街道城市管理办公室"}


def test_units_reporting_from_branch_venues_and_supplementary_speeches():
    ag = build_text("5月8日，全省防汛工作电视电话会议召开。株洲市、湘潭市在分会场作交流发言，省水利厅、省应急管理厅"
                    "负责同志作补充发言。", Meta(id="t-branch", place="湖南省"))
    units = _report_units(ag)
    assert units == {"株洲市人民政府", "湘潭市人民政府", "湖南省水利厅", "湖南省应急管理厅"}


def test_a_headline_naming_a_district_of_the_site_s_city_makes_the_district_the_locality():
    ag = build_text("河东区召开安全生产工作会议\n近日，河东区安全生产工作会议召开。区委常委、常务副区长高翔出席会议并讲话。"
                    "区应急管理局作表态发言。", Meta(id="t-district", place="临沂市"))
    assert ("高翔", "常委", "河东区委") in _holdings(ag)
    assert _report_units(ag) == {"河东区应急管理局"}


def test_a_national_body_s_own_departments_and_spokesperson_in_its_press_conference():
    ag = build_text("3月5日上午，国家医保局召开新闻发布会。国家医保局副局长冯立出席发布会，待遇保障司司长孔杰、"
                    "规划财务和法规司副司长廖敏回答记者提问。新闻发言人、办公室副主任袁青主持发布会。", Meta(id="t-nat"))
    assert {("孔杰", "司长", "国家医疗保障局待遇保障司"), ("廖敏", "副司长", "国家医疗保障局规划财务和法规司"),
            ("袁青", "新闻发言人", "国家医疗保障局"), ("袁青", "副主任", "国家医疗保障局办公室")} <= _holdings(ag)
    assert ("袁青", "chair") in _roles(ag)
    ag = build_text("昨天，水利部召开全国水库安全度汛视频会议。部运行管理司司长罗建出席。", Meta(id="t-nat2"))
    assert ("罗建", "司长", "水利部运行管理司") in _holdings(ag)  # 部 is the ministry itself, not 水利部部…


def test_a_department_s_own_meeting_names_its_office_and_a_team_sent_by_a_party_committee():
    ag = build_text("3月12日，省交通运输厅党组召开专题民主生活会。厅党组书记、厅长蔡文主持会议。省委第六督导组组长"
                    "严华到会指导并讲话。会上，厅办公室通报了上年度整改落实情况。", Meta(id="t-own", place="江西省"))
    assert {("蔡文", "书记", "江西省交通运输厅党组"), ("蔡文", "厅长", "江西省交通运输厅"),
            ("严华", "组长", "江西省委第六督导组")} <= _holdings(ag)
    assert _report_units(ag) == {"江西省交通运输厅办公室"}


def test_persons_listed_clause_by_clause_before_one_report_cue_each_report():
    ag = build_text("6月3日，市委理论学习中心组举行集体学习。市委书记郝明主持。市委常委、秘书长白雪，市教育局局长"
                    "丁辉，江都区委书记季平结合工作实际作交流发言。", Meta(id="t-clauses", place="扬州市"))
    roles = _roles(ag)
    assert ("白雪", "reporter") in roles
    units = _report_units(ag)
    assert {"扬州市教育局", "江都区委"} <= units  # heads stand for their units


def test_an_article_whose_metadata_names_a_street_its_offices_and_those_who_also_attend():
    ag = build_text("近日，仓山区华大街道召开民生实事项目推进会，街道党工委书记郑燕出席并讲话，党工委副书记、办事处主任"
                    "邱毅主持会议。参加会议的还有方磊（街道党工委委员、办事处副主任）。会上，街道社会事务科、城市建设管理科、"
                    "街道综合执法中队分别汇报了项目进展情况。", Meta(id="t-meta-street", place="华大街道"))
    assert {("邱毅", "主任", "华大街道办事处"), ("方磊", "委员", "华大街道党工委"),
            ("方磊", "副主任", "华大街道办事处")} <= _holdings(ag)
    assert {("邱毅", "chair"), ("方磊", "attendee")} <= _roles(ag)
    units = _report_units(ag)
    assert units == {"华大街道社会事务科", "华大街道城市建设管理科", "华大街道综合执法中队"}
    assert ("华大街道", "仓山区") in {(p.name, ag.entities[f"place:{p.parent_code}"].name) for p in ag.entities.values()
                                    if isinstance(p, Place) and p.level == "township"}


def test_township_names_starting_with_words_that_usually_refer_and_its_congress():
    ag = build_text("5月20日，诸葛镇召开防汛工作会议。镇党委书记白涛出席，镇人大主席卢平参加会议。"
                    "曹杨新村街道、两河镇作交流发言。", Meta(id="t-names", place="兰溪市"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert {"诸葛镇", "两河镇"} <= places
    assert ("卢平", "主席", "诸葛镇人大") in _holdings(ag)


def test_a_committee_s_leading_group_in_a_chain_and_a_national_body_s_departments_reporting():
    ag = build_text("2月26日，区委教育工作领导小组会议召开。区委书记、区委教育工作领导小组组长邹明出席会议并讲话。",
                    Meta(id="t-group", place="沙坪坝区"))
    assert {("邹明", "书记", "沙坪坝区委"), ("邹明", "组长", "沙坪坝区委教育工作领导小组")} <= _holdings(ag)
    ag = build_text("3月1日，生态环境部召开部常务会议。会上，水生态环境司汇报了重点流域治理情况，固体废物与化学品司"
                    "就新污染物治理作了说明。", Meta(id="t-si"))
    units = _report_units(ag)
    assert units == {"生态环境部水生态环境司", "生态环境部固体废物与化学品司"}


def test_a_visit_ending_in_a_meeting_its_date_companions_and_units_adding_reports():
    ag = build_text("7月2日，省防汛抗旱指挥部第二督导组组长、省应急管理厅副厅长蒋伟一行到我县督导防汛工作。县委副书记、"
                    "县长严琳陪同督导。督导组先后来到城关镇、新店镇察看堤防。在随后召开的督导汇报会上，蒋伟听取了县政府关于"
                    "防汛准备工作情况的汇报，县水利局、县自然资源局分别就水库安全度汛、地质灾害防治作补充汇报。",
                    Meta(id="t-visit", place="寿县"))
    from kg.model import Meeting

    meetings = {(e.name, e.date) for e in ag.entities.values() if isinstance(e, Meeting)}
    assert meetings == {("督导汇报会", "--07-02")} or any(n == "督导汇报会" and d.endswith("07-02") for n, d in meetings)
    assert ("蒋伟", "组长", "安徽省防汛抗旱指挥部第二督导组") in _holdings(ag)
    assert ("严琳", "attendee") in _roles(ag)
    reports = {(ag.entities[r.unit].name, r.topic) for r in ag.facts if isinstance(r, Report)}
    assert ("寿县人民政府", "防汛准备工作情况") in reports
    assert {"寿县水利局", "寿县自然资源局"} <= {u for u, _ in reports}



def test_a_city_leader_s_visit_to_a_county_its_towns_its_committee_and_the_meeting_it_ends_with():
    ag = build_text("11月5日上午，市委副书记、市长谭敏到安远县调研脐橙产业发展工作。谭敏一行先后来到孔田镇、版石镇察看"
                    "果园。在随后召开的座谈会上，谭敏听取了市农业农村局关于脐橙产业发展情况的汇报。"
                    "县委书记欧阳群，县委副书记、县长魏东参加调研。", Meta(id="t-visit2", place="赣州市"))
    from kg.model import Meeting

    assert [e.name for e in ag.entities.values() if isinstance(e, Meeting)] == ["座谈会"]
    assert {("欧阳群", "书记", "安远县委"), ("魏东", "县长", "安远县人民政府")} <= _holdings(ag)
    towns = {(p.name, ag.entities[f"place:{p.parent_code}"].name) for p in ag.entities.values()
             if isinstance(p, Place) and p.level == "township"}
    assert towns == {("孔田镇", "安远县"), ("版石镇", "安远县")}


def test_a_township_congress_session_that_opens_and_the_reports_it_hears():
    ag = build_text("2月18日上午，常熟市梅李镇第十八届人民代表大会第四次会议在镇政府大会堂开幕。镇党委书记许兵，镇党委副书记、"
                    "镇长钟宁，镇人大主席顾平等在主席台就座。大会由顾平主持。会议听取和审议了镇人大主席团关于2024年工作"
                    "情况的报告，听取和审议了镇财政所关于财政预算执行情况的报告。", Meta(id="t-congress", place="常熟市"))
    from kg.model import Meeting

    assert [e.name for e in ag.entities.values() if isinstance(e, Meeting)] == ["常熟市梅李镇第十八届人民代表大会第四次会议"]
    units = _report_units(ag)
    assert {"梅李镇人大主席团", "梅李镇财政所"} <= units
    assert ("顾平", "chair") in _roles(ag)


def test_town_heads_reporting_on_duty_take_the_topic_the_meeting_is_named_for():
    ag = build_text("1月20日，县委召开2024年度乡镇党委书记抓基层党建工作述职评议会。会上，城北镇、河口镇党委书记现场述职。"
                    "县领导和党代表共40人对述职人员进行现场测评。", Meta(id="t-duty", place="石门县"))
    assert _reports(ag) == {("城北镇党委", "抓基层党建工作", "report"), ("河口镇党委", "抓基层党建工作", "report")}


def test_a_headline_that_says_who_convened_and_a_verb_after_a_title_that_is_no_name():
    ag = build_text("市政府召开第8次市长办公会议\n3月2日，市长丁海主持召开第8次市长办公会议。市政府一级调研员吴江参加会议。"
                    "丁市长强调，要抓好春耕。市委书记强调，要落实责任。\n全市防灾减灾联席会议12个成员单位负责同志参加会议。",
                    Meta(id="t-head-conv", place="松原市"))
    roles = _roles(ag)
    assert ("松原市人民政府", "convener") in roles and ("丁海", "convener") in roles
    assert ("吴江", "一级调研员", "松原市人民政府") in _holdings(ag)
    assert not any(p == "强调" for p, _, _ in _holdings(ag))
    assert not any(p.endswith("联席会议") for p, _ in roles)  # its member units attend, not the body



def test_a_person_who_only_introduces_figures_makes_no_report_one_who_speaks_in_turn_does():
    ag = build_text("6月2日，县政府召开安全生产调度会。副县长孟涛主持会议。孟涛通报，全县共检查企业300家。"
                    "县应急局局长严明作表态发言。", Meta(id="t-only-intro", place="如东县"))
    units = {u for u, _, _ in _reports(ag)}
    assert "孟涛" not in units and "如东县应急管理局" in units


def test_the_national_flood_headquarters_and_provincial_ones_by_their_short_names():
    ag = build_text("6月20日下午，国家防总副总指挥、水利部部长林海主持召开防汛会商会。国家防总办公室副主任郑华参加。"
                    "会上，中国气象局、水利部分别介绍了雨情、水情预报情况，江西省防指、湖南省防指汇报了当前防汛工作。",
                    Meta(id="t-fangzong", title="水利部召开防汛会商会"))
    assert {("林海", "副总指挥", "国家防汛抗旱总指挥部"), ("郑华", "副主任", "国家防汛抗旱总指挥部办公室")} <= _holdings(ag)
    reports = _reports(ag)
    assert {("江西省防汛抗旱指挥部", "当前防汛工作", "report"), ("中国气象局", "雨情", "report"),
            ("水利部", "水情预报情况", "report")} <= reports
    assert ("水利部", "convener") in _roles(ag)  # the metadata's headline says who convened


def test_members_of_a_body_s_leadership_named_without_posts_attend():
    ag = build_text("1月8日，市纪委监委召开述职评议会。市纪委监委领导班子成员陈立、周芳参加会议。", Meta(id="t-members", place="淄博市"))
    assert {("陈立", "attendee"), ("周芳", "attendee")} <= _roles(ag)


def test_towns_listed_before_the_count_of_their_secretaries_report_as_their_party_committees():
    ag = build_text("1月10日，我县召开乡镇党委书记抓基层党建工作述职评议会。会上，大阁镇、凤山镇、天桥镇等6个乡镇党委书记"
                    "进行现场述职。", Meta(id="t-towns-counted", place="丰宁满族自治县"))
    units = {u for u, _, _ in _reports(ag)}
    assert {"大阁镇党委", "凤山镇党委", "天桥镇党委"} <= units
    assert {"大阁镇党委", "凤山镇党委", "天桥镇党委"} <= _orgs(ag)


def test_a_township_whose_name_starts_with_he_in_a_list_and_its_institutions():
    text = ("5月8日上午，宁江区召开社区卫生工作座谈会。文化、和平、铁西街道社区卫生服务中心负责人参加座谈。"
            "座谈会上，文化街道社区卫生服务中心、和平街道社区卫生服务中心分别介绍了慢病管理和家庭医生签约做法。")
    ag = build_text(text, Meta(id="t-heping", place="宁江区"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert {"文化街道", "和平街道", "铁西街道"} <= places
    assert {("文化街道社区卫生服务中心", "慢病管理", "report"),
            ("和平街道社区卫生服务中心", "家庭医生签约做法", "report")} <= _reports(ag)
    assert not any(u.startswith("平街道") for u, _, _ in _reports(ag))


def test_a_representative_named_after_the_group_they_speak_for_reports():
    ag = build_text("6月2日，全区营商环境座谈会召开。副区长孟涛主持会议。企业家代表韩思远围绕融资服务作交流发言。"
                    "区人大代表会议另行召开。", Meta(id="t-rep-person", place="宁江区"))
    assert ("韩思远", "融资服务", "report") in _reports(ag)
    assert ("韩思远", "reporter") in _roles(ag)


def test_topics_shared_out_keep_the_field_the_list_ends_with():
    ag = build_text("3月5日，全市安全生产工作会议召开。会上，市应急管理局、市交通运输局分别汇报了矿山、水上交通领域安全整治情况。",
                    Meta(id="t-field", place="松原市"))
    assert {("松原市应急管理局", "矿山领域安全整治情况", "report"),
            ("松原市交通运输局", "水上交通领域安全整治情况", "report")} <= _reports(ag)


def test_a_place_path_in_the_metadata_names_the_locality():
    ag = build_text("5月8日，区政府召开常务会议。区长孟涛主持会议。", Meta(id="t-path", place="吉林省松原市宁江区"))
    assert ("孟涛", "区长", "宁江区人民政府") in _holdings(ag)


def test_a_new_party_department_and_a_speaker_who_states_a_view():
    ag = build_text("3月1日，市委召开社会工作会议。市委社会工作部部长孟涛主持会议。孟部长在总结时表示，要抓好新兴领域党建。",
                    Meta(id="t-shegong", place="松原市"))
    assert ("孟涛", "部长", "松原市委社会工作部") in _holdings(ag)
    assert ("孟涛", "speaker") in _roles(ag)


def test_leaders_who_lead_an_inspection_party_attend_and_a_slogan_leading_the_masses_does_not():
    ag = build_text("近日，全县重点项目建设现场观摩会召开。县委书记周立，县委副书记、县长韩波带领观摩团实地观摩。"
                    "会议要求，要团结带领广大干部群众，奋力开创新局面。", Meta(id="t-lead", place="临夏县"))
    assert {("周立", "attendee"), ("韩波", "attendee")} <= _roles(ag)
    assert ("韩波", "县长", "临夏县人民政府") in _holdings(ag)
    assert not any(r == "attendee" and n.endswith("县委") for n, r in _roles(ag))


def test_an_autonomous_county_by_its_short_name_and_a_division_of_safety():
    ag = build_text("全省农业安全生产培训会在贵阳举办。省农业农村厅副厅长孟可出席，厅安全监管处处长吴敏主持。"
                    "会上，黔西市委书记马涛，关岭自治县县长杨华作交流发言。", Meta(id="t-auto", place="贵州省"))
    assert ("杨华", "县长", "关岭布依族苗族自治县人民政府") in _holdings(ag)
    assert ("吴敏", "处长", "贵州省农业农村厅安全监管处") in _holdings(ag)


def test_units_that_share_experience_report_and_a_mountain_is_no_city():
    ag = build_text("全省安全管理工作培训会在长春举办。培训期间，四平市教育局、辽源市教育局作经验交流。"
                    "长白山管委会、梅河口市教育部门负责同志参加培训。", Meta(id="t-exp", place="吉林省"))
    assert {"四平市教育局", "辽源市教育局"} <= {u for u, _, _ in _reports(ag)}
    assert not any("白山市" in o for o in _orgs(ag))


def test_sumu_and_listed_townships_with_long_names_report():
    ag = build_text("3月28日，全旗安全生产视频调度会召开。旗长王某主持。会上，大路镇、薛家湾镇和布尔陶亥苏木作表态发言。",
                    Meta(id="t-sumu", place="准格尔旗"))
    assert {("大路镇", "statement"), ("薛家湾镇", "statement"), ("布尔陶亥苏木", "statement")} <= \
        {(u, k) for u, _, k in _reports(ag)}
    ag = build_text("5月9日下午，区长余建平主持召开养老服务专题座谈会。座谈会上，区民政局汇报了养老服务推进情况，"
                    "彭浦新村、大宁路街道作交流发言。", Meta(id="t-long-town", place="静安区"))
    assert {"彭浦新村街道", "大宁路街道"} <= {u for u, _, _ in _reports(ag)}


def test_the_person_a_clause_opens_with_speaks_when_the_verb_comes_later():
    ag = build_text("9月12日，州委书记扎西在州府会见了代表团一行，双方举行协作工作会谈。扎西代表州委、州政府对代表团一行表示热烈欢迎。",
                    Meta(id="t-clause-subject", place="甘孜藏族自治州"))
    assert ("扎西", "speaker") in _roles(ag)


def test_more_units_of_report_lists_a_vocational_centre_towns_ending_a_longer_list_and_a_town_heard():
    ag = build_text("5月10日，全县卫生健康工作会议召开。会上，县人民医院、县中医医院、马鞍、店子镇卫生院作交流发言，"
                    "丰宁县第一中学、丰宁县职业技术教育中心分别作了交流发言。", Meta(id="t-more-units", place="郧西县"))
    units = {u for u, _, _ in _reports(ag)}
    assert {"马鞍镇卫生院", "店子镇卫生院", "丰宁县职业技术教育中心"} <= units
    ag = build_text("3月5日，区委常委会召开会议。会议听取了区委组织部关于全区基层党建工作推进情况的汇报，"
                    "东吴镇关于“共富工坊”建设情况的汇报。", Meta(id="t-town-heard", place="鄞州区"))
    assert ("东吴镇", "“共富工坊”建设情况", "report") in _reports(ag)


def test_a_division_joining_two_fields_and_a_city_committee_holding_its_plenary():
    ag = build_text("3月14日，全市生态环境保护委员会全体会议召开。省教育厅高等教育与科技处处长黄建华参加会议。",
                    Meta(id="t-div-yu", place="开封市"))
    assert "开封市生态环境保护委员会" in _orgs(ag)
    assert ("黄建华", "处长", "河南省教育厅高等教育与科技处") in _holdings(ag)


def test_a_ministry_s_division_named_in_full_in_a_list_and_a_leader_at_another_occasion():
    ag = build_text("10月10日，水利部召开防汛工作座谈会。水利部党组成员、副部长韩振东出席会议并讲话。"
                    "水利部水旱灾害防御司、水资源管理司负责同志参加会议。", Meta(id="t-si", title="水利部召开防汛工作座谈会"))
    assert {"水利部水旱灾害防御司", "水利部水资源管理司"} <= _orgs(ag)
    assert not any(o.startswith("水利部水利部") for o in _orgs(ag))
    ag = build_text("3月10日，市委常委会召开会议。会议传达学习了习近平总书记在参加江苏代表团审议时的重要讲话精神。"
                    "市委书记张明主持会议。", Meta(id="t-elsewhere", place="南京市"))
    assert not any(n == "习近平" for n, _ in _roles(ag))


def test_places_named_with_those_that_hold_them_report_as_governments_and_a_rank_is_no_institution():
    ag = build_text("10月25日，全国现场推进会召开。会上，安徽省农业农村厅介绍了实施经验，江苏省无锡市、四川省成都市温江区作交流发言。",
                    Meta(id="t-chain", title="全国现场推进会召开"))
    assert {"无锡市人民政府", "温江区人民政府"} <= {u for u, _, _ in _reports(ag)}
    ag = build_text("5月10日，全县卫生健康工作会议召开。县级公立医院、各乡镇卫生院院长参加会议。", Meta(id="t-rank", place="于都县"))
    assert not any("县级" in o for o in _orgs(ag))


def test_short_county_names_sharing_the_last_one_s_suffix_make_statements():
    ag = build_text("近日，市委、市政府召开全市经济运行调度会。会上，仪陇、营山、南部县分别作了表态发言。", Meta(id="t-short-list", place="南充市"))
    assert {("仪陇县人民政府", "statement"), ("营山县人民政府", "statement"), ("南部县人民政府", "statement")} <= \
        {(u, k) for u, _, k in _reports(ag)}


def test_streets_and_towns_before_one_dang_gong_wei_and_centres_that_report():
    ag = build_text("1月22日下午，全区街道（镇）党（工）委书记抓基层党建工作述职评议会召开。会上，同安街道、芜湖路街道、淝河镇党（工）委书记"
                    "现场述职。", Meta(id="t-danggongwei", place="包河区"))
    assert {"同安街道党工委", "芜湖路街道党工委", "淝河镇党委"} <= {u for u, _, _ in _reports(ag)}
    ag = build_text("3月5日，县委常委会召开会议。会议听取了县信访局关于全县信访形势的汇报，县果业中心关于苹果产业发展情况的汇报。",
                    Meta(id="t-centre", place="洛川县"))
    assert ("洛川县果业中心", "苹果产业发展情况", "report") in _reports(ag)


def test_a_given_name_starting_with_hui_and_town_central_schools_that_report():
    ag = build_text("3月16日，全县“双减”工作推进会召开。县政协主席韩会芳出席会议。会上，龙店镇、肖桥头镇中心校作交流发言。",
                    Meta(id="t-hui", place="武邑县"))
    assert ("韩会芳", "主席", "武邑县政协") in _holdings(ag)
    assert {"龙店镇中心校", "肖桥头镇中心校"} <= {u for u, _, _ in _reports(ag)}


def test_bodies_listed_before_their_leaders_in_charge_take_no_part():
    ag = build_text("1月10日，全区基层党建工作述职评议会召开。区委书记陈立出席。区人大常委会、区政府、区政协分管负责同志参加会议。",
                    Meta(id="t-fenguan", place="江宁区"))
    assert not any(r == "attendee" and n.startswith("江宁区") for n, r in _roles(ag))


def test_a_quoted_campaign_holds_no_person_and_a_ministry_s_employment_division():
    ag = build_text("5月10日，教育部召开高校毕业生就业工作视频调度会。人力资源社会保障部就业促进司有关负责同志参加会议。"
                    "会议要求，各高校要深入开展“书记校长访企拓岗促就业”专项行动。", Meta(id="t-quoted", title="教育部召开视频调度会"))
    assert not _holdings(ag)
    assert "人力资源和社会保障部就业促进司" in _orgs(ag)


def test_the_bodies_of_a_prefecture_that_is_no_city():
    """In 和田地区: 地委 is 和田地委, 行署 和田地区行政公署 (专员 heads it), 地区X局 和田地区X局; 地区领导A、B
    attend; a meeting 在A县、B市召开 keeps its name."""
    ag = build_text("5月6日，全地区棉花生产现场推进会在墨玉县、和田市召开。地委副书记、行署专员艾力·吐尔洪出席会议并讲话，"
                    "地委委员、行署副专员周海涛主持会议。地区领导王建军、热依拉·吐尔逊参加会议。"
                    "地区农业农村局汇报了全地区棉花生产情况；洛浦、策勒县作交流发言。", Meta(id="t", place="和田地区"))
    assert {("艾力·吐尔洪", "副书记", "和田地委"), ("艾力·吐尔洪", "专员", "和田地区行政公署"),
            ("周海涛", "副专员", "和田地区行政公署")} <= _holdings(ag)
    assert {("周海涛", "chair"), ("王建军", "attendee"), ("热依拉·吐尔逊", "attendee")} <= _roles(ag)
    assert {"和田地区农业农村局", "洛浦县人民政府", "策勒县人民政府"} <= _report_units(ag)
    assert any(e.name == "全地区棉花生产现场推进会" for e in ag.entities.values() if type(e).__name__ == "Meeting")
    # in a city's article the same words name nothing of the kind
    assert not any("地委" in o for o in _orgs(build_text("5月6日，市委召开会议。各地区要抓好落实。", Meta(id="t", place="和田市"))))


def test_bodies_listed_before_their_heads_report_and_the_national_flood_office():
    """水利部、中国气象局有关负责同志介绍了…: both bodies report; 国家防办 is the headquarters' office."""
    ag = build_text("6月2日，国家防总办公室、应急管理部召开全国防汛视频调度会议。应急管理部副部长、国家防办常务副主任"
                    "宋建华主持会议。会上，水利部、中国气象局有关负责同志介绍了雨水情和趋势预测。", Meta(id="t", place=""))
    assert ("宋建华", "常务副主任", "国家防汛抗旱总指挥部办公室") in _holdings(ag)
    assert {"水利部", "中国气象局"} <= _report_units(ag)


def test_a_joint_meeting_held_is_no_body_and_a_committees_leading_group_is_one():
    """区X工作联席会议召开。: the meeting is held, no body; 县委X工作领导小组 is the committee's group (not 县委
    attending); 区住房建设委 is a department."""
    ag = build_text("4月16日，区老旧小区改造暨消防安全工作联席会议召开。区住房建设委作了发言。", Meta(id="t", place="河西区"))
    assert not any(o.endswith("联席会议") for o in _orgs(ag))
    assert "河西区住房建设委" in _orgs(ag)
    ag = build_text("1月8日，县委召开述职评议会。县委党建工作领导小组成员单位主要负责同志参加会议。", Meta(id="t", place="建平县"))
    assert "建平县委党建工作领导小组" in _orgs(ag)
    assert ("建平县委", "attendee") not in _roles(ag)


def test_a_directive_before_a_list_of_levels_names_no_township():
    """要健全街道、社区、网格三级…: 要健全 is no township's name."""
    ag = build_text("4月16日，区政府召开会议。会议要求，要健全街道、社区、网格三级消防安全责任体系。", Meta(id="t", place="河西区"))
    assert not any(e.name.endswith("街道") for e in ag.entities.values() if isinstance(e, Place))


def test_a_newspapers_own_day_in_brackets_and_a_chongqing_commission():
    """昨（9）日 in a paper of 10 July is 9 July (昨（30）日 in one of 1 July is 30 June); 区经济信息委 is a body."""
    from kg.model import Meeting

    for text, published, day in (("昨（9）日，全区重点项目现场观摩会召开。区经济信息委作交流发言。", "2024-07-10", "2024-07-09"),
                                 ("昨（30）日，全区重点项目现场观摩会召开。", "2024-07-01", "2024-06-30")):
        ag = build_text(text, Meta(id="t", place="江津区", published=published))
        assert [e.date for e in ag.entities.values() if isinstance(e, Meeting)] == [day]
    assert "江津区经济信息委" in _orgs(build_text("昨（9）日，全区观摩会召开。区经济信息委作交流发言。",
                                              Meta(id="t", place="江津区", published="2024-07-10")))


def test_a_meeting_held_by_video_and_a_name_in_a_list_of_chains():
    """X全体会议以视频形式召开: the meeting is X (会议以视频形式召开 leaves the headline's name); 盐源县委书记吉木阿果、
    布拖县委书记…: a name outside the surname list ends at the next chain."""
    from kg.model import Meeting

    ag = build_text("7月11日下午，市生态环境保护委员会2023年第二次全体会议以视频形式召开。", Meta(id="t", place="宜昌市", published="2023-07-12"))
    assert [(e.name, e.date) for e in ag.entities.values() if isinstance(e, Meeting)] == \
        [("市生态环境保护委员会2023年第二次全体会议", "2023-07-11")]
    ag = build_text("全区防汛工作视频会议召开\n7月9日，会议以视频形式召开。区长顾志强出席会议。", Meta(id="t", place="吴中区"))
    assert [e.name for e in ag.entities.values() if isinstance(e, Meeting)] == ["全区防汛工作视频会议"]
    ag = build_text("1月5日，州委召开述职评议会。西昌市委书记何俊峰、盐源县委书记吉木阿果、布拖县委书记杨茂林现场述职。",
                    Meta(id="t", place="凉山彝族自治州"))
    assert ("吉木阿果", "书记", "盐源县委") in _holdings(ag)



def test_a_meeting_held_in_a_long_chain_of_places_over_two_days():
    ag = build_text("3月26日至27日，全国森林防火工作现场会在四川省凉山彝族自治州西昌市召开。", Meta(id="t", published="2024-03-28"))
    assert [(e.name, e.date) for e in ag.entities.values() if isinstance(e, Meeting)] == [("全国森林防火工作现场会", "2024-03-26")]


def test_basin_agencies_a_bureaus_provincial_office_and_a_report_explained():
    ag = build_text("5月8日，水利部召开防汛视频会议。会上，黄河水利委员会、淮河水利委员会汇报了流域防汛准备情况。",
                    Meta(id="t-basin", title="水利部召开防汛视频会议"))
    assert {"黄河水利委员会", "淮河水利委员会"} <= _report_units(ag)
    ag = build_text("1月9日，全省煤矿安全工作会议召开。会上，国家矿山安全监察局陕西局通报了煤矿安全生产情况。",
                    Meta(id="t-branch", place="陕西省"))
    assert "国家矿山安全监察局陕西局" in _report_units(ag)
    ag = build_text("2月6日，市委常委会召开会议，审议《绵阳市数字经济发展行动方案》，市经济和信息化局作了情况说明。",
                    Meta(id="t-explained", place="绵阳市"))
    assert ("绵阳市经济和信息化局", "reporter") in _roles(ag)


def test_a_cited_speech_and_what_a_report_or_a_speech_says():
    ag = build_text("3月2日，市委常委会召开会议。会议指出，习近平总书记的重要讲话，为做好工作指明了方向。市委书记周涛主持会议。",
                    Meta(id="t-cited", place="咸宁市"))
    assert not any(n == "习近平" for n, _ in _roles(ag))
    ag = build_text("6月1日，全省安全生产电视电话会议召开。副省长柴明远通报有关情况。柴明远通报指出，今年以来事故总量下降。",
                    Meta(id="t-said", place="安徽省"))
    assert ("柴明远", "reporter") in _roles(ag) and ("柴明远", "speaker") not in _roles(ag)
    assert not any(topic == "指出" for _, topic, _ in _reports(ag))
    ag = build_text("9月3日，全国养老服务推进会召开。浙江省副省长钱文清致辞。钱文清在致辞中介绍，全省建成养老服务中心900个。",
                    Meta(id="t-in-speech"))
    assert ("钱文清", "speaker") in _roles(ag) and ("钱文清", "reporter") not in _roles(ag)


def test_a_unit_speaking_for_others_and_a_person_speaking_for_a_unit():
    ag = build_text("4月2日，市政府召开全市防汛工作会议。会上，当阳市人民政府作交流发言；猇亭区人民政府代表各县市区作表态发言。",
                    Meta(id="t-for-all", place="宜昌市"))
    assert ("宜昌市猇亭区人民政府", "", "statement") in _reports(ag) or ("猇亭区人民政府", "", "statement") in _reports(ag)
    ag = build_text("2月20日，县委召开全县党风廉政建设工作会议。县委常委、县纪委书记、县监委主任罗丽代表县纪委常委会作了"
                    "题为《以有力监督保障高质量发展》的工作报告。", Meta(id="t-behalf", place="咸丰县"))
    assert ("咸丰县纪委常委会", "以有力监督保障高质量发展", "report") in _reports(ag)


def test_a_stationed_group_of_the_central_commission_and_of_the_article_s_own_bureau():
    ag = build_text("9月5日，民政部召开全国会议。中央纪委国家监委驻民政部纪检监察组组长尉迟明出席会议。",
                    Meta(id="t-central-group", title="民政部召开全国会议"))
    assert ("尉迟明", "组长", "中央纪委国家监委驻民政部纪检监察组") in _holdings(ag)
    ag = build_text("3月4日，市林草局召开森林防火工作会议。局党组书记、局长杨华出席会议并讲话，驻局纪检监察组组长宓立出席会议。"
                    "会上，江川区、澄江市林业和草原局作交流发言；局森林草原防火科、生态保护修复科作表态发言。",
                    Meta(id="t-own-bureau", place="玉溪市", title="市林草局召开森林防火工作会议"))
    assert ("宓立", "组长", "驻玉溪市林业和草原局纪检监察组") in _holdings(ag)
    assert {"玉溪市林业和草原局森林草原防火科", "玉溪市林业和草原局生态保护修复科"} <= _report_units(ag)


def test_rare_surnames_and_a_deputy_s_arrangements():
    ag = build_text("5月6日，全县乡村振兴推进会召开。县委常委、副县长字丽萍，县领导庹刚参加会议。"
                    "镇党委副书记、镇长罕玉明就全镇工作作具体安排。", Meta(id="t-rare", place="沧源佤族自治县"))
    names = {n for n, _ in _roles(ag)}
    assert {"字丽萍", "庹刚"} <= names
    assert ("罕玉明", "speaker") in _roles(ag)


def test_units_listed_before_a_comma_and_townships_sharing_their_government():
    ag = build_text("2月27日，全省教育工作会议召开。会上，宜宾、泸州、乐山市教育局，西南石油大学、四川职业技术学院作交流发言。",
                    Meta(id="t-comma-list", place="四川省"))
    assert {"宜宾市教育局", "泸州市教育局", "乐山市教育局", "西南石油大学"} <= _report_units(ag)
    ag = build_text("8月29日，全市秋季开学工作推进会召开。会上，石庄镇、丁堰镇人民政府和如皋市实验小学作交流发言。",
                    Meta(id="t-town-list", place="如皋市"))
    assert {"石庄镇人民政府", "丁堰镇人民政府"} <= _report_units(ag)


def test_a_ministry_named_with_its_party_group_and_its_departments_by_their_names_alone():
    ag = build_text("9月20日，生态环境部部党组书记、部长林海主持召开部常务会议。会议听取了土壤生态环境司关于土壤污染防治情况的汇报。",
                    Meta(id="t-own-si"))
    assert ("林海", "书记", "生态环境部党组") in _holdings(ag)
    assert "生态环境部土壤生态环境司" in _report_units(ag)
    ag = build_text("9月1日，民政部召开推进会。民政部相关司局负责同志参加会议。", Meta(id="t-unnamed-si"))
    assert not any("相关" in o for o in _orgs(ag))


def test_zones_and_central_teams_and_no_county_read_into_a_joining_word():
    ag = build_text("12月2日，全市座谈会召开。会上，依安县人民政府和明水国家级自然保护区管理局作交流发言。",
                    Meta(id="t-zone", place="绥化市"))
    assert not any(o.endswith("区管理局") and "保护区" not in o for o in _orgs(ag))
    ag = build_text("7月1日，全市生态环境保护大会召开。中央第五生态环境保护督察组交办的42件信访件已全部办结。",
                    Meta(id="t-team", place="连云港市"))
    assert "中央第五生态环境保护督察组" in _orgs(ag)
    ag = build_text("3月1日，全省森林防火视频会议召开。各市（地）和县（市、区）政府设分会场。", Meta(id="t-and-county", place="吉林省"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert "和县" not in places
    ag = build_text("4月25日，全县旅游工作会议召开。县市场监管局要会同县文广旅局开展整治。", Meta(id="t-together", place="夹江县"))
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert "会同县" not in places and "夹江县文广旅局" in _orgs(ag)


def test_a_dateline_without_a_year_gives_the_month_of_a_day_named_alone():
    ag = build_text("鹤城新闻网12月13日讯(记者 林月)12日，全市文旅产业发展座谈会召开。市长王川出席会议并讲话。",
                    Meta(id="t-dateline-day", place="齐齐哈尔市"))
    assert [m.date for m in ag.entities.values() if isinstance(m, Meeting)] == ["--12-12"]


def test_a_meeting_held_before_the_reported_one_takes_the_roles_of_its_sentence():
    ag = build_text("3月5日，全省就业工作会议在长沙召开。副省长郑明出席会议并讲话，省政府副秘书长龙华主持会议。"
                    "会前，郑明主持召开高校毕业生就业工作座谈会，听取部分高校意见建议。", Meta(id="t-before", place="湖南省"))
    roles = {(ag.entities[p.meeting].name, ag.entities[p.participant].name, p.role)
             for p in ag.facts if isinstance(p, Participation)}
    assert ("高校毕业生就业工作座谈会", "郑明", "chair") in roles
    assert ("全省就业工作会议", "郑明", "chair") not in roles and ("全省就业工作会议", "龙华", "chair") in roles


def test_reserve_administrations_village_branches_and_a_titled_report_with_a_space():
    ag = build_text("12月2日，全市文旅座谈会召开。会上，依安县人民政府和明水国家级自然保护区管理局作交流发言。",
                    Meta(id="t-reserve", place="绥化市"))
    assert "明水国家级自然保护区管理局" in _report_units(ag)
    ag = build_text("3月6日，新安镇召开春耕备耕推进会。会上，向阳村、胜利村党支部书记作交流发言。", Meta(id="t-branches", place="五原县"))
    assert {"向阳村党支部", "胜利村党支部"} <= _report_units(ag)
    ag = build_text("2月27日，全县党风廉政建设工作会议召开。县纪委书记马兰代表县纪委常委会作了题为《坚定不移推进 全面从严治党》的工作报告。",
                    Meta(id="t-titled", place="鹤峰县"))
    assert ("鹤峰县纪委常委会", "坚定不移推进 全面从严治党", "report") in _reports(ag)


def test_a_ministry_s_department_beside_another_national_body_is_the_headline_s_ministry():
    ag = build_text("生态环境部召开部常务会议\n9月26日，生态环境部部长林海主持召开部常务会议。中央纪委国家监委驻生态环境部纪检监察组"
                    "组长王平出席会议。会议听取了海洋生态环境司关于近岸海域综合治理情况的汇报。",
                    Meta(id="t-two-central", title="生态环境部召开部常务会议"))
    assert "生态环境部海洋生态环境司" in _report_units(ag)


def test_counted_provinces_report_and_a_ministry_s_division_named_with_its_level_word():
    ag = build_text("6月5日，交通运输部召开全国电视电话会议。会上，部安全与质量监督管理司通报了全国交通运输安全生产形势。"
                    "云南、青海等省交通运输厅，招商局集团有限公司作交流发言。国家铁路局、中国民用航空局有关负责同志出席会议。"
                    "各省（区、市）及新疆生产建设兵团交通运输厅（局、委）设分会场。", Meta(id="t-counted-report"))
    assert {"交通运输部安全与质量监督管理司", "云南省交通运输厅", "青海省交通运输厅"} <= _report_units(ag)
    assert {"国家铁路局", "中国民用航空局"} <= _orgs(ag)
    assert not any(o.startswith("新疆生产建设兵团交通") for o in _orgs(ag))


def test_leaders_named_without_a_surname_of_the_list():
    ag = build_text("7月19日，市委常委会召开会议。市委书记王强主持会议，市领导罗布、边巴次仁、孔令飞、达娃卓玛列席会议。"
                    "市委常委、组织部部长次仁央宗等出席会议。", Meta(id="t-tibetan", place="山南市"))
    names = {n for n, _ in _roles(ag)}
    assert {"边巴次仁", "孔令飞", "达娃卓玛", "次仁央宗"} <= names
    ag = build_text("3月6日，全市招商引资推进会召开。市领导禄海东、司马英出席会议。", Meta(id="t-unknown-first", place="仁怀市"))
    assert {"禄海东", "司马英"} <= {n for n, _ in _roles(ag)}


def test_a_joint_discipline_body_beside_its_two_halves_is_the_commission():
    ag = build_text("6月4日，县委常委会召开会议。县委常委、纪委书记、监委主任何平出席会议。县纪委监委要加强日常监督。",
                    Meta(id="t-joint", place="镇安县"))
    assert {"镇安县纪委", "镇安县监委"} <= _orgs(ag) and "镇安县纪委监委" not in _orgs(ag)


def test_ethnic_township_lists_short_department_names_and_a_bureau_s_stations():
    ag = build_text("5月9日，县政府召开防汛调度会。会上，古田镇、才溪镇和官庄、庐丰畲族乡作表态发言。", Meta(id="t-she", place="上杭县"))
    assert {"官庄畲族乡", "庐丰畲族乡"} <= {n for n, _ in _roles(ag)}
    ag = build_text("5月2日，省政府召开常务会议。会议听取了省应急厅关于安全生产的汇报，省交通厅关于公路建设的汇报。",
                    Meta(id="t-short-dept", place="云南省"))
    assert {"云南省应急管理厅", "云南省交通运输厅"} <= _orgs(ag)
    ag = build_text("4月28日，县政府召开旅游安全部署会。县公安局城关派出所、县市场监管局城关市场监管所负责人参加会议。",
                    Meta(id="t-station", place="武夷山市"))
    assert any(o.endswith("公安局城关派出所") for o in _orgs(ag)) and any(o.endswith("城关市场监管所") for o in _orgs(ag))


def test_counties_by_the_names_they_took_after_the_division_list():
    ag = build_text("2月20日，全市重大项目推进会召开。会上，镜湖区、繁昌区、无为市人民政府作交流发言。", Meta(id="t-renamed", place="芜湖市"))
    assert {"繁昌区人民政府", "无为市人民政府"} <= _report_units(ag)
    places = {e.name for e in ag.entities.values() if isinstance(e, Place)}
    assert {"繁昌区", "无为市"} <= places and "无为县" not in places


def test_a_report_told_again_with_its_topic_and_no_report_in_publicising_a_plan():
    ag = build_text("1月9日，民政部召开全国社会救助工作视频会议。会上，甘肃、青海省民政厅作交流发言。"
                    "交流发言中，甘肃省民政厅介绍了主动发现救助对象的做法，青海省民政厅介绍了数据比对的经验。",
                    Meta(id="t-told-later"))
    assert ("甘肃省民政厅", "", "report") not in _reports(ag)
    assert ("甘肃省民政厅", "主动发现救助对象的做法", "report") in _reports(ag)
    ag = build_text("3月1日，省政府召开常务会议，审议通过《自然灾害救助应急预案》，要求省应急管理厅抓好宣传解读和贯彻实施。",
                    Meta(id="t-publicise", place="吉林省"))
    assert not _reports(ag)


def test_cities_zones_and_schools_by_their_short_names_in_a_reporting_list():
    ag = build_text("6月2日，全区生态环境保护大会召开。会上，银川市、吴忠市和宁东能源化工基地管委会作交流发言。",
                    Meta(id="t-base", place="宁夏回族自治区"))
    assert {"银川市人民政府", "吴忠市人民政府", "宁东能源化工基地管委会"} <= _report_units(ag)
    ag = build_text("8月30日，全市教育推进会召开。会上，寿县一中、六安职业技术学院作典型发言。", Meta(id="t-school", place="六安市"))
    assert "寿县一中" in _report_units(ag) and not any("一中职业" in u for u in _report_units(ag))


def test_an_analysis_as_a_report_a_hospital_after_a_verb_and_the_commission_s_full_name():
    ag = build_text("3月11日，全县森林防灭火推进会召开。县应急管理局、县气象局分别就春季森林火险形势作分析发言。"
                    "要支持县中医医院创建二级甲等中医医院。", Meta(id="t-analysis", place="绥宁县"))
    assert ("绥宁县气象局", "春季森林火险形势", "report") in _reports(ag)
    assert "绥宁县中医医院" in _orgs(ag)
    ag = build_text("2月21日，中共祁连县第十五届纪律检查委员会第四次全体会议召开。县委常委、县纪委书记马林作工作报告。",
                    Meta(id="t-commission", place="祁连县"))
    assert "祁连县纪委" in _orgs(ag) and "祁连县纪律检查委员会" not in _orgs(ag)


def test_a_body_then_a_name_then_its_title_and_villages_sharing_their_committees():
    ag = build_text("3月1日，全市卫生健康工作会议召开。市长汪明出席会议并讲话，芜湖市卫生健康委员会庄立平副主任到会指导。"
                    "市教育局班子成员参加会议。", Meta(id="t-body-name-title", place="南陵县"))
    assert ("庄立平", "副主任", "芜湖市卫生健康委员会") in _holdings(ag)
    assert ("芜湖市卫生健康委员会", "attendee") not in _roles(ag)
    assert not any(n == "班子" for n, _, _ in _holdings(ag))
    ag = build_text("4月28日，西递镇召开调度会。会上，镇综治中心和南屏村、关麓村村委会作表态发言。", Meta(id="t-village-committees", place="黟县"))
    assert {"南屏村村委会", "关麓村村委会"} <= _report_units(ag)


def test_a_reporting_list_with_a_lost_character_a_verb_among_measures_and_a_town_s_offices():
    ag = build_text("5月29日，全市防汛抗旱工作会议召开。市水务局、市应急管理局、市交?运输委和西青、静海区政府作交流发言。",
                    Meta(id="t-lost-char", place="天津市"))
    assert {"天津市水务局", "天津市应急管理局", "西青区人民政府"} <= _report_units(ag)
    ag = build_text("1月15日，全国安全防范工作视频会议召开。对事故多发的地区，国务院安委会将采取约谈、通报、挂牌督办等方式严肃处理。",
                    Meta(id="t-verb-list"))
    assert not _reports(ag)
    ag = build_text("4月11日，晏城镇召开民政工作推进会。会上，镇民政办汇报了一季度工作情况；镇卫生院、镇敬老院作交流发言。",
                    Meta(id="t-town-offices", place="齐河县"))
    assert {"晏城镇民政办", "晏城镇卫生院", "晏城镇敬老院"} <= _report_units(ag)
    assert not any(u.endswith("敬老院敬老院") for u in _report_units(ag))


def test_courts_by_rank_a_first_river_chief_a_name_before_dui_and_no_institution_of_a_plan():
    ag = build_text("1月10日，省委常委会召开会议。省法院、省检察院主要负责同志列席会议。", Meta(id="t-court", place="青海省"))
    assert {"青海省高级人民法院", "青海省人民检察院"} <= _orgs(ag)
    ag = build_text("4月1日，全市总河湖长会议召开。市委书记、市第一总河湖长贺明出席会议并讲话，镇长岩罕香对具体工作进行安排部署。",
                    Meta(id="t-first-chief", place="敦煌市"))
    assert ("贺明", "书记", "敦煌市委") in _holdings(ag)
    assert any(n == "岩罕香" for n, _, _ in _holdings(ag))
    ag = build_text("4月9日，省政府召开常务会议，研究县域医疗卫生次中心建设等工作，审议通过《甘肃省推进县域医疗卫生次中心建设实施方案》。",
                    Meta(id="t-plan-not-institution", place="甘肃省"))
    assert not any("次中心" in o for o in _orgs(ag))


def test_a_clause_opened_by_bing_and_persons_listed_across_a_comma_who_each_speak():
    ag = build_text("3月12日，新干镇召开秸秆禁烧推进会。市生态环境局副局长方建新应邀出席会议，并通报了全市秸秆禁烧监测情况。"
                    "会上，镇综合行政执法大队汇报了巡查工作情况。", Meta(id="t-bing", place="樟树市"))
    assert ("方建新", "reporter") in _roles(ag)
    assert any(u.endswith("综合行政执法大队") for u in _report_units(ag))
    ag = build_text("4月28日，全县文旅推进会召开。县委常委、宣传部部长江思远，副县长汪晴分别就宣传营销和安全工作作具体部署。",
                    Meta(id="t-each-speaks", place="婺源县"))
    assert {("江思远", "speaker"), ("汪晴", "speaker")} <= _roles(ag)


def test_a_joint_discipline_body_that_reports_keeps_its_name():
    ag = build_text("2月1日，县委常委会召开会议。会议听取了县委常委、纪委书记、监委主任柏军代表县纪委监委所作的工作情况汇报。",
                    Meta(id="t-joint-reports", place="凤台县"))
    assert "凤台县纪委监委" in _report_units(ag)


def test_a_name_ending_in_hui_bureaus_heard_with_their_reports_and_a_forest_fire_brigade():
    ag = build_text("2月1日，花江镇召开党风廉政建设大会。会上，镇党委委员、纪委书记罗明会通报了全镇党风廉政建设工作情况。",
                    Meta(id="t-hui", place="关岭布依族苗族自治县"))
    assert ("罗明会", "书记", "花江镇纪委") in _holdings(ag)
    ag = build_text("3月1日，省政府召开常务会议。会议还听取了省应急管理厅、省林草局有关情况汇报。省森林消防总队作表态发言。",
                    Meta(id="t-heard-group", place="吉林省"))
    assert {"吉林省应急管理厅", "吉林省林业和草原局", "吉林省森林消防总队"} <= _report_units(ag)


def test_a_committee_named_after_the_joining_word_of_a_combined_meeting():
    ag = build_text("3月1日，市河长制湖长制工作推进会暨生态环境保护委员会全体会议召开。", Meta(id="t-ji-committee", place="日照市"))
    assert "日照市生态环境保护委员会" in _orgs(ag) and not any("暨" in o for o in _orgs(ag))


def test_national_bodies_listed_by_their_first_words():
    ag = build_text("6月1日，水利部召开视频会议。会上，黄河、海河水利委员会汇报了流域防汛准备情况。", Meta(id="t-central-list"))
    assert {"黄河水利委员会", "海河水利委员会"} <= _report_units(ag)


def test_a_merged_entity_s_facts_are_restated_once():
    ag = build_text("3月1日，县委常委会召开会议。县委常委、纪委书记、监委主任何平出席会议。县纪委监委要加强日常监督。",
                    Meta(id="t-merge", place="镇安县"))
    keys = {e.name: k for k, e in ag.entities.items()}
    ag.merge(keys["镇安县监委"], keys["镇安县纪委"])
    assert "镇安县监委" not in _orgs(ag)
    assert len({(h.person, h.post, h.organisation) for h in ag.facts if isinstance(h, Holding)}) == \
        len([h for h in ag.facts if isinstance(h, Holding)])
    assert ag.state(next(h for h in ag.facts if isinstance(h, Holding))) is False  # what it states is known once
    ag.retract(lambda f: isinstance(f, Holding))
    assert not any(isinstance(f, Holding) for f in ag.facts)


def test_a_township_that_several_counties_have_is_told_apart_by_its_villages():
    """石桥镇 is in seventeen counties: the one whose 石桥镇 holds the villages the article names (泸县)."""
    ag = build_text("石桥镇召开2025年安全生产工作会议。镇党委书记严家伟出席会议并讲话，镇党委副书记、镇长褚立群主持会议。"
                    "洪安桥村、大王山村党支部书记作表态发言。", Meta(id="t-town-villages", place="石桥镇"))
    assert ("褚立群", "镇长", "石桥镇人民政府") in _holdings(ag)
    towns = {(p.name, ag.entities[f"place:{p.parent_code}"].name) for p in ag.entities.values()
             if isinstance(p, Place) and p.level == "township"}
    assert towns == {("石桥镇", "泸县")}


def test_the_head_of_a_discipline_commission_named_bare_in_a_chain_reports_for_it():
    """县委常委、纪委书记、监委主任A作工作报告: the 纪委 reports (its head stands for it, and the 监委 works as one
    with it); A 并-clause goes on with the same unit; a deputy in the same place speaks for themselves."""
    ag = build_text("3月2日，沂南县召开党风廉政建设工作会议。县委常委、纪委书记、监委主任庞立文作工作报告。",
                    Meta(id="t-cdi-report", place="沂南县"))
    assert _report_units(ag) == {"沂南县纪委"}
    ag = build_text("3月2日，王村镇召开党风廉政建设工作会议。会上，镇党委委员、纪委书记钟晓岚通报了全镇信访举报情况，"
                    "并通报了近期查处的典型案例。", Meta(id="t-cdi-bing", place="沂南县"))
    assert _report_units(ag) == {"王村镇纪委"}
    ag = build_text("3月2日，沂南县召开安全生产工作会议。县委常委、副县长庞立文通报了全县安全生产形势。",
                    Meta(id="t-deputy-report", place="沂南县"))
    assert _report_units(ag) == {"庞立文"}


def test_characters_lost_in_a_venue_leave_the_meeting_and_its_date():
    ag = build_text("城步县召开教育工作会议\n9月3日，全县秋季学期教育工作会议在县文体??中心召开。县委副书记、县长麻建华出席会议并讲话。",
                    Meta(id="t-venue-lost", place="城步苗族自治县", published="2024-09-04"))
    meetings = [(e.name, e.date) for e in ag.entities.values() if isinstance(e, Meeting)]
    assert meetings == [("全县秋季学期教育工作会议", "2024-09-03")]


def test_posts_of_offices_and_levels_and_names_before_a_day_in_words():
    """县人民政府办公室副主任; 镇级总河长 (a level word and 级 before a chief's title); 常务副主席A，副主席B、C
    (the region's government, names no surname list knows before one it does); a name before 昨天."""
    ag = build_text("8月2日，全县卫生健康工作会议召开。县人民政府办公室副主任阿依古丽·买买提主持会议。",
                    Meta(id="t-office-post", place="和静县"))
    assert ("阿依古丽·买买提", "副主任", "和静县人民政府办公室") in _holdings(ag)
    ag = build_text("3月1日，石门镇召开河长制工作推进会，镇党委书记、镇级总河长祁文涛出席会议并讲话。",
                    Meta(id="t-town-chief", place="桃源县"))
    assert {("祁文涛", "书记", "石门镇党委"), ("祁文涛", "总河长", "")} <= _holdings(ag)
    ag = build_text("5月7日，自治区人民政府召开第12次常务会议。自治区党委常委、常务副主席彭启明，副主席扎西顿珠、"
                    "贺文清出席会议。", Meta(id="t-region-deputies", place="西藏自治区"))
    assert {("彭启明", "常务副主席", "西藏自治区人民政府"), ("扎西顿珠", "副主席", "西藏自治区人民政府"),
            ("贺文清", "副主席", "西藏自治区人民政府")} <= _holdings(ag)
    assert "西藏自治区" not in _orgs(ag)
    ag = build_text("市委副书记、市长詹永年昨天主持召开市政府常务会议。", Meta(id="t-yesterday", place="宁波市",
                                                                   published="2024-07-02"))
    assert ("詹永年", "市长", "宁波市人民政府") in _holdings(ag)
    ag = build_text("1月5日，市委农村工作会议召开。市委副书记、市长扎西次仁作具体安排。", Meta(id="t-arrange", place="日喀则市"))
    assert ("扎西次仁", "speaker") in _roles(ag)


def test_units_that_speak_with_the_bare_verb_and_long_township_names_in_lists():
    ag = build_text("3月16日，全市文化旅游推进会召开。会上，乐陵市、庆云县人民政府交流发言。研究讨论了市政府工作报告。",
                    Meta(id="t-bare-verb", place="德州市"))
    assert _reports(ag) == {("乐陵市人民政府", "", "report"), ("庆云县人民政府", "", "report")}
    ag = build_text("8月2日，全县卫生健康工作会议召开。七个星镇、四十里城子镇卫生院负责人分别作表态发言。",
                    Meta(id="t-long-town", place="焉耆回族自治县"))
    assert _report_units(ag) == {"七个星镇卫生院", "四十里城子镇卫生院"}
    ag = build_text("1月4日，全县防汛工作会议召开。会上，吉田、永和镇作交流发言。", Meta(id="t-he-inside", place="连山壮族瑶族自治县"))
    assert _report_units(ag) == {"吉田镇", "永和镇"}


def test_bodies_named_by_kinds_of_cities_offices_and_national_bodies():
    ag = build_text("6月1日，民政部召开全国养老服务工作推进会。国家卫生健康委副主任、全国老龄办常务副主任席海燕出席会议。"
                    "中国老龄协会有关负责同志出席会议。各省、自治区、直辖市民政厅（局）负责同志在分会场参加会议。"
                    "各地级以上市卫生健康局主要负责同志参加会议。", Meta(id="t-central-aged"))
    assert ("席海燕", "常务副主任", "全国老龄工作委员会办公室") in _holdings(ag)
    assert "中国老龄协会" in _orgs(ag)
    assert not any(o.endswith(("市民政厅", "市卫生健康局")) for o in _orgs(ag))
    ag = build_text("7月1日，市政府召开常务会议。会议听取了市交通运输委关于轨道交通建设情况的汇报。"
                    "市委督查室、市政府督查室要加强督查。审议《区中小学校园安全三年行动方案》。"
                    "武陟县、温县、焦作高新技术产业开发区等6个县区获评先进单位。", Meta(id="t-offices", place="焦作市"))
    assert {"焦作市交通运输委员会", "焦作市委督查室", "焦作市人民政府督查室"} <= _orgs(ag)
    assert not any("中小学" in o or o.endswith("技术产业开发区") and not o.startswith("焦作") for o in _orgs(ag))


def test_units_reporting_by_video_each_on_its_topic_and_lists_broken_by_a_comma_or_a_line():
    ag = build_text("9月4日，全市防汛工作视频调度会召开。椒江区、黄岩区人民政府作视频发言。", Meta(id="t-video", place="台州市"))
    assert _report_units(ag) == {"椒江区人民政府", "黄岩区人民政府"}
    ag = build_text("3月2日，全市林业推进会召开。永安市人民政府围绕林票制度改革，沙县区人民政府围绕竹产业发展，"
                    "尤溪县林业局围绕林长制作交流发言。", Meta(id="t-each-comma", place="三明市"))
    assert _reports(ag) >= {("永安市人民政府", "林票制度改革", "report"), ("沙县区人民政府", "竹产业发展", "report"),
                            ("尤溪县林业局", "林长制", "report")}
    ag = build_text("3月5日，全县河长制工作会议召开。会上，县水务局汇报了河湖治理情况；高坪镇、洛河镇，百里乡作交流发言。",
                    Meta(id="t-comma-list", place="武隆区"))
    assert {"高坪镇", "洛河镇", "百里乡"} <= _report_units(ag)
    ag = build_text("8月28日，全县教育工作会议召开。县长马文杰出席会议并讲话。\n永春第一中学、桃城中心小学、桃城中心幼\n"
                    "儿园作交流发言。", Meta(id="t-wrapped-list", place="永春县"))
    assert _report_units(ag) == {"永春第一中学", "桃城中心小学", "桃城中心幼儿园"}


def test_reports_told_again_in_a_speech_and_lists_joined_by_he_before_a_place():
    ag = build_text("6月1日，全省医疗保障工作会议召开。省医疗保障局局长潘丽华通报了支付方式改革情况。"
                    "潘丽华在通报中介绍，改革已覆盖全部州市。", Meta(id="t-in-report", place="云南省"))
    assert _report_units(ag) == {"云南省医疗保障局"}
    ag = build_text("6月1日，民政部召开全国社会救助工作推进会。会上，浙江、云南省民政厅和湖南省株洲市民政局作交流发言。",
                    Meta(id="t-he-place"))
    assert _report_units(ag) == {"浙江省民政厅", "云南省民政厅", "株洲市民政局"}


def test_posts_in_a_ministry_s_party_group_a_numbered_stationed_group_and_a_town_s_armed_forces():
    ag = build_text("6月1日，国家卫生健康委召开全国基层卫生工作会议。国家卫生健康委党组书记、主任严立新出席会议并讲话，"
                    "党组成员、副主任贾慧敏主持会议。国家中医药局有关负责同志出席会议。", Meta(id="t-group-deputy"))
    assert ("贾慧敏", "副主任", "国家卫生健康委") in _holdings(ag)
    assert "国家中医药管理局" in _orgs(ag)
    ag = build_text("6月1日，交通运输部召开视频会议。部安全总监钟立民主持会议。", Meta(id="t-safety-chief"))
    assert ("钟立民", "安全总监", "交通运输部") in _holdings(ag)
    ag = build_text("2月1日，大南坂镇召开党风廉政建设工作会议。县纪委监委第三派驻纪检监察组组长童建国到会指导。"
                    "镇党委委员、武装部长温立新出席会议。", Meta(id="t-numbered-group", place="漳浦县"))
    assert {("童建国", "组长", "漳浦县纪委监委第三派驻纪检监察组"), ("温立新", "部长", "大南坂镇人民武装部")} <= _holdings(ag)


def test_village_bodies_named_in_full_a_speaker_who_conveys_and_levels_listed_after_a_verb():
    ag = build_text("2月1日，大南坂镇召开党风廉政建设工作会议。镇党委委员、副镇长柯晓梅传达了全县工作会议精神。"
                    "会上，镇党政班子成员与各村党支部书记签订了责任书，溪坂村党支部书记代表各村作表态发言。"
                    "全镇要坚持方针，压实镇、村、组三级责任。", Meta(id="t-village-body", place="漳浦县"))
    assert ("柯晓梅", "speaker") in _roles(ag)
    assert _report_units(ag) == {"溪坂村党支部"}
    towns = {p.name for p in ag.entities.values() if isinstance(p, Place) and p.level == "township"}
    assert towns == {"大南坂镇"}


def test_departments_of_a_municipality_places_by_short_names_and_units_that_arrange_work():
    """市文化旅游委 (a municipality's commission); 万州、开州、云阳区县 (short names sharing one mixed level word);
    a bureau that 就X作了具体安排 presents X; 总书记重要讲话 cited makes no speaker; 机关 and 厅（局） name no agent."""
    ag = build_text("7月22日，市委常委会召开会议。会议听取了市文化旅游委关于上半年文化旅游发展情况的汇报，"
                    "万州、开州、云阳区县作了视频交流发言。会议传达学习习近平总书记重要讲话精神。", Meta(id="t-cq", place="重庆市"))
    assert {"重庆市文化和旅游发展委员会", "万州区人民政府", "开州区人民政府", "云阳县人民政府"} <= _report_units(ag)
    assert not any(p == "习近平" for p, _ in _roles(ag))
    ag = build_text("3月20日，全市森林防灭火工作会议召开。会上，市应急管理局就春季防火重点工作作了具体安排。",
                    Meta(id="t-arranged", place="通化市"))
    assert _reports(ag) == {("通化市应急管理局", "春季防火重点工作", "report")}
    ag = build_text("6月1日，民政部召开全国养老服务工作推进会。各省、自治区、直辖市和新疆生产建设兵团民政厅（局）负责同志，"
                    "民政部机关有关司局负责同志参加会议。", Meta(id="t-kinds-attend"))
    assert not any(r == "attendee" for _, r in _roles(ag))


def test_the_office_of_a_committee_after_jian():
    ag = build_text("3月1日，全县安全生产工作会议召开。县安委会副主任兼办公室主任单立群出席会议。", Meta(id="t-jian-office", place="沂南县"))
    assert ("单立群", "主任", "沂南县安全生产委员会办公室") in _holdings(ag)


def test_long_and_doubled_township_names_a_dotted_name_before_chuxi_and_a_compound_surname_s_long_name():
    ag = build_text("3月1日，全县森林防灭火工作会议召开。冲乎尔镇、禾木哈纳斯蒙古民族乡分别作表态发言。", Meta(id="t-long-eth", place="布尔津县"))
    assert _report_units(ag) == {"冲乎尔镇", "禾木哈纳斯蒙古民族乡"}
    ag = build_text("6月1日，全市医共体推进会召开。会上，梧桐镇、兑镇镇卫生院作交流发言。", Meta(id="t-doubled", place="孝义市"))
    assert _report_units(ag) == {"梧桐镇卫生院", "兑镇镇卫生院"}
    ag = build_text("2月1日，全县党风廉政建设大会召开。县委常委、纪委书记艾力·沙吾提出席会议并讲话。", Meta(id="t-dot-ti", place="新源县"))
    assert ("艾力·沙吾提", "书记", "新源县纪委") in _holdings(ag)
    ag = build_text("6月1日，民政部召开视频会议。民政部党组书记、部长欧阳清和出席会议并讲话。", Meta(id="t-ouyang"))
    assert ("欧阳清和", "部长", "民政部") in _holdings(ag)


def test_an_autonomous_region_s_party_bodies_and_committees_by_their_full_names():
    ag = build_text("9月2日，自治区党委常委会召开会议。会议听取了自治区党委巡视工作领导小组关于第五轮巡视情况的汇报。"
                    "自治区党委组织部要加强监督。会议原则同意《中共宁夏回族自治区委员会关于推进先行区建设的实施意见》。"
                    "政协银川市委员会召开常委会。", Meta(id="t-region-party", place="宁夏回族自治区"))
    assert {"宁夏回族自治区党委常委会", "宁夏回族自治区党委巡视工作领导小组", "宁夏回族自治区党委组织部",
            "宁夏回族自治区党委", "银川市政协"} <= _orgs(ag)
    assert not any(o.endswith("委员会") for o in _orgs(ag))
    assert _report_units(ag) == {"宁夏回族自治区党委巡视工作领导小组"}


def test_a_town_s_service_centres_a_report_s_content_and_counted_places_before_a_word():
    ag = build_text("2月1日，那拉提镇召开党风廉政建设大会。镇党委书记侯建平作工作报告。侯建平在报告中指出，党风政风持续向好。"
                    "镇农业（畜牧业）发展服务中心、镇文化体育广播电视和旅游服务中心负责人作表态发言。",
                    Meta(id="t-centres", place="新源县那拉提镇"))
    assert {"那拉提镇农业（畜牧业）发展服务中心", "那拉提镇文化体育广播电视和旅游服务中心"} <= _report_units(ag)
    assert ("侯建平", "speaker") not in _roles(ag)
    ag = build_text("入汛以来，延川、延长两县局地出现短时强降雨。", Meta(id="t-two-counties", place="延安市"))
    assert _orgs(ag) == set()


def test_topics_between_zuo_and_the_cue_lost_ordinals_and_community_bodies():
    ag = build_text("9月8日，全市教育工作会议召开。会上，阳春市第一中学作县域高中振兴工作交流发言，"
                    "合水、河口镇中心学校作义务教育薄弱学校改造交流发言；市教育局作重点工作推进发言。", Meta(id="t-zuo-topic", place="阳春市"))
    assert _reports(ag) == {("阳春市第一中学", "县域高中振兴工作", "report"), ("合水镇中心学校", "义务教育薄弱学校改造", "report"),
                            ("河口镇中心学校", "义务教育薄弱学校改造", "report"), ("阳春市教育局", "", "report")}
    ag = build_text("2月1日，官亭镇召开党风廉政建设工作会议。会上，镇党委委员、纪委书记汤晓燕传达了县纪委十?届??次全会精神；"
                    "镇财政所和古城社区党委作表态发言。", Meta(id="t-lost-ordinal", place="肥西县"))
    assert ("汤晓燕", "书记", "官亭镇纪委") in _holdings(ag)
    assert "古城社区党委" in _report_units(ag)
    ag = build_text("9月1日，全市秋季开学工作会议召开。市实验小学、千秋中学、铜城中心学校作交流发言。", Meta(id="t-school-list", place="天长市"))
    assert "千秋中学" in _report_units(ag)


def test_topics_shared_by_a_list_school_and_committee_lists_and_names_before_guanyu():
    ag = build_text("3月1日，全市安全生产工作会议召开。市住房城乡建设局、市交通运输局分别汇报了建筑施工、道路运输安全专项整治工作情况。",
                    Meta(id="t-shared-topic", place="攀枝花市"))
    assert _reports(ag) == {("攀枝花市住房和城乡建设局", "建筑施工安全专项整治工作情况", "report"),
                            ("攀枝花市交通运输局", "道路运输安全专项整治工作情况", "report")}
    ag = build_text("8月30日，全区教育工作会议召开。俄洛、卡若镇中心小学和卡若区第二初级中学作交流发言。", Meta(id="t-town-schools", place="昌都市卡若区"))
    assert _report_units(ag) == {"俄洛镇中心小学", "卡若镇中心小学", "卡若区第二初级中学"}
    ag = build_text("4月20日，西江镇召开安全生产工作会。会上，羊排、南贵村村民委员会作交流发言。", Meta(id="t-village-committees", place="雷山县"))
    assert _report_units(ag) == {"羊排村村民委员会", "南贵村村民委员会"}
    ag = build_text("6月1日，旗委常委会召开会议。会议听取了旗委常委、纪委书记、监委主任乌云其木格关于第三轮巡察情况的汇报。",
                    Meta(id="t-guanyu", place="科尔沁右翼前旗"))
    assert ("乌云其木格", "书记", "科尔沁右翼前旗纪委") in _holdings(ag)


def test_a_deputy_who_arranges_work_speaks_and_takes_no_attendance_from_the_clause_after():
    ag = build_text("12月1日，王口镇召开冬季安全生产工作部署会。镇党委副书记、镇长谭立新对近期重点工作进行部署，"
                    "镇党委委员、纪委书记聂晓云参加会议。会上，镇综合执法大队汇报了燃煤散烧治理情况。会议要求，"
                    "市级领导同志要带头讲授专题党课。", Meta(id="t-arranges", place="静海区"))
    assert ("谭立新", "speaker") in _roles(ag) and ("谭立新", "attendee") not in _roles(ag)
    assert "王口镇综合执法大队" in _report_units(ag)
    assert not any(p == "同志" for p, _ in _roles(ag))


def test_a_department_s_own_divisions_a_relief_station_and_districts_named_in_two_characters():
    ag = build_text("11月2日，市民政局召开党组（扩大）会议。会上，社会救助科汇报了全市低保工作情况，养老服务科、儿童福利科分别就"
                    "养老机构安全管理和困境儿童关爱保护工作作了汇报，市救助管理站作表态发言。", Meta(id="t-own-ke", place="赤峰市"))
    assert {"赤峰市民政局社会救助科", "赤峰市民政局养老服务科", "赤峰市民政局儿童福利科", "赤峰市救助管理站"} <= _report_units(ag)
    ag = build_text("3月1日，全市安全生产工作会议召开。东区、仁和区人民政府作推进发言；西区人民政府作表态发言。城区、郊区要加强管理。",
                    Meta(id="t-dongqu", place="攀枝花市"))
    assert _report_units(ag) == {"东区人民政府", "仁和区人民政府", "西区人民政府"}
    districts = {(p.name, ag.entities[f"place:{p.parent_code}"].name) for p in ag.entities.values()
                 if isinstance(p, Place) and p.level == "county"}
    assert districts == {("东区", "攀枝花市"), ("西区", "攀枝花市"), ("仁和区", "攀枝花市")}
