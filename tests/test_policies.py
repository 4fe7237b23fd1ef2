"""The policies stage: agenda cues, exclusions and measures, on sentences composed in the genre,
and on the Hengshui article in data/."""
from __future__ import annotations

import pytest

from kg.document import Meta
from kg.extract import policies
from kg.extract.context import Context
from kg.model import Agenda, Meeting, MeasureOf
from kg.normalise import normalise, read_article

from shared_paths import HENGSHUI

MEETING = "全市重点工作推进会议"


def run(text: str, meeting: str | None = MEETING, place: str = "") -> tuple[set[str], set[tuple[str, str]], Context]:
    """Run the stage alone over ``text`` with ``meeting`` as the meeting the article reports."""
    doc = normalise(text, Meta(place=place))
    ctx = Context.for_document(doc)
    if meeting is not None:
        at = doc.text.find(meeting)
        assert at >= 0, "the composed text names its meeting"
        ctx.add_meeting(Meeting(meeting, article=doc.digest), at, at + len(meeting))
    policies.run(ctx)
    g = ctx.graph
    agenda = {g.entities[f.policy].name for f in g.facts if isinstance(f, Agenda)}
    measures = {(g.entities[f.policy].name, g.entities[f.measure].name) for f in g.facts if isinstance(f, MeasureOf)}
    return agenda, measures, ctx


def bare(names) -> set[str]:
    return {n.replace("“", "").replace("”", "") for n in names}


# --- agenda cues ---------------------------------------------------------------------------

def test_arrangement_list_gives_each_item_without_its_verb():
    agenda, _, _ = run("11月5日，全市重点工作推进会议召开。市委副书记张明对学前教育、“双减”工作、"
                       "推动校园食品安全专项整治工作做出了安排部署。")
    assert {"学前教育", "双减工作", "校园食品安全专项整治工作"} <= bare(agenda)


def test_arrangement_by_aspects_and_by_jiu():
    agenda, _, _ = run("3月2日，全市重点工作推进会议召开。王强从安全生产、防汛抗旱、森林防火等三个方面对近期全市"
                       "应急管理工作进行安排部署。会议就推进农村人居环境整治相关工作进行再安排再部署。")
    assert {"安全生产", "防汛抗旱", "森林防火", "应急管理工作", "农村人居环境整治"} <= agenda


def test_section_headings_are_agenda():
    text = ("4月8日，全市重点工作推进会议召开。市长李华出席会议并讲话。\n"
            "扎实做好秋冬季森林防火工作\n会议强调，要加强巡查值守，做好学生安全教育宣传工作。\n"
            "全力抓好城乡环境综合整治\n会议要求，要加快推进垃圾分类。\n")
    agenda, _, _ = run(text)
    assert {"秋冬季森林防火工作", "城乡环境综合整治"} <= agenda
    # under headings, the clauses are details of the agenda, not agenda items of their own
    assert "学生安全教育宣传工作" not in agenda


def test_named_campaigns_in_quotes():
    agenda, _, _ = run("5月6日，全市重点工作推进会议召开。会议要求，要突出抓好“蓝天保卫”行动和“清河”专项行动，"
                       "深入实施“千村示范”工程，靠前完成“百日攻坚”任务，不断增强“四个意识”。")
    assert {"蓝天保卫行动", "清河专项行动", "千村示范工程", "百日攻坚任务"} <= bare(agenda)
    assert not any("四个意识" in a for a in agenda)


def test_spirit_of_a_meeting_studied():
    agenda, _, _ = run("6月1日，全市重点工作推进会议召开。会议传达学习了省委十二届五次全会精神，"
                       "研究我市贯彻落实意见。")
    assert "省委十二届五次全会精神" in agenda


def test_meeting_named_after_a_line_of_work():
    agenda, _, _ = run("7月3日，全市安全生产专项整治推进会议召开。", meeting="全市安全生产专项整治推进会议")
    assert agenda == {"安全生产专项整治"}
    agenda, _, _ = run("7月3日，市委常委会会议召开。", meeting="市委常委会会议")
    assert agenda == set()


def test_combined_meeting_name_shares_its_suffix():
    name = "全市县委书记座谈会暨信访、安全稳定工作会议"
    agenda, _, _ = run(f"9月2日，{name}召开。", meeting=name)
    assert {"信访工作", "安全稳定工作"} == agenda


def test_each_part_of_a_combined_name_is_a_line_of_work():
    name = "全县城市更新暨耕地保护动员部署会"
    agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name)
    assert agenda == {"城市更新", "耕地保护"}
    name = "全县城市更新动员部署会"  # alone, a topic with no head of a line of work is not read
    agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name)
    assert agenda == set()


def test_an_autonomous_prefecture_named_for_short_is_no_part_of_the_topic():
    name = "楚雄州乡村旅游高质量发展专题推进会"
    agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name, place="楚雄彝族自治州")
    assert agenda == {"乡村旅游高质量发展"}


def test_a_forum_or_joint_meeting_on_a_line_of_work_has_it_as_agenda_one_of_people_has_none():
    for name, topic in (("2025年第一次禁毒工作联席会议", "禁毒工作"), ("全区托育服务工作座谈会", "托育服务工作"),
                        ("全县一季度招商引资工作调度会", "招商引资工作")):
        agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name)
        assert agenda == {topic}, name
    name = "全市安全生产暨食品安全业务培训会"
    agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name)
    assert agenda == {"安全生产", "食品安全"}
    name = "全市民营企业家座谈会"
    agenda, _, _ = run(f"4月2日，{name}召开。", meeting=name)
    assert agenda == set()


def test_matters_a_meeting_studies_and_what_heads_report_on_are_agenda():
    name = "第5次市长办公会议"
    agenda, _, _ = run(f"3月2日，市长主持召开{name}，研究春耕备耕、城区供水和背街小巷整治等事项。", meeting=name)
    assert agenda == {"春耕备耕", "城区供水", "背街小巷整治"}
    name = "2024年度村党组织书记抓基层党建工作述职评议会"
    agenda, _, _ = run(f"1月9日，{name}召开。", meeting=name)
    assert agenda == {"抓基层党建工作"}


