"""Synthetic meeting reports in the genre, for benchmarks of pages and stores.

    from benchmarks.synthetic import generate
    articles = generate(200, seed=1)          # [(text, meta_dict), ...]

    python -m benchmarks.synthetic 200 /tmp/synthetic --seed 1   # NAME.txt + NAME.meta.json

Each article reports one meeting of a prefecture-level city taken from kg's
gazetteer: the city's Party committee and government convene it, officials
speak, chair and attend, county governments and city departments report or
make statements, policies and measures are set out, and a few figures are
given. Each city has a fixed roster of officials (drawn from the seed and the
city's code), so the same people turn up across articles and the graph of many
articles is connected like a real corpus. The templates and name parts are
written here; no real article is copied.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

__all__ = ["generate", "write", "main"]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤常温康施文牛樊葛邢齐乔庞颜聂章鲁岳殷申耿焦俞柳祝宁尚舒柯梅童凌霍盛翁蓝路辛靳管柴鲍华喻祁房滕屈饶艾尤穆卓吉景党宫冷席卫米柏宗桂全"
GIVEN = "国建志明永海春晓丽红伟军平华庆东新立德文宏光振兴亮斌峰涛杰刚勇毅强超磊敏静燕霞玲萍芳洁卫成林松柏桂梅兰宁安康泽瑞祥福祺远航鹏飞宇欣怡彤雯娟婷慧颖凤云岚雪晨晶琳瑜"
DEPARTMENTS = ("教育局", "财政局", "公安局", "卫生健康委", "生态环境局", "应急管理局", "住房城乡建设局", "交通运输局",
               "农业农村局", "商务局", "工业和信息化局", "人力资源社会保障局", "市场监管局", "发展改革委", "自然资源和规划局",
               "水利局", "民政局", "文化广电和旅游局", "科技局", "司法局")
TOPICS = (("教育", "“双减”政策", ("规范校外培训", "推进集团化办学", "扩大优质学位供给")),
          ("安全生产", "安全生产专项整治三年行动", ("开展隐患排查", "压实企业主体责任", "强化执法检查")),
          ("乡村振兴", "乡村振兴战略", ("发展特色产业", "改善农村人居环境", "巩固脱贫攻坚成果")),
          ("生态环境保护", "蓝天保卫战", ("压减散煤", "治理扬尘", "整治重点行业排放")),
          ("优化营商环境", "营商环境优化提升行动", ("推行一网通办", "压缩审批时限", "清理涉企收费")),
          ("招商引资", "招商引资攻坚行动", ("开展产业链招商", "建立项目专班", "落实重点项目包联")),
          ("防汛抗旱", "防汛抗旱责任制", ("排查险工险段", "备足抢险物资", "落实24小时值班")),
          ("文明城市创建", "全国文明城市创建", ("整治背街小巷", "规范占道经营", "开展志愿服务")),
          ("民生实事", "十项民生工程", ("新建改建学校", "提升社区医疗服务", "改造老旧小区")),
          ("项目建设", "重点项目建设攻坚年活动", ("加快征地拆迁", "保障要素供给", "实行挂图作战")))
MEETING_KINDS = ("工作推进会议", "工作会议", "专题调度会", "动员部署会", "现场推进会")
INDICATORS = (("固定资产投资", "亿元"), ("新增就业", "人"), ("新建学校", "所"), ("整治隐患", "处"),
              ("引进项目", "个"), ("改造老旧小区", "个"))
CITY_POSTS = ("市委书记", "市委副书记、市长", "市委副书记", "市委常委、常务副市长", "市委常委、秘书长",
              "副市长", "副市长", "副市长", "市人大常委会主任", "市政协主席")


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, list[str]]]:
    """Prefecture-level cities (full names ending in 市) with at least three counties."""
    from kg.gazetteer import gazetteer

    gaz = gazetteer()
    children: dict[str, list[str]] = {}
    for d in gaz.by_code.values():
        if d.level == "county" and d.name.endswith("县"):
            children.setdefault(d.parent, []).append(d.name)
    return sorted((d.name, sorted(children[d.code])) for d in gaz.by_code.values()
                  if d.level == "prefecture" and d.name.endswith("市") and len(children.get(d.code, ())) >= 3)


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if name not in used:
            used.add(name)
            return name


def _roster(city: str, counties: list[str], seed: int) -> dict[str, object]:
    """The city's officials: fixed for a city and a seed."""
    rng = random.Random(f"{seed}/{city}")
    used: set[str] = set()
    return {"city": [(post, _name(rng, used)) for post in CITY_POSTS],
            "county_heads": {c: (_name(rng, used), _name(rng, used)) for c in counties},  # 书记, 县长
            "department_heads": {d: _name(rng, used) for d in DEPARTMENTS}}


