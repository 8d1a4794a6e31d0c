"""Who holds which role where, with from and to dates. One rule, one module: it finds the statement
and builds the HOLDS_ROLE relation (and a person's affiliation).

- a title before the name: "direktør Lone Rasmussen fra Skanderborg", "Social- og sundhedsdirektør
  Birgitte Lauridsen", "Direktør for Social og Sundhed Morten Winther", "den nyudnævnte formand,
  borgmester Jan Petersen", "Kommunaldirektør i Struer Kommune Anne Holm", "transportminister Benny
  Engelbrecht"; a municipality's own officer (a director, a chief, the mayor) in its own minutes;
- a chair named by its post: "Formand for DASSOS, Jesper Thyrring Møller", "Formand for KD-Net er
  kommunaldirektør Karsten Bundgaard", "Næstformand er borgmester John Engelhardt fra Glostrup Kommune",
  "Næstformændene er A, X Kommune, og B", "Formandsposten besættes i 2023-2025 af Frands Fischer",
  "Næstformandskabet i KOSU varetages af …"; a post with no body named is the chair of the body
  named before ("formand for X"), else of the network the text is about, else of the meeting's body;
- what is said after the name: "Anne Holm, Struer Kommune, er formand for DASSOS", "Per Bach Laursen,
  borgmester i Vesthimmerland Kommune, bliver ny formand for …", "Birgit S. Hansen (A), Formand" in a
  list of the body's members, "(Venstre) fra Jammerbugt Kommune" (a party in brackets does not
  break the affiliation);
- a list of a body's members as web pages and flattened PDFs print it (the "Bestyrelsen består af" lists and
  the board named after a name are `role_boards`', a title in brackets `role_titles`'):
  "NAME (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen", "NAME (Politidirektør,
  Midt- og Vestjyllands Politi)", "NAME (observatør – Vicekredsleder, Beredskabsforbundet)", "NAME,
  teknisk chef, Tårnby Kommune", "NAME, bestyrelsesformand og borgmester i Hillerød (A)", "NAME, BRS,
  Center for Forebyggelse (referent)"; in a table flattened onto a line a title
  after a name's initials or named by its owner is the name before's ("Jesper Hedegaard JH IT- og
  specialkonsulent Ane Marie Clausen AMC …", "Jan Eriksen Friluftsrådets direktør Mads Ellegaard …");
- elections and posts taken: "NAME blev valgt som formand", "Bestyrelsen i X har valgt NAME som ny formand" (the
  electing board), "NAME (DF) løb med posten som 2. viceborgmester", "NAME deltog som referent", the one elected in
  an item "Valg af borgmester"/"Valg af dirigent" ("NAME, V blev valgt"), "Der er kommet ny direktør på X: NAME";
- changes with dates: "fratræder som kommunaldirektør i Hedensted Kommune ved udgangen af januar
  2020", "tiltræder som kommunaldirektør ved Struer Kommune den 1. februar 2020", "er tiltrådt som
  … den 1. april 2022", "fra 1. marts 2022", "udpegede den 14/12 2005 … som medlem af bestyrelsen
  for I/S Infra Service", "Fra den 1. august 2019 er NAME kommunaldirektør i Fredericia Kommune".

Some forms are read in modules of their own, which this step runs: posts taken and left and bodies entered and
left (`role_changes`), the titles in attendance lists (`role_lists`), member lists (`role_member_lists`), the one
elected in an item on a post (`role_item_posts`), the document's unnamed body (`role_unnamed`); a clause's dates
are `role_clauses`'.

A role the text gives no dates for carries `as_of`, the date of the meeting whose text states it.

A title is never dropped for want of its body: a seat no reader placed is held in the meeting's body, else the body
the text named last before it; a municipal title whose municipality the document never names in the meeting's
body; either, failing those, in the document's own unnamed body (an Organization of kind "unnamed body").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.evidence import Scope, sentence_bounds
from graphbuild.extract.membership_networks import (
    BACK_REFERENCE,
    NETWORK_KINDS,
    body_is_network,
    named_networks,
)
from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import board_after_name, board_consists_of
from graphbuild.extract.role_changes import enters_bodies, takes_post
from graphbuild.extract.role_clauses import ENDS, STARTS, clause_end, dates_of
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, held_in, placed_titles, role_fact
from graphbuild.extract.role_item_posts import elected_to_the_items_post
from graphbuild.extract.role_lists import listed_titles
from graphbuild.extract.role_member_lists import member_list_of_the_body, members_listed, members_listed_under_chairs
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    CHAIR_ROLES,
    COMPANY,
    GENITIVE_S,
    LOWER_WORDS,
    MUNICIPAL_ROLES,
    ROLE_WORDS,
    SEATS,
    is_municipal,
    is_staff,
    owner_words,
    role_of_word,
)
from graphbuild.extract.role_posts import find_posts, proposed, roster_entries
from graphbuild.extract.role_titles import body_seat, bracket_title, named_target
from graphbuild.extract.role_unnamed import UNNAMED, unnamed_body
from graphbuild.models import Evidence, Meeting, MunicipalityRef
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import first_names, municipality_by_code, municipality_by_name

TITLE_ADJECTIVE = r"(?:[a-zæøå]+(?:isk|iv|ig))"  # "operativ chef", "teknisk chef", "faglig koordinator"
ROLE_BEFORE_NAME = re.compile(
    rf"(?:(daværende|tidligere|konstitueret|ny)\s+)?\b({ROLE_WORDS})(?:\s*,\s*|[ \t]+[-–][ \t]+|\s+)$", re.IGNORECASE
)  # "borgmester Jan Petersen", "Borgmester - Erik Lund (C)" in a list
# … or a chair's title right before another: "• Formand borgmester Erik Nielsen (S), Rødovre Kommune", "Formand:
# Borgmester Mikael Smed (A), Vordingborg Kommune"
# (only where the chair's title opens the entry: in "NAME (EF), Rudersdal Kommune, formand Borgmester NAME2" it
# closes the entry before)
ROLE_BEFORE_ROLE = re.compile(rf"\b({ROLE_WORDS})\s*,\s*$|\b((?:næst)?formand)[ \t]*:?[ \t]+$", re.IGNORECASE)
ENTRY_OPENS = re.compile(r"(?:^|[\n•*·:])[ \t]*$")
TITLE_GAP = re.compile(rf"\s*,?\s*(?:(?:{ROLE_WORDS})\s+)?", re.IGNORECASE)
ROLE_FOR_ORG = re.compile(
    rf"\b({ROLE_WORDS}|(?:bestyrelses)?medlem|suppleant)\s+(?:for|i|af)\s+(?:(?:den|det)\s+)?$", re.IGNORECASE
)
# "Direktør for Social og Sundhed Morten Winther": a department of the municipality, by its words
ROLE_FOR_WORDS = re.compile(
    rf"\b({ROLE_WORDS})\s+for\s+((?-i:[A-ZÆØÅ][\wæøå-]*)(?:,?[ \t]+(?:og|&|(?-i:[A-ZÆØÅ][\wæøå-]*)))*?|"
    r"bestyrelsen|direktionen|repræsentantskabet)\s*,?\s*$",
    re.IGNORECASE,
)
# "Souschef i Ældre og Handicap, Susanne Samuelsen": a department of the municipality, then a comma
ROLE_IN_WORDS = re.compile(
    rf"\b({ROLE_WORDS})\s+i\s+((?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?:og|&|(?-i:[A-ZÆØÅ][\wæøå-]*)))*?)\s*,\s*$",
    re.IGNORECASE,
)
IN_CAPITAL = re.compile(r"\si\s+[A-ZÆØÅ]")
# a new holder of a post, announced before the name: "Der er kommet ny direktør på Vestbanen: Jens Kristian Ørnskov",
# "Ny formand for Trekantområdet er Jens Ejner Christensen"
NEW_POST = re.compile(
    rf"\b(?:ny|nyt|nye|nyvalgte?)\s+(?P<role>{ROLE_WORDS})\s+(?:på|i|for|hos|ved)\s+"
    r"(?P<body>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?:og|(?-i:[A-ZÆØÅ])[\wæøå&-]*)){0,4}?)"
    r"\s*(?::|,|\s(?:er|bliver|blev)(?:\s+(?:nu|herefter))?)\s*$",
    re.IGNORECASE,
)
# "næstformand i Danske Metal Vendsyssel Mogens Bjerre": a body by its capitalised words right before the name
ROLE_IN_BODY = re.compile(
    rf"\b({ROLE_WORDS})\s+i\s+((?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå&-]*)){{0,4}}?)"
    r"[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# "Formanden for Børne- & kulturudvalget Niels Heinel": a committee named by its words, lower case and all
ROLE_FOR_BODY = re.compile(
    rf"\b({ROLE_WORDS})\s+for\s+((?-i:[A-ZÆØÅ])[\wæøå,&-]*(?:[ \t]+[\wæøå,&-]+){{0,5}}?"
    r"(?:udvalg(?:et)?|råd(?:et)?|nævn(?:et)?|kommission(?:en)?))\s*,?\s*$",
    re.IGNORECASE,
)
CHANGE = re.compile(
    rf"\b(fratræder|tiltræder|er\s+tiltrådt|tiltrådte|er\s+fratrådt|fratrådte|fortsætter|ansættes|"
    rf"er\s+(?:blevet\s+)?ansat|blev\s+ansat|er\s+(?:blevet\s+)?udnævnt|blev\s+udnævnt|er\s+konstitueret|"
    rf"bliver|er)\s+som\s+(?:ny\s+)?({ROLE_WORDS})\s+(?:i|ved|for|hos|af)\s+",
    re.IGNORECASE,
)
CHAIRSHIP = re.compile(r"\b(næstformand|formand)s(?:kab(?:et)?|posten)\s+(?:i|for)\s+", re.IGNORECASE)
# "Formand for KD-Net er kommunaldirektør …", "Næstformændene er …", "Formandsposten besættes … af …"
CHAIR_IS = re.compile(
    r"\b((?:næst)?form(?:and|ænd))(?:en|ene|enes|sposten|skabet)?"
    r"(?:\s+(?:for|i)\s+(?P<org>[^.;:\n]{1,80}?))?"
    r"\s+(?:er|bliver|blev|var|besættes(?:\s+[^.;:\n]{0,30}?)?\s+af|varetages\s+af)\s+"
    r"(?:(?:den\s+)?(?:nye?|nyvalgte|nyudnævnte)\s+)?"
    rf"(?:(?:{ROLE_WORDS})\s+)?$",
    re.IGNORECASE,
)
PLURAL_CHAIR = re.compile(r"ændene$|formænd", re.IGNORECASE)
NEXT_IN_LIST = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*[^,.;:\n]{{1,40}}?)?\s*,?\s*(?:og|samt)\s+(?:(?:{ROLE_WORDS})\s+)?$",
    re.IGNORECASE,
)
# after the name: "Anne Holm, Struer Kommune, er formand for DASSOS", "…, bliver ny formand for …"
AFTER_IS = re.compile(
    r"^(?:\s*\([^)]{1,40}\))?(?:\s+fra\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?)?"
    r"(?:\s*,\s*[^,.;:\n]{1,60},)?\s+"
    r"(?:er|bliver|blev|er\s+blevet|har\s+været|var|fortsætter\s+som)\s+(?:(?:også|nu|fortsat)\s+)?"
    rf"(?:(?:den\s+)?(?:nye?|nyvalgte|afgående|konstitueret|fungerende)\s+)?(?P<role>{ROLE_WORDS})\s+"
    r"(?:for|i|ved|af|hos)\s+",
    re.IGNORECASE,
)
# the verb before the name, the title bare after it: "Fra den 1. august er Michael Holst kommunaldirektør i
# Fredericia Kommune", "Nu bliver Jens Hansen ny formand for X"
SENTENCE_END = re.compile(r"(?<![0-9])[.!?]\s+")
INVERTED_VERBS = (" er", " bliver", " blev", "\ner")
INVERTED_IS = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?\s+(?:(?:nu|fortsat|også)\s+)?(?:(?:den\s+)?(?:nye?|nyvalgte|konstitueret|fungerende)\s+)?"
    rf"(?P<role>{ROLE_WORDS})\s+(?:for|i|ved|hos)\s+",
    re.IGNORECASE,
)
# a relative clause: "Ib Lauritsen (V), der er borgmester i Ikast-Brande, …"
RELATIVE = re.compile(
    r"^(?:\s*\([^)]{1,40}\))?\s*,\s*(?:der|som)\s+(?:(?:tillige|også|desuden|samtidig)\s+)?"
    r"(?:er|var|har\s+været|fortsat\s+er)\s+(?:(?:tillige|også|desuden|samtidig|fortsat|nu)\s+)?"
    rf"(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos)\s+",
    re.IGNORECASE,
)
# a second title joined to the first: "…, formand for Greater Copenhagen siden årsskiftet og regionsrådsformand i …"
AND_TITLE = re.compile(rf"[^,.;:\n]{{0,60}}?\s+og\s+(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos)\s+", re.IGNORECASE)
# a second title after a comma: "Torsten Nielsen (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen"
COMMA_TITLE = re.compile(rf"[ \t]*,[ \t]*(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos)\s+", re.IGNORECASE)
APPOSITION = re.compile(
    rf"^(?:\s*,?\s*\([^)]{{1,40}}\))?\s*,\s*(?:(?:nyvalgte?|nyudnævnte?|afgående|kommende|konstitueret|fungerende)\s+)?"
    rf"(?:(?:bestyrelses|næst)?formand\s+og\s+)?(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos)\s+",
    re.IGNORECASE,
)  # "• Kirsten Jensen, bestyrelsesformand og borgmester i Hillerød (A)": the chair's is the list's board's
# elections and appointments: "NAME (A) blev valgt som formand", "… og NAME (V) som næstformand",
# "NAME vælges som repræsentant til Sydfyns Elforsynings repræsentantskab", "Som formand valgtes NAME"
ELECT_VERB = (
    r"(?:gen)?valgt(?:es)?|vælges|genvælges|udpeg(?:et|es|edes)|udnævn(?:t|es)|konstitue(?:ret|res)|ansættes|"
    r"(?:overtager|overtog|fik|får|tager|tog|løb\s+med)\s+posten|(?:fik|får|har\s+fået)\s+(?:nyt\s+)?job|"
    r"indkaldes|konstituerede\s+sig|har\s+konstitueret\s+sig|(?:gen)?valgte|udpegede|udnævnte"
)
WELCOME = r"(?:budt|bød|bydes)\s+(?:[a-zæøå]+\s+)?velkommen"
ELECT = rf"{ELECT_VERB}|{WELCOME}(?:\s+til)?"
# "NAME blev budt velkommen som nyt medlem af Ældrerådet", "Formanden bød velkommen til NAME som nyt medlem";
# after a name the welcome is the name's seat only before "som": in "NAME bød velkommen til næstformand
# NAME2" the seat is NAME2's
ELECT_AFTER_NAME = rf"{ELECT_VERB}|{WELCOME}(?=\s+som\b)"
ELECTED_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,40}\))?(?:\s*,\s*[^,.;:\n]{1,60},)?(?:\s*,)?\s+(?:(?:er|blev|bliver|var)\s+)?"
    rf"(?:(?!(?:{ELECT})\b)[a-zæøå]+\s+){{0,2}}(?:{ELECT_AFTER_NAME})\s+(?:som|til)\s+(?:ny\s+|nyt\s+)?"
    rf"(?P<role>(?:[1-9]\.\s+)?(?:{SEATS}))(?![\wæøå])"
    r"(?P<of>\s+(?:for|i|af|til|ved)\s+)?",
    re.IGNORECASE,
)
SOM_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?\s+som\s+(?:ny\s+|nyt\s+)?(?P<role>{SEATS})(?![\wæøå])"
    r"(?P<of>\s+(?:for|i|af|til|ved)\s+)?",
    re.IGNORECASE,
)
# a standing substitute's seat printed before the name: "suppleant Martin Hillerup", "1. suppleant Thomas
# Bryde-Procida var indkaldt", "Partiets 1. suppleant er NAME", "Suppleanter: NAME" (one who stands in for a named
# member at this meeting is attendance: "suppleant NAME for NAME2")
SUBSTITUTE_BEFORE = re.compile(
    r"(?<![\wæøå-])(?<!dennes )(?<!hans )(?<!hendes )(?<!deres )"  # "Afbud NAME og dennes suppleant NAME2": NAME's
    r"(?P<role>(?:[1-9]\.[ \t]*)?suppleant)(?:en|er[ \t]*:|[ \t]*:|[ \t]+er)?[ \t]+$",
    re.IGNORECASE,
)
WORKPLACE_GAP = re.compile(r"^[ \t]*\([^()\n]{1,40}\)")  # a party or initials right after a name
ELECTED_BEFORE = re.compile(rf"\b(?:som|til)\s+(?P<role>{SEATS})\s+(?:{ELECT}|blev\s+(?:gen)?valgt)\s+$", re.IGNORECASE)
TOGETHER = re.compile(rf"\bsom\s+(?P<role>{SEATS})\s+sammen\s+med\s+(?:(?:{ROLE_WORDS})\s+)?$", re.IGNORECASE)
STANDS_IN_FOR = re.compile(r"\s+for\s+[A-ZÆØÅ]")
ELECTION = re.compile(rf"\b(?:{ELECT})\b", re.IGNORECASE)
# "Birgit S. Hansen (A), Formand", "Birgit S. Hansen (A) - Formand" in a list of the body's members
# … or after the person's initials in a table flattened onto one line: "Torben Nøhr TN Formand Anders Thanning AT"
LIST_ROLE = re.compile(
    r"^\s*(?:\([^)]{1,12}\)|(?-i:[A-ZÆØÅ]{2,4})(?=\s+(?-i:[A-ZÆØÅ])))\s*[-–,]?\s*(næstformand|formand)(?![a-zæøå])",
    re.IGNORECASE,
)
# … any title after the initials: "Ane Marie Clausen AMC Sekretariatsleder Dagsorden"
INITIALS_TITLE = re.compile(
    rf"^[ \t]+(?-i:[A-ZÆØÅ]{{2,4}})[ \t]+(?P<role>(?:[\wæøå]+-[ \t]+og[ \t]+)?(?:{ROLE_WORDS}))"
    r"(?![\wæøå-])(?=[ \t]+(?-i:[A-ZÆØÅ])|[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
GENITIVE_GAP = re.compile(rf"[ \t]+(?P<owner>{owner_words(2)}){GENITIVE_S}[ \t]+")
AFTER_INITIALS = re.compile(r"(?<=[a-zæøå] )[A-ZÆØÅ]{2,4}[ \t]+(?:[\wæøå]+-[ \t]+og[ \t]+)?$")
# a title after the name, alone: "Jens Hansen, formand", "Anne Holm, kommunaldirektør, Struer Kommune"
POST_TITLE = re.compile(
    rf"^(?:(?:\s*\([^)]{{1,40}}\))?\s*[,–-]\s*|\s*\()((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    r"(?=\s*(?:[,.;)\n/]|$))(?:\s*[,)]\s*)?",
    re.IGNORECASE,
)  # "Helge Tang Holbek (HTH), operativ chef, Nordsjælland Politi", "Sara Al-Saudi, observatør/mulig ny suppleant"
# … the title before its workplace with no comma between, as staff and guest lists print them: "Christian Sabber
# Jensen - Fagchef Plan og Byg", "Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune"
POST_TITLE_WORKPLACE = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?[ \t]*(?:,|[ \t][–-])[ \t]*((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    r"[ \t]+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# a second title after the first and its comma: "Formand, Borgmester Vallensbæk Kommune", "observatør,
# medarbejderrepræsentant Rudersdal Kommune"
CHAINED_TITLE = re.compile(
    rf"[ \t]*((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))(?:[ \t]+(?=(?-i:[A-ZÆØÅ]))|[ \t]*(?=[,.;\n]|$))",
    re.IGNORECASE,
)
# a chair's title after the name's workplace, closing its entry: "Erik Fabrin (EF), Rudersdal Kommune, formand
# Borgmester Morten Slotved (MS), …", "Jens Hansen, Odder Kommune, næstformand"
CHAIR_AFTER_WORKPLACE = re.compile(
    r"^(?:\s*\([^()\n]{1,40}\))?\s*,\s*(?-i:[A-ZÆØÅ])[^,()\n]{1,40}?,\s*(?P<role>næstformand|formand)"
    r"(?![\wæøå])(?!\s+(?:for|i|af)\s)",
    re.IGNORECASE,
)
CHAIRMANSHIP_SEAT = re.compile(r"[ \t]*\((?:i|medlem\s+af)[ \t]+formandskab(?:et)?\)", re.IGNORECASE)
CLOSING_CHAIR_GAP = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*(?-i:[A-ZÆØÅ])[^,()\n]{1,40}?,\s*")
# the workplace after a title after a name: "…, operativ chef, Nordsjælland Politi"
WORKPLACE = re.compile(r"(?-i:[A-ZÆØÅ])[^,.;()\n]{1,50}?(?=[ \t]*(?:[,.;(\n]|$))")
# the minute-taker: "Inger Bojsen Nehm, KD-Net (ref.)", "Referent: Inger Bojsen Nehm"
# … or after the entry's workplace: "Christian Eske Nielsen, BRS, Center for Forebyggelse (referent)", "Pernille
# Franck Friluftsrådets sekretariat (referent)" (no other name between)
REFERENT_AFTER = re.compile(
    r"^(?:\s*\([^()\n]{1,40}\))?(?:\s*,?[ \t]+[^()\n]{1,60}?)?\s*\((?:ref\.?|referent)\)", re.IGNORECASE
)
# "Ib Nord Nielsen deltog som referent"
REFERENT_TOOK_PART = re.compile(
    r"^(?:\s*\([^()\n]{1,40}\))?\s+(?:deltog|deltager|var\s+med|fungerede|fungerer)\s+(?:også\s+)?som\s+"
    r"(?:mødets\s+)?referent(?![\wæøå])",
    re.IGNORECASE,
)
REFERENT_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:referent|ref\.)[ \t]*:?[ \t]*$", re.IGNORECASE)
# the meeting's own posts labelled where a line or a sentence opens, as associations' and councils' minutes print
# them: "Dirigent: Helle Thagesen", "Vejle, 7. april 2014. Referent: NAME Valg af dirigent: NAME2", "Ordstyrer: NAME"
MEETING_POST_BEFORE = re.compile(
    r"(?:(?:^|\n|(?<=[.;!?])[ \t])[ \t]*(?:valg[ \t]+af[ \t]+)?|(?<=\s)(?-i:Valg)[ \t]+af[ \t]+)"
    r"(?P<role>referent|dirigent|ordstyrer)"
    r"[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# "Formand: Jens Hansen"
# … "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard": the body the label names
LABEL_BEFORE_NAME = re.compile(
    rf"(?:^|\n)[ \t]*({ROLE_WORDS})(?:[ \t]+(?:for|i)[ \t]+(?-i:[A-ZÆØÅ])[^:\n]{{1,60}}?)?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
LABEL_OF = re.compile(r"[ \t]+(?:for|i)[ \t]+(?P<of>[^:\n]+?)[ \t]*:")
# "Jens Hansen, formand, Lise Jensen": a title between commas after a name is that name's
TITLE_FOR_NAMED = re.compile(
    rf"\b(?P<role>{ROLE_WORDS})\s+for\s+(?P<org>(?-i:[A-ZÆØÅ])[^,.;:()\n]{{1,60}}?)\s*,\s*$", re.IGNORECASE
)  # a second title, of a body named by its words, before the title before a name
TITLE_OF_PREVIOUS = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*,\s*")
# a title right after a bracket belongs to the name before it: "Birgit S. Hansen (A), Formand Bjarne Kvist (A)"
OWN_TITLE_BEFORE = re.compile(r"(?:\([^()\n]{1,40}\)|(?<=[a-zæøå] )[A-ZÆØÅ]{2,4})\s*[-–,]?\s*$")
# (an enumeration's "a) Økonomichef Mads Toftegaard Madsen" closes no bracket of a name before)
# the affiliation after a name: "fra Skanderborg", "(Venstre) fra Jammerbugt Kommune", ", Struer Kommune,"
FROM_AFTER = re.compile(r"^s?(?:\s*\([^)]{1,40}\))?\s*(?:[a-zæøå]+\s+){0,2}fra\s+$")
COMMA_AFTER = re.compile(r"^(?:\s*\([^)]{1,40}\))?\s*,\s*$")
# a body named as the affiliation of the name before it: "Leif Rasmussen, Assens", "… (V) fra Assens"
AFFILIATION_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\wæøå.-]*(?:\s*\([^)]{1,40}\))?\s*,|\bfra)\s+$")
# seats in a board, by appointment: "… som (nyt eksternt) medlem af bestyrelsen for I/S Infra Service"
SEAT = re.compile(
    r"\bsom\s+(?:nyt?\s+)?(?:eksternt?\s+)?(?P<seat>medlem|repræsentant|suppleant|formand|næstformand)\s+"
    r"(?:af|i|til)\s+(?P<board>[a-zæøå]*(?:bestyrelse|repræsentantskab|styregruppe|råd)(?:n|en|et)?)\s+"
    r"(?:for|i)\s+",
    re.IGNORECASE,
)
# a title joined to its municipality by a hyphen: "Randers-borgmester Torben Hansen"
PLACE_TITLE = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)-$")
CHAIR_BEFORE = re.compile(r"\bformand(?:skab(?:et)?)?\s+(?:for|i)\s+$", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ])|•\s*")  # a bullet too: an entry of a list flattened onto a line
WORKPLACE_NEXT = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*,\s*(?-i:[A-ZÆØÅ])")
# a council's substitute by rank: "1. stedfortræder for Socialdemokratiet, Linda Lyngsøe", "1. stedfortræder
# på liste V, Kim Østergaard"
LIST_SUBSTITUTE = re.compile(
    r"\b(?P<role>(?:[1-9]\.\s+)?(?:stedfortræder|suppleant)\s+(?:for\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?|"
    r"på\s+(?:liste\s+[A-ZÆØÅ]\b|[A-ZÆØÅ][\wæøå-]*s\s+liste)))\s*,\s*$"
)
COUNCIL_SEATS = frozenset({"byrådsmedlem", "kommunalbestyrelsesmedlem"})


def _chief(role: str) -> bool:
    """A director or a chief of some body, not of a municipality alone ("direktør", "it-direktør", "centerchef",
    "afdelingsleder"; not "kommunaldirektør", nor an officer: "konsulent")."""
    bare = role.removeprefix("daværende ")
    return bare in ("direktør", "administrerende direktør") or (
        is_staff(bare) and not is_municipal(bare) and bare not in COUNCIL_SEATS and bare != "mødeleder"
    )


def _ministry(role: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"([a-zæøå]+)minister", role)
    if not match or not match.group(1):
        return None
    name = f"{match.group(1).capitalize()}ministeriet"
    return ids.organization_id(name), name


def _next_mention(mentions: list[Mention], pos: int, hi: int) -> Mention | None:
    return next((m for m in mentions if pos <= m.start < hi and m.type in ("Organization", "Municipality")), None)


_WORD_START = re.compile(r"(?<![\w-])\w|(?<=\w-)\w")


def _ending(pattern: re.Pattern[str], text: str, lo: int, hi: int, words: int = 7) -> re.Match[str] | None:
    """pattern.search(text, lo, hi) for a pattern that ends at hi ($), tried only where one of the last
    `words` words begins: the leftmost match, as search gives, at a fraction of its cost."""
    starts = [m.start() for m in _WORD_START.finditer(text, max(lo, hi - 24 * words), hi)][-words:]
    for start in starts:
        match = pattern.match(text, start, hi)
        if match is not None:
            return match
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence part ending at pos begins: after "… 2022. Borgmester" as after any full stop."""
    start = lo
    for match in CLAUSE_END.finditer(text, lo, min(len(text), pos + 1)):
        if match.end() <= pos:
            start = match.end()
    return start


