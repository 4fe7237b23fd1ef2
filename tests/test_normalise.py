"""Normalising damaged article text: glosses, conversion, widths, layout, corruption."""
from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest

from shared_paths import HENGSHUI, SHARED
from kg.cli import main
from kg.document import Meta
from kg.normalise import normalise, read_article
from kg.normalise.chinese import GLOSS
from kg.normalise.layout import merge_published

CORPUS = SHARED / "corpus"


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def corpus_articles():
    assert CORPUS.is_dir(), f"{CORPUS} is missing: the corpus tests need ../shared beside the repository"
    paths = sorted(CORPUS.glob("*/*.txt"))
    assert len(paths) >= 20
    return paths


# --- glosses and traditional → simplified ---------------------------------------------------

@pytest.mark.parametrize("raw, text", [
    ("會(huì)議(yì)召開", "会议召开"),
    ("會（huì）議召開", "会议召开"),
    ("隨著(zhe)經濟發展", "随着经济发展"),
    ("顯著(zhù)成效", "显著成效"),
    ("隨著經濟發展，著力整合資源", "随着经济发展，着力整合资源"),  # no gloss: 著 is 着 outside zhù words
    ("著名學者的著作", "著名学者的著作"),
    ("乾(gān)旱天氣", "干旱天气"),
    ("乾(qián)坤", "乾坤"),
    ("縣長羅運乾(qián)出席會議", "县长罗运乾出席会议"),
    ("縣長羅運乾出席會議", "县长罗运乾出席会议"),  # name kept without a gloss
    ("市領導羅運乾、周超出席", "市领导罗运乾、周超出席"),
    ("天氣乾燥，江河乾涸。", "天气干燥，江河干涸。"),
    ("結合著實際", "结合着实际"),
    ("保持乾淨整潔", "保持干净整洁"),
    ("瞭(liǎo)解情況", "了解情况"),
    ("幹部隊伍", "干部队伍"),
    ("徵(zhēng)求意見", "征求意见"),
    ("市長(zhǎng)葉浩文", "市长叶浩文"),
    ("市委常委(扩大)会", "市委常委（扩大）会"),  # a parenthesis that is no gloss stays
    ("附件(a)", "附件(a)"),  # no Chinese inside: left as it is
])
def test_normalise_glosses_and_conversion(raw, text):
    assert normalise(raw).text == text


def test_normalise_gloss_offsets_cover_the_gloss():
    raw = "市長(zhǎng)葉浩文出席會(huì)議。"
    doc = normalise(raw)
    i = doc.text.index("叶浩文")
    rs, re_ = doc.raw_span(i, i + 3)
    assert raw[rs:re_] == "葉浩文"
    j = doc.text.index("市长")
    rs, re_ = doc.raw_span(j, j + 2)
    assert raw[rs:re_] == "市長"  # the gloss after the last character is not part of it
    k = doc.text.index("会议")
    assert raw[slice(*doc.raw_span(k, k + 2))] == "會(huì)議"


# --- widths, spaces, punctuation --------------------------------------------------------------

@pytest.mark.parametrize("raw, text", [
    ("11月19日,衡水市召开会议。", "11月19日，衡水市召开会议。"),
    ("工作时间 8:30-17:30,共1,000人参加。", "工作时间 8:30-17:30，共1,000人参加。"),
    ("会议指出:要抓好落实;要加强领导!", "会议指出：要抓好落实；要加强领导！"),
    ("ＡＢＣ１２３％的目标", "ABC123%的目标"),
    ("市委书记\u3000\u3000王某\xa0\xa0出席", "市委书记 王某 出席"),
    ("会议\u200b召开。", "会议召开。"),
    ("  会议召开。  \r\n\r\n  王某主持。 ", "会议召开。\n王某主持。"),
    ("今天下午(12月26日),会议召开。", "今天下午（12月26日），会议召开。"),
    ("**会议强调**,要抓好落实。", "会议强调，要抓好落实。"),
])
def test_normalise_widths_and_spaces(raw, text):
    assert normalise(raw).text == text


# --- layout: furniture, headline, dateline, byline, published --------------------------------

