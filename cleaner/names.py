"""One reader for a person's name, whatever route brings it into the record (SPEC:
authors and editors are "names, not role labels").

Four steps, each written once here:

- the lead cut (`without_byline_words`): a by-line's own words or a role label before
  the name ("By", "Oleh", "von", "Penulis:", "Reporter |", "Verified Writer"), and the
  bars or dashes a theme prints before it;
- the credit cut (`bare_credit`): the lead cut, then a channel after a spaced dash
  ("Ani Lestari -detikNews") and a contact in brackets ("(@rina)");
- the name test (`is_name`): the shape of a name (no role label or button text alone,
  no digits, addresses or long text);
- the clean step (`name_value`): the credit cut, a role or contact button after the
  name, a degree after its comma, a doubled name, then the name test and what is no
  person (initials, a desk, a clock's words, a degree, script text, a photo credit).

A credit a machine gives (a meta tag, JSON-LD, an app's state, the caller's hints) has
one step more, `credited_person`: the site itself, an organisation, a news agency or a
month's name is no person (a printed by-line is read as printed: "Tim Smith" on an
English page is a writer). `person_name` is the name test plus that step, for the
readers that ask whether a printed line is a name at all.

Every route a name takes into the record, and the steps it runs in order (``Fields``:
`cleaner.fields.Fields` stores each item through `name_value`):

=========================================  ==============================================
route                                      steps
=========================================  ==============================================
text rules (by-line, credit, sign-off      rule capture -> ``split_names`` -> `name_value`
lines: `cleaner.engine`)
text name lines (a names-only line under   `person_name` (is it one?) -> ``split_names``
the headline, a bare name by the date)     -> `name_value`
HTML by-line boxes, label + value,         the box's text through the text rules, else
writer links, avatar cards, name beside    `is_name` on its parts (is it a by-line?) ->
date (`cleaner.html.frontend`)             ``_Work.add`` -> `name_value`
``<meta>`` author, content_author,         ``split_names`` -> `credited_person` ->
dtk:author, dable:author, content_editor   ``_Work.add`` -> `name_value`
JSON-LD author/editor, Next.js state       ``json_ld_authors`` -> ``split_names`` ->
(read as JSON-LD articles)                 `credited_person` -> ``_Work.add`` -> `name_value`
the caller's hints (`cleaner.hints`)       ``hints._names`` split -> `bare_credit` (an
                                           agency is the source) -> `credited_person`
                                           with ``caller``: the caller's field wins over
                                           a role label
front matter (`cleaner.frontmatter`)       the same, without ``caller`` (the page's own
                                           header: its label tells the role)
reader-proxy header                        no name field ("Title:", "URL Source:",
                                           "Published Time:" only)
=========================================  ==============================================
"""

from __future__ import annotations

import functools
import re
from typing import Final

import regex

from .segment import fold_space

