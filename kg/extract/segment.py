"""Word segmentation and part-of-speech tags (jieba, offline), loaded once and quiet."""
from __future__ import annotations

from functools import lru_cache

__all__ = ["pos_tags", "word_tag"]


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.CRITICAL)  # no "Building prefix dict" chatter on stderr
    tagger = pseg.dt  # the module's own tagger over jieba.dt: a second one would read the tag table again
    tagger.word_tag_tab.update(RETAG)
    for word in GENRE_NOUNS:  # 13个国考断面: the dictionary would read 个国 | 考 | 断面
        jieba.add_word(word, freq=20000, tag="n")
        tagger.word_tag_tab[word] = "n"
    return tagger


# nouns of the genre the dictionary lacks, whose parts it would join to the words around them
GENRE_NOUNS = ("国考断面", "省考断面", "国控断面", "省控断面", "市控断面")


# nouns the dictionary tags otherwise, which the genre uses as what a figure measures (播种进度)
RETAG = {"进度": "n"}


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``text``; person names are tagged nr…, places ns."""
    return tuple((w.word, w.flag) for w in _tokenizer().cut(text))


def word_tag(word: str) -> str:
    """The part of speech jieba's dictionary gives ``word`` ("" when it is no word of the dictionary)."""
    return _tokenizer().word_tag_tab.get(word, "")
