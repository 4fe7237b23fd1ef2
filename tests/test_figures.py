"""Figures: every number that states a quantity, with its subject, unit and time.

The sentences are composed here in the style of meeting reports; none is taken
from an article. A figure is checked the way the scorer matches it: value and
unit exactly, subject by containment either way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.document import Meta, TextWarning
from kg.extract.figures import find_numbers, parse_chinese_number
from kg.model import Figure
from kg.normalise import normalise
from kg.pipeline import build_document, build_text

META = Meta(place="衡水市", published="2024-05-01")


def figures(text: str) -> list[Figure]:
    graph = build_text("会议召开。\n" + text, META)
    return [f for f in graph.facts if isinstance(f, Figure)]


def matches(f: Figure, subject: str, value: str, unit: str) -> bool:
    same_subject = subject in f.subject or (len(f.subject) >= 2 and f.subject in subject)
    return same_subject and Decimal(f.value) == Decimal(value) and f.unit == unit


def assert_rows(text: str, expected: list[tuple[str, str, str]]) -> list[Figure]:
    found = figures(text)
    for row in expected:
        assert any(matches(f, *row) for f in found), f"{row} not in {[(f.subject, f.value, f.unit) for f in found]}"
    assert len(found) == len(expected), [(f.subject, f.value, f.unit) for f in found]
    return found


@pytest.mark.parametrize("text, expected", [
    # counts with the counter before the noun, and after it
    ("目前全县已有12所民办学校停止招生。", [("民办学校", "12", "所")]),
    ("全市共有养老机构56家，床位8600张。", [("养老机构", "56", "家"), ("床位", "8600", "张")]),
    ("全县12个乡镇、186个行政村实现集中供水。", [("乡镇", "12", "个"), ("行政村", "186", "个")]),
    # Chinese numerals, 万 and approximate counts
    ("我县共有三个乡镇被评为省级示范乡镇。", [("乡镇", "3", "个")]),
    ("全市共有一百二十三名村干部参加培训。", [("村干部", "123", "名")]),
    ("新增学位1.8万个，培训教师3000余人次。", [("新增学位", "1.8", "万个"), ("培训教师", "3000", "人次")]),
    # the unit as the text writes it (万户, like 亿元); 亿元以上 is a class of projects, no number
    ("全县共纳入监测对象2.36万户8.12万人。", [("监测对象", "2.36", "万户"), ("监测对象", "8.12", "万人")]),
    ("全市新开工亿元以上项目87个。", [("新开工亿元以上项目", "87", "个")]),
    ("全市税收的七成来自民营企业。", [("税收", "7", "成")]),
    ("共有二十多个部门参与联合执法。", [("部门", "20", "个")]),
    # 累计/共/达
    ("截至目前，累计排查安全隐患1256处，已整改1198处。",
     [("排查安全隐患", "1256", "处"), ("整改", "1198", "处")]),
    ("全县农村居民人均可支配收入达到16523元。", [("农村居民人均可支配收入", "16523", "元")]),
    # money and measures keep 万/亿 in the unit
    ("全市地区生产总值完成856.3亿元，完成造林面积3.5万亩。",
     [("地区生产总值", "856.3", "亿元"), ("造林面积", "3.5", "万亩")]),
    # changes: 由…减至, 增长, 下降, 同比, 个百分点
    ("在校学生由年初1200名减至860名。", [("在校学生", "1200", "名"), ("在校学生", "860", "名")]),
    ("县人民医院床位数由200张增至350张。", [("床位数", "200", "张"), ("床位数", "350", "张")]),
    ("旅游收入156亿元，同比增长23.5%。", [("旅游收入", "156", "亿元"), ("旅游收入", "23.5", "%")]),
    ("优良天数比例较上年提高3.2个百分点。", [("优良天数比例", "3.2", "个百分点")]),
    ("各类事故起数与死亡人数同比分别下降了12.5%和6.4%。",
     [("事故起数", "12.5", "%"), ("死亡人数", "6.4", "%")]),
    ("共发生交通事故15起，死亡8人，同比分别下降16.7%和20%。",
     [("交通事故", "15", "起"), ("死亡", "8", "人"), ("交通事故", "16.7", "%"), ("死亡", "20", "%")]),
    ("规上工业增加值增长6.1%，高于全省平均水平1.5个百分点。",
     [("规上工业增加值", "6.1", "%"), ("规上工业增加值", "1.5", "个百分点")]),
    ("全年完成投资286.5亿元，占年度计划的108.3%。", [("完成投资", "286.5", "亿元"), ("完成投资", "108.3", "%")]),
    # targets
    ("到2025年底，民办学校在校生占比要控制在5%以内。", [("民办学校在校生占比", "5", "%")]),
    ("力争全年招商引资到位资金突破100亿元。", [("招商引资到位资金", "100", "亿元")]),
    ("全市高标准农田建设任务完成率达到百分之九十五。", [("完成率", "95", "%")]),
    # anniversaries
    ("今年是建市30周年。", [("建市", "30", "周年")]),
])
def test_figure_patterns(text, expected):
    assert_rows(text, expected)


def test_times_as_the_text_says_them():
    before, after = assert_rows("参训学生由暑假前13011名减至7870名。",
                                [("参训学生", "13011", "名"), ("参训学生", "7870", "名")])
    assert before.time == "暑假前" and after.time != "暑假前"
    [f] = assert_rows("截至9月底，全市已有3家企业完成整改。", [("企业", "3", "家")])
    assert f.time == "截至9月底"


def test_indicators_tell_kinds_of_numbers():
    rows = {f.value: f for f in figures("城镇登记失业率控制在4.5%以内，规模以上工业增加值同比增长8.5%。")}
    assert rows["4.5"].indicator == "目标" and rows["8.5"].indicator == "增长率"
    [f] = figures("共有120余家企业参加招聘会。")
    assert f.indicator == "数量" and f.subject == "企业"


@pytest.mark.parametrize("text", [
    # dates, years, spans of time and lengths with no definite value
    "5月20日上午，市委常委会召开2024年第12次会议。",
    "今年1至8月，全市经济运行总体平稳。",
    "三季度是完成全年目标任务的关键期。",
    "今年前5个月，全市经济运行总体平稳。",
    "会议于下午3时30分结束，历时2个多小时。",
    "各地要在会后三天内传达会议精神，严格落实24小时值班制度。",
    # ordinals in names and meetings
    "会议传达学习了党的二十届三中全会精神和市第五次党代会精神。",
    "市委书记主持召开十五届市委第56次常委会会议。",
    "会议传达了市委四届八次全会精神。",
    "二届市委召开108次常委会会议。",
    "要抓好第三轮督察反馈问题整改。",
    # numbered slogans, quoted or not
    "要增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "要全面落实两个确立、两个维护，坚持“六讲六做”。",
    "适应“3+2”市域主导产业体系和“9+5”县域特色产业集群的需要。",
    "要持续深化“三个年”活动，聚力打好“八场硬仗”。",
    "今年是“十四五”规划的关键之年，要做好“三农”工作。",
    "县四套班子领导出席会议，要打好三大攻坚战。",
    "市委书记强调，要做到三个“坚持”，他提出了三点意见。",
    # list numbering, a bare 一, numerals inside words and names
    "一是要提高认识；二是要压实责任；三、强化督导。",
    "会议是一次重要会议，要把这项工作作为一项重要政治任务，各级一把手要一线解决问题。",
    "与会人员实地观摩了汽车零部件产业园。",
    "全市上下要千方百计稳就业，把温暖送进千家万户。",
    "七台河市、五家渠市的代表参加了交流。",
    "要加快5G基站建设，PM2.5浓度持续下降，12345热线接诉即办。",
    "会议审议通过了《关于加快推进三年行动计划的实施意见》。",
    # rhetoric counted in Chinese numerals, durations, deadlines, rankings
    "要健全三项机制，坚持两个结合，落实十项重点任务。",
    "会议为期2天，各地要在3天内上报整改情况。",
    "该县在全省考核中排名前10名。",
    # numerals inside names of schools and units
    "市一中、市二中和八一中学的负责同志作交流发言。",
    "中铁十二局和市120急救中心参加了演练。",
])
def test_not_figures(text):
    assert figures(text) == [], [(f.subject, f.value, f.unit) for f in figures(text)]


def test_corrupted_span_gives_no_figure():
    text = "会议召开。\n全市已有36所培训机构停办，民办学校规模总量要控制在5%以内。"
    doc = normalise(text, META)
    pos = doc.text.index("5%")
    doc.warnings.append(TextWarning("corrupted", "unreadable", pos - 4, pos + 2))
    found = [f for f in build_document(doc).facts if isinstance(f, Figure)]
    assert [(f.value, f.unit) for f in found] == [("36", "所")]


@pytest.mark.parametrize("text, value", [
    ("三", 3), ("十", 10), ("十二", 12), ("二十九", 29), ("一百零五", 105), ("百", 100), ("两千", 2000),
    ("十二万", 120000), ("一万二千", 12000), ("三亿", 300000000),
    ("二三", None), ("二〇二二", None), ("十百", None),
])
def test_chinese_numerals(text, value):
    assert parse_chinese_number(text) == value


def test_numbers_need_a_unit():
    assert [(n.plain, n.unit) for n in find_numbers("咨询热线13582131626，工作时间8:30-17:30")] == []
    assert [(n.plain, n.unit) for n in find_numbers("1.2万人次和5000万元")] == [("1.2", "万人次"), ("5000", "万元")]


def test_hengshui_figures(hengshui_graph):
    """The five figures of the user's article; its corrupted 5% target gives none."""
    found = [f for f in hengshui_graph.facts if isinstance(f, Figure)]
    gold = [("校外培训机构", "36", "所"), ("违规培训机构", "44", "所"), ("非法培训机构", "39", "所"),
            ("参训学生", "13011", "名"), ("参训学生", "7870", "名")]
    for row in gold:
        assert any(matches(f, *row) for f in found), row
    assert len(found) == len(gold), [(f.subject, f.value, f.unit) for f in found]
    assert not any(f.unit == "%" for f in found)


