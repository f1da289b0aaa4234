"""Japanese kana read as romaji, to see when a stem prints its romaji answer in kana ("____ (こんにちは)").

The table is Hepburn romanization written for quizgen; katakana is read as the hiragana it mirrors."""
from __future__ import annotations

import re
from functools import lru_cache

_BASIC = """あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi つtsu てte とto
なna にni ぬnu ねne のno はha ひhi ふfu へhe ほho まma みmi むmu めme もmo やya ゆyu よyo らra りri るru れre ろro
わwa ゐi ゑe をo んn がga ぎgi ぐgu げge ごgo ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe
ぼbo ぱpa ぴpi ぷpu ぺpe ぽpo ぁa ぃi ぅu ぇe ぉo ゃya ゅyu ょyo ゎwa ゔvu"""
_KANA = {item[0]: item[1:] for item in _BASIC.split()}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_RUN = re.compile(r"[\u3041-\u309f\u30a1-\u30ff]{2,}")
#: A romaji answer this long or longer is looked for in the kana (two letters match too much by chance).
_SHORTEST = 4


def _hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def romaji(kana: str) -> str:
    """Kana in Hepburn romaji ("こんにちは" -> "konnichiha": は is read as written; `loose` evens out the rest)."""
    out: list[str] = []
    double = False
    for char in _hiragana(kana):
        if char in "っッ":
            double = True
            continue
        if char == "ー":  # a katakana long vowel: the vowel again
            out.append(out[-1][-1] if out else "")
            continue
        if char in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) >= 2:
            stem = out.pop()[:-1]  # き + ゃ: kya; し + ゃ: sha; ち + ゃ: cha; じ + ゃ: ja
            out.append(stem + ("" if stem[-1:] in ("h", "j") else "y") + _SMALL_Y[char])
            continue
        sound = _KANA.get(char, "")
        if double and sound:
            sound = ("t" if sound.startswith("ch") else sound[0]) + sound
        double = False
        out.append(sound)
    return "".join(out)


def loose(romanized: str) -> str:
    """A romaji spelling with the differences of usage taken out: particles written as said (は wa, を o, へ e),
    long vowels written once or twice (ou, oo, ō; uu, ū; ei), n before a labial as m."""
    text = re.sub(r"[^a-z]", "", romanized.lower().translate(str.maketrans("āēīōū", "aeiou")))
    text = text.replace("wa", "ha").replace("wo", "o")
    text = re.sub(r"o[ou]", "o", text)
    text = re.sub(r"uu", "u", text)
    text = re.sub(r"ei", "e", text)
    text = re.sub(r"ii", "i", text)
    text = re.sub(r"aa", "a", text)
    return re.sub(r"m(?=[bmp])", "n", text)


@lru_cache(maxsize=4096)
def spelled_in_kana(answer: str, text: str) -> bool:
    """Whether `text` prints the romaji `answer` in kana: "____ (ごちそうさまでした)" spells "gochisousama"."""
    if not text.isascii() and answer.isascii():
        key = loose(answer)
        if len(key) >= _SHORTEST:
            return any(key in loose(romaji(run)) for run in _RUN.findall(text))
    return False
