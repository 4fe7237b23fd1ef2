"""People and posts: chains with posts in bodies set up for a task, titles of no standing body,
names the surname list does not know, the autonomous region's departments."""
from __future__ import annotations

from kg.document import Meta
from kg.model import Holding, Participation
from kg.pipeline import build_text


def _holdings(text, place):
    ag = build_text(text, Meta(id="t-people", place=place))
    return {(ag.entities[h.person].name, h.post, ag.entities[h.organisation].name if h.organisation else "")
            for h in ag.facts if isinstance(h, Holding)}, ag


def test_a_post_in_a_body_set_up_for_a_task_keeps_the_chain():
    rows, _ = _holdings("4月2日，全市安全生产委员会全体会议召开。市委副书记、市长、市安全生产委员会主任赵明远出席会议并讲话，"
                        "州委常委、副州长、州森林草原防灭火指挥部指挥长李光辉参加。", "南宁市")
    assert {("赵明远", "市长", "南宁市人民政府"), ("赵明远", "主任", "南宁市安全生产委员会")} <= rows
    rows, _ = _holdings("县委副书记、县矛盾纠纷化解联席会议召集人孙立伟出席会议并讲话。", "沂水县")
    assert ("孙立伟", "召集人", "沂水县矛盾纠纷化解联席会议") in rows


def test_a_bare_group_title_names_the_one_group_of_the_article():
    rows, _ = _holdings("5月6日，市乡村振兴工作领导小组召开会议。市委常委、市乡村振兴工作领导小组组长王平出席，"
                        "副市长、领导小组副组长郭敏主持会议。", "南宁市")
    assert ("郭敏", "副组长", "南宁市乡村振兴工作领导小组") in rows


def test_a_title_of_no_standing_body_after_a_level_word_is_a_post_without_organisation():
    rows, _ = _holdings("3月7日，区委书记、区总河湖长张振国主持召开区总河湖长会议。", "静海区")
    assert {("张振国", "书记", "静海区委"), ("张振国", "总河湖长", "")} <= rows


def test_a_name_outside_the_surname_list_after_a_chain_of_posts():
    rows, ag = _holdings("3月1日，全州防火工作会议召开。州委副书记、州长阿木尔且主持会议并讲话。阿木尔且强调，要抓好防火。",
                         "凉山彝族自治州")
    assert ("阿木尔且", "州长", "凉山彝族自治州人民政府") in rows
    roles = {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}
    assert {("阿木尔且", "chair"), ("阿木尔且", "speaker")} <= roles
    # a verb after a chain is no name: 副省长出席 names nobody
    rows, _ = _holdings("3月1日，全省工作会议召开。省委常委，副省长出席。", "广东省")
    assert not rows


def test_given_names_with_xiang_and_the_autonomous_regions_departments():
    rows, _ = _holdings("市委常委、常务副市长黎向东出席会议。自治区市场监督管理局党组成员、副局长韦振宁到会指导。", "桂林市")
    assert ("黎向东", "常务副市长", "桂林市人民政府") in rows
    assert {("韦振宁", "党组成员", "广西壮族自治区市场监督管理局党组"),
            ("韦振宁", "副局长", "广西壮族自治区市场监督管理局")} <= rows


def test_a_group_that_convenes_its_numbered_meeting_names_it():
    from kg.model import Meeting

    rows, ag = _holdings("5月16日，市促进青年就业创业工作领导小组召开2024年第一次会议。副市长、领导小组副组长郭敏主持会议。",
                         "宜昌市")
    meetings = {e.name for e in ag.entities.values() if isinstance(e, Meeting)}
    assert meetings == {"市促进青年就业创业工作领导小组2024年第一次会议"}
    assert ("郭敏", "副组长", "宜昌市促进青年就业创业工作领导小组") in rows


def test_a_meeting_held_the_same_day_takes_the_day_last_named():
    from kg.model import Meeting

    _, ag = _holdings("5月16日，市就业工作领导小组召开2024年第一次会议。\n当天上午，黎向东一行主持召开高校毕业生就业工作座谈会。",
                      "宜昌市")
    dates = {e.name: e.date for e in ag.entities.values() if isinstance(e, Meeting)}
    assert dates["高校毕业生就业工作座谈会"] == dates["市就业工作领导小组2024年第一次会议"] != ""