def test_a_line_of_work_loses_the_time_it_is_counted_from():
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议通报了今年以来全市森林防灭火和安全生产工作情况。")
    assert "森林防灭火" in agenda and not any(a.startswith("以来") for a in agenda)


def test_a_line_of_work_ends_before_the_call_to_carry_it_out():
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议要求，要结合推进乡村振兴、建设文明城市抓好贯彻落实。")
    assert "建设文明城市" in agenda and not any("落实" in a for a in agenda)


def test_a_meeting_on_projects_has_them_as_agenda():
    name = "2025年民生实事项目推进会"
    agenda, _, _ = run(f"近日，某街道召开{name}。", meeting=name)
    assert agenda == {"民生实事项目"}


def test_reports_heard():
    agenda, _, _ = run("8月9日，全市重点工作推进会议召开。会议听取了城区污水管网建设和老旧小区改造等工作情况汇报，"
                       "通报了部分单位今年1至6月项目建设情况。")
    assert {"城区污水管网建设", "老旧小区改造", "项目建设"} <= agenda


def test_directives_when_no_agenda_is_laid_out():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。副市长赵刚强调，要扎实推进公立医院综合改革、县域医共体建设，"
                       "坚决打赢疫情防控攻坚战，做好重大疾病防控和公共卫生工作，全面排查整治燃气等重点领域风险隐患。")
    assert {"公立医院综合改革", "县域医共体建设", "疫情防控攻坚战", "重大疾病防控", "公共卫生工作",
            "排查整治燃气等重点领域风险隐患"} <= agenda


def test_items_listed_before_deng_gongzuo_are_lines_of_work():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。会议强调，要抓好森林防火、防汛救灾等工作，加强野外巡查。")
    assert {"森林防火", "防汛救灾"} == agenda


def test_dui_wai_kaifang_is_a_name_not_the_cue():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。会议对外贸稳增长工作进行了部署，对对外开放工作作出安排。")
    assert agenda == {"外贸稳增长工作", "对外开放工作"}


def test_variants_of_one_policy_are_one_policy():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。县长对乡村振兴工作进行了部署。他强调，要高标准推动实施"
                       "乡村振兴战略，全面推进乡村振兴。", place="")
    assert len([a for a in agenda if "乡村振兴" in a]) == 1


def test_meeting_name_dated_generic_topic_and_development_topic():
    name = "全市卫生系统高质量发展暨2024年重点工作部署会议"
    agenda, _, _ = run(f"2月8日，{name}召开。", meeting=name)
    assert agenda == {"卫生系统高质量发展", "2024年重点工作"}


def test_meeting_name_without_content_gives_no_topic():
    for name in ("2022年度工作总结会议", "全市发展大会", "全县重点工作推进会议"):
        agenda, _, _ = run(f"2月8日，{name}召开。", meeting=name)
        assert agenda == set(), name


def test_document_title_names_its_topic_and_the_spirit_it_carries_out():
    agenda, _, _ = run("6月1日，全市重点工作推进会议召开。会议审议《中共某市委关于贯彻落实省委十二届五次全会精神"
                       "加快推进法治城市建设的实施意见》，审议通过了《全市文明城市创建工作方案》。")
    assert {"法治城市建设", "文明城市创建工作方案"} <= agenda
    assert any(a.endswith("省委十二届五次全会精神") for a in agenda)
    assert not any("意见" in a or "关于" in a for a in agenda)


def test_line_of_work_as_subject_of_a_task():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。市长作了工作部署，县级医院改革将在两年内全面推开，"
                       "要求年底前部署的养老服务工作和社区食堂建设都要取得明显效果。")
    assert agenda == {"县级医院改革", "养老服务工作", "社区食堂建设"}


def test_stated_direction_of_the_work():
    agenda, _, _ = run("2月3日，全市重点工作推进会议召开。书记作了重要讲话，今后教育工作的主要方向就是"
                       "从应试教育向素质教育转变。")
    assert agenda == {"从应试教育向素质教育转变"}


def test_spirit_of_a_meeting_keeps_the_meetings_whole_name():
    agenda, _, _ = run("6月1日，全市重点工作推进会议召开。会议传达了全市河长制暨城乡环境治理工作推进会议精神。")
    assert agenda == {"全市河长制暨城乡环境治理工作推进会议精神"}


def test_vague_names_are_mentions_of_the_policy_they_restate():
    name = "全县环保督察反馈问题整改调度会"
    agenda, _, ctx = run(f"6月3日，{name}召开。会议安排了下一步整改工作计划。他强调，要坚定不移推进问题整改。",
                         meeting=name)
    assert agenda == {"环保督察反馈问题整改"}
    said = {m.text for m in ctx.graph.mentions if m.type == "Policy"}
    assert {"整改工作", "问题整改"} <= said  # still mentions, of the one policy
    agenda, _, _ = run("6月3日，全市重点工作推进会议召开。会议强调，要做好整改工作，推进问题整改。")
    assert agenda == {"问题整改"}


def test_parallel_actions_on_one_object_share_it():
    agenda, _, _ = run("8月9日，全市重点工作推进会议召开。会议听取了突出环境问题自查和“回头看”抽查等工作情况汇报。")
    assert bare(agenda) == {"突出环境问题自查", "突出环境问题回头看抽查"}
    agenda, _, _ = run("8月9日，全市重点工作推进会议召开。会议强调，要加强基层党组织建设和“三会一课”制度。")
    assert not any("党组织“" in a for a in agenda)


# --- exclusions ----------------------------------------------------------------------------

def test_exhortations_are_not_policies():
    agenda, _, _ = run("1月6日，全市重点工作推进会议召开。会议要求，要切实提高政治站位，压实工作责任，增强忧患意识，"
                       "形成工作合力，做好各项工作，圆满完成了各项工作任务。会议安排部署了下一步工作。")
    assert agenda == set()


def test_tasks_that_refer_back_or_are_generic_are_not_policies():
    agenda, _, _ = run("1月6日，全市重点工作推进会议召开。会议要求，这项工作要在年底前完成，各项工作都要取得新突破，"
                       "资金要及时到位，各县区要完成年度任务，全年目标任务必须完成。")
    assert agenda == set()