@pytest.mark.parametrize("text, subject", [
    ("县委书记周明、县长吴刚等160余人参加会议。", "参会人员"),
    ("各乡镇党委书记、县直部门主要负责人共120多人参会。", "参会人员"),
    ("市直有关部门负责同志和受表彰的优秀教师共300余人出席了大会。", "参会人员"),
])
def test_a_count_of_those_at_the_meeting_is_of_the_attendees(text, subject):
    (f,) = figures(text)
    assert f.subject == subject, f.subject


@pytest.mark.parametrize("text, subject", [
    ("全市受理群众信访事项的办结率达到98%。", "办结率"),
    ("受表彰的先进集体共45个。", "先进集体"),
])
def test_a_subject_is_the_phrase_after_its_last_de(text, subject):
    (f,) = figures(text)
    assert f.subject == subject, f.subject


def test_a_count_of_people_doing_something_else_keeps_its_subject():
    (f,) = figures("全县200名党员干部参加了集中培训。")
    assert f.subject == "党员干部"


def test_four_leading_bodies_is_a_set_phrase():
    assert figures("县四家班子领导参加学习。") == []


def _subjects(text: str) -> set[tuple[str, str, str]]:
    ag = build_text(text, Meta(id="t-fig"))
    return {(f.subject, f.value, f.unit) for f in ag.facts if isinstance(f, Figure)}