def test_a_title_after_a_comma_continues_the_body_of_the_chain_before_it():
    rows, _ = _holdings("省人大常委会副主任谭志刚、黄振东，秘书长欧阳立新出席会议。市委常委、组织部部长李明，副市长王刚参加。",
                        "湖南省")
    assert ("欧阳立新", "秘书长", "湖南省人大常委会") in rows
    assert not any(p == "王刚" and o.endswith("组织部") for p, _, o in rows)  # a title with its own body keeps it


def test_the_first_deputy_of_any_title_and_a_commander_of_a_task():
    rows, _ = _holdings("6月3日，全州防火工作会议召开。州委常委、常务副州长、州森林防火指挥部指挥长马建国主持会议。", "凉山彝族自治州")
    assert {("马建国", "常务副州长", "凉山彝族自治州人民政府"),
            ("马建国", "指挥长", "凉山彝族自治州森林防火指挥部")} <= rows
    # 省防汛抗旱总指挥: the commander of the province's 防汛抗旱指挥部, written without 指挥部
    rows, _ = _holdings("6月3日，全省防汛会议召开。受省委副书记、省长、省防汛抗旱总指挥高志明委托，"
                        "副省长、省防汛抗旱指挥部常务副总指挥林海主持会议。", "江西省")
    assert {("高志明", "省长", "江西省人民政府"), ("高志明", "总指挥", "江西省防汛抗旱指挥部"),
            ("林海", "常务副总指挥", "江西省防汛抗旱指挥部")} <= rows


def test_a_committee_after_a_title_of_the_same_level_is_not_a_title_of_no_body():
    # 省河长制…: 省河长 is no post here; the committee's 副主任 is
    rows, _ = _holdings("7月3日，全省会议召开。副省长、省河长制工作委员会副主任周立出席会议。", "湖南省")
    assert rows == {("周立", "副省长", "湖南省人民政府"), ("周立", "副主任", "湖南省河长制工作委员会")}


