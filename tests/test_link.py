"""Linking people across the articles of a store: what is merged, what is kept apart, and why."""
from __future__ import annotations

from kg.document import Meta
from kg.ids import article_iri, entity_iri
from kg.link import Member, decide, links_graph
from kg.model import ArticleGraph, Evidence, Meeting, Participation, Person
from kg.normalise import normalise
from kg.store import open_store
from kg.store.convert import article_triples, ntriples

KG = "https://w3id.org/kg-cn/ontology#"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def person(code: str, name: str = "张建国") -> Member:
    return Member(str(entity_iri(f"person:{name}@{code}")), code)


def test_nested_places_merge_into_the_most_general_one():
    city, county = person("131100"), person("131182")  # 衡水市, 深州市 inside it
    [d] = decide("张建国", [county, city])
    assert d.outcome == "merged" and d.same_as == [(county.iri, city.iri)]
    assert "深州市" in d.reason and "衡水市" in d.reason


def test_conflicting_places_stay_two_people():
    hengshui, shijiazhuang = person("131100"), person("130100")
    [d] = decide("张建国", [hengshui, shijiazhuang])
    assert d.outcome == "kept-apart" and not d.same_as
    assert set(d.entities) == {hengshui.iri, shijiazhuang.iri}


def test_a_person_without_a_place_joins_the_only_placed_one_and_not_two():
    nowhere, hengshui, other = person("cn"), person("131100"), person("130100")
    [d] = decide("张建国", [nowhere, hengshui])
    assert d.outcome == "merged" and d.same_as == [(nowhere.iri, hengshui.iri)]
    decisions = decide("张建国", [nowhere, hengshui, other])
    assert not any(d.same_as for d in decisions)
    assert any(d.outcome == "kept-apart" and nowhere.iri in d.entities for d in decisions)


def test_a_city_above_two_conflicting_counties_is_not_guessed():
    city, a, b = person("131100"), person("131182"), person("131121")  # 深州市 and 枣强县 in 衡水市
    decisions = decide("张建国", [city, a, b])
    assert not any(city.iri in pair for d in decisions for pair in d.same_as)
    assert any(d.outcome == "kept-apart" and d.entities[0] == city.iri for d in decisions)


def _article(text: str, code: str, name: str = "张建国") -> ArticleGraph:
    doc = normalise(text, Meta(id=f"art-{code}"))
    ag = ArticleGraph(doc=doc)
    ev = Evidence(0, len(doc.text), doc.text)
    p = ag.add(Person(name, code), ev)
    m = ag.add(Meeting("全市教育工作会议", "2021-11-19", code or "", doc.digest), ev)
    ag.state(Participation(m, p, "speaker", ev))
    return ag


def _put(store, ag: ArticleGraph) -> str:  # type: ignore[no-untyped-def]
    iri = str(article_iri(ag.doc.digest))
    store.add_article(iri, ntriples(article_triples(ag)), f"/in/{ag.doc.meta.id}.txt", ["张建国"])
    return iri


def test_decisions_are_stored_with_their_reason_and_follow_the_articles(tmp_path):
    county = _article("深州市召开教育工作会议。张建国讲话。", "131182")
    city = _article("衡水市召开教育工作会议。张建国讲话。", "131100")
    with open_store(tmp_path / "s.kg", write=True, create=True) as st:
        _put(st, county)
        st.relink()
        county_only = sorted(str(q) for q in st.ox)
        city_iri = _put(st, city)
        st.relink()
        rows = list(st.query(f"SELECT ?a ?b ?why WHERE {{ ?a <{SAME_AS}> ?b . ?d a <{KG}LinkDecision> ; "
                             f"<{KG}outcome> <{KG}Merged> ; <{KG}reason> ?why ; <{KG}linkedEntity> ?a, ?b }}"))
        assert [(r["a"].value, r["b"].value) for r in rows] == [
            (str(entity_iri("person:张建国@131182")), str(entity_iri("person:张建国@131100")))]
        assert "lies within" in rows[0]["why"].value
        # one node with both meetings, through the link
        meetings = {r["m"].value for r in st.query(
            f"SELECT DISTINCT ?m WHERE {{ ?x <{SAME_AS}>? <{entity_iri('person:张建国@131100')}> . "
            f"?f <{KG}participant> ?x ; <{KG}meeting> ?m }}")}
        assert len(meetings) == 2
        assert st.has_graph(links_graph("张建国"))
        st.drop_graphs([city_iri])
        st.relink()
        assert not st.has_graph(links_graph("张建国"))
        assert sorted(str(q) for q in st.ox) == county_only