def test_a_comparison_with_last_year_counts_the_subject_before_it_and_each_counts_every_item():
    rows = _subjects("今年以来，全市共发生交通事故12起，较去年同期的20起明显下降。年内新建口袋公园、健身步道各8个。")
    assert {("交通事故", "20", "起"), ("口袋公园", "8", "个"), ("健身步道", "8", "个")} <= \
        {(s.removeprefix("发生"), v, u) for s, v, u in rows}
    # 较大火灾 is a subject of its own, not a comparison
    assert ("较大火灾起数", "11.3", "%") in _subjects("全国共接报火灾58万起，较大火灾起数同比下降11.3%。")


def test_damage_in_an_earlier_clause_does_not_hide_a_figure():
    rows = _subjects("今年以来，全县共受理信访事项???件，办结率由86%提升至94.2%。")
    assert {("办结率", "86", "%"), ("办结率", "94.2", "%")} <= rows


def test_a_comparison_whose_figure_before_is_masked_names_nothing():
    rows = _subjects("截至10月15日，全市共发现疑似火点???个，较去年同期减少17个。")
    assert not [r for r in rows if r[0].startswith("较")]


def test_a_score_written_in_digits_is_a_figure_a_clock_time_and_shifen_are_not():
    found = assert_rows("会议于上午9时30分开始，大家认为这项工作十分重要。在上年度测评中，我市测评成绩较上年提升4.5分，"
                        "力争2025年度测评成绩达到90分以上。", [("测评成绩", "4.5", "分"), ("测评成绩", "90", "分")])
    assert all(f.subject == "测评成绩" for f in found), [f.subject for f in found]  # not 度测评成绩, 市测评成绩