#: A by-line's own words before the name, in the languages pages print them ("By",
#: "Oleh", "von", "par", "por", "Written by", "Veröffentlicht von", WordPress's "View all
#: posts by"), with a colon or a space after them, or glued to the name's capital ("vonChris
#: Jung": a theme that sets the label and the name in two inline elements). Peer suite
#: pages gave these as whole author values (campino2k.de, correctiv.org, lemire.me,
#: aerobuzz.de, prensalibre.com; gothamist.com and knowtechie.com gave the label alone;
#: fieldaudit36: "Publicado por" biobiochile.cl, "Por" campograndenews.com.br, "Zeige alle
#: Beiträge von" uniqz.de, "Author" glued to the name rete-mirabile.net, "Edited von"
#: refinery29.com/de-de, through JSON-LD and head readers that never asked for them).
_BYLINE_WORDS: Final = (
    r"(?i:view all posts by|zeige alle beitr(?:ä|ae)ge von|posted by|written by|edited by|edited von|"
    r"ditulis oleh|geschrieben von|ver(?:ö|oe)ffentlicht von|artikel von|publicad[oa] por|"
    r"autor(?:in)?|author|oleh|by|von|vom|par|por)"
)
#: A role label kept before the name ("Reporter: Budi Santoso", "Penulis Rina",
#: "Verified Writer Rina", "Redaktur | Budi"; tirto.id's head prints ``<meta name="author"
#: content="Penulis: Nama">``, code index file id 28067268472): SPEC's names are never
#: role labels, and dropping the whole credit for its label would lose the name. A
#: writer's labels lead a writer's name, an editor's an editor's: in the other field the
#: credit names someone else ("Editor: Budi" in ``<meta name="author">`` is no writer).
_WRITER_WORDS: Final = (
    r"(?i:(?:verified|community|staff|senior|contributing) writer|reporter|penulis|pewarta|"
    r"jurnalis|wartawan|kontributor|writer)"
)
_EDITOR_WORDS: Final = r"(?i:editor|redaktur|penyunting)"
#: After the label: a colon, bar or dash, or a space, or the name's capital glued to it.
_AFTER_LABEL: Final = r"(?:[ \t]*+[:|–-][ \t]*+|[ \t]++|(?=\p{Lu}))"
#: The lead each field cuts (`without_byline_words`), and the other field's role label,
#: which makes a credit no name of this field (`name_value`).
_LEAD: Final = {
    "authors": rf"(?:{_BYLINE_WORDS}|{_WRITER_WORDS}){_AFTER_LABEL}",
    "editors": rf"(?:{_BYLINE_WORDS}|{_EDITOR_WORDS}){_AFTER_LABEL}",
    # the caller's own field (`name_value`'s ``caller``): any role's label is cut
    "any": rf"(?:{_BYLINE_WORDS}|{_WRITER_WORDS}|{_EDITOR_WORDS}){_AFTER_LABEL}",
}
_OTHER_ROLE: Final = {
    "authors": rf"{_EDITOR_WORDS}{_AFTER_LABEL}(?=\S)",
    "editors": rf"{_WRITER_WORDS}{_AFTER_LABEL}(?=\S)",
}
_LEADING_MARKS: Final = " |–-·•:"
#: The other role's credit after a bar or a slash ("Ani Lestari | Editor: Budi": a
#: writer's and an editor's credit on one line, read as one value by a meta tag or a
#: crawler): the name ends before it.
_OTHER_CREDIT: Final = {
    "authors": rf"[ \t]*+[|/][ \t]*+{_EDITOR_WORDS}{_AFTER_LABEL}",
    "editors": rf"[ \t]*+[|/][ \t]*+{_WRITER_WORDS}{_AFTER_LABEL}",
}
#: A photo's credit where a name stands ("Foto: Antara/Budi", "Photograph by EAG
#: Antigua": a caption's credit read as the by-line, peer suite): no person, nor are the
#: names inside it.
_PHOTO_CREDIT: Final = re.compile(r"(?i:photo(?:graph)?s? by\b|foto ?:|foto oleh\b)")


def is_photo_credit(value: str) -> bool:
    """Whether ``value`` is a photo's credit ("Foto: Antara/Budi"): a crawler's names
    string that is one holds no writer (`cleaner.hints`)."""
    return _PHOTO_CREDIT.match(value.lstrip(_LEADING_MARKS)) is not None


def without_byline_words(value: str, role: str = "authors") -> str:
    """``value`` less a by-line's label or the ``role``'s label before the name (`_LEAD`)
    and the bars or dashes a theme prints before it ("| Klaus Weber"): the name alone; a
    label with nothing after it is left as it is (the name test refuses it).

    >>> without_byline_words("Penulis: Rina Wulandari"), without_byline_words("vonChris Jung")
    ('Rina Wulandari', 'Chris Jung')
    >>> without_byline_words("Editor: Budi"), without_byline_words("Editor: Budi", "editors")
    ('Editor: Budi', 'Budi')
    """
    value = value.lstrip(_LEADING_MARKS)
    if m := compiled_patterns()["lead-" + role].match(value):
        rest = value[m.end():].lstrip(_LEADING_MARKS)
        if rest:
            return rest
    return value