def test_a_line_of_work_reported_done_is_not_a_task():
    agenda, _, _ = run("1月6日，全市重点工作推进会议召开。会议指出，过去一年，健康扶贫工作取得明显成效。")
    assert agenda == set()


def test_subject_directives_wait_for_no_laid_out_agenda():
    agenda, _, _ = run("1月6日，全市重点工作推进会议召开。会议对森林防火、防汛抗旱、安全生产做出安排部署。"
                       "会议要求，城市管理工作要实施网格化管理。")
    assert agenda == {"森林防火", "防汛抗旱", "安全生产"}


def test_holiday_lists_do_not_split():
    agenda, _, _ = run("9月20日，全市重点工作推进会议召开。会议强调，要做好国庆、中秋期间安全防范工作。")
    assert agenda == {"国庆、中秋期间安全防范工作"}


def test_no_meeting_no_agenda_but_measures_stay():
    agenda, measures, _ = run("会议强调，要扎实做好城市燃气安全专项整治工作。采取停业整顿一批、关闭取缔一批等措施。",
                              meeting=None)
    assert agenda == set()
    assert measures == {("城市燃气安全专项整治工作", "停业整顿一批"), ("城市燃气安全专项整治工作", "关闭取缔一批")}


# --- measures ------------------------------------------------------------------------------

def test_measures_enumerated_with_deng_cuoshi_belong_to_the_policy_before():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要扎实做好规范校外培训专项工作。细化政策措施，"
                         "采取关停一批、整合一批、提升一批等措施，控制总量。")
    assert measures == {("规范校外培训专项工作", m) for m in ("关停一批", "整合一批", "提升一批")}


def test_key_measures_of_a_campaign_named_in_the_sentence():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。书记要求，要以开展第二批主题教育为契机，一体推进理论学习、"
                         "调查研究、检视整改等重点措施。")
    assert measures == {("第二批主题教育", m) for m in ("理论学习", "调查研究", "检视整改")}


def test_measures_belong_to_the_campaign_the_sentence_carries_out_not_to_a_listed_field():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议听取了燃气、建筑施工等专项整治工作情况汇报。会议强调，"
                         "要深入开展安全生产大排查行动，聚焦燃气、建筑施工等行业，采取停产整顿一批、关闭取缔一批等硬措施。")
    assert measures == {("安全生产大排查行动", m) for m in ("停产整顿一批", "关闭取缔一批")}


def test_measures_with_no_policy_near_them_belong_to_the_meeting_topic():
    name = "全区为民办实事项目推进会"
    _, measures, _ = run(f"5月6日，{name}召开。会上，各科室分别汇报了老年助餐、道路改造等项目进展情况。\n"
                         "会议要求，要采取周调度、月通报等方式压茬推进。", meeting=name)
    assert measures == {("为民办实事项目", m) for m in ("周调度", "月通报")}


def test_measures_serve_the_line_of_work_the_clause_after_them_sets():
    agenda, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好森林防火工作。要采取补植一批、管护一批等措施，"
                              "推进荒山绿化和退化林修复；采取清退一批、重组一批等措施，加快闲置资产处置。")
    assert measures == {("荒山绿化和退化林修复", "补植一批"), ("荒山绿化和退化林修复", "管护一批"),
                        ("闲置资产处置", "清退一批"), ("闲置资产处置", "重组一批")}
    assert {"荒山绿化和退化林修复", "闲置资产处置"} <= agenda


def test_a_clause_after_measures_that_sets_no_line_of_work_leaves_them_to_the_policy_before():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好消防安全专项整治工作，采取约谈一批、曝光一批等措施，"
                         "坚决遏制较大火灾事故发生。")
    assert measures == {("消防安全专项整治工作", "约谈一批"), ("消防安全专项整治工作", "曝光一批")}


def test_the_verb_before_a_list_of_batches_is_not_part_of_the_first():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好电信诈骗防范工作，开展风险排查一批、警示约谈一批、"
                         "依法打击一批专项行动。")
    assert {m for _, m in measures} == {"风险排查一批", "警示约谈一批", "依法打击一批"}


def test_a_campaign_going_into_places_has_them_as_its_measures():
    agenda, measures, _ = run("3月1日，全市重点工作推进会议召开。会议要求，要常态化开展“反诈”宣传进社区、进农村、进校园活动。")
    assert bare(p for p, _ in measures) == {"反诈宣传"}
    assert {m for _, m in measures} == {"进社区", "进农村", "进校园"}
    assert "反诈宣传" in bare(agenda)


def test_a_quarter_or_a_consultation_is_no_part_of_the_topic_of_a_meeting():
    name = "全县第三季度重点项目建设调度会"
    agenda, _, _ = run(f"9月1日，{name}召开。", meeting=name)
    assert agenda == {"重点项目建设"}
    name = "全市防汛抗旱工作专题会商会"
    agenda, _, _ = run(f"7月1日，{name}召开。", meeting=name)
    assert agenda == {"防汛抗旱工作"}


def test_a_harmonious_countryside_keeps_its_first_character():
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议要求，要扎实推进和美乡村建设。")
    assert "和美乡村建设" in agenda


def test_no_policy_runs_over_a_comma_places_and_the_next_stage_are_none():
    from kg.pipeline import build_text

    ag = build_text("3月1日，全区重点工作推进会议召开。会议要求，要锚定浓度控制在45以内的目标，以“百日攻坚”行动为抓手，"
                    "重点推进后湖街道、塔子湖街道片区湖泊综合治理，研究部署下阶段工作。各街道分别汇报了辖区防汛工作开展情况。",
                    Meta(id="t", place="江岸区"))
    agenda = {ag.entities[f.policy].name for f in ag.facts if isinstance(f, Agenda)}
    assert not any("，" in a or "," in a for a in agenda)
    assert "“百日攻坚”行动" in agenda
    assert not {"后湖街道", "下阶段工作"} & agenda
    assert "辖区防汛" not in agenda


def test_measures_serve_the_task_the_clause_before_them_sets():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好乡村建设工作。要抓好农房风貌提升，采取拆除一批、"
                         "改造一批等方式，让林盘风貌与田园景观有机融合。")
    assert measures == {("农房风貌提升", "拆除一批"), ("农房风貌提升", "改造一批")}


