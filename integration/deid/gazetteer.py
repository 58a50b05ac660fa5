"""Person names from census name lists, where no role, title or label says a person follows.

Context rules catch "Dr. Gray" and "daughter Ann"; a bare "Frances Gray was updated" or a roster line
"Gray, Frances" has no such cue, and the small English NER misses many of them. Philter and the i2b2
systems close that gap with name lists; so do we, with the U.S. Census Bureau's 1990 lists as packaged
by ``names`` (MIT, public-domain data: 5,494 given names and 88,799 surnames, read from site-packages,
nothing downloaded).

Only *pairs* are taken, because a single list word is too often an ordinary one (Will, May, Hope,
Rose, Bell, Young): a capitalised given name followed by a capitalised surname ("Frances Gray",
"Frances M. Gray", "FRANCES GRAY"), or a surname, a comma and a given name ("Gray, Frances"). A word
from the allow-list of drug and lab terms, or one of a short list of clinical and everyday words that
happen to be census names, never counts.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.results import recognizer_result, word_set

__all__ = ["CensusNameRecognizer", "GivenNameRecognizer", "census_names", "census_names_raw"]


# Census entries that are, in clinical notes, far more often a word than a name: they end a pair
# ("Grace Hospital", "Will Sign") or start one ("Long Term", "Rich Text").
_NOT_NAMES: Final[frozenset[str]] = word_set(
    """
    ACUTE ADMISSION ADULT ALERT ALL AND ARM ART BABY BACK BED BELL BEST BILL BLACK BLOOD BLUE BONE
    BOTTOM BRAIN BREAST BRIDGE CALL CAN CARE CASE CHANCE CHART CHEST CHIEF CHRONIC CLEAR CLINIC
    COLD CORN COST COURT CROSS DAY DIET DOCTOR DOSE DOWN DRAIN DRY EAR EARLY EAST EVEN EYE FALL
    FALLS FAMILY FAST FEVER FIELD FINE FIRST FLOOR FLOW FOOT FREE FRONT FULL GAIN GAS GOOD GOWN
    GRADE GREEN HALL HARD HEAD HEART HIGH HILL HOLD HOME HOPE HOUSE HUNT IRON KEY LAB LANE
    LARGE LAW LEFT LEG LESS LIGHT LINE LITTLE LONG LOW MAIN MAJOR MAN MARK MASS MAY MEAL MEDICAL MIDDLE
    MILD MILES MILL MILLS MINOR MOBILE MORE MOST NEAR NEW NEWS NIGHT NORTH NURSE NEWBORN OAK OLD OPEN
    ORAL PAGE PAIN PALM PARK PATIENT PEAK PLAN POOR POST PRICE RAPID READ REST RICH RIGHT RING
    RIVER ROAD ROOM ROSE ROUND ROW SALE SALT SCALE SHORT SIGN SIGNS SINGLE SKIN SLEEP SMALL SOUTH SPRING
    STAGE STAR STATE STEEL STILL STONE STOOL STREET STRONG SUGAR SUMMER SWEET TEST TOWN TRUE TUBE UNIT
    VEIN WALK WALL WARD WARM WATER WAY WEEK WELL WEST WILL WINTER WOOD WOODS LIVER HEALTH
    SERVICE CENTER CENTRE GENERAL MEMORIAL SAINT ST DR MR MRS MS PROF HOSPITAL SCHOOL COLLEGE UNIVERSITY
    INSURANCE COMPANY POLICE COUNTY CITY DISTRICT COUNCIL CHURCH FUNERAL NURSING DEPARTMENT DIVISION
    """
)


_WORD: Final = r"(?:[OD][’'])?\p{Lu}(?:\p{Ll}[\p{Ll}’'\-]*|\p{Lu}[\p{Lu}’'\-]*)(?:-\p{Lu}\p{Ll}+)?"
# Given [initial] Surname, on one line; or Surname, Given.
_PAIR: Final = regex.compile(
    r"(?<![\p{L}\d’'\-])(?P<a>" + _WORD + r")(?P<sep>[ \t]+(?:\p{Lu}\.?[ \t]+)?|,[ \t]*)(?P<b>" + _WORD + r")"
    r"(?![\p{L}\d’'])",
    regex.VERSION1,
)


def census_key(word: str) -> str:
    """``word`` as the census writes names: upper case, no accents ("GARCIA" for García, "PENA" for Peña)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper().replace("’", "'")


@functools.cache
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), upper-case, from the ``names`` package's census files."""
    given, surnames = census_names_raw()
    return given - _NOT_NAMES, surnames - _NOT_NAMES