#: The desk or channel a by-line prints after a spaced dash ("Ani Lestari -detikNews",
#: "Budi - Sport": the bulk crawl's 628 detik rows): not part of the name.
_CHANNEL_TAG: Final = r"\s[-–]\s*[^\s–-]+$"
#: A writer's handle or address in brackets after the name ("Rina Wulandari
#: (@rinawul)", "Rina Wulandari (rina@contoh.id)"): a contact, not part of the name.
#: An initialism in brackets is the name's own ("Deutsche Welle (DW)"): only a bracket
#: holding an "@" is cut.
_CONTACT: Final = r"\s*+[(\[]\s*+(?:@[\w.]++|[\w.+-]++@[\w.-]++)\s*+[)\]]$"


def bare_credit(name: str, role: str = "authors") -> str:
    """A credit as a name alone: its label before it (`without_byline_words`), its
    channel after a dash (`_CHANNEL_TAG`) and a contact in brackets (`_CONTACT`) cut."""
    p = compiled_patterns()
    bare = p["channel"].sub("", without_byline_words(fold_space(name), role))
    if "@" in bare:
        bare = p["contact"].sub("", bare)
    return bare


# Role labels and button texts printed next to names (IDN Times "Verified" and
# "Community Writer", Tempo "Non Koresponden", follow buttons): never a name. "Staff"
# alone too (a peer-suite page's by-line), and "Reporter: Non Koresponden" (Tempo 2017
# names no writer so; the story's sign-off does).
_ROLE_LABEL: Final = (
    r"(?i:(?:(?:verified|community|senior|staff|contributing|guest)\s+)?"
    r"(?:verified|writer|penulis|jurnalis|journalist|reporter|wartawan|editor|redaktur|"
    r"kontributor|contributor|koresponden|correspondent|fotografer|"
    r"photographer|author|admin|member|user|advertorial|sponsored)"
    r"|non[ -]?(?:koresponden|kontributor|correspondent|contributor)|staff|"
    r"follow(?:ing)?|unfollow|ikuti|mengikuti|berhenti mengikuti|lihat profil|profil|profile|"
    r"more|show all|lihat semua|selengkapnya|share|bagikan|null|none|undefined|anonymous|-)"
)
#: A contributor's desk where a writer's name stands: the role word, then one place
#: ("Kontributor Bandung", "Kontributor Kab Kudus", "Koresponden Bandung Barat"), with no
#: name after it. kompas.com prints the role, the desk's city and then the name
#: ("Kontributor Malang, Nama": generic.toml's byline-contributor-place); a regional
#: portal signs its contributors' stories with the desk alone ("Penulis: Kontributor Kab
#: Kudus": a story copied into a public project's seeder, file id 59042289122 of the code
#: index). Before, the role word was cut and the place became the writer. A role word with
#: a colon is a label, and the one word after it a name ("Kontributor: Masriadi"); a role
#: word and two names after it stay a name ("Kontributor Ani Lestari").
_DESK_PLACE: Final = (
    r"(?:^|(?<=[\s:|]))(?i:kontributor|koresponden|contributor|correspondent)[ \t]++"
    r"(?:(?:Kab|Kabupaten|Kota|Kec)\.?[ \t]++)?\p{Lu}\p{Ll}++(?:[ \t]++(?:Barat|Timur|Utara|Selatan|Tengah))?$"
)
_NAME_JUNK: Final = r"\d|@|https?:|www\.|\.(?:com|co|id|net|org)\b|[|:/]"
# One word in a brand's casing, lower case then capitals (a channel or publishing
# account printed as the by-line: "kumparanNEWS", "detikNews", "iNews"): no person's name.
_BRAND: Final = r"\p{Ll}+\p{Lu}\w*"
# Share and follow buttons' words: a text holding one is a widget's, not a name
# ("Share on Facebook" after a "Jurnalis" label, okezone 2015).
_BUTTON_WORD: Final = (
    r"(?i)\b(?:share|bagikan|facebook|twitter|whatsapp|telegram|linkedin|pinterest|instagram|"
    r"subscribe|follow|unfollow|komentar|comments?)\b"
)