def test_a_campaign_that_extends_a_named_line_of_work_is_a_policy_of_its_own():
    agenda, measures, _ = run("3月1日，全市安全生产工作会议召开。会议强调，要扎实开展安全生产治本攻坚三年行动，采取停产整顿一批、"
                              "关闭取缔一批等措施，严厉打击非法违法生产经营行为。", meeting="全市安全生产工作会议")
    assert {"安全生产工作", "安全生产治本攻坚三年行动"} <= agenda
    assert {p for p, _ in measures} == {"安全生产治本攻坚三年行动"}  # the task set right before them
    agenda, measures, _ = run("3月1日，全市安全生产工作会议召开。会议强调，要扎实开展安全生产治本攻坚三年行动。要采取停产整顿一批、"
                              "关闭取缔一批等措施，严厉打击非法违法生产经营行为。", meeting="全市安全生产工作会议")
    assert {p for p, _ in measures} == {"打击非法违法生产经营行为"}  # else the work the clause after them names


def test_lines_of_work_a_sentence_counts_are_agenda():
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要扎实抓好农村厕所革命、生活污水治理和村容村貌提升三项重点任务。")
    assert {"农村厕所革命", "生活污水治理", "村容村貌提升"} <= agenda


def test_measures_by_way_of():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好河道采砂专项整治工作，通过明查暗访、交叉检查等方式"
                         "发现问题。")
    assert measures == {("河道采砂专项整治工作", m) for m in ("明查暗访", "交叉检查")}


def test_institutions_set_up_together_are_measures_alone_they_are_not():
    _, measures, _ = run("3月1日，全市乡村振兴工作推进会议召开。会议强调，尽快出台乡村振兴实施方案，建立联席会议制度，"
                         "完善督查考核机制。要健全工作体系。", meeting="全市乡村振兴工作推进会议")
    assert {m for _, m in measures} == {"乡村振兴实施方案", "联席会议制度", "督查考核机制"}
    assert {p for p, _ in measures} == {"乡村振兴工作"}


def test_objects_after_a_measures_frame_with_a_shared_head():
    _, measures, _ = run("3月1日，全市安全生产专项整治部署会议召开。市长指出，要以最严格的措施消除安全隐患，抓好矿山安全整治，"
                         "开展好危化品、燃气等重点行业领域安全整治，做好防溺水工作。",
                         meeting="全市安全生产专项整治部署会议")
    assert {m for _, m in measures} == {"矿山安全整治", "危化品安全整治", "燃气安全整治", "防溺水工作"}
    assert {p for p, _ in measures} == {"安全生产专项整治"}


def test_generic_verbs_and_headlines_are_not_measures():
    text = ("关停一批、整合一批!\n3月1日，全市重点工作推进会议召开。会议强调，要做好城市燃气安全专项整治工作，"
            "加强领导，强化督导，健全校园安全管理制度。")
    _, measures, _ = run(text)
    assert measures == set()


def test_mojibake_gives_no_row():
    _, measures, _ = run("3月1日，全市安全生产专项整治部署会议召开。要以最精准的措施消除安全隐患，开展好?;?、道路交通等"
                         "重点行业领域安全整治。", meeting="全市安全生产专项整治部署会议")
    assert {m for _, m in measures} == {"道路交通安全整治"}


def test_mentions_and_evidence_point_at_the_text():
    agenda, measures, ctx = run("3月1日，全市重点工作推进会议召开。会议强调，要扎实做好规范校外培训专项工作。"
                                "采取关停一批、整合一批等措施。")
    for m in ctx.graph.mentions:
        if m.type == "Policy":
            assert ctx.text[m.start:m.end] == m.text
    for f in ctx.graph.facts:
        if isinstance(f, (Agenda, MeasureOf)):
            assert ctx.text[f.evidence.start:f.evidence.end] == f.evidence.text


# --- the Hengshui article ------------------------------------------------------------------

@pytest.fixture(scope="module")
def hengshui():
    raw, meta = read_article(HENGSHUI)
    doc = normalise(raw, meta)
    name = "教育重项工作推进会议"
    return run(doc.text, meeting=name)


def test_hengshui_four_required_policies(hengshui):
    agenda, _, _ = hengshui
    names = bare(agenda)
    assert "职业教育" in names
    assert "双减工作" in names
    assert "规范民办义务教育发展" in names
    assert any(n.startswith("校园安全专项整顿") for n in names)
    # the directives under the section headings are details, not agenda items
    assert not any("心理疏导" in n or "筹建" in n for n in names)


def test_hengshui_four_measures(hengshui):
    _, measures, _ = hengshui
    assert measures == {("规范民办义务教育发展", m) for m in ("关停一批", "缩规一批", "转公一批", "转设一批")}


def test_hengshui_measures_through_the_pipeline(hengshui_graph):
    g = hengshui_graph
    rows = {(g.entities[f.policy].name, g.entities[f.measure].name) for f in g.facts if isinstance(f, MeasureOf)}
    assert rows == {("规范民办义务教育发展", m) for m in ("关停一批", "缩规一批", "转公一批", "转设一批")}


# --- agenda items studied, aspects discussed, lines of work merged, spirits of two sources -------

def _pipeline_agenda(text: str, place: str) -> set[str]:
    from kg.pipeline import build_text

    g = build_text(text, Meta(id="t", place=place))
    return {g.entities[f.policy].name for f in g.facts if isinstance(f, Agenda)}


def test_bodies_listed_before_a_shared_line_of_work_each_have_it():
    agenda = _pipeline_agenda("4月2日,十四届县委召开第56次常委会会议,专题研究县人大、政府、政协党组工作。"
                              "县委书记刘强主持会议。", place="涉县")
    assert {"涉县人大党组工作", "涉县人民政府党组工作", "涉县政协党组工作"} <= agenda


def test_work_items_studied_by_a_meeting():
    agenda, _, _ = run("6月1日,全市重点工作推进会议召开,专题研究秸秆禁烧、森林防火工作。")
    assert {"秸秆禁烧", "森林防火工作"} <= agenda  # a short item takes the head noun only when bare (信访)
    # 研究讨论X工作报告 studies a document, not a line of work
    agenda, _, _ = run("6月1日,全市重点工作推进会议召开,研究讨论市政府工作报告。")
    assert not any("政府工作" in a for a in agenda)