def test_what_is_compared_with_its_own_past_is_the_subject():
    assert_rows("据调度，全省早稻已收获面积860万亩，进度较上年同期快3.5个百分点；机收进度比去年同期加快2个百分点。",
                [("早稻已收获面积", "860", "万亩"), ("进度", "3.5", "个百分点"), ("机收进度", "2", "个百分点")])


def test_a_change_with_nothing_before_it_is_of_the_figure_before():
    rows = _subjects("1—10月全区优良天数198天，同比增加11天。全市固定资产投资增速由一季度的3.1%回升到6.8%。")
    assert {("优良天数", "11", "天"), ("固定资产投资增速", "6.8", "%")} <= rows
    assert not [r for r in rows if r[0].startswith(("同比", "回升"))]


def test_a_verb_between_the_two_numbers_of_a_change_is_no_subject():
    rows = _subjects("截至9月底，全省涉企审批事项由326项精简至198项，瓶装液化石油气供应站由146家整合至89家。")
    assert {("涉企审批事项", "326", "项"), ("涉企审批事项", "198", "项"), ("瓶装液化石油气供应站", "146", "家"),
            ("瓶装液化石油气供应站", "89", "家")} <= rows
    assert not [r for r in rows if r[0] in ("精简", "整合")]


def test_a_target_word_is_no_part_of_the_subject():
    rows = _subjects("今年秸秆离田面积力争达到350万亩。")
    assert ("秸秆离田面积", "350", "万亩") in rows


def test_units_of_a_level_with_the_others_in_brackets_are_the_subject():
    rows = _subjects("全省9个市（州）均已完成部署，107个县（市、区）全部建成。")
    assert {("市（州）", "9", "个"), ("县（市、区）", "107", "个")} <= rows


def test_a_masked_number_states_nothing_but_keeps_its_place_in_a_list():
    figs = _subjects("2023年，全市共发生道路交通事故???起、死亡19人，同比分别下降6.5%和3.2%。")
    assert {("死亡", "19", "人"), ("死亡", "3.2", "%")} <= figs
    assert not any("起、" in s or v == "0" for s, v, _ in figs)


def test_subjects_after_the_counter_a_described_noun_a_bracketed_group_and_a_count_of_days():
    rows = _subjects("每个社区至少建成1处具备助餐功能的服务站点。对全市3000余个村（社区）开展培训。全年重污染天数控制在六天以内。"
                     "要在3天内完成整改。")
    assert {("服务站点", "1", "处"), ("村（社区）", "3000", "个"), ("重污染天数", "6", "天")} <= rows
    assert not any(v == "3" for _, v, _ in rows)  # 3天内 is a deadline


def test_a_length_of_time_is_a_figure():
    rows = _subjects("会议强调，要在全市开展为期三个月的专项整治行动。企业开办时间压缩至1个工作日以内。"
                     "初中书面作业平均完成时间控制在90分钟以内。各乡镇要组建50人的应急抢险队伍。")
    assert {("专项整治行动", "3", "个月"), ("企业开办时间压缩", "1", "个工作日"), ("应急抢险队伍", "50", "人")} <= rows
    assert any(s.endswith("作业平均完成时间") and v == "90" and u == "分钟" for s, v, u in rows)


def test_a_change_over_the_same_period_last_year_counts_the_subject_before():
    rows = _subjects("全市断面水质优良率达到95.2%，比去年同期提高4.8个百分点。")
    assert ("断面水质优良率", "4.8", "个百分点") in rows


def test_an_amount_in_chinese_numerals_keeps_its_unit_as_written():
    assert ("社会消费品零售总额", "612", "亿元") in _subjects("社会消费品零售总额六百一十二亿元，增长7.2%。")


def test_rates_per_thousand_and_per_100000_and_chinese_decimals():
    """十万分之十八点六 is 18.6 per 100,000 (1/10万), 千分之三 3 ‰, 百分之三点五 3.5 %; the number ends where
    its digits do, so the next clause's subject is whole."""
    found = assert_rows("全县新生儿死亡率由十万分之十六点二降至十万分之九点八，婴儿死亡率降至千分之三，"
                        "家庭医生签约率达到百分之三点五。",
                        [("新生儿死亡率", "16.2", "1/10万"), ("新生儿死亡率", "9.8", "1/10万"),
                         ("婴儿死亡率", "3", "‰"), ("家庭医生签约率", "3.5", "%")])
    assert {f.subject for f in found} == {"新生儿死亡率", "婴儿死亡率", "家庭医生签约率"}