ARTICLE = """欢迎访问某某市人民政府门户网站
某某市召开教育工作推进会议
发布时间：2021-11-19 10:20:33  来源：市教育局  浏览次数：276
二维码 276
11月19日，市委副书记王某出席会议并讲话。
会议现场
会议现场
市委副书记王某出席会议并讲话 (2)
会议要求，要突出需求导向发展职业教育。（记者 李某）
分享到：
打印本页 关闭窗口
老师在线
工作时间
周一至周五 :8:30-17:30
联系方式
咨询热线:13582131626
(编辑:张某)
"""


def test_normalise_layout_drops_furniture_keeps_headline():
    doc = normalise(ARTICLE, Meta(published="2021-11"))
    assert doc.text == ("某某市召开教育工作推进会议\n11月19日，市委副书记王某出席会议并讲话。\n"
                        "会议要求，要突出需求导向发展职业教育。")
    assert doc.meta.title == "某某市召开教育工作推进会议"
    assert doc.meta.published == "2021-11-19"
    assert doc.meta.byline == "记者 李某"
    assert doc.meta.editor == "张某"


def test_normalise_a_footer_naming_the_site_s_sponsor_is_furniture():
    doc = normalise("某某县召开农业工作会议\n3月1日，县委书记王某出席会议。\n"
                    "主办：中共某某县委员会办公室　冀ICP备10000000号-1\n承办单位：某某县融媒体中心\n"
                    "网站标识码1300000000　ICP备案号：冀ICP备10000000号")
    assert doc.text == "某某县召开农业工作会议\n3月1日，县委书记王某出席会议。"


def test_normalise_a_wrapped_sentence_ending_in_a_number_is_text_not_furniture():
    raw = ("7月26日，县委书记王某主持召开县委常委会会议。\n会上，县委巡察办汇报了巡察整改情况，整改完成率由上月的71.2%提高到\n"
           "89.6%。\n县农业农村局汇报了工作。\n123\n1. 加强领导。\n")
    text = normalise(raw, Meta()).text
    assert "整改完成率由上月的71.2%提高到89.6%。\n县农业农村局" in text
    assert "123" not in text  # a lone number is still page furniture
    assert "\n1. 加强领导。" in text  # a numbered item still starts a line of its own


def test_normalise_a_long_line_wrapped_before_its_first_comma_is_joined_but_no_heading():
    raw = ("昨天，市长王某主持召开市政府第38次常务会议。\n会议听取了市医保局关于2024年度城乡居民基本医疗保险集中参保\n"
           "工作情况的汇报。截至2月底，参保率稳定在95%以上。\n坚持问题导向推动生态环境质量持续改善取得新成效\n"
           "会议强调，要全面落实好政策。\n")
    text = normalise(raw, Meta()).text
    assert "集中参保工作情况的汇报。" in text
    assert "取得新成效\n会议强调" in text


def test_normalise_dateline_and_byline_are_metadata():
    raw = "張家界新聞網(wǎng)5月25日訊 (全媒體記者 楊婷) 5月24日,全市重點工作調度會議召開。"
    doc = normalise(raw, Meta(published="2022-05"))
    assert doc.text == "5月24日，全市重点工作调度会议召开。"
    assert doc.meta.dateline == "张家界新闻网5月25日讯"
    assert doc.meta.byline == "全媒体记者 杨婷"
    assert doc.meta.published == "2022-05-25"
    assert raw[slice(*doc.raw_span(0, 5))] == "5月24日"


def test_normalise_source_prefix_is_a_dateline():
    doc = normalise("某某网消息（新闻联播）：全国工作会议19日在京召开。")
    assert doc.text == "全国工作会议19日在京召开。" and doc.meta.dateline.startswith("某某网消息")


def test_normalise_title_kept_from_meta():
    doc = normalise("县委书记某某主持召开县委常委(扩大)会\n1月5日，县委常委会召开。", Meta(title="已有标题"))
    assert doc.meta.title == "已有标题"
    assert doc.text.startswith("县委书记某某主持召开县委常委（扩大）会\n")


@pytest.mark.parametrize("current, found, result", [
    ("", (2021, 1, 6), "2021-01-06"),
    ("2021-01", (2021, 1, 6), "2021-01-06"),
    ("2021", (2021, 1, 6), "2021-01-06"),
    ("2021-02", (2021, 1, 6), "2021-02"),  # inconsistent: the metadata wins
    ("2021-01-05", (2021, 1, 6), "2021-01-05"),  # already precise
    ("2022-05", (None, 5, 25), "2022-05-25"),  # dateline without year
    ("", (None, 5, 25), ""),
    ("2022-05", (None, 13, 1), "2022-05"),
])
def test_merge_published(current, found, result):
    assert merge_published(current, *found) == result