def test_aspects_discussed_share_their_last_word():
    agenda, _, _ = run("7月9日,全市重点工作推进会议召开。会议集中讨论了农村饮水安全问题、城区内涝问题、"
                       "校园周边交通问题整治三个方面的内容。")
    assert {"农村饮水安全问题整治", "城区内涝问题整治", "校园周边交通问题整治"} <= agenda


def test_lines_of_work_to_be_merged_and_a_longer_line_of_its_own():
    agenda, _, _ = run("全市重点工作推进会议召开,对近期安全生产工作进行动员部署。会议要求,各地要将隐患排查治理"
                       "和安全生产百日攻坚行动等工作深度融合,守住安全底线。")
    assert {"隐患排查治理", "安全生产百日攻坚行动", "安全生产工作"} <= agenda
    agenda, _, _ = run("全市重点工作推进会议召开。会议强调,要把秸秆综合利用与农村人居环境整治有机结合起来。")
    assert {"秸秆综合利用", "农村人居环境整治"} <= agenda


def test_a_spirit_of_two_sources_is_two_spirits():
    agenda, _, _ = run("全市重点工作推进会议召开,传达学习中央有关文件和省委有关会议精神。")
    assert {"中央有关文件精神", "省委有关会议精神"} <= agenda
    assert "中央有关文件和省委有关会议精神" not in agenda


def test_work_items_studied_in_a_list_ending_in_deng_gongzuo():
    agenda, _, _ = run("全市重点工作推进会议召开。会议还研究了全市教育、社会救助、民政等工作。")
    assert {"教育工作", "社会救助工作", "民政工作"} <= agenda
    # a long item names its line of work by itself
    agenda, _, _ = run("全市重点工作推进会议召开，研究部署冬季供热保障、学前教育发展和安全生产等工作。")
    assert {"冬季供热保障", "学前教育发展", "安全生产工作"} <= agenda
    assert "冬季供热保障工作" not in agenda


def test_a_second_spirit_after_he_is_studied_too():
    agenda, _, _ = run("全市重点工作推进会议召开,传达学习全国两会精神和省委全会精神。")
    assert {"全国两会精神", "省委全会精神"} <= agenda


def test_an_arranged_pair_of_lines_of_work_is_two_policies():
    agenda, _, _ = run("全市重点工作推进会议召开,研究部署春季森林防火和农村人居环境整治工作。")
    assert "农村人居环境整治工作" in agenda and any(a.startswith("春季森林防火") for a in agenda)
    assert not any("和" in a for a in agenda)


def test_a_spirit_keeps_a_study_verb_inside_its_name():
    agenda, _, _ = run("全市重点工作推进会议召开,深入学习贯彻习近平总书记在党史学习教育动员大会上的重要讲话精神。")
    assert "习近平总书记在党史学习教育动员大会上的重要讲话精神" in agenda
    agenda, _, _ = run("全市重点工作推进会议召开,认真学习领会并贯彻落实省委全会精神。")
    assert "省委全会精神" in agenda


def test_a_campaign_to_be_joined_with_another():
    agenda, _, _ = run("全市重点工作推进会议召开。会议要求,要把主题教育同“千企帮千村”行动结合起来。")
    assert {"主题教育", "“千企帮千村”行动"} <= agenda


def test_work_analysed_and_studied():
    agenda, _, _ = run("全市重点工作推进会议4月9日召开,分析研究一季度经济运行和安全生产工作。")
    assert "安全生产工作" in agenda


def test_every_document_of_a_list_adopted():
    agenda, _, _ = run("全市重点工作推进会议召开。会议审议通过了《城市更新行动实施方案》《校舍安全保障长效机制"
                       "实施办法》和《老旧小区改造三年计划》。")
    assert {"城市更新行动实施方案", "校舍安全保障长效机制实施办法", "老旧小区改造三年计划"} <= agenda


def test_battles_listed_with_one_suffix_are_each_a_policy():
    agenda, _, _ = run("全市重点工作推进会议召开。会议强调，要坚决打好蓝天、碧水、净土保卫战。")
    assert {"蓝天保卫战", "碧水保卫战", "净土保卫战"} <= agenda


def test_measures_serve_the_goal_or_the_work_the_clause_after_them_names():
    meeting = "全市重点工作推进会议"
    text = ("3月1日，全市重点工作推进会议召开。会议强调，要做好教育工作。要采取新建一批、改扩建一批等措施，"
            "持续扩大普惠性学前教育资源供给。要采取包联一批、帮扶一批等措施，持续整顿后进村党组织。"
            "要采取清淤一批、补水一批等措施，巩固林长制成效。")
    agenda, measures, _ = run(text, meeting=meeting)
    assert {("扩大普惠性学前教育资源供给", "新建一批"), ("整顿后进村党组织", "包联一批"),
            ("林长制", "补水一批")} <= measures
    # a clause that starts with a listed verb and lists several objects is no goal of its own
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好城市更新工作。要采取拆除一批、"
                         "提升一批等方式，推进老旧小区、老旧街区改造。", meeting=meeting)
    assert ("城市更新工作", "拆除一批") in measures
    # a generic object of an action is no line of work: the measures go to the work before
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要做好消防安全专项整治工作，采取约谈一批、"
                         "关停一批等措施，坚决整治突出隐患。", meeting=meeting)
    assert ("消防安全专项整治工作", "约谈一批") in measures


def test_measures_taken_against_a_named_object_serve_the_work_named_after_it():
    text = ("3月1日，全市重点工作推进会议召开，听取了全市后进村党组织整顿情况汇报。会议强调，要做好基层党建工作。"
            "要对后进村党组织采取包联一批、帮扶一批等措施，确保年底前全部整顿到位。")
    _, measures, _ = run(text, meeting="全市重点工作推进会议")
    assert ("后进村党组织整顿", "包联一批") in measures
    # a generic object (欠薪问题) leaves them to the work around them
    text = ("3月1日，全市重点工作推进会议召开。会议强调，要开展根治欠薪专项行动，对欠薪问题采取约谈一批、"
            "曝光一批等措施。会议还部署了欠薪问题排查处置工作。")
    _, measures, _ = run(text, meeting="全市重点工作推进会议")
    assert ("根治欠薪专项行动", "约谈一批") in measures