def test_chinese_numerals_keep_wan_and_yi_in_the_unit_as_digits_do():
    """五万人 and 十亿亩 are 5 万人 and 10 亿亩, as 5万人 and 10亿亩 are; 一亿元 is 1 亿元 (一 alone is a word)."""
    assert_rows("全省累计培训农民五万人，建成高标准农田十亿亩，争取中央资金一亿元。",
                [("培训农民", "5", "万人"), ("高标准农田", "10", "亿亩"), ("中央资金", "1", "亿元")])


def test_a_level_fallen_to_is_no_fall():
    """降至3.1%: the subject is what fell (not 死亡率降) and the number the level it fell to."""
    found = assert_rows("全市安全生产事故死亡率降至3.1%。", [("安全生产事故死亡率", "3.1", "%")])
    assert found[0].subject == "安全生产事故死亡率" and found[0].indicator == "比例"


def test_a_count_of_the_class_the_number_before_sets():
    """其中10万元以上的村由…增加到…: what is counted is 10万元以上的村 (not the income, not just 村);
    收入全部达到5万元以上: 全部 is no part of the subject."""
    found = assert_rows("全县村级集体经济收入全部达到5万元以上，其中10万元以上的村由上年的85个增加到132个。",
                        [("村级集体经济收入", "5", "万元"), ("村级集体经济收入", "10", "万元"),
                         ("10万元以上的村", "85", "个"), ("10万元以上的村", "132", "个")])
    assert {f.subject for f in found if f.unit == "个"} == {"10万元以上的村"}
    assert all(f.subject == "村级集体经济收入" for f in found if f.unit == "万元")
    assert_rows("全市年营业收入2000万元以上的企业有64家。", [("营业收入", "2000", "万元"), ("2000万元以上的企业", "64", "家")])


def test_persons_counted_by_a_quoted_title():
    """等10名“最美医生”: ten persons counted by the title they were given; 三个“必须” stays a slogan."""
    assert_rows("会上为孔丽萍、段志强等10名“最美医生”颁发了证书，要求做到三个“必须”。", [("最美医生", "10", "名")])


def test_rates_written_per_100000_and_households_taken_into_a_group():
    """16.3/10万 is 16.3 in the unit /10万; 将2136户7384人纳入监测对象: both numbers count the 监测对象."""
    assert_rows("全市孕产妇死亡率由18.2/10万降至15.1/10万。", [("孕产妇死亡率", "18.2", "/10万"), ("孕产妇死亡率", "15.1", "/10万")])
    assert_rows("今年累计将1520户5230人纳入防止返贫监测对象。",
                [("防止返贫监测对象", "1520", "户"), ("防止返贫监测对象", "5230", "人")])


def test_a_count_after_a_person_is_of_the_noun_after_it():
    """区委书记林文对3名述职书记逐一点评: 3 述职书记, not 3 of 林文."""
    graph = build_text("1月5日，区委召开述职评议会。区委书记林文对3名述职书记逐一点评。", Meta(place="仓山区"))
    assert [(f.subject, f.value, f.unit) for f in graph.facts if isinstance(f, Figure)] == [("述职书记", "3", "名")]


def test_degrees_and_sets_of_machines():
    """室温不低于18℃ and 4300台套 are figures in the units they are written in."""
    assert_rows("确保居民室温不低于18℃，投入收获机械4300台套。", [("室温", "18", "℃"), ("收获机械", "4300", "台套")])


def test_a_phase_of_a_plan_is_no_count():
    assert not [f for f in figures("局规划司介绍了“三北”工程六期规划实施进展，二期工程已开工。") if f.unit == "期"]


def test_a_change_that_turns_a_fall_into_growth_a_lifespan_and_a_count_of_a_size_class():
    assert_rows("全区固定资产投资由去年同期下降2.7%转为增长3.9%。人均预期寿命达到78.1岁，60岁以上老年人体检率达到70%。"
                "要对全市152个亿元以上重点项目实行周调度。",
                [("固定资产投资", "2.7", "%"), ("固定资产投资", "3.9", "%"), ("人均预期寿命", "78.1", "岁"),
                 ("老年人体检率", "70", "%"), ("亿元以上重点项目", "152", "个")])