def _article(i: int, rng: random.Random, seed: int) -> tuple[str, dict[str, str]]:
    city, counties = rng.choice(_cities())
    short = city.removesuffix("市")
    roster = _roster(city, counties, seed)
    officials = roster["city"]  # type: ignore[index]
    topic, policy, measures = rng.choice(TOPICS)
    kind = rng.choice(MEETING_KINDS)
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    speaker_post, speaker = officials[rng.choice((0, 1, 2))]
    chair_post, chair = officials[rng.choice((3, 5, 6, 7))]
    others = rng.sample([o for o in officials if o[1] not in (speaker, chair)], k=rng.randint(2, 4))
    picked = rng.sample(counties, k=min(len(counties), rng.randint(2, 4)))
    depts = rng.sample(DEPARTMENTS, k=rng.randint(2, 4))
    state_county = rng.choice(counties)
    head, magistrate = roster["county_heads"][state_county]  # type: ignore[index]
    dept_head = roster["department_heads"][depts[0]]  # type: ignore[index]
    meeting = f"全市{topic}{kind}"
    indicator, unit = rng.choice(INDICATORS)
    value = rng.randint(12, 980)
    growth = rng.randint(2, 35)
    paras = [
        f"{month}月{day}日,{city}委、市政府召开{meeting}。{speaker_post}{speaker}出席会议并讲话。"
        f"{chair_post}{chair}主持会议。",
        f"会议听取了{'、'.join(c.removesuffix('县') for c in picked)}县政府和市{depts[0]}、市{depts[1]}"
        f"关于{topic}工作的汇报。{state_county}委书记{head}作表态发言。"
        f"市{depts[0]}局长{dept_head}介绍了{policy}落实情况。",
        f"{speaker}指出,今年以来,全市{indicator}{value}{unit},同比增长{growth}%,{topic}工作取得明显成效。"
        f"{speaker}强调,要深入贯彻落实{policy},{'、'.join(measures)},推动{topic}工作再上新台阶。",
        f"会议要求,各县市区政府和市直有关部门要{rng.choice(measures)},确保各项任务落到实处。"
        f"{state_county}人民政府县长{magistrate}参加会议。",
        "市领导" + "、".join(n for _, n in others) + "参加会议。",
    ]
    if rng.random() < 0.3:
        paras.insert(1, f"{short}市委常委会此前审议通过了《{short}市{topic}三年行动计划》。")
    text = "\n\n".join(paras) + "\n"
    meta = {"id": f"synthetic-{i:05d}", "title": f"{city}召开{meeting}", "published": f"{year}-{month:02d}-{day:02d}",
            "place": city, "source": "kg synthetic generator"}
    return text, meta


def generate(n: int, seed: int = 0) -> list[tuple[str, dict[str, str]]]:
    """``n`` synthetic articles and their meta dicts; the same (n, seed) gives the same articles."""
    rng = random.Random(seed)
    return [_article(i, rng, seed) for i in range(n)]


def write(articles: list[tuple[str, dict[str, str]]], folder: Path) -> list[Path]:
    """NAME.txt and NAME.meta.json for each article; return the .txt paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for text, meta in articles:
        path = folder / f"{meta['id']}.txt"
        path.write_text(text, encoding="utf-8")
        (folder / f"{meta['id']}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic meeting reports (NAME.txt + NAME.meta.json). "
                                             "Example: python -m benchmarks.synthetic 200 /tmp/synthetic --seed 1")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("folder", type=Path, help="folder to write them into")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = ap.parse_args(argv)
    paths = write(generate(args.n, args.seed), args.folder)
    print(f"wrote {len(paths)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