@functools.cache
def census_names_raw() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) as the census lists them, everyday words included ("HILL", "YOUNG")."""
    root = resources.files("names")

    def read(name: str) -> frozenset[str]:
        lines = root.joinpath(name).read_text(encoding="ascii").splitlines()
        return frozenset(line.split()[0] for line in lines if line.strip())

    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


class CensusNameRecognizer(LocalRecognizer):
    """Given-name + surname pairs (and "Surname, Given") from the census lists."""

    ENTITY: Final = "PERSON"

    def __init__(self, *, allow: frozenset[str] = frozenset(), supported_language: str = "en") -> None:
        # ``allow`` is the drug/lab allow-list (case-folded): "Ativan Rose" is not a person.
        self._allow = allow
        super().__init__(
            supported_entities=[self.ENTITY],
            name="CensusNameRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        census_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        given, surnames = census_names()
        results: list[RecognizerResult] = []
        position = 0
        while match := _PAIR.search(text, position):
            first, second = match.group("a"), match.group("b")
            # "Gray, Frances": surname first; otherwise given name first.
            if match.group("sep").startswith(","):
                a_list, b_list = surnames, given
            else:
                a_list, b_list = given, surnames
            if self._is(first, a_list) and self._is(second, b_list):
                results.append(recognizer_result(self, "PERSON", match.start(), match.end(), 0.5))
                position = match.end()
            else:
                # The second word may start the next pair ("saw Frances Gray": "saw Frances" fails).
                position = match.start("b")
        return results

    def _is(self, word: str, names: frozenset[str]) -> bool:
        if word.casefold() in self._allow:
            return False
        key = word.upper().replace("’", "'")
        # "O'Connor" and "Smith-Jones": either spelling or each part.
        if key in names or key.replace("'", "") in names:
            return True
        parts = key.split("-")
        return len(parts) > 1 and all(part in names for part in parts)


# Given names that are also everyday or clinical English words: alone, they are read as words.
_WORD_NAMES: Final[frozenset[str]] = word_set(
    """
    ANGEL APRIL AUGUST AUTUMN AMBER BLAIR BROOK BUCK BUD BUDDY BUNNY CANDY CHARITY CHASE CHERRY
    CHINA CHRISTIAN CLAY CLIFF COLE CORAL CRYSTAL DAISY DALE DAWN DELTA DESIRE DESTINY DIAMOND DICK
    DOT DREW EASTER ECHO EDEN ELSE EMERALD ERA EVE FAITH FAIRY FAWN FAY FERN FLORIDA FOREST FRANK
    FREEMAN GAY GENE GENESIS GERMAN GINGER GLEN GLORY GOLDEN GRACE GRANT GUY HARMONY HAZEL HEATH
    HOLLY HONEY HUNTER INDIA IRIS IRISH IVORY IVY JACK JADE JAN JANUARY JEWEL JOY JUNE JUNIOR KENYA
    KIT KITTY LADY LANCE LATINA LAUREL LIBERTY LILY MARCH MELODY MERCY MISTY NORMAL NOVEMBER OCTOBER
    OPAL PATIENCE PEACH PEARL PENNY PIERCE POLLY PRECIOUS RAY RED REED ROBIN ROCK ROCKY ROSS RUBY
    RUSTY SAGE SALLY SANDY SEPTEMBER SHELL SKY SONNY STERLING STORM SUNNY SUNSHINE TAN TERRY TRINITY
    VAL VIRGINIA WADE AN IN IMA JA HA HE SO NO OK ED AL BO DEL DEE ROYAL KING PRINCE DUKE EARL BARON
    DEAN CAROL ALPHA BETA GAMMA HERB SUE PAT BART BEE CAT MAC ROD ROB SOL DIMPLE POPPY RANDY MONDAY
    FRIDAY DONG HUNG BOB
    """
)
_SINGLE: Final = regex.compile(
    # Mid-sentence (after a lower-case word, a comma, an opening bracket or quote), not followed by
    # another capitalised word (pairs are the pair rule's) nor by a hyphen or digit ("Hope-2 trial").
    r"(?<=(?:\p{Ll}|[,;:(\"“'])[ \t]{1,3}|[(\"“])(?P<w>\p{Lu}\p{Ll}{2,})(?![\p{L}\d\-])(?![ \t]+\p{Lu}\p{Ll})",
    regex.VERSION1,
)


class GivenNameRecognizer(LocalRecognizer):
    """A lone census given name in running text ("asked for Dolores", "-- per Tonya").

    Lower score than a pair: a reviewer sees these as "possible". Words that are also ordinary
    English (Hope, Will, Grace, May) and anything on the drug/lab allow-list are never taken.
    """

    ENTITY: Final = "PERSON"

    def __init__(self, *, allow: frozenset[str] = frozenset()) -> None:
        self._allow = allow
        super().__init__(supported_entities=[self.ENTITY], name="GivenNameRecognizer", supported_language="en")

    def load(self) -> None:
        census_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        given, _ = census_names()
        results: list[RecognizerResult] = []
        for match in _SINGLE.finditer(text):
            word = match.group("w")
            key = word.upper()
            if key in given and key not in _WORD_NAMES and word.casefold() not in self._allow:
                results.append(recognizer_result(self, "PERSON", match.start("w"), match.end("w"), 0.45))
        return results