def test_a_count_of_what_was_done_is_no_task():
    agenda, _, _ = run("全市重点工作推进会议召开。会议指出，今年以来全市整顿后进村党组织9个。会议要求，要严厉打击非法采砂行为。")
    assert not any("9个" in a for a in agenda)
    assert "打击非法采砂行为" in agenda


def test_a_combined_name_s_parts_and_no_arrangement_read_out_of_a_meeting_word():
    agenda, _, _ = run("8月20日，全区秋季开学工作部署会暨食品安全工作会议召开。", meeting="全区秋季开学工作部署会暨食品安全工作会议")
    assert {"秋季开学工作", "食品安全工作"} <= agenda and not any(a.startswith("会暨") for a in agenda)
    agenda, _, _ = run("全市防汛工作会议暨市防指全体（扩大）会议召开。", meeting="全市防汛工作会议暨市防指全体（扩大）会议")
    assert not any("全体" in a for a in agenda)


def test_a_thought_studied_with_a_spirit_is_a_policy_of_its_own():
    agenda, _, _ = run("全市重点工作推进会议召开，传达学习习近平总书记关于教育的重要思想和全省教育大会精神。")
    assert {"习近平总书记关于教育的重要思想", "全省教育大会精神"} <= agenda
    agenda, _, _ = run("全市重点工作推进会议召开。会议要求，要统一思想。")
    assert not agenda


def test_a_plan_adopted_keeps_its_years_and_measures_serve_the_work_focused_on():
    agenda, measures, _ = run("全市重点工作推进会议召开，审议《全市城镇老旧小区改造三年行动方案（2024—2026年）》。"
                              "会议要求，要聚焦快递物流行业党建，采取建强行业党委一批、建设服务站点一批等措施。")
    assert "城镇老旧小区改造三年行动方案（2024—2026年）" in agenda
    assert ("快递物流行业党建", "建强行业党委一批") in measures


def test_a_quoted_name_holding_a_list_is_one_name_and_the_work_after_an_occasion_is_read_alone():
    agenda, _, _ = run("全市重点工作推进会议召开。会议强调，要深化“百企联百村、百村兴百业”工程，以美丽乡村建设为抓手推动乡村全面振兴。"
                       "要抓好四项工作。")
    assert "“百企联百村、百村兴百业”工程" in agenda
    assert not any(a.startswith(("“百企联百村", "为抓手")) and a != "“百企联百村、百村兴百业”工程" for a in agenda)
    assert "四项工作" not in agenda


def test_items_listed_before_a_field_share_its_line_of_work():
    agenda, _, _ = run("全市重点工作推进会议召开。会议听取了矿山、水上交通、建筑施工领域安全整治情况的汇报。"
                       "会议要求，要抓好产业升级、城市更新和民生实事三方面工作。")
    assert {"矿山领域安全整治", "水上交通领域安全整治", "建筑施工领域安全整治"} <= agenda
    assert not any(a.endswith("方面工作") for a in agenda) and {"产业升级", "城市更新", "民生实事"} <= agenda
    agenda, _, _ = run("全市重点工作推进会议召开。会议指出，省里已向东湖、西湖两区派出2个工作组。")
    assert not any("两区" in a or "东湖" in a for a in agenda)


def test_what_a_campaign_is_taken_as_is_no_policy_and_a_goal_of_growing_an_economy_is():
    agenda, measures, _ = run("全市重点工作推进会议召开。会议强调，要把抓党建促基层治理作为各级书记的“一号工程”。"
                              "要采取村企共建一批、股份合作一批等措施，发展壮大村级集体经济。")
    assert "抓党建促基层治理" in agenda and "“一号工程”" not in agenda
    assert ("发展壮大村级集体经济", "村企共建一批") in measures


def test_spirits_of_meetings_of_two_levels_are_two_policies_but_one_spirit_named_twice_is_one():
    agenda, _, _ = run("全市重点工作推进会议召开，传达学习省委经济工作会议和全市经济工作会议精神。")
    assert {"省委经济工作会议精神", "全市经济工作会议精神"} <= agenda
    agenda, _, _ = run("全市重点工作推进会议召开，传达学习党的二十届三中全会精神。会议要求，要把三中全会精神落到实处。")
    assert "党的二十届三中全会精神" in agenda and "三中全会精神" not in agenda


def test_he_mei_stays_whole_a_town_takes_no_head_and_a_target_in_digits_is_no_policy():
    agenda, _, _ = run("全市重点工作推进会议召开。会议听取了市农业农村局关于和美乡村精品村建设情况的汇报。"
                       "会议要求，要加快推进东坝镇、西坝镇两个产业园区建设，完成12个示范村建设任务，深化“千万工程”和三项制度改革。"
                       "要抓好会议精神落实。")
    assert "和美乡村精品村建设" in agenda and not any(a.startswith("美乡村") for a in agenda)
    assert "东坝镇建设" not in agenda and not any(a.startswith("12个") for a in agenda)
    assert "会议精神" not in agenda and {"“千万工程”", "三项制度改革"} <= agenda


def test_spirits_of_two_bodies_listed_with_dun_and_measures_by_the_way_after_yi_shi():
    agenda, measures, _ = run("全市重点工作推进会议召开，传达学习省委十二届五次全会、市委八届三次全会精神。会议要求：一是扩大普惠性托育"
                              "服务供给，采取新建一批、改建一批的办法，新增托位3000个。")
    assert {"省委十二届五次全会精神", "市委八届三次全会精神"} <= agenda
    agenda, _, _ = run("全市重点工作推进会议召开，传达学习习近平总书记近期重要指示、文章、贺信精神。")
    assert "习近平总书记近期重要指示、文章、贺信精神" in agenda  # one body's sources, one spirit
    assert ("扩大普惠性托育服务供给", "新建一批") in measures


def test_a_bare_plenary_spirit_is_the_one_plenary_the_article_names():
    agenda, _, _ = run("全市重点工作推进会议召开，传达学习市委九届五次全会精神。会议要求，要把学习贯彻全会精神作为首要政治任务。")
    assert "市委九届五次全会精神" in agenda and "全会精神" not in agenda