def find_roles(
    text: str,
    sentence: tuple[int, int],
    people: list[PersonMention],
    mentions: list[Mention],
    region: Mention | None,
    own_municipality: Mention | None = None,
    chair_of: Callable[[int], Target | None] | None = None,
    body: Target | None = None,
    readers: list[PersonMention] | None = None,
    staff_of: Target | None = None,
    named_before: Callable[[int], Mention | None] | None = None,
) -> list[RoleFact]:
    """The roles one sentence states, of `readers` (by default every person in it; the others are
    context) and of its changes and chairships. `named_before(pos)` names the body the text named last
    before pos: a chair's label on a page of no meeting is that body's ("KKR Sjælland\n\nFormand: Borgmester
    NAME"). `chair_of(pos)` names the body an unnamed chair at pos
    chairs; `body` is the meeting's body, which a list of its members' posts is about; `staff_of` the
    body whose staff a staff title with no body named belongs to (a company's or an agency's own
    minutes). A municipal title that names no municipality ("borgmester Jan Petersen") comes back with
    the target PENDING: the step gives it the municipality the document ties the person to elsewhere,
    if any."""
    lo, hi = sentence
    here = _between(people, lo, hi)
    orgs = [m for m in _between(mentions, lo, hi) if m.type in ("Organization", "Municipality")]
    out: list[RoleFact] = []

    def add(
        p: PersonMention,
        role: str | None,
        target: Target,
        valid_from: str | None = None,
        valid_to: str | None = None,
    ) -> None:
        out.append(role_fact(p, role, target, lo, hi, valid_from, valid_to))

    def chair(pos: int) -> Target | None:
        return chair_of(pos) if chair_of is not None else None

    # a title before a body named right before a name: "Kommunaldirektør i Struer Kommune Anne Holm"
    titled = [(m, t) for m in orgs if (t := _ending(ROLE_FOR_ORG, text, max(lo, m.start - 40), m.start))]
    reading = set(map(id, readers)) if readers is not None else None
    for i, p in enumerate(here):
        if reading is not None and id(p) not in reading:
            continue
        before = text[max(lo, p.start - 80) : p.start]
        if i == 0 and not before.strip() and text[max(0, lo - 8) : lo].rstrip().endswith(":"):
            # "Formand: Jens Hansen", "Referent:  Jørgen Dahlgaard": the colon ends the sentence before the
            # name; the label on its line is read with it
            before = text[max(text.rfind("\n", 0, lo) + 1, p.start - 80) : p.start]
        after = text[p.end : min(hi, p.end + 120)]
        after_from: Mention | None = next(
            (
                m
                for m in orgs
                if p.end <= m.start <= p.end + 80
                and (
                    FROM_AFTER.match(_without_people(text[p.end : m.start], here))
                    or (m.type == "Municipality" and COMMA_AFTER.match(text[p.end : m.start]))
                )
            ),
            None,
        )
        # "Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S": an entry with its own workplace is no staff's
        staff = None if WORKPLACE_NEXT.match(after) else staff_of
        role_match = _ending(ROLE_BEFORE_NAME, before, 0, len(before))
        if role_match is None and ":" in before:
            role_match = LABEL_BEFORE_NAME.search(before)
        if (
            role_match
            and role_match.group(role_match.lastindex or 0)[0].isupper()
            and OWN_TITLE_BEFORE.search(before[: role_match.start(role_match.lastindex or 0)])
        ):
            role_match = None  # "Birgit S. Hansen (A), Formand Bjarne Kvist (A)": the label of the name before
        if role_match and i > 0 and role_match.group(role_match.lastindex or 0)[:1].islower():
            title_at = p.start - len(before) + role_match.start(role_match.lastindex or 0)
            owner_gap = GENITIVE_GAP.fullmatch(text, here[i - 1].end, title_at)
            if owner_gap is not None and municipality_named(owner_gap["owner"]) is None:
                # "Jan Eriksen Friluftsrådets direktør Mads Ellegaard Friluftsrådets sekretariat": a table of
                # name and post flattened onto a line; the post is the name before's
                owner = " ".join(owner_gap["owner"].split())
                named = next((m for m in orgs if m.start == owner_gap.start("owner")), None)
                add(here[i - 1], role_of_word(role_match.group(role_match.lastindex or 0)),
                    named or (ids.organization_id(owner), owner, "Organization"))  # fmt: skip
                role_match = None
        if role_match and AFTER_INITIALS.search(before, 0, role_match.start(role_match.lastindex or 0)):
            role_match = None  # "Jesper Hedegaard JH IT- og specialkonsulent Ane Marie Clausen": the name before's
        if role_match and role_match.group(0).rstrip().endswith(",") and i > 0:
            title_at = p.start - len(before) + role_match.start(role_match.lastindex or 0)
            if TITLE_OF_PREVIOUS.fullmatch(text, here[i - 1].end, title_at):
                role_match = None  # "Jens Hansen, formand, Lise Jensen": the title of the name before
        if role_match and i > 0 and role_of_word(role_match.group(role_match.lastindex or 0)) in CHAIR_ROLES:
            title_at = p.start - len(before) + role_match.start(role_match.lastindex or 0)
            if CLOSING_CHAIR_GAP.fullmatch(text, here[i - 1].end, title_at):
                role_match = None  # "NAME (EF), Rudersdal Kommune, formand NAME2": the chair closes the entry before
        if role_match:
            word = role_match.lastindex or 0
            role = role_of_word(role_match.group(word))
            if word == 2 and role_match.group(1) and role_match.group(1).lower() == "daværende":
                role = f"daværende {role}"
            role_at = p.start - len(before) + role_match.start(word)
            label_of = LABEL_OF.match(before, role_match.end(1)) if role_match.re is LABEL_BEFORE_NAME else None
            target = (
                named_target(text, *_span_at(p.start - len(before), label_of, "of"), orgs)
                if label_of is not None
                else _title_target(text, lo, role, role_at, p, orgs, after_from, region, own_municipality, chair, staff)
            )
            if target is None and role not in BOARD_ROLES and (workplace := WORKPLACE_AFTER_NAME.match(after)):
                # "direktør Carsten Rasmussen fra FynBus": a body no list knows, named right after the name
                at = p.end + workplace.start("body")
                target = named_target(text, at, at + len(workplace["body"]), orgs)
            if target is None and (is_municipal(role) or role in COUNCIL_SEATS):
                target = PENDING  # "byrådsmedlem Ole Ørnbøl": a seat in the council of the person's municipality
            if target is None and own_municipality is None and (_chief(role) or OFFICER.fullmatch(role.split()[-1])):
                target = UNPLACED  # "direktør Stig Madsen" in a text that names no body of his: the step places it
            if target is not None:
                add(p, role, target)
            # "Formand: Borgmester NAME": the colon ended the sentence; the label on its line is read with it
            chain_lo = text.rfind("\n", 0, lo) + 1 if text[max(0, lo - 8) : lo].rstrip().endswith(":") else lo
            chained = _ending(ROLE_BEFORE_ROLE, text, max(chain_lo, role_at - 60), role_at)
            if (
                chained
                and chained.lastindex == 2
                and text[chain_lo : chained.start()].strip()
                and not ENTRY_OPENS.search(text, chain_lo, chained.start())
            ):
                chained = None  # "NAME (EF), Rudersdal Kommune, formand Borgmester NAME2": the name before's
            if chained:  # "den nyudnævnte formand, borgmester Jan Petersen"; "2. viceborgmester, rådmand …"
                other = role_of_word(chained.group(chained.lastindex or 1))
                chain_target = (
                    chair(role_at)
                    if other in BOARD_ROLES
                    else _title_target(
                        text, lo, other, role_at, p, orgs, after_from, region, own_municipality, chair, staff
                    )
                )
                if chain_target in (None, UNPLACED) and chained.lastindex == 2 and named_before is not None:
                    chain_target = named_before(role_at) or chain_target  # a chair's label opening its entry
                if chain_target is not None:
                    add(p, other, chain_target)
            held_for = None if chained else _ending(TITLE_FOR_NAMED, text, max(lo, role_at - 90), role_at, 12)
            if held_for is not None and not any(
                held_for.start("org") <= m.start < held_for.end("org") for m in orgs if m.type == "Municipality"
            ):
                # "formand for Følgegruppen til Fødeplanen, sygeplejedirektør Ditte Thinggaard"
                inside = next((m for m in orgs if held_for.start("org") <= m.start < held_for.end("org")), None)
                words = " ".join(held_for.group("org").split())
                add(
                    p,
                    role_of_word(held_for.group("role")),
                    inside or (ids.organization_id(words), words, "Organization"),
                )
        for_org = [
            (m, t)
            for m, t in titled
            if m.end <= p.start and p.start - m.end < 60 and TITLE_GAP.fullmatch(text, m.end, p.start)
        ]
        if for_org:
            org, role_word = for_org[-1]
            add(p, role_of_word(role_word.group(1)), org)
        elif after_from is not None and (not role_match or after_from.type == "Municipality"):
            add(p, None, after_from)  # "Bestyrelsesmedlem NAME, Svendborg": a title's holder is from there
        elif (
            not role_match
            and ("ny " in before or "Ny " in before or "nyt " in before or "nye " in before or "nyvalgt" in before)
            and (new_post := _ending(NEW_POST, before, 0, len(before), 12))
        ):
            # "Der er kommet ny direktør på Vestbanen: Jens Kristian Ørnskov", "Ny formand for X er NAME"
            at = p.start - len(before) + new_post.start("body")
            body_named = named_target(text, at, at + len(new_post["body"]), orgs)
            if body_named is not None:
                add(p, role_of_word(new_post["role"]), body_named)
        elif not role_match and " for " in before and (named_body := _ending(ROLE_FOR_BODY, before, 0, 80, 10)):
            words = " ".join(named_body.group(2).split())
            inside = next((m for m in orgs if m.end == p.start - len(before) + named_body.end(2)), None)
            add(p, role_of_word(named_body.group(1)), inside or (ids.organization_id(words), words, "Organization"))
        elif not role_match and " for " in before:
            dept = _ending(ROLE_FOR_WORDS, before, 0, len(before), 10)
            if dept and not any(m.start >= p.start - len(before) + dept.start(2) for m in orgs if m.end <= p.start):
                role = role_of_word(dept.group(1))
                words = " ".join(dept.group(2).split())
                if own_municipality is not None and (is_staff(role) or role in ("direktør", "chef")):
                    add(p, role, own_municipality)
                elif own_municipality is None:
                    add(p, role, (ids.organization_id(words), words, "Organization"))
        elif not role_match and " i " in before and own_municipality is not None:
            dept = _ending(ROLE_IN_WORDS, before, 0, len(before), 10)
            if (
                dept
                and is_staff(role_of_word(dept.group(1)))
                and not any(m.start >= p.start - len(before) + dept.start(2) for m in orgs if m.end <= p.start)
            ):
                add(p, role_of_word(dept.group(1)), own_municipality)  # a chief of one of its own departments
        elif not role_match and own_municipality is None and " i " in before and IN_CAPITAL.search(before):
            # "næstformand i Danske Metal Vendsyssel Mogens Bjerre": a body no list knows, right before the name
            held_in = _ending(ROLE_IN_BODY, before, 0, len(before), 10)
            if held_in is not None:
                at = p.start - len(before) + held_in.start(2)
                body_named = named_target(text, at, at + len(held_in.group(2)), orgs)
                if body_named is not None:
                    add(p, role_of_word(held_in.group(1)), body_named)
        _chair_is(text, lo, i, here, orgs, chair, add)
        _after_name(text, hi, p, here, orgs, add, chair)
        listed = LIST_ROLE.match(after)
        post = POST_TITLE.match(after)
        before_workplace = POST_TITLE_WORKPLACE.match(after) if post is None else None
        if before_workplace is not None and (
            role_of_word(before_workplace.group(1)) in BOARD_ROLES
            or any(q.start == p.end + before_workplace.end() for q in here)
        ):
            before_workplace = None  # "A, Formand B", "A, Teamleder B": a title before the next entry's name
        post = post or before_workplace
        initialled = INITIALS_TITLE.match(after) if not listed else None
        if initialled is not None and role_of_word(initialled["role"]) not in BOARD_ROLES:
            # "Jesper Hedegaard JH IT- og specialkonsulent Ane Marie Clausen AMC Sekretariatsleder": a table of
            # name, initials and title flattened onto a line
            role = role_of_word(initialled["role"])
            target = _title_target(text, lo, role, p.start, p, orgs, None, region, own_municipality, chair, staff)
            if target is not None:
                add(p, role, target)
        bracketed = "(" in after[:16] and not listed and bracket_title(text, p, after, orgs, chair, add)
        if listed and body is not None:
            add(p, role_of_word(listed.group(1)), body)
        elif bracketed:
            pass
        elif post and not (
            role_match and role_of_word(role_match.group(role_match.lastindex or 0)) == role_of_word(post.group(1))
        ):
            role = role_of_word(post.group(1))
            at = p.end + post.end()
            named = next((m for m in orgs if m.type == "Municipality" and m.start == at), None)
            if named is None and role not in BOARD_ROLES and not body_seat(role):
                workplace = (
                    WORKPLACE.match(text, at, hi) if post.group(0).rstrip().endswith(",") or before_workplace else None
                )
                end = workplace.end() if workplace is not None else at
                # a list flattened onto a line runs on into the next entry: "…, operativ chef, Nordsjælland
                # Politi Tommy Simonsen (TS), …": the workplace ends where the next name begins
                end = min([end, *(q.start for q in here if at < q.start < end)])
                if workplace is not None and end > at and not any(at == q.start for q in here):
                    named = named_target(text, at, end, orgs)
            target = named or _title_target(
                text, lo, role, p.start, p, orgs, None, region, own_municipality, chair, staff
            )
            if target is None and body_seat(role):
                target = chair(p.start)  # "Birgit Frederiksen (observatør)" in a list of a body's members
            if target is None and own_municipality is None and (_chief(role) or OFFICER.fullmatch(role.split()[-1])):
                target = UNPLACED  # "Lone Lindsby, Koncerndirektør" on a page that names no body of hers
            if target is not None:
                add(p, role, target)
            second = CHAINED_TITLE.match(text, p.end + post.end(), hi) if post.group(0).rstrip()[-1:] == "," else None
            second_at = second.end() if second is not None else 0
            if second is not None and not any(q.start == second_at for q in here):
                # "Henrik Rasmussen, Formand, Borgmester Vallensbæk Kommune", "Tommy Simonsen (TS), observatør,
                # medarbejderrepræsentant Rudersdal Kommune": a second title, and its own workplace after it
                second_role = role_of_word(second.group(1))
                workplace = WORKPLACE.match(text, second_at, hi)
                end = workplace.end() if workplace is not None else second_at
                end = min([end, *(q.start for q in here if second_at < q.start < end)])
                second_target = named_target(text, second_at, end, orgs) if end > second_at else None
                second_target = second_target or _title_target(
                    text, lo, second_role, p.start, p, orgs, None, region, own_municipality, chair, staff
                )
                if second_target is None and own_municipality is None and _chief(second_role):
                    second_target = UNPLACED
                if second_target is not None and second_role not in BOARD_ROLES:
                    add(p, second_role, second_target)
        in_chairmanship = CHAIRMANSHIP_SEAT.match(after) if "ormandskab" in after[:30] else None
        if in_chairmanship is not None and (chaired := chair(p.start)) is not None:
            add(p, "medlem af formandskab", chaired)  # "Ulla Astman (i formandskab)" in a list of a body's members
        closing = CHAIR_AFTER_WORKPLACE.match(after) if "ormand" in after[:90] and not post else None
        if closing is not None and not any(p.end < q.start < p.end + closing.end() for q in here):
            chaired = chair(p.start)
            if chaired is not None:
                add(p, role_of_word(closing["role"]), chaired)
        referent = REFERENT_AFTER.match(after) if "ref" in after else None
        if referent is not None and (
            any(p.end < q.start < p.end + referent.end() for q in here)
            or re.search(r"\s(?:og|samt)\s", after[: referent.end()])
        ):
            referent = None  # "A, BRS B, BRS (referent)", "direktør A og Danni Giørtz- Jørgensen (referent)": B's
        took_part = referent is None and "referent" in after[:60] and REFERENT_TOOK_PART.match(after) is not None
        if referent or took_part or ("ef" in before and REFERENT_BEFORE.search(before)):
            org = next((m for m in orgs if referent and p.end <= m.start < p.end + referent.end()), None)
            minutes_of: Target | None = org or body or chair(p.start)
            if minutes_of is not None:
                add(p, "referent", minutes_of)
        meeting_post = MEETING_POST_BEFORE.search(before) if ":" in before[-12:] else None
        if meeting_post is not None and (meeting_body := body or chair(p.start)) is not None:
            add(p, meeting_post["role"].lower(), meeting_body)
        substitute = SUBSTITUTE_BEFORE.search(before, max(0, len(before) - 30)) if "uppleant" in before else None
        if substitute is not None and not STANDS_IN_FOR.match(WORKPLACE_GAP.sub("", after, count=1)):
            seat_of = body or chair(p.start)
            if seat_of is not None:
                add(p, " ".join(substitute["role"].lower().split()), seat_of)
        if "træde" in after or "tråd" in after:
            enters_bodies(text, hi, i, here, orgs, add)
        _seat(text, lo, hi, p, add)
        if "som" in after:
            takes_post(text, hi, p, here, orgs, body, chair, add, own_municipality)
        _elected(text, lo, hi, p, before, after, orgs, body, chair, add, own_municipality)
        ranked = (
            _ending(LIST_SUBSTITUTE, before, 0, len(before), 8)
            if "stedfort" in before or "suppleant" in before
            else None
        )
        if ranked is not None:
            council = next((m for m in reversed(orgs) if m.type == "Municipality" and m.end <= p.start), None)
            council_of = council or own_municipality
            if council_of is not None:
                add(p, " ".join(ranked.group("role").split()), council_of)
        together = _ending(TOGETHER, before, 0, len(before), 10) if "sammen" in before else None
        if together is not None and not proposed(text, p.start):
            # "… som næstformand sammen med regionsrådsformand Mads Duedahl": the same seat, the same body
            shared_role = role_of_word(together.group("role"))
            shared = chair(p.start) if shared_role in BOARD_ROLES else None
            if shared is not None:
                add(p, shared_role, shared)
    for change in CHANGE.finditer(text, lo, hi):
        subject = [p for p in here if p.end <= change.start()]
        target_mention = _next_mention(orgs, change.end(), hi)
        if not subject or target_mention is None or target_mention.start - change.end() > 5:
            continue
        clause = text[target_mention.end : clause_end(text, target_mention.end, hi)]
        verb = change.group(1).lower()
        valid_from, valid_to = dates_of(clause, verb)
        if not (STARTS.search(verb) or ENDS.search(verb)):
            valid_from = valid_to = None
        add(subject[-1], role_of_word(change.group(2)), target_mention, valid_from, valid_to)
    for chairship in CHAIRSHIP.finditer(text, lo, hi):
        chair_org = _next_mention(orgs, chairship.end(), hi)
        if chair_org is None or chair_org.start - chairship.end() > 3:
            continue
        holders = [
            p
            for p in here
            if p.start > chair_org.end
            and len(text[chair_org.end : p.start]) < 160
            and not re.search(r"\bv\.\s", text[chair_org.end : p.start])
        ]
        held = chairship.group(1).lower()
        if held == "formand" and len(holders) > 1:
            held = "medlem af formandskabet"  # a chair and a vice chair, not two chairs
        for p in holders:
            add(p, held, chair_org)
    return out


