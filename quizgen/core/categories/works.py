"""Works and their makers: who made a listed work, a maker's group, a work's year."""

from __future__ import annotations

from functools import lru_cache

from quizgen.core.lexicon import group_of
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.core.categories.catalogue import all_lists, name_key


#: The makers of the lists' works (written for quizgen from common knowledge; the surname a stem writes, normalized):
#: a stem that names the maker and nothing else of the work ("Sophocles wrote ____") takes no other work of theirs,
#: which would be true too (`same_maker`).
_WORK_MAKERS = {title.strip(): maker.strip() for title, maker in (item.rsplit(":", 1) for item in """
    Pride and Prejudice: austen; Sense and Sensibility: austen; Emma: austen; Jane Eyre: bronte;
    Wuthering Heights: bronte; Great Expectations: dickens; Oliver Twist: dickens; A Tale of Two Cities: dickens;
    David Copperfield: dickens; War and Peace: tolstoy; Anna Karenina: tolstoy; Crime and Punishment: dostoevsky;
    The Brothers Karamazov: dostoevsky; Les Misérables: hugo; Madame Bovary: flaubert; Moby-Dick: melville;
    Frankenstein: shelley; Dracula: stoker; Middlemarch: eliot; Nineteen Eighty-Four: orwell; Animal Farm: orwell;
    Brave New World: huxley; The Great Gatsby: fitzgerald; To Kill a Mockingbird: lee; Of Mice and Men: steinbeck;
    The Grapes of Wrath: steinbeck; The Catcher in the Rye: salinger; Lord of the Flies: golding;
    Don Quixote: cervantes; Robinson Crusoe: defoe; Gulliver's Travels: swift; The Count of Monte Cristo: dumas;
    One Hundred Years of Solitude: marquez; Things Fall Apart: achebe; Ulysses: joyce; Mrs Dalloway: woolf;
    The Hobbit: tolkien; The Lord of the Rings: tolkien; Beloved: morrison; Catch-22: heller;
    Treasure Island: stevenson; Little Women: alcott; The Picture of Dorian Gray: wilde; Heart of Darkness: conrad;
    Hamlet: shakespeare; Macbeth: shakespeare; Othello: shakespeare; King Lear: shakespeare;
    Romeo and Juliet: shakespeare; A Midsummer Night's Dream: shakespeare; The Tempest: shakespeare;
    Julius Caesar: shakespeare; Twelfth Night: shakespeare; The Merchant of Venice: shakespeare;
    Much Ado About Nothing: shakespeare; Richard III: shakespeare; Death of a Salesman: miller; The Crucible: miller;
    A Doll's House: ibsen; The Importance of Being Earnest: wilde; Waiting for Godot: beckett; Pygmalion: shaw;
    Oedipus Rex: sophocles; Antigone: sophocles; The Cherry Orchard: chekhov; A Streetcar Named Desire: williams;
    Doctor Faustus: marlowe; An Inspector Calls: priestley; The Raven: poe; The Waste Land: eliot;
    Paradise Lost: milton; The Iliad: homer; The Odyssey: homer; The Divine Comedy: dante; Ozymandias: shelley;
    The Road Not Taken: frost; Kubla Khan: coleridge; The Rime of the Ancient Mariner: coleridge;
    Daffodils: wordsworth; If—: kipling; The Canterbury Tales: chaucer; Mona Lisa: leonardo;
    The Last Supper: leonardo; The Starry Night: van gogh; Sunflowers: van gogh; The Scream: munch;
    Guernica: picasso; The Birth of Venus: botticelli; Girl with a Pearl Earring: vermeer; The Night Watch: rembrandt;
    The Persistence of Memory: dali; Water Lilies: monet; The Kiss: klimt; Las Meninas: velazquez;
    The Garden of Earthly Delights: bosch; The Creation of Adam: michelangelo; American Gothic: wood;
    The Hay Wain: constable; Impression, Sunrise: monet; The Arnolfini Portrait: van eyck; The Magic Flute: mozart;
    The Marriage of Figaro: mozart; Don Giovanni: mozart; Carmen: bizet; La Traviata: verdi; Aida: verdi;
    Rigoletto: verdi; Madama Butterfly: puccini; La Bohème: puccini; Tosca: puccini; The Barber of Seville: rossini;
    Fidelio: beethoven; Tristan and Isolde: wagner; Turandot: puccini; Nabucco: verdi; Orfeo: monteverdi""".split(";"))}


#: What a stem that names only a work's maker may say besides ("Sophocles wrote ____", "a play by Ibsen").
_MAKER_WORDS = frozenset("""a an the by of his her their s wrote written writes write painted paints composed composes
    created creates made famous best known work works play plays novel novels poem poems painting paintings opera operas
    tragedy tragedies comedy comedies book books epic""".split())


@lru_cache(maxsize=1)
def _work_makers() -> dict[str, str]:
    return {normalize(title): normalize(maker) for title, maker in _WORK_MAKERS.items()}


@lru_cache(maxsize=65536)
def same_maker(key: str, name: str, stem: str) -> bool:
    """Whether the normalized stem names the key's maker and says nothing else of the work ("sophocles wrote qqq"),
    and the listed work `name` is the same maker's: true too (Antigone for "Sophocles wrote ____", judged P)."""
    makers = _work_makers()
    maker = makers.get(normalize(key))
    if maker is None or makers.get(normalize(name)) != maker or f" {maker} " not in f" {stem} ":
        return False
    rest = f" {stem} ".replace(f" {maker} ", " ").split()
    return all(word in _MAKER_WORDS or word == "qqq" for word in rest)


#: People lists of one kind of work (a writer writes books, a composer compositions).
_MAKERS = ("writers", "composers", "painters", "scientists", "philosophers", "explorers", "astronauts")


@lru_cache(maxsize=1)
def _maker_groups() -> dict[str, str]:
    """A listed person's full name and surname (normalized) -> the group of their list's kind
    ("tchaikovsky" -> "musician"); a surname two lists share is left out."""
    found: dict[str, set[str]] = {}
    by_name = all_lists()[0]
    for name in _MAKERS:
        group = group_of(by_name[name].kind) or by_name[name].kind
        for member in by_name[name].members:
            key = normalize(member.name)
            for word in {key, key.split()[-1]}:
                found.setdefault(word, set()).add(group)
    return {word: groups.pop() for word, groups in found.items() if len(groups) == 1}


def maker_group(name: str) -> str | None:
    """The group of what a named person makes, when quizgen's lists know them by this name or
    surname ("George Orwell", "Tchaikovsky")."""
    return _maker_groups().get(name_key(name))


@lru_cache(maxsize=1)
def _work_years() -> dict[str, float]:
    return {normalize(m.name): m.era for c in all_lists()[0].values() if c.type is AnswerType.TITLE
            for m in c.members if m.era is not None}


def work_year(name: str) -> float | None:
    """The year the lists give a work (a novel, a play, a poem, a painting, an opera), if any."""
    return _work_years().get(normalize(name))