@pytest.mark.parametrize("text, expected", [
    # the noun after an approximation, a place counted (隐患点), no 各类 inside the subject
    ("今年汛期可能有5个左右台风影响我市。", [("台风", "5", "个")]),
    ("全市已排查各类风险隐患点215处。", [("排查风险隐患点", "215", "处")]),
    # 座次, 个次: a counter of times
    ("累计调度大中型水库1260座次，减淹城镇35个次。", [("调度大中型水库", "1260", "座次"), ("减淹城镇", "35", "个次")]),
])
def test_counters_of_times_approximations_and_places_counted(text, expected):
    assert_rows(text, expected)


def test_two_numbers_sizing_one_body_and_a_service_point():
    assert_rows("全县组建的42支、1800人的应急抢险队伍要做到拉得出。",
                [("应急抢险队伍", "42", "支"), ("应急抢险队伍", "1800", "人")])
    assert_rows("全市已建成社区助餐服务点360个。", [("建成社区助餐服务点", "360", "个")])


@pytest.mark.parametrize("text, expected", [
    # what occurred is counted, not the occurring; how sure a forecast is is no subject
    ("全市共发生各类生产安全事故86起，同比下降12.3%。", [("生产安全事故", "86", "起"), ("生产安全事故", "12.3", "%")]),
    ("预计有4个台风影响我市，其中可能有两个正面登陆。", [("台风", "4", "个"), ("台风", "2", "个")]),
    # 今年起 is the time, not part of what is counted
    ("今年起全县新增公办学位3000个。", [("新增公办学位", "3000", "个")]),
])
def test_occurrences_forecasts_and_a_time_from_which(text, expected):
    found = assert_rows(text, expected)
    assert sorted(f.subject for f in found) == sorted(subject for subject, _, _ in expected)  # no verb, time or 可能 in them


@pytest.mark.parametrize("text, expected", [
    ("在高速公路服务区新增新能源汽车充电桩3000个。", [("新增新能源汽车充电桩", "3000", "个")]),
    ("全省已排查整治公路安全隐患点8600处。", [("排查整治公路安全隐患点", "8600", "处")]),
    ("全市人均预期寿命力争达到79.2岁。", [("人均预期寿命", "79.2", "岁")]),
])
def test_things_the_segmenter_reads_as_counters_where_it_is_done_and_a_lifespan_aimed_at(text, expected):
    found = assert_rows(text, expected)
    assert sorted(f.subject for f in found) == sorted(subject for subject, _, _ in expected)


def test_the_noun_a_yi_wei_zhu_phrase_describes():
    assert_rows("到2025年，每个县至少建有1所以失能照护为主的特困人员供养服务设施。", [("特困人员供养服务设施", "1", "所")])


@pytest.mark.parametrize("text, expected", [
    ("全市13个国考断面中水质优良断面10个。", [("国考断面", "13", "个"), ("水质优良断面", "10", "个")]),
    ("全省粮食总产量达到292.6亿斤，连续四年稳定在280亿斤以上。", [("粮食总产量", "292.6", "亿斤"), ("粮食总产量", "280", "亿斤")]),
])
def test_genre_nouns_the_dictionary_splits_and_a_streak_of_years(text, expected):
    found = assert_rows(text, expected)
    assert sorted(f.subject for f in found) == sorted(subject for subject, _, _ in expected)


def test_a_lifespan_that_changes_and_counts_ending_in_a_bare_magnitude():
    assert_rows("全省人均预期寿命由2020年的76.1岁提高到77.3岁。",
                [("人均预期寿命", "76.1", "岁"), ("人均预期寿命", "77.3", "岁")])
    assert_rows("全年基层医疗卫生机构诊疗人次达到12.6亿，政务平台注册用户突破800万。",
                [("诊疗人次", "12.6", "亿"), ("注册用户", "800", "万")])
    assert figures("项目投资达到3亿，全市60岁以上老年人口不断增加。") == []


def test_containers_counted_in_teu():
    assert_rows("全港集装箱吞吐量由320万标箱增至358万标箱。",
                [("集装箱吞吐量", "320", "万标箱"), ("集装箱吞吐量", "358", "万标箱")])