def _span_at(offset: int, match: re.Match[str], group: str) -> tuple[int, int]:
    """Where a match's group lies in the text, for a match made on a slice of it starting at offset."""
    return offset + match.start(group), offset + match.end(group)


def _title_target(
    text: str,
    lo: int,
    role: str,
    role_at: int,
    p: PersonMention,
    orgs: list[Mention],
    after_from: Mention | None,
    region: Mention | None,
    own: Mention | None,
    chair: Callable[[int], Target | None],
    staff_of: Target | None = None,
) -> Target | None:
    """The body a title before a name is held in. A body named right after an earlier name is that
    name's affiliation ("Leif Rasmussen, Assens Direktør Carsten Jensen"), not the title's."""
    bare = role.removeprefix("daværende ")
    if after_from is not None and bare not in BOARD_ROLES:
        return after_from  # "fra X Kommune" after a chair's name is the chair's municipality, not the board
    chairship = CHAIRSHIP.search(text, lo, p.start)
    if chairship:
        found = _next_mention(orgs, chairship.end(), p.start)
        if found is not None:
            return found
    owner = _genitive_owner(text, max(lo, role_at - 60), role_at, orgs, bare)
    if owner is not None:
        return owner  # "Movias formand Thomas Gyldal Petersen", "Aarhus Kommunes borgmester Jacob Bundsgaard"
    ministry = _ministry(bare)
    if ministry:
        return (ministry[0], ministry[1], "Organization")
    place = PLACE_TITLE.search(text, max(lo, role_at - 30), role_at)
    info = municipality_named(place.group(1)) if place else None
    if info is not None and (bare in MUNICIPAL_ROLES or is_staff(bare)):
        return (ids.municipality_id(info.code), info.name, "Municipality")  # "Randers-borgmester NAME"
    if bare.startswith("regionsråd") and region is not None:
        return region
    # a mayor or a municipal director belongs to a municipality, never to a body nearby
    allowed = (
        ("Municipality",)
        if bare in MUNICIPAL_ROLES
        else ("Organization",)
        if bare in BOARD_ROLES
        else ("Municipality", "Organization")
    )
    clause = _clause_start(text, lo, role_at)
    preceding = [
        m
        for m in orgs
        if clause <= m.start and m.end <= role_at and m.type in allowed and not _affiliation_of_earlier(text, m)
    ]
    if preceding:
        return preceding[-1]
    if bare in BOARD_ROLES or bare.endswith("observatør"):
        return chair(role_at)  # "medarbejder-observatør NAME" among a board's members: the board's
    if is_staff(bare):
        # in a municipality's own minutes, its own mayor, director or chief; in a company's, its own
        if own is not None:
            return own
        return staff_of if not is_municipal(bare) and bare != "mødeleder" else None  # the meeting's, no post
    if bare in ("direktør", "administrerende direktør") and own is None:
        return staff_of  # "Direktør NAME" in a company's own minutes is its director
    if OFFICER.fullmatch(bare.split()[-1]):
        # "Faglig koordinator Vicki Schultz Lund … deltager under dette punkt" in its municipality's own minutes;
        # "IT- og specialkonsulent" in a company's or an agency's own
        return own if own is not None else staff_of
    return None


