"""Chinese and Japanese: scripts written without spaces between words.

Parallax finds words as runs of letters between spaces; a Chinese sentence is
one such run, and two reports of one event would share no "word" at all.  So a
character of these scripts is a word of its own for the word diff, and each
pair of neighbouring characters is a term for the aligner: with no dictionary
to find word boundaries, overlapping character pairs are the usual stand-in in
retrieval ("暴雨" storm, "广东" Guangdong), and most Chinese words are two
characters long.  Korean puts spaces between words and needs none of this.
"""

from __future__ import annotations

from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

# The iteration marks 々〆〇, hiragana, katakana (not the middle dot ・ that separates words), CJK
# ideographs (extension A and the basic block) and compatibility ideographs.
CJK_RANGES = "\u3005-\u3007\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = rx.compile(f"[{CJK_RANGES}]")
# Sentence ends: ideographic full stop, full-width ! and ?, the half-width full stop.
FULL_STOPS = "。！？｡"
# In text with Chinese or Japanese: a run of their characters, or a word of any other script.
CJK_RUN_OR_WORD = rx.compile(rf"([{CJK_RANGES}]+)|([^\W_{CJK_RANGES}]+(?:['’][^\W_{CJK_RANGES}]+)*)")


def has_cjk(text: str) -> bool:
    # Asked of every line and sentence: most are ASCII, and most others (curly quotes, accents)
    # hold no character as far up as U+3005, which max() tells at C speed without a regex scan.
    return not text.isascii() and max(text) >= "\u3005" and CJK_CHAR.search(text) is not None


def char_pairs(run: str) -> list[str]:
    """Overlapping pairs of a run of CJK characters ("广东省" -> "广东", "东省"); a lone character is itself."""
    if len(run) < 2:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def cjk_extra_words(text: str) -> int:
    """How many more words ``char_pairs`` makes of the text's CJK runs than the words they hold,
    taken as two characters each (the rounded average): rules that count words ("a headline has
    at most 20") then read a Chinese line as they read its English translation."""
    extra = 0
    for run, _ in CJK_RUN_OR_WORD.findall(text):
        if run:
            extra += len(char_pairs(run)) - (len(run) + 1) // 2
    return extra


# Every pattern above is compiled: keep them for the next start.
rx.save()