def is_role_label(value: str) -> bool:
    """True when ``value`` is a role label or a button's text alone (``Verified``,
    ``Community Writer``, ``Follow``): never a name, nor a caption."""
    return bool(compiled_patterns()["role-label"].fullmatch(value.strip(" .,:;-–|")))


def is_name(value: str) -> bool:
    """The name test: True when ``value`` can be a person's name: not a role label or a
    button's text (``Verified``, ``Community Writer``, ``Follow``), no by-line word alone
    (``By``, ``von``), no digits, addresses or long text."""
    value = value.strip(" .,:;-–|")
    if not value or len(value) > 60 or value.count(" ") > 5:
        return False
    p = compiled_patterns()
    if p["brand"].fullmatch(value) or p["byline-words"].fullmatch(value):
        return False
    return not (is_role_label(value) or p["name-junk"].search(value) or p["button-word"].search(value))


#: Initials printed where a name stands (beritasatu.com 2026 prints its editor's so).
#: One capital alone too ("S", "D", "A", "H": de.happycoffee.org's product widget letters,
#: read as four writers), and initials in small letters (detik.com signs its stories
#: "(wia/imk)"; the bulk crawl's row 1527 gives "wia -detikNews" as its by-line; peer
#: suite pages give "mf", "jd", "kj").
_INITIALS: Final = re.compile(r"[A-Z]{1,3}|[a-z]{2,3}|(?:[A-Z]\.){1,3}[A-Z]")
#: A desk, a placeholder or an account where a writer's name stands (SPEC: names only):
#: "Redaktion" (eight peer-suite pages: fr.de, tennismagazin.de, otto.de ...), "auto-motor.at
#: Redaktion", "Redacción EC", "Tim Redaksi", "HLNF Staff Report", "Editorial Staff",
#: "Newsdesk", "news service reports" (twincities.com), a CMS's "Unknown" / "No Author"
#: (blogspot.com, japantimes.co.jp), "publisher" (bmel.de, bsi.bund.de), "Super User", "Support Team", a wire desk
#: ("Agencies": economictimes.indiatimes.com), a company or society ("wegewerk GmbH",
#: "Deutscher Caritasverband e. V", "PT Contoh Tbk").
_DESK: Final = (
    r"(?i)\b(?:redaktion|redaksi|redacci[oó]n|r[ée]daction|redazione|redactie|newsdesk|news desk|news service|"
    r"staff reports?|editorial staff|support team|super user|no author|unknown|anonymous|an[oó]nim[oa]|"
    r"anonim|publisher|administrator|admin|agencies|gmbh|e\. ?v|ltd|inc|llc|tbk)\b"
)
#: An Indonesian newsroom's team where a name stands ("TIM RISET CNBC INDONESIA" in bold under
#: a cnbcindonesia.com 2021 story, copied into a project's SQL dump, code index file id
#: 16039783812: it was read as the writer's sign-off). Asked only of a name that opens with
#: the word (a string test): as a branch of `_DESK` it cost every name's search ~12K
#: instructions a seed page.
_TEAM: Final = re.compile(r"(?i)tim (?:riset|liputan|penulis|humas|media|kreatif|publikasi|konten)\b")
#: `name_value`: a vowel (a word of small letters with none is an acronym's handle, no name).
_VOWEL: Final = re.compile(r"[aeiou]")
#: A clock's half-day and zone where a name stands ("AM EST", "PM IST": jobsnhire.com,
#: economictimes.indiatimes.com print the time in the by-line's element).
_CLOCK_WORDS: Final = re.compile(r"(?:AM|PM|A\.M\.|P\.M\.)(?: [A-Z]{2,5})?|WIB|WITA|WIT")
#: An academic degree split from the name by its comma ("Michael L. Anderson, PhD":
#: acpjournals.org; "Budi, M.Si."): no person.
_DEGREE: Final = re.compile(r"(?:Ph\.? ?D|M\.?D|M\.?B\.?A|M\.?Sc|M\.?Si|M\.?Hum|M\.?Pd|S\.?Pd|S\.?Sos|"
                            r"S\.?Kom|S\.?Ag|S\.?IP|Jr|Sr|Esq|Dr|Prof)\.?")