# an officer's title that names no body: in a municipality's own minutes, of its own staff
OFFICER = re.compile(
    r"(?!(?:general|stats|parti|departements|kabinets|folketings)sekretær)"
    r"[a-zæøå]*(?:konsulent|koordinator|fuldmægtig|sekretær|redaktør)|borgerrådgiver"
)  # a municipality's own officers; a party's or a ministry's secretary is not one


# the body a title is held in, in the genitive right before it: "Movias formand", "KL's direktør"
GENITIVE_OWNER = re.compile(rf"(?<![\wæøå-])(?P<owner>{owner_words(3)})(?:s|'s|’s|')[ \t]+$")
GENITIVE_ROLES = BOARD_ROLES | frozenset({"direktør", "administrerende direktør"})


def _genitive_owner(text: str, lo: int, role_at: int, orgs: list[Mention], role: str) -> Target | None:
    """The body named in the genitive right before a title: a municipality for a municipal title, else a
    body for a chair's, a seat's or a director's (never a person's: "Jens Hansens formand")."""
    match = GENITIVE_OWNER.search(text, lo, role_at)
    if match is None:
        return None
    start, end = match.start("owner"), match.end("owner")
    named = next((m for m in orgs if m.start == start and m.end >= end - 1), None)
    if is_municipal(role) or is_staff(role):
        info = municipality_named(match["owner"])
        if info is not None:
            return (ids.municipality_id(info.code), info.name, "Municipality")
        return named if named is not None and named.type == "Municipality" else None
    if role not in GENITIVE_ROLES:
        return None
    if named is not None and named.type == "Organization":
        return named
    words = match["owner"].split()
    if (
        words[0] in first_names()
        or words[0] in ("Den", "Det", "De", "Hans", "Hendes")
        or municipality_named(match["owner"])
    ):
        return None
    name = " ".join(words)
    return (ids.organization_id(name), name, "Organization")


