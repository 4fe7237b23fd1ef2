"""Two short articles in the genre, written for the export and API tests, and their graph."""
from __future__ import annotations

from functools import lru_cache

EDUCATION = ("2021年11月19日，衡水市召开教育工作会议。市委副书记李国勇出席会议并讲话。"
             "副市长崔海霞主持会议。深州市政府汇报职业教育工作情况。会议要求，规范民办义务教育发展。")
# the second one has a garbled clause, so its graph carries a reading warning (a blank node)
SAFETY = ("2022年3月2日，沧州市召开安全生产工作会议。市委书记王明出席会议并讲话。"
          "副市长张华主持会议。会议指出，全市生产规??偭恳\ue01e刂圃?%以内。")
META = {"education": {"id": "education", "title": "衡水市召开教育工作会议", "published": "2021-11-19",
                      "place": "衡水市"},
        "safety": {"id": "safety", "title": "沧州市召开安全生产工作会议", "published": "2022-03-02",
                   "place": "沧州市"}}


@lru_cache(maxsize=1)
def two_articles():  # type: ignore[no-untyped-def]
    """The KnowledgeGraph of both articles (built once; do not change it)."""
    from kg.api import KnowledgeGraph
    from kg.document import Meta
    from kg.pipeline import build_text

    return KnowledgeGraph.from_articles([build_text(EDUCATION, Meta(**META["education"])),
                                         build_text(SAFETY, Meta(**META["safety"]))])
