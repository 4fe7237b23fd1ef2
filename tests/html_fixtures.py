"""Graphs for the page tests: a hostile article, built by hand in the genre."""
from __future__ import annotations

from kg.document import Meta
from kg.model import ArticleGraph, Evidence, Holding, Meeting, Organisation, Participation, Person, Report
from kg.normalise import normalise

# Injected code marks the page; a test reads the marks back.
MARK = "document.documentElement.setAttribute('data-pwned','{}')"
SCRIPT = f"</script><script>{MARK.format('script')}</script>"
HANDLER = f'<img src=x onerror="{MARK.format("onerror")}">'
STYLE_ESCAPE = "</style><svg onload=\"" + MARK.format("svg") + "\"></svg>"
HOSTILE_NAME = f"张三{SCRIPT}"
HOSTILE_ORG = f"某市{HANDLER}局"
HOSTILE_MEETING = f"全市{STYLE_ESCAPE}工作会议"
HOSTILE_TEXT = (f"11月19日,某市委、市政府召开全市安全生产工作会议。市委副书记李明出席会议并讲话。{SCRIPT}\n\n"
                f"副市长王芳主持会议。{HANDLER}市应急管理局作汇报。<b onmouseover=alert(1)>会议强调</b>。\n")
PROBE = ("({pwned: document.documentElement.getAttribute('data-pwned'), "
         "detail: (document.getElementById('kg-detail') || {}).textContent || '', "
         "body: document.body.textContent})")


def hostile_graph():  # type: ignore[no-untyped-def]
    """An article whose text, meta and entity names carry script, handlers and markup; as RDF.

    The entities are put in by hand (not by the extractors) so that every kind of field is hostile."""
    from kg.html.model import short_id
    from kg.ids import entity_iri
    from kg.rdf import to_rdf

    meta = Meta(id=f"evil-{HANDLER}", title=f"</title>{SCRIPT}", source=HANDLER)
    ag = ArticleGraph(normalise(HOSTILE_TEXT, meta))
    ev = Evidence(0, len(HOSTILE_TEXT.splitlines()[0]), HOSTILE_TEXT.splitlines()[0])
    ev2 = Evidence(0, 10, f"{HANDLER}{SCRIPT}")
    person = ag.add(Person(HOSTILE_NAME), ev)
    org = ag.add(Organisation(HOSTILE_ORG, kind="GovernmentDepartment"), ev2)
    meeting = ag.add(Meeting(HOSTILE_MEETING, date="2021-11-19"), ev)
    ag.state(Participation(meeting, person, "speaker", ev2))
    ag.state(Participation(meeting, org, "reporter", ev))
    ag.state(Report(meeting, org, f"{SCRIPT}工作", "report", ev2))
    ag.state(Holding(person, f"副市长{HANDLER}", org, ev2))
    return to_rdf(ag), short_id(entity_iri(person)), short_id(entity_iri(meeting))  # the pages' node keys