def _affiliation_of_earlier(text: str, m: Mention) -> bool:
    """Whether m follows an earlier name as its affiliation: "NAME, Assens", "NAME (V) fra Assens"."""
    return AFFILIATION_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def _chair_is(
    text: str,
    lo: int,
    i: int,
    here: list[PersonMention],
    orgs: list[Mention],
    chair: Callable[[int], Target | None],
    add: Callable[..., None],
) -> None:
    """ "Formand for X er [title] NAME", "Næstformændene er A, X Kommune, og B"."""
    p = here[i]
    clause = _clause_start(text, lo, p.start)
    if "ormand" not in text[clause : p.start].lower() and "ormænd" not in text[clause : p.start].lower():
        return
    match = _ending(CHAIR_IS, text, clause, p.start, 16)
    first = i
    while match is None and first > 0 and PLURAL_CHAIR.search(text[clause : p.start]):
        # a later name of a plural list: "Næstformændene er A, X Kommune, og B"
        gap = text[here[first - 1].end : here[first].start]
        if not NEXT_IN_LIST.match(gap):
            return
        first -= 1
        match = _ending(CHAIR_IS, text, clause, here[first].start, 16)
        if match and not PLURAL_CHAIR.search(match.group(0)):
            return
    if match is None:
        return
    role = match.group(1).lower().replace("formænd", "formand")
    target: Target | None = None
    if match.group("org"):
        target = _next_mention(orgs, match.start("org"), match.end("org"))
        if target is None:
            return
    else:
        target = chair(match.start())
    if target is None:
        return
    valid_from, valid_to = dates_of(text[match.start() : p.start])
    add(p, role, target, valid_from, valid_to)