# --- corruption ------------------------------------------------------------------------------

def _warned(doc, needle):
    i = doc.text.index(needle)
    return [w for w in doc.warnings if w.start <= i and i + len(needle) <= w.end]


def test_normalise_corruption_spans_are_clause_wide():
    doc = normalise("2022年底，省、市级层面民办义务教育规??偭恳\ue01e刂圃?%以内。会议强调，要抓好落实。")
    (w,) = doc.warnings
    assert w.code == "corrupted"
    assert doc.text[w.start:w.end] == "市级层面民办义务教育规??偭恳\ue01e刂圃?%以内"
    assert not doc.is_corrupted(0, 4)  # 2022年底 is still readable
    assert not doc.is_corrupted(doc.text.index("会议强调"), len(doc.text))


@pytest.mark.parametrize("raw, needle, code", [
    ("开展好?;?、建筑施工等重点行业整治。", "开展好?;?", "corrupted"),
    ("全市??h企业完成整改。", "全市??h企业完成整改", "corrupted"),
    ("市领导王\ue01e出席会议。", "市领导王\ue01e出席会议", "private-use"),
    ("共有3*所学校参加。", "3*所", "masked-digits"),
    ("投入资金**万元，完成整改。", "**万元", "masked-digits"),
    ("会议\ufffd\ufffd召开。", "会议\ufffd\ufffd召开", "corrupted"),
    ("浼氳\ue185鎸囧嚭锟斤拷会议召开。", "锟斤拷", "corrupted"),
])
def test_normalise_corruption_kinds(raw, needle, code):
    doc = normalise(raw)
    found = _warned(doc, needle)
    assert [w.code for w in found] == [code]
    w = found[0]
    assert w.raw_start < w.raw_end and w.start < w.end


def test_normalise_question_mark_is_not_corruption():
    doc = normalise("怎样办好人民满意的教育?会议给出了回答。")
    assert doc.warnings == [] and "教育？会议" in doc.text


def test_normalise_empty_after_furniture_warns():
    doc = normalise("二维码 276\n分享到：\n")
    assert doc.text == "" and [w.code for w in doc.warnings] == ["empty"]


# --- the corpus ------------------------------------------------------------------------------

PINYIN_LEFT = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