#: A role or a contact button glued or set after the name ("Logan C. RitchieStaff Writer":
#: roughdraftatlanta.com's name and title in two inline elements; "Christoph Becker
#: E-Mail": computerbase.de's mail link beside the name): cut. One role word after a space
#: stays (a name may end so: the project's detik fixture's "Nama Reporter").
_TRAILING_ROLE: Final = (
    r"(?<=\p{Ll})(?:(?:Senior |Staff |Contributing )?(?:Writer|Reporter|Correspondent))$"
    r"|\s+(?:(?:Senior|Staff|Contributing) (?:Writer|Reporter|Correspondent)|E-?[Mm]ail)$"
)
#: Script text or a photo credit where a name stands ("Hinrich Neumann function
#: initReCaptcha() { ...": topagrar.com, an inline script read with the by-line; "Bild ©
#: hr": hessenschau.de's photo credit), or a label ("Zuletzt geändert am:", caritas.de).
#: A photo's credit line too ("Photograph by EAG Antigua": a caption's credit read as the
#: by-line, peer suite).
_NOT_A_NAME: Final = re.compile(rf"[{{}}<>=©]|\(\)|:$|\bfunction\b|^{_PHOTO_CREDIT.pattern}")


def name_value(value: str, role: str = "authors", caller: bool = False) -> str:
    """The clean step: a credit as the person's name alone, or ``""`` when it names no
    person of field ``role`` (SPEC: "names only, never a role label"): the other role's
    label before it names someone else ("Editor: Budi" printed on the page is no
    writer), unless the field is the ``caller``'s own word (a crawler's ``editor`` key
    holding "Penulis Rina": the label goes, the name is the editor). Its label before it and its channel
    or contact after it are cut (`bare_credit`), a role or contact button after it
    (`_TRAILING_ROLE`) and a degree after its comma go, a name printed twice in a row is
    kept once (also glued, liputan6.com's avatar alt text run into the
    name, blindtext66), a stray bracket goes; then the name test (`is_name`), and initials alone
    ("CE", "C.E.", "S"), a desk or placeholder (`_DESK`), a clock's words, a degree,
    script text or a photo credit (`_NOT_A_NAME`) are no name; nor, on the page, an acronym's
    handle: one word of small letters with no vowel (the site's account, its initials, named
    as the writer on fpjm.or.id, blindtext60: SPEC's names, not user names). A name printed in
    small letters has its vowels (tribunnews's "Editor: dodi"), and a login that joins a
    name's parts ("rama_wijaya": duniaku.net's writer box, authorbox55) names its writer;
    a caller's own hint is kept as given. The authors' and editors'
    fields store names so (`cleaner.fields.FIELDS`): an "Editor: CE" line names no
    editor, as an initials sign-off names no writer.

    >>> name_value("Publicado por Alberto González"), name_value("Olivier Minot Olivier Minot")
    ('Alberto González', 'Olivier Minot')
    >>> name_value("Rina WulandariRina Wulandari")
    'Rina Wulandari'
    >>> name_value("Redaktion"), name_value("AM EST"), name_value("PhD"), name_value("Verified Writer")
    ('', '', '', '')
    """
    p = compiled_patterns()
    if not caller and p["other-role-" + role].match(value.lstrip(_LEADING_MARKS)):
        return ""
    if value[:1] == "(" and value.rstrip(" .")[-1:] == ")" \
            and is_role_label((value.rstrip(" .")[1:-1].split(None, 1) or [""])[0]):
        return ""  # "( Jurnalis Tempo )": the writer's role under the name, bracketed (koran.tempo.co 2021)
    if p["desk-place"].search(value.rstrip(" .")):
        return ""  # "Kontributor Bandung": the desk's place, no writer
    name = bare_credit(value.strip(" ."), "any" if caller else role)
    if "|" in name or "/" in name:
        name = name[:m.start()] if (m := p["other-credit-" + role].search(name)) else name
    name = p["trailing-role"].sub("", name).strip(" .,")
    if "," in name:  # "Grant Tinsley, PhD": the degree after the comma goes
        head, _, tail = name.rpartition(",")
        if _DEGREE.fullmatch(tail.strip()):
            name = head.strip(" .,")
    if name.endswith(")") and "(" not in name:
        name = name.rstrip(") ")
    words = name.split()
    half = len(words) // 2
    if half and len(words) == 2 * half and words[:half] == words[half:]:
        name = " ".join(words[:half])
    elif len(name) % 2 == 0 and name[:len(name) // 2] == name[len(name) // 2:] and " " in name:
        name = name[:len(name) // 2]  # "Rina WulanRina Wulan": the avatar's alt text glued to the name
    if not name or not is_name(name) or _INITIALS.fullmatch(name) or p["desk"].search(name) \
            or (name[:4] in ("Tim ", "TIM ", "tim ") and _TEAM.match(name)) \
            or _CLOCK_WORDS.fullmatch(name) or _DEGREE.fullmatch(name) or _NOT_A_NAME.search(name):
        return ""
    if not caller and name.isalpha() and name.islower() and not _VOWEL.search(name):
        return ""  # an acronym's handle: one word of small letters with no vowel
    return name


def editor_value(value: str) -> str:
    """`name_value` for the editors' field."""
    return name_value(value, "editors")


#: A word that names an organisation, not a person, in a machine-given credit.
#: "Indonesia" too: no person's name holds the country's, an outlet's does ("CNN Indonesia
#: -detikTravel": three detik rows of the bulk crawl credit CNN Indonesia's story so).
#: A stock-photo library is an organisation too: a crawler that reads the photo's credit
#: as a by-line lists "Shutterstock Name" among a story's authors (kompas.com rows of
#: aarestu/berita-scrap sample_result/kompas.jl @ d78ef4747ecb2360fed129c910b13ba398ae51aa).
#: A link's words are no name either: the same crawler lists "Https" and "Www.Facebook.Com
#: Detikcom" (the share links by the by-line) among detik.com stories' authors
#: (sample_result/detik-news.jl @ 41339fdc5acb91a7aac6cafb6203fa04ebca15b7).
#: An institution's office is one too: kumparan.com prints the account that posts a story as
#: its by-line, and a crawler's ``penulis`` column keeps it, "Humas Kemenkumham Sulbar" (a
#: ministry's regional press office), "Rutan Gresik" and "Lapas Narkotika Kelas IIA
#: Samarinda" (a detention centre, a prison), "Berita IPB" and "Berita Bisnis" (a
#: university's and a channel's news accounts): reiitama/klasifikasi-berita kumparan.csv @
#: c51c07311f67b67373aaf9ccd99463827b44a8cb (blindtext62: each was the record's writer).
_ORGANISATION_WORD: Final = (
    r"(?i)\b(?:media|news|redaksi|tim|team|group|grup|online|tv|times|indonesia|"
    r"pers|press|network|digital|portal|kantor berita|"
    r"humas|rutan|lapas|kanwil|kemenkumham|pemkab|pemkot|pemprov|dinas|universitas|university|berita|"
    r"shutterstock|istock|istockphoto|getty images|freepik|unsplash|pexels|"
    r"https?|www)\b"
)
_WORD: Final = r"\w+"

#: What a site's own name runs into in its brand written as one word: "detikcom" (a
#: detik.com page's by-line hint: `is_organisation` read it as a person's name, so the
#: record's authors were the site's name), "kompascom", "detiknews".
_SITE_WORD_ENDS: Final = frozenset({"com", "co", "id", "net", "news", "online", "tv"})


def is_organisation(value: str, site: str | None) -> bool:
    """Whether a machine-given credit names the site or an organisation, not a person
    (``IDN Times``, ``Kompas Cyber Media``, ``Liputan6.com``): an organisation's word
    (`_ORGANISATION_WORD`), or a word of ``site`` (the site's or publisher's name), alone
    or run into a domain's or brand's ending (``detikcom``: `_SITE_WORD_ENDS`)."""
    p = compiled_patterns()
    if p["organisation-word"].search(value):
        return True
    if not site:
        return False
    words = set(p["word"].findall(value.lower()))
    sites = p["word"].findall(site.lower())
    return not words.isdisjoint(sites) or any(
        word[len(name):] in _SITE_WORD_ENDS for word in words for name in sites if word.startswith(name))


def person_name(value: str | None, site: str | None) -> str | None:
    """A printed text as a person's name when it can be one: its label before it cut
    (`without_byline_words`), the name test (`is_name`), and no organisation or site
    (`is_organisation`). The readers that ask whether a line is a name at all ask this."""
    if not value:
        return None
    value = without_byline_words(fold_space(value))
    if not is_name(value) or is_organisation(value, site):
        return None
    return value


def agency_name(name: str) -> str | None:
    """The news agency ``name`` is, when the base rule set's agency rules read it whole
    (``Antara``, ``Reuters``, ``Deutsche Welle (DW)``: the `source` rules of
    ``generic.toml``, the same data that reads an agency's line under a story)."""
    from .detect import GENERIC
    from .rules import load_ruleset

    hit = load_ruleset(GENERIC).match_line(name)
    if hit is None or hit[0].field != "source" or hit[0].action != "field":
        return None
    return hit[0].value(hit[1]) or None


def credited_person(name: str, site: str | None, role: str = "authors", caller: bool = False) -> str | None:
    """A machine-given credit (a meta tag, JSON-LD ``author``/``editor``, typed
    ``Person`` or not, an app's state, the caller's hints) as a person's name, or ``None``
    when it names none: a desk or team ("Tim Redaksi", "Redaksi": a news site's JSON-LD
    types its team as a Person, code index file id 69789094452), the site itself or an
    organisation (`is_organisation`), a news agency (``Antara``: the story's source, no
    writer) or a month's name; else the clean step's name (`name_value`)."""
    from .dates import is_month_name

    bare = bare_credit(name, "any" if caller else role)
    if not bare or is_month_name(bare) or agency_name(bare) is not None:
        return None
    person = name_value(bare, role, caller)
    return None if not person or is_organisation(person, site) else person


#: The `regex` patterns of the name reader, by name: sources here, compiled once a
#: process by `compiled_patterns` (compiling them took ~12 ms, a seventh of a one-file
#: run, at every ``import cleaner``; unpickled from the disk cache ~0.3 ms).
_SOURCES: Final = {
    "byline-words": _BYLINE_WORDS,
    **{f"lead-{role}": source for role, source in _LEAD.items()},
    **{f"other-role-{role}": source for role, source in _OTHER_ROLE.items()},
    **{f"other-credit-{role}": source for role, source in _OTHER_CREDIT.items()},
    "channel": _CHANNEL_TAG,
    "contact": _CONTACT,
    "role-label": _ROLE_LABEL,
    "name-junk": _NAME_JUNK,
    "brand": _BRAND,
    "button-word": _BUTTON_WORD,
    "desk": _DESK,
    "desk-place": _DESK_PLACE,
    "trailing-role": _TRAILING_ROLE,
    "organisation-word": _ORGANISATION_WORD,
    "word": _WORD,
}


def _compile() -> dict[str, regex.Pattern[str]]:
    return {name: regex.compile(source) for name, source in _SOURCES.items()}


@functools.cache
def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """The name reader's `regex` patterns (`_SOURCES`), compiled on first use and kept
    in the disk cache with the rule sets (`cleaner.rules.shipped_cached`: keyed by the
    package's code, so an edit here compiles them anew)."""
    from .rules import shipped_cached

    return shipped_cached("name-patterns", _compile)