def _after_name(
    text: str,
    hi: int,
    p: PersonMention,
    people: list[PersonMention],
    orgs: list[Mention],
    add: Callable[..., None],
    chair: Callable[[int], Target | None],
) -> None:
    """ "NAME, Struer Kommune, er formand for DASSOS"; "NAME, borgmester i Vesthimmerland Kommune";
    "NAME (V), der er borgmester i Ikast-Brande"; a second title joined by "og"; a body no list knows,
    named right after: "NAME, direktør for Wonderful Copenhagen"."""
    window = text[p.end : min(hi, p.end + 160)]
    ends: list[int] = []
    lead = ""
    for pattern in (APPOSITION, RELATIVE, AFTER_IS, INVERTED_IS, AND_TITLE, COMMA_TITLE):
        if pattern is INVERTED_IS:
            if ends or not text[max(0, p.start - 8) : p.start].rstrip().endswith(INVERTED_VERBS):
                continue
            # "Fra den 1. august 2019 er NAME kommunaldirektør i Fredericia Kommune": the clause's date is before
            lead = SENTENCE_END.split(text[max(0, p.start - 100) : p.start])[-1]
        if pattern is COMMA_TITLE:
            head = pattern.match(text, ends[-1], min(hi, ends[-1] + 120)) if ends else None
            head_end = head.end() if head else 0
        elif pattern is AND_TITLE:
            head = pattern.match(text, ends[0], min(hi, ends[0] + 120)) if ends else None
            head_end = head.end() if head else 0
        else:
            head = pattern.match(window)
            head_end = p.end + head.end() if head else 0
        if head is None:
            continue
        role_at = head_end - len(head.group(0)) + head.start("role") - head.start()
        if any(p.end < q.start < role_at for q in people):
            continue  # "NAME, borgmester i Herlev (A) og næstformand NAME2 byrådsmedlem …": NAME2's title
        words = LOWER_WORDS.match(text, head_end, hi)
        at = words.end() if words else head_end
        role = role_of_word(head.group("role"))
        named = next((m for m in orgs if head_end <= m.start <= at and text[m.start].isupper()), None)
        back = BACK_REFERENCE.match(text, head_end, hi) if named is None else None
        if back is not None and (target := chair(head_end)) is not None:
            # "…, der har været formand for samarbejdet": the network the text is about
            clause = text[back.end() : clause_end(text, back.end(), hi)]
            add(p, role, target, *dates_of(lead + text[p.end : head_end] + clause))
            ends.append(back.end())
            continue
        if named is not None and any(
            named.end <= q.start <= named.end + 2 and not text[named.end : q.start].strip() for q in people
        ):
            continue  # "…, næstformand for Bestyrelsen Peter Thyssen": the title of the next name
        if named is not None:  # a lower-case mention is an adjective ("den nordjyske …"), not the body
            clause = text[named.end : clause_end(text, named.end, hi)]
            add(p, role, named, *dates_of(lead + text[p.end : named.start] + clause))
            ends.append(named.end)
            continue
        company = COMPANY.match(text, at, hi)
        if company is None or any(at <= q.start < company.end() for q in people):
            continue  # "næstformand for Bestyrelsen Peter Thyssen": a list of titled names, not a body
        if municipality_named(company.group(0)):
            continue
        name = company.group(0).rstrip(" .,")
        clause = text[company.end() : clause_end(text, company.end(), hi)]
        add(p, role, (ids.organization_id(name), name, "Organization"), *dates_of(lead + text[p.end : at] + clause))
        ends.append(company.end())