@pytest.mark.parametrize("path", corpus_articles(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_article_is_clean(path):
    raw, meta = read_article(path)
    doc = normalise(raw, meta)
    assert doc.text.strip()
    assert not GLOSS.search(doc.text) and not PINYIN_LEFT.search(doc.text), "a pinyin gloss is left"
    assert _t2s().convert(doc.text) == doc.text, "a traditional character is left"
    assert not re.search(r"[\u3000\xa0\u200b\ufeff]|  ", doc.text)
    assert "二维码" not in doc.text and "老师在线" not in doc.text and "会议现场" not in doc.text
    assert len(doc.origin) == len(doc.text)
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_corpus_hengshui_corrupted_sentence_is_warned():
    raw, meta = read_article(HENGSHUI)
    doc = normalise(raw, meta)
    (w,) = [w for w in doc.warnings if w.code == "corrupted"]
    span = doc.text[w.start:w.end]
    assert span.startswith("市级层面民办义务教育规??") and span.endswith("?%以内")
    assert raw[w.raw_start:w.raw_end].startswith("市級層面民辦義務(wù)教育規(guī)??")
    # no figure can come out of it: every digit, % and 以内 of the target is inside the span
    target = doc.text.index("%以内")
    assert doc.is_corrupted(target, target + 1)
    assert doc.meta.title == "河北一地为民办义务发展教育定调：关停、缩规、转公、转设！"
    assert "10万学子" not in doc.text  # the portal's slogan


def test_corpus_019_corrupted_span_is_warned():
    raw, meta = read_article(CORPUS / "dev" / "019.txt")
    doc = normalise(raw, meta)
    assert [(w.code, doc.text[w.start:w.end], raw[w.raw_start:w.raw_end]) for w in doc.warnings] == [
        ("corrupted", "开展好?;?", "開展好?;?")]
    assert "建筑施工" in doc.text and not doc.is_corrupted(doc.text.index("建筑施工"), doc.text.index("建筑施工") + 4)


def test_corpus_031_captions_dropped_byline_found():
    raw, meta = read_article(CORPUS / "dev" / "031.txt")
    doc = normalise(raw, meta)
    assert "(2)" not in doc.text and "（2）" not in doc.text
    assert doc.text.count("市政府副市长刘岚出席会议并讲话") == 1
    assert doc.text.endswith("相关负责人参加会议。") and doc.meta.byline == "张玲"


@pytest.mark.parametrize("name, raw_name", [("缪生惺", "繆生惺"), ("叶浩文", "葉浩文"), ("蓝进和", "藍(lán)進(jìn)和")])
def test_corpus_raw_offsets_find_names(name, raw_name):
    raw, meta = read_article(CORPUS / "dev" / "016.txt")
    doc = normalise(raw, meta)
    for m in re.finditer(name, doc.text):
        rs, re_ = doc.raw_span(m.start(), m.end())
        assert raw[rs:re_] == raw_name


def test_cli_normalise_prints_text_meta_and_warnings(capsys):
    assert main(["normalise", str(HENGSHUI)]) == 0
    out = capsys.readouterr().out
    text, _, rest = out.partition("\n\nmeta: ")
    assert text.startswith("河北一地为民办义务发展教育定调") and "會" not in text
    meta = json.loads(rest.splitlines()[0])
    assert meta["title"].startswith("河北一地")
    assert "warnings: 1" in rest and "corrupted at" in rest


def test_cli_normalise_json(capsys):
    assert main(["normalise", str(CORPUS / "dev" / "019.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meta"]["id"] == "019"
    (w,) = data["warnings"]
    assert w["code"] == "corrupted" and w["text"] == "开展好?;?"
    assert data["text"][w["start"]:w["end"]] == w["text"]


@pytest.mark.parametrize("article", ["dev/016.txt", "dev/022.txt", "seed/hengshui-2021-11-19-education.txt"])
def test_mentions_raw_offsets_find_the_raw_text(tmp_path, article):
    """Each mention's raw_start/raw_end in mentions.jsonl is the raw text it was read
    from: normalising that raw slice gives the mention's characters back."""
    path = CORPUS / article
    out = tmp_path / "out"
    assert main(["build", str(path), "--out", str(out), "--quiet"]) == 0
    raw, _ = read_article(path)
    records = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records
    for r in records:
        piece = raw[r["raw_start"]:r["raw_end"]]
        assert piece, r
        assert normalise(piece).text.replace("（", "(").replace("）", ")") == r["text"].replace("（", "(").replace("）", ")")


def test_a_line_wrapped_inside_a_sentence_is_joined_but_headlines_and_items_are_not():
    raw = ("全市防汛工作会议召开\n"
           "6月1日上午，全市防汛工作会议召开。市委副书记、市长王建国出席会议并\n"
           "讲话。会议要求，各地要抓好隐患排查，对重点部位开展拉网式\n"
           "排查。\n"
           "一、压实责任\n"
           "会上，市水利局、市应急管理局作了发言\n"
           "二、强化保障")
    doc = normalise(raw)
    lines = doc.text.split("\n")
    assert lines[0] == "全市防汛工作会议召开"  # a headline keeps its own line
    assert "出席会议并讲话。" in lines[1] and "拉网式排查。" in lines[1]
    assert lines[2:] == ["一、压实责任", "会上，市水利局、市应急管理局作了发言", "二、强化保障"]
    # offsets still lead back to the raw text
    i = doc.text.index("讲话")
    s, e = doc.raw_span(i, i + 2)
    assert raw[s:e] == "讲话"


def test_normalise_html_character_references_and_a_breadcrumb():
    raw = ("首页 > 新闻中心 > 本地要闻\n某某县召开农业工作会议\n&nbsp;&nbsp;3月1日，县委书记王某出席会议&amp;讲话，"
           "强调&ldquo;稳粮保供&rdquo;。")
    doc = normalise(raw)
    assert doc.text == "某某县召开农业工作会议\n3月1日，县委书记王某出席会议&讲话，强调“稳粮保供”。"
    i = doc.text.index("“")
    assert raw[doc.origin[i]:doc.origin_end[i]] == "&ldquo;"  # the offset map spans the reference


def test_normalise_a_number_wrapped_before_its_decimal_point_is_joined():
    doc = normalise("某市召开会议\n据通报，一季度全市地区生产总值同比增长6.3%；规模以上工业增加值增长8\n.1%，固定资产投资增长5.6%。")
    assert "工业增加值增长8.1%，" in doc.text


def test_normalise_a_long_footer_after_the_text_is_furniture():
    doc = normalise("某县召开会议\n3月1日，县委书记王某出席会议。\n主办：某某县人民政府办公室　承办：某某县大数据发展中心　"
                    "浙ICP备10000000号　浙公网安备33000000000000号")
    assert doc.text == "某县召开会议\n3月1日，县委书记王某出席会议。"


def test_a_line_wrapped_before_a_per_cent_sign_or_a_list_comma_is_joined():
    doc = normalise("某市召开会议\n会议指出，全年地区生产总值力争增长6.5\n%以上。去年全市未发生较大以上事故。市应急管理局\n"
                    "、市消防救援支队分别通报了有关情况。")
    assert "增长6.5%以上。" in doc.text
    assert "市应急管理局、市消防救援支队分别通报" in doc.text


def test_a_gloss_the_scraper_wrapped_across_lines_goes_with_its_break():
    doc = normalise("3月7日，全市醫共體(yī gòng \ntǐ)建設推進會召開。", Meta())
    assert doc.text == "3月7日，全市医共体建设推进会召开。"


def test_lines_wrapped_inside_a_name_are_joined_but_a_caption_and_related_links_are_dropped():
    raw = ("3月2日，全市农业工作会议召开。市委书记郑海出席会议并讲话。\n"
           "会上，市纪委书记马晓\n梅通报了典型案例。\n"
           "市农业农村局汇报情况\n"
           "会议决定，对清水\n镇、太平乡等成效明显的乡镇予以通报表扬。\n"
           "市领导刘\n建国、吴敏参加会议。\n"
           "相关新闻：\n· 某县扎实推进农村人居环境整治\n")
    text = normalise(raw, Meta()).text
    assert "市纪委书记马晓梅通报了典型案例。" in text
    assert "对清水镇、太平乡" in text
    assert "市领导刘建国、吴敏参加会议。" in text
    assert "汇报情况" not in text  # a photo's caption between paragraphs
    assert "人居环境整治" not in text  # a list of links after the text


def test_a_heading_and_a_short_line_that_ends_its_sentence_are_not_joined():
    raw = "全市农业工作会议召开\n3月2日，会议召开。\n会上，市长讲话。\n会议要求，各地要抓好落实。\n"
    text = normalise(raw, Meta()).text
    assert text.split("\n") == ["全市农业工作会议召开", "3月2日，会议召开。", "会上，市长讲话。", "会议要求，各地要抓好落实。"]


def test_a_name_wrapped_at_the_start_of_its_paragraph_is_joined():
    raw = "3月2日，全市农业工作会议召开。市长郑海出席会议并讲话。\n邝玉\n明要求，各部门要加强值班值守。\n"
    assert "邝玉明要求，各部门要加强值班值守。" in normalise(raw, Meta()).text


def test_a_mirror_s_disclaimer_and_its_address_line_are_furniture():
    raw = ("江南资讯在线 - 镜像站 | 本页面自动抓取自互联网，如有侵权请联系删除\n"
           "m.example.cn › news › 2024-01-17 › 6187.html\n"
           "全省文化和旅游工作会议在南京召开\n昨天，全省文化和旅游工作会议在南京召开。副省长顾明出席会议并讲话。\n")
    lines = normalise(raw, Meta()).text.split("\n")
    assert lines[0] == "全省文化和旅游工作会议在南京召开"
    assert not any("侵权" in line or "example" in line for line in lines)


def test_a_sentence_s_opening_wrapped_inside_a_name_is_joined():
    raw = "4月9日，省政府召开常务会议。\n会议听取了省卫生健\n康委关于医疗卫生次中心建设情况的汇报。\n"
    assert "会议听取了省卫生健康委关于" in normalise(raw, Meta()).text


def test_a_count_of_readers_who_scanned_a_code_is_furniture():
    raw = "3月1日，全县森林防火会议召开。县长王强出席会议并讲话。\n扫一扫 分享到微信\n已有2318人扫码\n"
    assert "扫码" not in normalise(raw, Meta()).text