def test_measures_after_a_task_to_hold_the_results_of_a_line_of_work():
    """要深化X改革，…；要巩固Y成果，采取A一批、B一批等措施: the measures serve Y, the work whose results the
    clause right before them holds, not the task of the clause before that."""
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要深化公立医院综合改革，全面推行院长年薪制；"
                         "要巩固高值医用耗材集中采购成果，采取挂网一批、议价一批、退出一批等措施，持续减轻群众负担。")
    assert {("高值医用耗材集中采购", m) for m in ("挂网一批", "议价一批", "退出一批")} <= measures
    assert not any(p == "公立医院综合改革" for p, _ in measures)


def test_topics_shared_out_one_a_unit_are_lines_of_work_each():
    """A局、B局分别汇报了X和Y工作情况: X and Y are each a line of work, short as Y may be (稳就业)."""
    agenda, _, _ = run("11月5日，全市重点工作推进会议召开。市人力资源社会保障局、市商务局分别汇报了技能人才培养和稳就业工作情况。")
    assert {"技能人才培养", "稳就业"} <= agenda
    assert not any("和" in p for p in agenda)


def test_a_meeting_names_level_word_and_a_list_that_works_together():
    """区老旧小区改造暨…联席会议: 老旧小区改造, without the body's level word; 医疗、医保、医药协同发展和治理 is one
    line of work (not 医疗治理, 医保治理)."""
    agenda = _pipeline_agenda("4月16日，区老旧小区改造暨消防安全工作联席会议召开。会议要求，要推进医疗、医保、医药协同发展和治理。",
                              place="河西区")
    assert "老旧小区改造" in agenda and "区老旧小区改造" not in agenda
    assert "医疗、医保、医药协同发展和治理" in agenda and "医疗治理" not in agenda


def test_a_leagues_scope_word_and_generic_key_tasks():
    """全盟X工作 is X工作 as 全市X工作 is; 重点任务 (基层党建重点任务, 农村改革三项重点任务) names no line of work."""
    agenda, _, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要做好全盟森林草原防灭火工作，抓好农村改革三项重点任务。")
    assert "森林草原防灭火工作" in agenda or "森林草原防灭火" in agenda
    assert not any(p.startswith("全盟") or p.endswith("重点任务") for p in agenda)


def test_the_bridging_of_poverty_gains_and_rural_revitalisation_is_a_line_of_work():
    """全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接现场推进会: its topic is a policy of the meeting (有效衔接 heads a
    line of work)."""
    agenda = _pipeline_agenda("5月24日，全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接现场推进会在城关镇召开。县委书记王明出席会议。",
                              place="宣恩县")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接" in agenda


def test_measures_serve_the_task_set_earlier_in_their_sentence_past_clauses_that_set_none():
    """深入开展X行动，采取A一批、B一批等措施: X, though no 要 opens its clause; 要狠抓X，坚持“…”，采取…: X, past
    the clause that sets no task; a task set in an earlier sentence is not theirs."""
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要做好森林防火工作。要紧盯重要节点，深入开展"
                         "燃气安全隐患整治行动，采取约谈一批、查封一批等措施，坚决遏制事故发生。")
    assert {("燃气安全隐患整治行动", m) for m in ("约谈一批", "查封一批")} <= measures
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要做好森林防火工作。要狠抓园区招商，坚持“周调度、月比拼”，"
                         "采取上门对接一批、以商引商一批等措施。")
    assert ("园区招商", "上门对接一批") in measures
    assert not any(p == "森林防火工作" for p, _ in measures)


def test_measures_serve_what_a_list_of_goods_shares_and_ways_taken_by_tong_guo():
    """要做强A、B、C等特色产业，采取…: 特色产业, what the listed goods share; 要深化X工作，通过A、B等方式: X."""
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要做好森林防火工作。要做强核桃、花椒、中药材等特色产业，"
                         "采取培育龙头企业一批、建设示范基地一批等措施，带动群众增收。")
    assert ("特色产业", "培育龙头企业一批") in measures
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要做好森林防火工作。要深化“党建+物业”工作，"
                         "通过“支部进小区”“党员当楼长”等方式，提升小区治理水平。")
    assert {("“党建+物业”工作", "“支部进小区”"), ("“党建+物业”工作", "“党员当楼长”")} <= measures


def test_a_campaign_and_an_action_before_measures_are_two_and_a_season_names_no_other_campaign():
    """深入开展春季A运动和B行动，采取…: two lines of work, the measures the first's; 春季A运动 is the A运动 of the
    meeting's name; 巩固提升X成效: X, not 提升X."""
    agenda, measures, _ = run("11月5日，全市爱国卫生运动推进会议召开。会议要求，要深入开展春季爱国卫生运动和城乡环境清洁行动，"
                              "采取集中清理一批、督查曝光一批等措施。", meeting="全市爱国卫生运动推进会议")
    assert ("爱国卫生运动", "集中清理一批") in measures
    assert "城乡环境清洁行动" in agenda and not any("春季" in a or "和" in a for a in agenda)
    _, measures, _ = run("11月5日，全市重点工作推进会议召开。会议要求，要采取造林一批、封育一批等措施，巩固提升水土流失治理成效。")
    assert ("水土流失治理", "造林一批") in measures


def test_what_a_task_opened_by_yao_and_a_work_verb_names_is_a_line_of_work_whatever_its_head():
    """要抓好校园安全，…; 要扎实做好汛前准备; 要加强医保基金监管: lines of work, though 安全, 准备 and 监管 head no work
    noun; not a target in digits, nor 要素保障."""
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议强调，要抓好校园安全，常态化开展防溺水专项检查。要扎实做好汛前准备，"
                       "落实防汛责任。要抓好3个示范村。要加强医保基金监管，严厉打击欺诈骗保。要素保障要跟上。")
    assert {"校园安全", "汛前准备", "医保基金监管"} <= agenda
    assert not any("示范村" in a or "素保障" in a for a in agenda)