def _elected(
    text: str,
    lo: int,
    hi: int,
    p: PersonMention,
    before: str,
    after: str,
    orgs: list[Mention],
    body: Target | None,
    chair: Callable[[int], Target | None],
    add: Callable[..., None],
    own: Mention | None = None,
) -> None:
    """ "NAME blev valgt som formand [for X]", "valgtes NAME som næstformand", "Som formand valgtes NAME";
    a municipal post ("konstitueres som kommunaldirektør") is held in the municipality, never a body."""
    clause = _clause_start(text, lo, p.start)
    match = ELECTED_AFTER.match(after)
    if match is None and ELECTION.search(text, clause, p.start):
        match = SOM_AFTER.match(after)
    role_end = p.end + match.end() if match else p.start
    if match is None:
        match = _ending(ELECTED_BEFORE, before, 0, len(before)) if ELECTION.search(before) else None
        if match is None:
            return
    if proposed(text, p.start):
        return
    role = role_of_word(match.group("role"))
    seat_end = p.end + match.end("role") if role_end > p.end else p.start
    som = text.rfind("som", p.end, seat_end)
    if role in ("medlem", "repræsentant", "suppleant") and som >= 0 and SEAT.match(text, som):
        return  # "som medlem af bestyrelsen for X": the seat rule's, named by its board
    called_in = "indkald" in text[p.end : seat_end].lower()
    if called_in and role in ("stedfortræder", "suppleant") and STANDS_IN_FOR.match(text, seat_end):
        return  # "indkaldes som stedfortræder for NAME": standing in at a meeting (attendance), not a post
    target: Target | None = None
    of = match.groupdict().get("of")
    if of:
        target = _next_mention(orgs, role_end, min(hi, role_end + 60))
        if target is not None and not LOWER_WORDS.fullmatch(text, role_end, target.start):
            target = None  # "som direktør for Metroselskabet & Hovedstadens Letbane": not the region inside it
        if target is None:
            company = COMPANY.match(text, role_end, hi)
            if company is not None:
                name = re.sub(r"s$", "", company.group(0).rstrip(" .,")) if company.group(0).endswith("s") else ""
                name = name or company.group(0).rstrip(" .,")
                target = (ids.organization_id(name), name, "Organization")
    if target is None and is_municipal(role):
        target = own if own is not None else PENDING
    if target is None:
        target = body if body is not None else chair(p.start)
    if target is None or target == UNPLACED:
        # "Bestyrelsen i Fjernvarme Fyn har valgt NAME som …": the electing board, before a chair never named
        target = _electing_board(text, clause, p.start, orgs) or target
    if target is None:
        return
    statement = text[clause : clause_end(text, max(p.end, role_end), hi)]
    valid_from, valid_to = dates_of(statement)
    add(p, role, target, valid_from, valid_to)


# the body right after a titled name: "direktør Carsten Rasmussen fra FynBus", "… (A) fra Team Danmark"
WORKPLACE_AFTER_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:fra|hos)[ \t]+"
    r"(?P<body>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&-]*){0,3})"
)
# the board that elects, as the clause's subject: "Bestyrelsen i Fjernvarme Fyn har valgt …", "Bestyrelsen for X
# konstituerede sig med …"
ELECTING_BOARD = re.compile(
    r"(?:bestyrelsen|repræsentantskabet)\s+(?:i|for)\s+"
    r"(?P<owner>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&-]*){0,3})"
    r"\s+(?:har|have|blev|er)?\s*(?:(?:gen)?valgt|konstituere[dt]?|udpeget)",
    re.IGNORECASE,
)


def _electing_board(text: str, clause: int, pos: int, orgs: list[Mention]) -> Target | None:
    """The board named as the subject of the clause that elects the name at pos."""
    board = ELECTING_BOARD.search(text, clause, pos)
    if board is None:
        return None
    return named_target(text, board.start("owner"), board.end("owner"), orgs)


def _seat(text: str, lo: int, hi: int, p: PersonMention, add: Callable[..., None]) -> None:
    """ "udpegede den 14/12 2005 rådmand NAME som medlem af bestyrelsen for I/S Infra Service"."""
    window = text[p.end : min(hi, p.end + 60)]
    if "som" not in window or proposed(text, p.start):
        return
    for match in re.finditer(r"\bsom\s", window):
        start = p.end + match.start()
        if start - p.end > 40:
            break
        rest = text[start : min(hi, start + 160)]
        seat = SEAT.match(rest)
        if seat is None:
            continue
        company = COMPANY.match(text, start + seat.end(), hi)
        if company is None:
            continue
        name = company.group(0).rstrip(" .,")
        board = seat.group("board").lower()
        kind = seat.group("seat").lower()
        # "som medlem af bestyrelsen": the README's rule 2 gives `medlem`, a "bestyrelsesmedlem" only printed
        role = "medlem" if kind == "medlem" and board.startswith("bestyrelse") else f"{kind} af {board}"
        # the sentence may end early at the company's own dots ("A.m.b.a."): read on to the clause's end
        statement = text[_clause_start(text, lo, p.start) : clause_end(text, company.end(), company.end() + 200)]
        valid_from, valid_to = dates_of(statement, verb=statement)
        add(p, role, (ids.organization_id(name), name, "Organization"), valid_from, valid_to)
        return


def _between(spans: list[Any], lo: int, hi: int) -> list[Any]:
    """The spans (sorted by start) that start in [lo, hi)."""
    starts = [s.start for s in spans]
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _without_people(gap: str, people: list[PersonMention]) -> str:
    for p in people:
        gap = gap.replace(p.name, "")
    return re.sub(r"^s?\s*(?:og|samt)\s+", "", gap) if gap.strip().startswith(("og", "samt")) else gap


# --- the step: every sentence with a person in it ----------------------------------------------


class Context(Protocol):
    """What the step needs of the document being extracted (extract/core's working state)."""

    text: str
    mentions: list[Mention]
    people: list[PersonMention]
    scopes: list[Scope]
    facts: FactsBuilder
    meeting: Meeting
    body_id: str | None
    municipality: MunicipalityRef | None

    def ev(self, start: int, end: int) -> Evidence: ...

    def add_mention(self, m: Mention) -> str: ...