def test_posts_in_brackets_after_names():
    rows, ag = _holdings("3月5日，区城市更新推进会召开。区领导周海（区委常委、常务副区长）、邓明（副区长）参加。", "九龙坡区")
    assert rows == {("周海", "常委", "九龙坡区委"), ("周海", "常务副区长", "九龙坡区人民政府"),
                    ("邓明", "副区长", "九龙坡区人民政府")}
    assert ("刘洋", "主任", "松阳县人民政府办公室") in _holdings("3月5日，县常务会议召开。刘洋（县政府办公室主任）列席会议。",
                                                        "松阳县")[0]
    assert {("周海", "attendee"), ("邓明", "attendee")} <= {
        (ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}


def test_names_outside_the_surname_list_before_weituo_or_a_comma_and_the_next_chain():
    rows, _ = _holdings("2月26日，全州防火会议召开。受州委书记吉克拉哈委托，副州长沙马伍木，州政协副主席王丽出席会议。",
                        "凉山彝族自治州")
    assert {("吉克拉哈", "书记", "凉山彝族自治州委"), ("沙马伍木", "副州长", "凉山彝族自治州人民政府"),
            ("王丽", "副主席", "凉山彝族自治州政协")} <= rows


def test_a_bare_vice_minister_is_of_the_one_ministry_named():
    rows, _ = _holdings("11月5日，农业农村部召开秋冬种工作推进会。农业农村部部长韩立出席会议，副部长孟伦主持会议。", "")
    assert ("孟伦", "副部长", "农业农村部") in rows
    # two bureaus named: a bare 副局长 is of neither
    rows, _ = _holdings("11月5日，全市会议召开。副局长孟伦主持会议。市财政局、市公安局汇报了工作。", "衡水市")
    assert ("孟伦", "副局长", "") in rows


def test_a_surname_and_a_title_name_the_one_holder():
    rows, ag = _holdings("3月1日，州政府常务会议召开。州委副书记、州长杨再林主持会议。杨州长要求，各县市要抓好落实。"
                         "胡书记强调，要抓好信访。", "黔东南苗族侗族自治州")
    from kg.model import Person

    roles = {(ag.entities[p.participant].name, p.role) for p in ag.facts
             if isinstance(p, Participation) and isinstance(ag.entities[p.participant], Person)}
    assert ("杨再林", "speaker") in roles
    # no person is called 杨州长 or 胡书记 (nobody named 胡 holds a post here)
    assert {n for n, _ in roles} == {"杨再林"}
    rows, _ = _holdings("12月3日，全国会议召开。国家消防救援局党委书记、局长邱德昌主持会议，总工程师赵永刚出席。"
                        "广东省深圳市应急管理局作交流发言。", "")
    assert ("邱德昌", "局长", "国家消防救援局") in rows


def test_a_chain_after_ji_or_a_bare_deputy_title_later_in_the_sentence_keeps_the_body():
    rows, _ = _holdings("5月8日，县人大常委会第十次会议召开。县人大常委会副主任王立、赵红及秘书长钱进出席会议。"
                        "县人大常委会主任孙强主持会议，副主任周敏、吴涛参加会议。", "沂水县")
    assert {("钱进", "秘书长", "沂水县人大常委会"), ("周敏", "副主任", "沂水县人大常委会"),
            ("吴涛", "副主任", "沂水县人大常委会")} <= rows
    # a bare title of another office does not take the body of the chain before it
    rows, _ = _holdings("县委书记孙强主持会议，副主任周敏参加会议。", "沂水县")
    assert ("周敏", "副主任", "沂水县委") not in rows


def test_a_bare_bureau_or_ministry_and_its_party_group_are_the_one_the_article_names():
    rows, _ = _holdings("4月3日，省林草局召开党组会议。局党组书记、局长马明主持会议，党组成员、副局长刘芳参加会议。", "甘肃省")
    assert rows >= {("马明", "书记", "甘肃省林业和草原局党组"), ("马明", "局长", "甘肃省林业和草原局"),
                    ("刘芳", "党组成员", "甘肃省林业和草原局党组"), ("刘芳", "副局长", "甘肃省林业和草原局")}
    rows, _ = _holdings("6月1日，水利部召开视频会议。水利部党组书记、部长陈立出席，部党组成员、副部长郑伟主持会议。", "")
    assert {("郑伟", "党组成员", "水利部党组"), ("郑伟", "副部长", "水利部")} <= rows
    # with two bureaus named, a bare 局 is neither
    rows, _ = _holdings("市教育局、市财政局召开会议。局党组书记马明主持会议。", "南宁市")
    assert not [r for r in rows if r[0] == "马明" and r[2]]


def test_a_leader_list_after_the_word_for_a_ministry_s_leaders_and_no_name_in_its_leadership():
    _, ag = _holdings("3月2日，交通运输部召开视频会议。部领导赵林、孙杰，有关司局负责同志在主会场参加会议。"
                      "局领导班子成员参加会议。", "")
    attendees = {ag.entities[f.participant].name for f in ag.facts if isinstance(f, Participation) and f.role == "attendee"}
    assert {"赵林", "孙杰"} <= attendees and "班子" not in attendees


def test_common_surnames_lai_hong_xiao():
    rows, _ = _holdings("4月1日，全县推进会召开。县委书记赖春生、县长洪立、副县长萧敏出席会议。", "长汀县")
    assert {r[0] for r in rows} >= {"赖春生", "洪立", "萧敏"}


def test_a_chief_of_forests_or_rivers_after_a_level_and_ji_keeps_the_chain():
    rows, _ = _holdings("2月20日，全县林长制工作会议召开。县委书记、县级总林长彭立军出席会议并讲话，县委副书记、县长、"
                        "县级副总林长谢安主持会议。", "桐梓县")
    assert {("彭立军", "书记", "桐梓县委"), ("彭立军", "总林长", ""), ("谢安", "县长", "桐梓县人民政府"),
            ("谢安", "副总林长", "")} <= rows
    rows, _ = _holdings("市委副书记、市级河长孙敏出席会议。", "遵义市")
    assert {("孙敏", "副书记", "遵义市委"), ("孙敏", "河长", "")} <= rows


def _roles(ag):
    return {(ag.entities[p.participant].name, p.role) for p in ag.facts if isinstance(p, Participation)}


def test_names_joined_by_a_middle_dot_after_posts_and_in_lists():
    rows, ag = _holdings("6月3日，全县综治工作会议召开。县委常委、政法委书记艾则孜·吐尔地主持会议并讲话。"
                         "县领导刘新民、阿依古丽·买买提、张岩参加会议。", "疏附县")
    assert ("艾则孜·吐尔地", "书记", "疏附县委政法委") in rows
    roles = _roles(ag)
    assert {("艾则孜·吐尔地", "chair"), ("阿依古丽·买买提", "attendee"), ("张岩", "attendee")} <= roles


def test_a_name_outside_the_surname_list_ends_before_zai():
    rows, ag = _holdings("4月1日，全市防火视频调度会召开。副市长其木格图雅在扎兰屯市分会场参加会议。", "呼伦贝尔市")
    assert ("其木格图雅", "副市长", "呼伦贝尔市人民政府") in rows
    assert ("其木格图雅", "attendee") in _roles(ag)


def test_lecturers_at_a_training_speak():
    rows, ag = _holdings("9月2日，市安委会办公室召开安全生产培训会。市消防救援支队副支队长韩东结合典型案例，讲解了消防安全要点；"
                         "市委党校副校长蒋文作专题辅导。", "临沂市")
    assert ("韩东", "副支队长", "临沂市消防救援支队") in rows
    assert {("韩东", "speaker"), ("蒋文", "speaker")} <= _roles(ag)


def test_a_speaker_who_sums_up():
    _, ag = _holdings("5月4日，柳溪乡召开防汛工作部署会。乡党委书记黎明远主持会议。黎明远在总结时要求，各村要完成预案修订。",
                      "融安县")
    assert ("黎明远", "speaker") in _roles(ag)


def test_a_head_s_title_after_a_post_of_another_place_is_that_place_s():
    rows, ag = _holdings("5月8日，双方举行山海协作工作会谈。州委副书记、州长扎西顿珠主持会谈，嘉兴市委副书记、市长陈立群介绍了"
                         "嘉兴市经济社会发展情况。", "阿坝藏族羌族自治州")
    assert ("陈立群", "市长", "嘉兴市人民政府") in rows
    assert ("扎西顿珠", "州长", "阿坝藏族羌族自治州人民政府") in rows
    assert [e.name for e in ag.entities.values() if type(e).__name__ == "Meeting"] == ["山海协作工作会谈"]


def test_appointments_at_a_session_state_the_post_removals_do_not():
    rows, _ = _holdings("会议表决通过了人事任免事项，决定任命周海涛为区卫生健康委员会主任，任命吴丹为区审计局局长，"
                        "免去郑斌的区审计局局长职务。", "沙坪坝区")
    assert {("周海涛", "主任", "沙坪坝区卫生健康委员会"), ("吴丹", "局长", "沙坪坝区审计局")} <= rows
    assert not any(p == "郑斌" for p, _, _ in rows)


def test_quan_may_end_a_given_name():
    rows, _ = _holdings("县政协主席马德全、县委副书记王全福出席会议。", "丹寨县")
    assert {("马德全", "主席", "丹寨县政协"), ("王全福", "副书记", "丹寨县委")} <= rows


def test_the_one_who_delegates_takes_no_part_and_a_party_post_is_of_the_body_headed_next():
    rows, ag = _holdings("5月6日，全省自然资源工作推进会召开。省自然资源厅党组成员、副厅长孙琪受党组书记、厅长何川委托出席会议"
                         "并讲话。", "江西省")
    assert {("何川", "书记", "江西省自然资源厅党组"), ("何川", "厅长", "江西省自然资源厅"), ("孙琪", "副厅长", "江西省自然资源厅")} <= rows
    roles = _roles(ag)
    assert ("孙琪", "speaker") in roles and not any(p == "何川" for p, _ in roles)


def test_posts_of_the_one_department_and_of_its_divisions_written_without_its_name():
    rows, ag = _holdings("6月3日，贵州省农业农村厅召开全省秋粮生产视频调度会。受厅党组书记、厅长陈立新委托，副厅长杨明远出席会议"
                         "并讲话，厅二级巡视员罗华出席会议，厅种植业管理处处长吴涛主持会议。会上，厅种植业管理处通报了全省秋粮长势情况。",
                         "贵州省")
    division = "贵州省农业农村厅种植业管理处"
    assert {("罗华", "二级巡视员", "贵州省农业农村厅"), ("吴涛", "处长", division)} <= rows
    assert {("罗华", "attendee"), ("吴涛", "chair"), (division, "reporter")} <= _roles(ag)


def test_a_division_after_a_departments_full_name_is_an_organisation_of_its_own():
    _, ag = _holdings("9月12日，吉林省教育厅召开全省“双减”工作推进会议。会上，省教育厅基础教育处通报了全省课后服务情况，"
                      "长春市教育局作交流发言。", "吉林省")
    assert ("吉林省教育厅基础教育处", "reporter") in _roles(ag)
    _, ag = _holdings("9月12日，吉林省教育厅召开全省“双减”工作推进会议。会议要求各地教育局和办事处做好工作。", "吉林省")
    assert not any(n.endswith("处") for n, _ in _roles(ag))


def test_a_name_outside_the_surname_list_in_a_list_of_leaders():
    _, ag = _holdings("3月1日，旗委召开全旗经济工作会议。旗领导刘建国、白玉梅、苏和巴特尔参加会议。", "准格尔旗")
    assert {("刘建国", "attendee"), ("白玉梅", "attendee"), ("苏和巴特尔", "attendee")} <= _roles(ag)


def test_one_who_states_specific_demands_is_a_speaker():
    _, ag = _holdings("6月12日，全市防汛工作调度会召开。副市长马玉清主持会议。马玉清就做好防汛工作提出具体要求。", "吴忠市")
    assert {("马玉清", "chair"), ("马玉清", "speaker")} <= _roles(ag)


def test_the_first_deputy_of_a_group_is_a_post():
    rows, _ = _holdings("5月6日，市创建全国文明城市工作领导小组召开全体会议。市委书记、市创建全国文明城市工作领导小组组长韩某某主持会议，"
                        "市委副书记、市长、领导小组第一副组长贺某某安排具体工作。", "邢台市")
    assert {("贺某某", "市长", "邢台市人民政府"), ("贺某某", "第一副组长", "邢台市创建全国文明城市工作领导小组")} <= rows


def test_a_standing_committee_presides_over_its_plenary_session():
    _, ag = _holdings("1月10日，中国共产党城固县第十五届委员会第六次全体会议召开。全会由县委常委会主持。", "城固县")
    assert ("城固县委常委会", "chair") in _roles(ag)
    _, ag = _holdings("1月10日，县委常委会召开会议，县委书记王某某主持。", "城固县")
    assert ("城固县委常委会", "chair") not in _roles(ag)


def test_the_regions_chairman_and_a_tibetan_name_after_a_post():
    rows, ag = _holdings("11月5日上午，自治区安委会召开全区安全防范工作视频会议。自治区党委副书记、自治区主席阿迪力·热合曼出席会议"
                         "并讲话，自治区副主席韩某某主持会议。", "新疆维吾尔自治区")
    assert {("阿迪力·热合曼", "主席", "新疆维吾尔自治区人民政府"), ("韩某某", "副主席", "新疆维吾尔自治区人民政府")} <= rows
    assert ("韩某某", "chair") in _roles(ag)
    rows, ag = _holdings("12月27日，县委召开述职评议会。市委组织部二级调研员次旦罗布到会指导。", "江孜县")
    assert ("次旦罗布", "二级调研员", "日喀则市委组织部") in rows
    assert ("次旦罗布", "attendee") in _roles(ag)


def test_a_post_in_brackets_after_a_name_that_follows_wei():
    """会上为孔丽萍（巍山县人民医院院长）颁发证书: the bracketed post after a name that follows 为."""
    rows, _ = _holdings("8月1日，州卫生健康委召开全州卫生健康工作会议。会上还为孔丽萍（巍山县人民医院院长）、"
                        "段志强（南涧县卫生健康局局长）等10名“最美医生”颁发了证书。", "大理白族自治州")
    assert {("孔丽萍", "院长", "巍山彝族回族自治县人民医院"), ("段志强", "局长", "南涧彝族自治县卫生健康局")} <= rows


def test_the_one_department_is_the_one_that_convenes_when_the_sentence_names_two():
    """省应急管理厅召开…，连线…省水利厅。厅党委书记、厅长A主持: A heads the 厅 that convenes."""
    rows, _ = _holdings("9月5日，省应急管理厅召开全省防御台风视频调度会，连线省气象局、省水利厅，部署防御工作。"
                        "厅党委书记、厅长陈海峰主持会议，厅党委委员、副厅长曾令杰参加会议。", "广东省")
    assert {("陈海峰", "厅长", "广东省应急管理厅"), ("陈海峰", "书记", "广东省应急管理厅党委"),
            ("曾令杰", "副厅长", "广东省应急管理厅")} <= rows


def test_an_adverb_after_a_chain_is_no_name_and_a_citys_rural_work_office():
    """三市镇、伍市镇党委书记分别就…作交流发言: 分别 is no person; 市委常委、市农办主任X: the city's 农办."""
    rows, _ = _holdings("9月1日，县委召开推进会。会上，三市镇、伍市镇党委书记分别就产业发展、人居环境作交流发言。", "平江县")
    assert not [r for r in rows if r[0] in ("分别", "分别就")]
    rows, _ = _holdings("昨天，全市和美乡村建设现场推进会召开。市委常委、市农办主任赵一鸣通报了全市建设进展情况。", "诸暨市")
    assert ("赵一鸣", "主任", "诸暨市农办") in rows


def test_names_without_a_surname_end_where_the_report_they_make_starts():
    """县委书记次仁平措现场述职, …格桑旺姆书面述职: a name of no listed surname ends before 现场, 书面, 述职."""
    ag = build_text("1月5日，市委召开述职评议会。会上，巴宜区委书记刘建斌、工布江达县委书记次仁平措现场述职，波密县委书记格桑旺姆"
                    "书面述职。", Meta(id="t", place="林芝市"))
    held = {(ag.entities[h.person].name, ag.entities[h.organisation].name) for h in ag.facts if isinstance(h, Holding)}
    assert {("次仁平措", "工布江达县委"), ("格桑旺姆", "波密县委")} <= held
    ag = build_text("1月5日，市委召开述职评议会。会上，县委书记作书面述职，市级林长制工作由市林业局负责。", Meta(id="t", place="林芝市"))
    assert not [h for h in ag.facts if isinstance(h, Holding)]


def test_a_dotted_name_after_its_posts_and_the_commander_of_a_headquarters():
    """县委副书记艾尔肯·吐尔逊主持: the name is 艾尔肯·吐尔逊, not the posts before it; 区防汛指挥部指挥A: A's post."""
    ag = build_text("3月5日，县乡村振兴推进会召开。县委副书记艾尔肯·吐尔逊主持会议。区委副书记、区长、区防汛指挥部指挥石文博出席。",
                    Meta(id="t", place="焉耆回族自治县"))
    people = {ag.entities[p.participant].name for p in ag.facts if isinstance(p, Participation)}
    assert "艾尔肯·吐尔逊" in people and not any(n.startswith("县委") for n in people)
    ag = build_text("6月5日，区防汛工作部署会召开。区委副书记、区长、区防汛指挥部指挥石文博主持会议。", Meta(id="t", place="房山区"))
    held = {(ag.entities[h.person].name, h.post, ag.entities[h.organisation].name) for h in ag.facts if isinstance(h, Holding)}
    assert ("石文博", "指挥", "房山区防汛指挥部") in held


def test_a_given_name_with_ben():
    from kg.document import Meta
    from kg.model import Holding
    from kg.pipeline import build_text
    ag = build_text("4月1日，全市会议召开。市人大常委会主任周立本、市政协主席车明出席会议。", Meta(place="酒泉市"))
    holders = {ag.entities[h.person].name for h in ag.facts if isinstance(h, Holding)}
    assert {"周立本", "车明"} <= holders


def test_a_bare_title_before_an_adjective_names_no_one():
    from kg.document import Meta
    from kg.model import Holding
    from kg.pipeline import build_text
    ag = build_text("6月1日，全省防汛视频会议召开。省长李明要求，确保信息畅通、指挥高效。", Meta(place="湖北省"))
    holders = {ag.entities[h.person].name for h in ag.facts if isinstance(h, Holding)}
    assert "高效" not in holders and "李明" in holders