def test_a_document_of_measures_adopted_and_the_measures_its_sentence_takes():
    """审议并原则通过《X若干措施》，…采取A一批、B一批等措施: the document is a policy and the measures are its."""
    agenda, measures, _ = run("3月1日，全市重点工作推进会议召开。会议审议并原则通过《全市促进民营经济发展若干措施》，要求市工信局"
                              "抓好政策兑现，采取领导包联一批、政策直达一批等措施，为企业纾困解难。")
    assert "促进民营经济发展若干措施" in agenda
    assert ("促进民营经济发展若干措施", "领导包联一批") in measures


def test_measures_serve_a_policy_said_before_by_its_core_and_a_goal_right_after_the_word_for_measures():
    """要扭住项目建设这个“牛鼻子”。要采取A一批、B一批等措施: 重点项目建设 (said by its core); …等措施整治撂荒地:
    the goal that follows the word for measures with no comma; 要推动X，通过A、B等方式: X, after a weak verb."""
    _, measures, _ = run("3月1日，全市重点项目建设推进会议召开。会议要求，要扭住项目建设这个“牛鼻子”，加快开复工。要采取包保服务一批、"
                         "协调解决一批等措施，破解要素制约。", meeting="全市重点项目建设推进会议")
    assert ("重点项目建设", "包保服务一批") in measures
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议要求，要做好森林防火工作。要采取复耕一批、盘活一批等措施整治撂荒地。"
                         "要推动优质医疗资源下沉，通过专家坐诊、远程会诊等方式提升基层能力。")
    assert ("整治撂荒地", "复耕一批") in measures and ("优质医疗资源下沉", "专家坐诊") in measures


def test_a_list_of_one_character_items_or_counted_as_a_whole_is_one_name_and_targets_are_no_policies():
    """推进医共体内人、财、物统一管理: one line of work, not 财管理; A、B、C三个共享中心建设 likewise; 完成120条河道综合整治
    and 下半年重点工作 are a target and a generic task."""
    agenda, _, _ = run("3月1日，全市重点工作推进会议召开。会议要求，扎实推进医共体内人、财、物统一管理，加快推进医学影像、检验、"
                       "心电三个共享中心建设，完成120条农村河道综合整治，抓好下半年重点工作。")
    assert agenda == {"医共体内人、财、物统一管理", "医学影像、检验、心电三个共享中心建设"}


def test_the_verb_before_a_list_of_batches_is_no_part_of_the_first():
    _, measures, _ = run("3月1日，全市重点工作推进会议召开。会议要求，要开展“三个一批”项目建设活动，做到签约一批、开工一批、投产一批。")
    assert {m for _, m in measures} == {"签约一批", "开工一批", "投产一批"}


def test_a_task_opened_with_an_adverb_before_its_work_verb_and_a_name_the_scrape_cut():
    agenda, _, _ = run("全县卫生健康工作会议召开。会议强调，要扎实开展适龄儿童免费体检，要加快建设县域健康管护体系。",
                       "全县卫生健康工作会议")
    assert {"适龄儿童免费体检", "县域健康管护体系"} <= agenda
    agenda, _, _ = run("全镇人居环境整治推进会召开。会议要求，要持续开展村庄清洁■■，确保村庄干净整洁。", "全镇人居环境整治推进会")
    assert not any("■" in a for a in agenda)


def test_measures_of_a_task_no_policy_names_serve_the_meeting_s_topic_not_the_sentence_before():
    text = ("全市森林草原防灭火工作会议召开。会议要求，要深化“林长+警长”工作机制。要从源头管控火源，"
            "采取封山一批、巡护一批、盯守一批等措施，严防野外违规用火。")
    _, measures, _ = run(text, "全市森林草原防灭火工作会议")
    owners = {p for p, m in measures if m in ("封山一批", "巡护一批", "盯守一批")}
    assert owners and not any("警长" in p for p in owners)


def test_a_campaign_told_by_its_progress_and_a_pair_of_lines_of_work_before_their_measures():
    """X专项行动开展以来，…采取A一批…等措施: the campaign is a policy and the measures are its; 要深化A、B，
    采取…等措施: the pair is one task and the measures serve it."""
    agenda, measures, _ = run("全市重点工作推进会议召开。防汛隐患大排查大整治专项行动开展以来，全市共排查隐患点120处，"
                              "对暂时无法整改的隐患点采取转移一批、加固一批等措施。")
    assert "防汛隐患大排查大整治专项行动" in agenda
    assert ("防汛隐患大排查大整治专项行动", "转移一批") in measures
    agenda, measures, _ = run("全市重点工作推进会议召开。要深化以案促改、以案促建，采取通报典型案例、开展警示谈话等措施。")
    assert ("以案促改、以案促建", "开展警示谈话") in measures


def test_institutions_joined_by_he_are_each_a_measure():
    _, measures, _ = run("全市重点项目建设推进会议召开。要建立健全重大项目领导包保机制、要素保障机制和调度通报机制，做到早开工。",
                         meeting="全市重点项目建设推进会议")
    names = {m for _, m in measures}
    assert {"重大项目领导包保机制", "要素保障机制", "调度通报机制"} <= names
    assert not any("和" in m for m in names)


def test_departments_worked_with_a_speech_and_its_instructions_and_situations_are_no_policies():
    agenda, _, _ = run("全市重点工作推进会议召开。会议传达学习习近平总书记关于黄河保护治理的重要讲话和重要指示批示精神。"
                       "会议要求，要加强与发展改革、财政、卫生健康、医保等部门的协同配合。会议通报了全市安全生产形势。")
    assert "习近平总书记关于黄河保护治理的重要讲话和重要指示批示精神" in agenda
    assert not agenda & {"重要指示批示精神", "卫生健康", "医保", "与发展改革", "安全生产形势", "全市安全生产形势"}


def test_a_campaign_since_its_start_and_a_rule_with_its_own_details_are_one_name_each():
    agenda, _, _ = run("全市重点工作推进会议召开。自安全生产专项整治三年行动开展以来，全市排查隐患1200处。"
                       "会议强调，要锲而不舍落实中央八项规定及其实施细则精神。")
    assert {"安全生产专项整治三年行动", "中央八项规定及其实施细则精神"} <= agenda
    assert not any(a.startswith(("自", "其")) for a in agenda)


def test_yaosu_keeps_its_first_character():
    agenda, _, _ = run("全市重点工作推进会议召开。要强化要素保障，加快项目建设。")
    assert "要素保障" in agenda and "素保障" not in agenda