def _region(mentions: list[Mention]) -> Mention | None:
    regions = Counter(m.id for m in mentions if m.kind == "region")
    if not regions:
        return None
    best = max(regions.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(m for m in mentions if m.id == best)


def _own_municipality(ctx: Context) -> Mention | None:
    if ctx.municipality is None or body_is_network(ctx.meeting):
        return None
    code = ctx.municipality.code
    info = municipality_by_code().get(code)
    region = info.region if info else None
    return Mention(0, 0, ids.municipality_id(code), "Municipality", ctx.municipality.name, None, region, code)


def _meeting_date(meeting: Meeting) -> str | None:
    """The day of the meeting (or of publication) whose text this is: an undated statement's date."""
    if meeting.start is not None:
        return meeting.start.date().isoformat()
    return meeting.published.isoformat() if meeting.published else None


class _Chairs:
    """The body an unnamed chair chairs: the one named last with "formand for" before it, else the
    network the text named last before it, else the meeting's body (in its header and in its items:
    "Sten Brincker (formand) meddelte …", "Mødet blev ledet af næstformand Lise Holm")."""

    def __init__(self, ctx: Context, networks: list[Mention]) -> None:
        self.text = ctx.text
        self.orgs = [m for m in ctx.mentions if m.type == "Organization" and m.kind != "region"]
        self.starts = [m.start for m in self.orgs]
        self.networks = networks
        self.network_starts = [m.start for m in networks]
        body = ctx.body_id
        self.body: Target | None = (body, ctx.meeting.body or body, "Organization") if body else None
        # the body a text that names none is about ("Tilstede var: Overborgmester NAME …" on a page that names
        # neither its committee nor a municipality): one of its own, known only as the document's
        self.unnamed: Target = unnamed_body(ctx.text, ctx.meeting.source)

    def __call__(self, pos: int) -> Target | None:
        before = self.orgs[max(0, bisect_left(self.starts, pos - 800)) : bisect_left(self.starts, pos)]
        for m in reversed(before):
            if CHAIR_BEFORE.search(self.text[max(0, m.start - 25) : m.start]):
                return m
        networks = self.networks[: bisect_left(self.network_starts, pos)]
        if networks:
            return networks[-1]
        return self.body  # "Jens Hansen (formand) bød velkommen" in an item: the meeting's body

    def or_unplaced(self, pos: int) -> Target:
        """The body an unnamed chair at pos chairs, else UNPLACED (the step places it when no reader did)."""
        return self(pos) or UNPLACED

    def last_named(self, pos: int, reach: int = 1500) -> Mention | None:
        """The body the text named last before pos (a web page's section about one committee)."""
        index = bisect_left(self.starts, pos)
        return self.orgs[index - 1] if index and pos - self.orgs[index - 1].start <= reach else None


def _network_mentions(ctx: Context) -> list[Mention]:
    found = [m for m in ctx.mentions if m.type == "Organization" and m.kind in NETWORK_KINDS]
    taken = [(m.start, m.end) for m in found]
    for start, end, name in named_networks(ctx.text):
        if not any(a < end and start < b for a, b in taken):
            found.append(Mention(start, end, ids.organization_id(name), "Organization", name, "network"))
    return sorted(found, key=lambda m: m.start)


def add_roles(ctx: Context) -> None:
    """HOLDS_ROLE for every role the text states, and a person's affiliation."""
    region = _region(ctx.mentions)
    own = _own_municipality(ctx)
    networks = _network_mentions(ctx)
    named = [m for m in networks if m.kind == "network" and not ctx.facts.has(m.id)]
    mentions = sorted([*ctx.mentions, *(m for m in named if m not in ctx.mentions)], key=lambda m: m.start)
    chairs = _Chairs(ctx, networks)
    body = chairs.body
    as_of = _meeting_date(ctx.meeting)
    # a company's or an agency's own minutes (no municipality, no network): its staff's titles are its
    staff_of = body if ctx.municipality is None and not body_is_network(ctx.meeting) else None
    found: list[RoleFact] = []
    people_starts = [p.start for p in ctx.people]
    mention_starts = [m.start for m in mentions]
    scope_starts = [s.start for s in ctx.scopes]
    # each person is read once, in its own sentence; a sentence read once with all its people
    readers: dict[tuple[int, int], list[PersonMention]] = {}
    for p in ctx.people:
        scope = _scope_at(ctx.scopes, scope_starts, p.start)
        # a name past every scope (a list after the last item a PDF flattened) is read in the whole text
        lo, hi = (scope.start, scope.end) if scope.start <= p.start < scope.end else (0, len(ctx.text))
        readers.setdefault(sentence_bounds(ctx.text, p.start, p.end, lo, hi), []).append(p)
    for bounds, own_people in readers.items():
        people = ctx.people[bisect_left(people_starts, bounds[0]) : bisect_left(people_starts, bounds[1])]
        here = mentions[bisect_left(mention_starts, bounds[0]) : bisect_left(mention_starts, bounds[1])]
        found += find_roles(
            ctx.text,
            bounds,
            people,
            here,
            region,
            own,
            chairs.or_unplaced,
            body,
            own_people,
            staff_of,
            chairs.last_named,
        )
    found += listed_titles(ctx, mentions, chairs.or_unplaced, own, region, found)
    found += elected_to_the_items_post(ctx, own, found)
    found += members_listed_under_chairs(ctx, found)
    found += member_list_of_the_body(ctx, body, found) if body else members_listed(ctx, chairs.unnamed, found)
    found += _roster(ctx, chairs, found)
    found += board_after_name(ctx.text, ctx.people, mentions, found)
    found += board_consists_of(ctx.text, ctx.people, mentions, chairs)
    own_id = (own.id, own.name) if own is not None else None
    for post in find_posts(ctx.text, ctx.people, own_id):
        tid, tname, ttype = post.target
        at = post.person
        found.append(RoleFact(at, post.role, tid, tname, ttype, post.valid_from, post.valid_to, at.start, at.end))
    ties = _municipalities_of(ctx.people, found)
    # a body's meeting with no municipality of its own is a cross-municipal body's, whose minutes often name
    # one municipality that is not the mayor's: "Borgmester Arne Boelt orienterede. Busruten til Aalborg
    # Kommune ændres." (a news item or a web page has no body)
    cross_municipal_meeting = ctx.municipality is None and ctx.meeting.body is not None
    only = None if cross_municipal_meeting else _only_municipality(ctx.mentions)
    placed = placed_titles(found)
    for fact in found:
        if fact.target == UNPLACED[0]:
            if (fact.person.name, fact.role) in placed:
                continue  # another reader found the body it is held in
            said_at = fact.person.start
            fact = held_in(fact, chairs(said_at) or chairs.last_named(said_at) or chairs.unnamed)
        elif fact.target == PENDING[0]:
            tie = ties.get(fact.person.name) or only
            if tie is not None:
                fact = replace(fact, target=tie[0], target_name=tie[1], mention=None)
            else:
                printed_for = chairs.body or chairs.unnamed
                # a title whose municipality the document never names ("Borgmester NAME" in a cross-municipal
                # body's attendance list, in a news item about a board): the annotation rule's fallback, the
                # document's body, else its unnamed one (never a body merely named before: not the mayor's)
                fact = held_in(fact, printed_for)
        _relate(ctx, fact, as_of)


def _roster(ctx: Context, chairs: _Chairs, found: list[RoleFact]) -> list[RoleFact]:
    """A body's roster under title headings ("Formand" / "Øvrige medlemmer"): each name holds the
    heading's title in the body the text is about there (as an unnamed chair's). A list the meeting's
    attendance was read from is who attended, not a roster."""
    known = placed_titles(found)
    attended = {row.start for row in ctx.meeting.attendance}
    entries = roster_entries(ctx.text, ctx.people)
    # a roster any of whose names the meeting's attendance was read from is the attendance list, all of it (its
    # names absent later in the text are read from there: "Medlemmer\n\nFormand Erik Nielsen (A)\nBritt Jensen (A)")
    lists_attendance = {heading for p, _, _, heading in entries if p.start in attended}
    out: list[RoleFact] = []
    for p, role, body, heading in entries:
        if heading in lists_attendance:
            continue
        target = _named_body(ctx, body, p.start) if body else chairs(p.start) or chairs.last_named(p.start) or UNPLACED
        if target is None or (p.name, role) in known:
            continue
        known.add((p.name, role))
        out.append(role_fact(p, role, target, p.start, p.end))
    return out


def _named_body(ctx: Context, name: str, before: int) -> Target:
    """The body a heading names ("Medlemmer af Sundhedskoordinationsudvalget"): a mention of it, else its name."""
    named = next(
        (m for m in ctx.mentions if m.start < before and m.type == "Organization" and m.name.lower() == name.lower()),
        None,
    )
    return named if named is not None else (ids.organization_id(name), name, "Organization")


def _municipalities_of(people: list[PersonMention], found: list[RoleFact]) -> dict[str, tuple[str, str]]:
    """The one municipality the document ties each person to: "NAME, X Kommune", "NAME (X Kommune)",
    "NAME fra X", a municipal title held in X, an e-mail address at X; none when it names two."""
    ties: dict[str, set[tuple[str, str]]] = {}
    for fact in found:
        if fact.target_type == "Municipality" and fact.target and (fact.role is None or is_municipal(fact.role)):
            ties.setdefault(fact.person.name, set()).add((fact.target, fact.target_name))
    by_name = municipality_by_name()
    for p in people:
        info = by_name.get(p.affiliation.lower()) if p.affiliation else None
        if info is not None:
            ties.setdefault(p.name, set()).add((ids.municipality_id(info.code), info.name))
    return {name: next(iter(tie)) for name, tie in ties.items() if len(tie) == 1}


def _only_municipality(mentions: list[Mention]) -> tuple[str, str] | None:
    """The one municipality a text names, if it names one and no other: the municipality of a mayor or a
    council member it names without one ("borgmester Arne Boelt" in a news item about Hjørring's port)."""
    named = {(m.id, m.name) for m in mentions if m.type == "Municipality"}
    return next(iter(named)) if len(named) == 1 else None


def _scope_at(scopes: list[Scope], starts: list[int], pos: int) -> Scope:
    """The last scope (the header, then items in order) that holds pos, else the header."""
    for index in range(bisect_right(starts, pos) - 1, -1, -1):
        if scopes[index].start <= pos < scopes[index].end:
            return scopes[index]
    return scopes[0]


def _relate(ctx: Context, fact: RoleFact, as_of: str | None) -> None:
    facts = ctx.facts
    person = facts.entity(
        ids.person_id(fact.person.name), "Person", fact.person.name, affiliation=fact.person.affiliation
    )
    target = fact.target
    if fact.mention is not None and fact.mention.type in ("Organization", "Municipality"):
        target = ctx.add_mention(fact.mention)  # a committee named in its municipality's minutes is its body
    elif ids.is_kind(target, "organization") and not facts.has(target):
        kind = fact.target_kind or ("ministry" if fact.target_name.endswith("ministeriet") else None)
        kind = UNNAMED if fact.target_name.startswith(UNNAMED) else kind
        facts.entity(target, "Organization", fact.target_name, kind=kind)
    elif ids.is_kind(target, "municipality") and not facts.has(target):
        facts.entity(target, "Municipality", fact.target_name, code=ids.municipality_code_of(target))
    elif facts.type_of(target) is None:
        return
    if fact.target_type == "Municipality" and fact.role is None:
        facts.set_property(person, "affiliation", fact.target_name)
        return
    if fact.role is None or fact.target_type == "Municipality":
        facts.set_property(person, "affiliation", fact.target_name)
    facts.relation(
        "HOLDS_ROLE",
        person,
        target,
        ctx.ev(fact.person.start, fact.person.end),
        role=fact.role,
        valid_from=fact.valid_from,
        valid_to=fact.valid_to,
        as_of=None if fact.valid_from or fact.valid_to else as_of,
    )
