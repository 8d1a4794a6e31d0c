"""The meeting step: the Document node, and for minutes or an agenda the Meeting, RECORDED_IN, the
body it is OF and that body's PART_OF its municipality; the meeting's own municipality is inferred
here, for the steps after it."""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.extract.body_municipality_name import named_with_owner
from graphbuild.extract.context import Context, body_is_network
from graphbuild.extract.inference import FROM_MENTIONS, Inferred, infer_municipality
from graphbuild.models import Meeting, MunicipalityRef
from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.branch_address import branch_municipality
from graphbuild.parse.former_municipalities import before_reform, unchanged_by_reform
from graphbuild.parse.header_affiliations import named_only_as_affiliation, represents_several
from graphbuild.parse.header_municipality import is_municipal_council, listed_with_others
from graphbuild.parse.municipality_in_titles import named_only_in_titles, title_spans
from graphbuild.parse.named_site import site_named_for_municipality
from graphbuild.parse.publisher_site import (
    MUNICIPAL_SCHOOLS,
    council_site_municipality,
    former_site_municipality,
    is_region_site,
    publisher_municipality,
    school_site,
)
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import bare_body_name
from graphbuild.vocab.body_terms import without_term
from graphbuild.vocab.gazetteer import body_head, is_cross_municipal, is_joint_name, is_municipal_body, lookup_alias
from graphbuild.vocab.municipality_names import named_municipalities
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_code


def iso(value: object) -> str | None:
    """A datetime to the minute, or a date, as ISO 8601."""
    if value is None:
        return None
    iso_format = getattr(value, "isoformat")  # noqa: B009 - datetime or date
    try:
        return str(iso_format(timespec="minutes"))
    except TypeError:
        return str(iso_format())


def add_meeting(ctx: Context) -> None:
    meeting, facts, doc = ctx.meeting, ctx.facts, ctx.doc
    inferred = infer_municipality(meeting, ctx.mentions, body_is_network(meeting.body))
    text_named_one = inferred is not None  # one dropped below for a region's sake is no gap for the address
    doubted = inferred  # the text's own, kept for the site to confirm should a doubt below drop it
    if inferred is not None and inferred.how in _FROM_MENTIONS_ANYWHERE and not _of_one_municipality(meeting.body):
        inferred = None  # "Mårslet Fællesråd", a company's board: the town it names most is no owner
    if inferred is not None and inferred.how in _BY_MENTION_ALONE and _REGION_SELF.search(ctx.text):
        inferred = None  # a committee of a region ("regionsrådet", "regionens") names a municipality in an item
    if inferred is not None and (_held_at_a_region(ctx.text) or _headed_by_a_region(ctx.text)):
        inferred = None  # "Regionsgården i Hillerød", "Region Syddanmark logo": a region's meeting, no municipality's
    if inferred is not None and inferred.how in FROM_MENTIONS and _a_persons_municipality(ctx, inferred.ref.code):
        inferred = None  # "ekstern næstformand Jan Henriksen, Middelfart Kommune": the person's, not the meeting's
        text_named_one = False  # a guest's municipality leaves the gap the site's own may fill
    if inferred is not None and _a_matters_place(ctx, inferred):
        inferred = None  # "Telekørsel i Nordfyns Kommune": a matter's place, not the meeting's municipality
        text_named_one = False
    if inferred is not None and _outweighed_by_the_site(ctx, inferred):
        inferred = None  # "at Lejre Kommune er sekretariatskommune" in a committee's minutes on roskilde.dk
        text_named_one = False
    if inferred is not None and inferred.how == "council" and not _most_named(ctx.text, inferred.ref.code):
        inferred = None  # "et medlem af kommunalbestyrelsen i Hvidovre" once, "Københavns Kommune" twice: a party's
        text_named_one = False
    if inferred is not None and inferred.how != "header" and _represents_several(ctx):
        inferred = None  # "Inge Flensted (Herning Kommune), Hanne Christensen (Hillerød Kommune)": several's meeting
    if inferred is not None and _an_associations_minutes(ctx, inferred.ref.name):
        inferred = None  # "Landsbylauget i Iller … Referat fra bestyrelsesmødet": an association, no municipality
    if inferred is not None and is_region_site(ctx.source.url):
        inferred = None  # minutes on a region's own site: its meeting's place ("Alsion, Sønderborg") is no owner
    if inferred is None and doubted is not None and text_named_one:
        inferred = _confirmed_by_the_site(ctx, doubted)  # "Glostrup Kommunes" in a page on glostrup.dk
    municipality = inferred.ref if inferred else None if text_named_one else _from_the_address(ctx)
    if municipality is None and not text_named_one:
        municipality = _from_a_named_site(ctx)  # "koegescenen.dk": an association's own site, named for Køge
    if municipality is None and not text_named_one:
        municipality = _from_a_branchs_address(ctx)  # "aeldresagen.dk/lokalafdelinger/odense/": its Odense branch
    ctx.municipality = municipality
    head = ctx.line_ev(_first_text(ctx.text))
    records_a_meeting = _is_a_meeting(meeting)
    document_id = facts.entity(
        ids.document_id(doc),
        "Document",
        ctx.source.name,
        path=ctx.source.path,
        sha256=ctx.source.sha256,
        format=ctx.source.format,
        body=meeting.body if records_a_meeting else None,
        url=ctx.source.url,
    )
    if not records_a_meeting:
        return  # a news article or a body's web page: a Document, but no invented Meeting
    meeting_id = facts.entity(
        ids.meeting_id(doc),
        "Meeting",
        _meeting_name(meeting),
        kind=meeting.kind,
        body=meeting.body,
        starts_at=iso(meeting.start),
        ends_at=iso(meeting.end),
        location=meeting.location,
        published=iso(meeting.published),
    )
    facts.relation("RECORDED_IN", meeting_id, document_id, head)
    municipality_id = None
    if municipality is not None:
        info = municipality_by_code().get(municipality.code)
        municipality_id = facts.entity(
            ids.municipality_id(municipality.code),
            "Municipality",
            municipality.name,
            code=municipality.code,
            region=info.region if info else None,
        )
    if meeting.body:
        if meeting.body_in_full:
            # "Bestyrelse" whose heading names its owner, "Bestyrelse Væksthus Hovedstadsregionen", or "Naturparkråd"
            # whose heading names its place, "Amager Naturparkråd": that body, the one the meeting's roles are held
            # in, no municipality's body of that kind
            body_id = ctx.body_id = owned_body_entity(ctx, meeting.body_in_full, meeting.body)
        else:
            body_id = ctx.body_id = body_entity(ctx, meeting.body, municipality)
        if not meeting.body_in_full:
            # "Seniorrådet" of Hørsholm, which the text calls "Hørsholm Seniorråd": that name the body's too
            named = named_with_owner(ctx.text, meeting.body, municipality.name if municipality else None)
            if named is not None:
                ctx.facts.add_alias(body_id, named)
        termless = without_term(meeting.body)
        if termless is not None:
            # "Allerød Byråd 2018-2021": the body by its own name too, the one it has in every term
            ctx.facts.add_alias(body_id, termless)
        where = ctx.text.find(meeting.body)
        body_ev = ctx.line_ev(where) if where >= 0 else head
        facts.relation("OF", meeting_id, body_id, body_ev)
        if municipality_id and municipality and body_id.startswith(ids.organization_id("", municipality.code)[:-1]):
            facts.relation("PART_OF", body_id, municipality_id, body_ev)


def _from_the_address(ctx: Context) -> MunicipalityRef | None:
    """The municipality whose own web site published the document, for a meeting whose text names none:
    only a meeting (not a news article or a body's page) of one municipality's body (its council, a
    committee, its magistrate, a local council) or of a body the text does not name (the site's own
    meeting pages: "Referat", its items), after the 2007 reform or of one the reform left as it was,
    with no sign that it meets for several municipalities (a known network, attendees standing for several
    municipalities, a region's house). A wrong municipality is worse than none: any doubt gives none."""
    meeting = ctx.meeting
    info = publisher_municipality(ctx.source.url)
    if info is None and is_municipal_council(meeting.body):
        info = council_site_municipality(ctx.source.url)  # "seniorraadet-rudersdal.dk": the council's own site
    schools_site = _the_schools_site(ctx)
    if info is None and schools_site is not None:
        info = schools_site  # "lejreungdomsskole.dk": the site of the school whose board it is
    if info is None and meeting.start is not None and not before_reform(meeting.start.date()):
        info = former_site_municipality(ctx.source.url)  # "sydthy.dk": a former municipality's, now its successor's
    day = meeting.start.date() if meeting.start else None
    if info is None or not _is_a_meeting(meeting) or (before_reform(day) and not unchanged_by_reform(info.code, day)):
        return None
    body = meeting.body
    if body is None and not _names_no_other_body(ctx):
        return None  # "Viby Fællesråd" over the minutes, a name the header reader did not take: no site's own
    # a municipal school's board or council ("Kulturskolens bestyrelse") on the municipality's or the school's site
    schools = _a_municipal_schools(body)
    if body is not None and not (_of_one_municipality(body) or _own_sites_body(ctx, body) or schools):
        return None
    if body is not None and not schools and (body_is_network(body) or is_cross_municipal(body)):
        return None
    if _held_at_a_region(ctx.text) or _headed_by_a_region(ctx.text):
        return None
    if _region_speaks_in_the_header(ctx):
        return None
    if _attendees_of_several_municipalities(meeting) or _header_names_several(ctx) or _represents_several(ctx):
        return None
    return MunicipalityRef(name=info.name, code=info.code)


def _from_a_branchs_address(ctx: Context) -> MunicipalityRef | None:
    """The municipality a national association's local branch is named for, as its pages' address names it
    ("aeldresagen.dk/lokalafdelinger/odense/"), for the branch's own meeting: read last, with the guards of a
    site named for its municipality."""
    return _named_for(ctx, branch_municipality(ctx.source.url))


def _from_a_named_site(ctx: Context) -> MunicipalityRef | None:
    """The municipality an association's or institution's own site is named for ("koegescenen.dk"), for a
    meeting (after the 2007 reform, or of a municipality the reform left as it was) of a body of no wider reach
    (no network, no body several municipalities share) whose minutes head no village association's or
    lokalråd's name without the municipality's, name no other municipality in the header and show no region's
    or several municipalities' people. Read last, only where nothing else gave a municipality."""
    return _named_for(ctx, site_named_for_municipality(ctx.source.url))


def _named_for(ctx: Context, info: MunicipalityInfo | None) -> MunicipalityRef | None:
    """The municipality a body's own site or pages are named for, unless its meeting is none of that
    municipality's (see ``_from_a_named_site``)."""
    meeting = ctx.meeting
    day = meeting.start.date() if meeting.start else None
    if info is None or not _is_a_meeting(meeting) or (before_reform(day) and not unchanged_by_reform(info.code, day)):
        return None
    if _of_wider_reach(ctx.meeting.body):
        return None
    if _an_associations_minutes(ctx, info.name):
        return None  # "Landsbylauget i Iller": a village's association, even on a site named for its municipality
    if _held_at_a_region(ctx.text) or _headed_by_a_region(ctx.text) or _region_speaks_in_the_header(ctx):
        return None
    if _attendees_of_several_municipalities(ctx.meeting) or _header_names_several(ctx) or _represents_several(ctx):
        return None
    named = {found.info.code for found in named_municipalities(_header(ctx)) if found.how == "kommune"}
    if named - {info.code}:
        return None  # the header names another municipality as one: a body of its, or of several
    return MunicipalityRef(name=info.name, code=info.code)


# the kinds of body a site's own association or institution meets as: its board, its general meeting
_OWN_KINDS = frozenset({"bestyrelse", "association"})


def _of_wider_reach(body: str | None) -> bool:
    """Whether the body is a network, an organisation the gazetteer knows to span municipalities, a body named
    as a joint one, or one of a kind that spans municipalities other than a board's or an association's own
    ("KKR Syddanmark", "Direktørkredsen", "Netværket"); "Bestyrelse", "Generalforsamlingen" are the site's."""
    if body is None:
        return False
    if body_is_network(body) or is_joint_name(body):
        return True
    known = lookup_alias(body)
    if known is not None and known.type == "Organization":
        return is_cross_municipal(body)
    head = body_head(body)
    return head is not None and head[0].cross_municipal and head[0].kind not in _OWN_KINDS


# a voluntary association's own word, as its minutes head themselves: "Landsbylauget i Iller", "Møde i Løjtland
# fællesråd", "Lokalrådets første bestyrelsesmøde", "Referat af lokalrådsmødet", "bestyrelsesmøde i Tranbjerg Fællesråd"
_ASSOCIATION_WORD = re.compile(
    r"(?i)(?<![\w-])(?:\w+(?:[ \t]+|-))?(?:\w*landsbylaug|\w*bylaug|lokalråd|fællesråd|borgerforening|beboerforening"
    r"|grundejerforening|lokalforum)\w*"
)
_ASSOCIATION_HEAD_REACH = 300  # the minutes' heading lines


def _an_associations_minutes(ctx: Context, municipality: str) -> bool:
    """Whether the minutes head themselves as one voluntary association's (a village association, lokalråd,
    fællesråd, residents' or landowners' association), not a municipality's body, with no word of the
    municipality in the heading (neither the association named for it nor a meeting with it): no
    municipality's meeting, whatever municipality its text names."""
    body = ctx.meeting.body
    if _of_one_municipality(body) and not _ASSOCIATION_WORD.search(body or ""):
        return False  # a committee's minutes naming a lokalråd; "Lokalrådet" itself is the association
    head = ctx.text[:_ASSOCIATION_HEAD_REACH]
    named = [match[0] for match in _ASSOCIATION_WORD.finditer(head) if not _PLURAL.search(match[0])]
    # "Grundejerforeningernes møde med Fanø Kommune": several associations meeting the municipality named
    return bool(named) and municipality.lower() not in head.lower()


_PLURAL = re.compile(r"(?i)(?:er|erne|ernes|ene|enes)$")


def _confirmed_by_the_site(ctx: Context, doubted: Inferred) -> Inferred | None:
    """The municipality the text named, dropped for a doubt the text alone cannot settle (a body of unknown
    reach, a region named in an item), when the document is on that same municipality's own site and the
    address's own checks find no sign of a meeting of several: the site and the text agree."""
    site = _from_the_address(ctx)
    return doubted if site is not None and site.code == doubted.ref.code else None


def _a_municipal_schools(body: str | None) -> bool:
    """Whether the body is a board or council named for a school every municipality runs ("Kulturskolens
    bestyrelse", "Ungdomsskolebestyrelsen", "Musikskolerådet")."""
    name = (body or "").lower()
    return any(school in name for school in MUNICIPAL_SCHOOLS) and bool(body_phrases(body or ""))


def _the_schools_site(ctx: Context) -> MunicipalityInfo | None:
    """The municipality of the municipal school whose own site, named with its municipality, published the
    meeting of that school's board or council: "Ungdomsskolebestyrelsen" on lejreungdomsskole.dk,
    "Musikskolerådet" on favrskovmusikskole.dk; None for any other body or site."""
    site = school_site(ctx.source.url)
    body = ctx.meeting.body or ""
    return site[1] if site is not None and site[0] in body.lower() and _a_municipal_schools(body) else None


def _own_sites_body(ctx: Context, body: str) -> bool:
    """A body of no known reach on the municipality's own site, whose text names no municipality: a committee
    named by its areas alone ("Økonomi og Strategi", "Børn, Unge og Læring") or a council ("Idrætsrådet",
    "Middelfart Ældreråd"), the site's own; a steering group, a network or a council several municipalities
    share by law (a vandråd, a region's, a samråd) is none."""
    if publisher_municipality(ctx.source.url) is None:
        return False
    phrases = body_phrases(body)
    if not phrases:
        return True
    return len(phrases) == 1 and _OWN_COUNCIL.search(phrases[0].name) is not None and not _SHARED_COUNCIL.search(body)


_OWN_COUNCIL = re.compile(r"(?i)råd(?:et)?$")
_SHARED_COUNCIL = re.compile(r"(?i)\b(?:vand|regions|sam|kontakt)\w*råd")


def _of_one_municipality(body: str | None) -> bool:
    """Whether the body is known to be one municipality's: its council, a committee, one of the councils
    every municipality has by law; a "Forretningsudvalget" is a region's, an association's or a company's."""
    return (is_municipal_body(body) or is_municipal_council(body)) and not _EXECUTIVE_COMMITTEE.search(body or "")


_EXECUTIVE_COMMITTEE = re.compile(r"(?i)forretningsudvalg")


def _attendees_of_several_municipalities(meeting: Meeting) -> bool:
    """Whether the attendance names people as representatives of two or more municipalities."""
    named = {
        found.info.code
        for entry in meeting.attendance
        for value in (entry.party, entry.role, entry.for_)
        if value
        for found in named_municipalities(value)
    }
    return len(named) >= 2


def _header_end(ctx: Context) -> int:
    return min(ctx.header_end, _HEADER_REACH)


def _header(ctx: Context) -> str:
    """The text before the first item, within the reach a flattened document's header keeps to."""
    return ctx.text[: _header_end(ctx)]


def _header_names_several(ctx: Context) -> bool:
    """Whether the header (before the first item) names two or more municipalities as such, or one in a
    list of several."""
    header = _header(ctx)
    codes: set[str] = set()
    for found in named_municipalities(header):
        if found.how == "kommune":  # "Roskilde, Lejre og Frederikssund Kommune" names three
            codes |= {found.info.code} | listed_with_others(header, found)
    return len(codes) >= 2


def _names_no_other_body(ctx: Context) -> bool:
    """Whether every body the header names (if any) is one municipality's."""
    header = _header(ctx)
    return all(_of_one_municipality(phrase.name) for phrase in body_phrases(header))


def _a_persons_municipality(ctx: Context, code: str) -> bool:
    """Whether the header names this municipality only after a person's name."""
    return named_only_as_affiliation(_header(ctx), code)


def _a_matters_place(ctx: Context, inferred: Inferred) -> bool:
    """Whether the municipality inferred is named only in items' titles, for a body not known to be one
    municipality's (a transport or waste company's board names the places of its matters), or for a
    municipality's body whose own site's address names another."""
    if inferred.how not in _FROM_WHERE_NAMED or not _named_only_in_item_titles(ctx, inferred.ref.code):
        return False
    if not _of_one_municipality(ctx.meeting.body):
        return True
    site = _from_the_address(ctx)
    return site is not None and site.code != inferred.ref.code


def _outweighed_by_the_site(ctx: Context, inferred: Inferred) -> bool:
    """Whether a municipality's body, given one only because its text names it (once, most, or in a title) or
    its header names its meeting place ("Sted: Vejle Rådhus"), was published on another municipality's own
    site: the site's is its owner."""
    if not _of_one_municipality(ctx.meeting.body):
        return False
    if inferred.how not in _BY_MENTION_ALONE and not (
        inferred.how in ("header", "town-hall") and _named_only_as_a_place(ctx, inferred.ref.code)
    ):
        return False
    site = _from_the_address(ctx)
    return site is not None and site.code != inferred.ref.code


def _named_only_as_a_place(ctx: Context, code: str) -> bool:
    """Whether the header names this municipality, and only by a place in it: its town hall or a postcode."""
    hows = {found.how for found in named_municipalities(_header(ctx)) if found.info.code == code}
    return bool(hows) and hows <= _PLACE_HOWS


def _named_only_in_item_titles(ctx: Context, code: str) -> bool:
    """Whether the text names this municipality, and only within items' titles (their headings, contents
    entries); the whole text is read for its names only when every mention found lies in a title."""
    mentions = [(m.start, m.end) for m in ctx.mentions if m.type == "Municipality" and m.code == code]
    if not mentions:
        return False
    spans = title_spans(ctx.text, ctx.meeting.items, _header_end(ctx))
    if not named_only_in_titles(mentions, spans):
        return False
    named = [(n.start, n.end) for n in named_municipalities(ctx.text) if n.info.code == code]
    return named_only_in_titles(named, spans) or not named


def _most_named(text: str, code: str) -> bool:
    """Whether the text names this municipality (as a municipality, a council, a town hall) more often than any
    other: a council named once in a case about another municipality's matter is no owner's."""
    counts = Counter(found.info.code for found in named_municipalities(text))
    return all(count < counts[code] for other, count in counts.items() if other != code)


def _represents_several(ctx: Context) -> bool:
    """Whether the header (before the first item) names people of two or more municipalities."""
    return represents_several(_header(ctx))


# A region's own house, where the header says its meeting is held: "Regionsgården i Hillerød",
# "Regionshuset Viborg", "Regionsrådssalen, Regionshuset Vejle"
_REGION_HOUSES = ("Regionshuset", "Regionsgården", "Regionsrådssalen")
_HEADER_PLACE_REACH = 600  # the header's meeting place stands within the first characters
_HEADER_REACH = 3000  # a flattened document's header ends within its first characters


# the inferences that rest on a municipality merely named, no self-reference or header
_BY_MENTION_ALONE = frozenset({"sole-mention", "only-mention", "dominant-mention", "item-title"})
# the inferences from where the text names a municipality, wherever in it (not where it speaks of its own,
# "vores kommune", or gives its staff's addresses): a body not known to be one municipality's (a company's
# board, a residents' association) names the towns it works in, none of them its owner
_FROM_MENTIONS_ANYWHERE = _BY_MENTION_ALONE | {"town-hall"}
# the inferences that rest on where the text or its header names a municipality (not a case number or a domain)
_FROM_WHERE_NAMED = FROM_MENTIONS | {"header", "town-hall"}
_PLACE_HOWS = frozenset({"rådhus", "postcode"})  # how a header names a municipality by a place in it
_REGION_SELF = re.compile(r"\b(?:[Rr]egionsrådet|[Rr]egionsrådets|[Rr]egionens|[Rr]egionen)\b")


def _region_speaks_in_the_header(ctx: Context) -> bool:
    """Whether the header's first lines speak of a region as their own ("Regionsrådet", "regionens"), outside
    the items' titles its contents list prints: "Sundhedsaftale mellem Region Hovedstaden og kommunerne i
    regionen" is a matter of a municipality's council."""
    found = [(m.start(), m.end()) for m in _REGION_SELF.finditer(ctx.text, 0, _HEADER_PLACE_REACH)]
    if not found:
        return False
    spans = title_spans(ctx.text, ctx.meeting.items, _header_end(ctx))
    return not named_only_in_titles(found, spans)


def _held_at_a_region(text: str) -> bool:
    """Whether the header places the meeting in a region's house (a region's body, or a body of several
    municipalities meeting there): no municipality's meeting."""
    head = text[:_HEADER_PLACE_REACH]
    return any(house in head for house in _REGION_HOUSES)


# a region's name or its council opening a line of the header: "Region Syddanmark logo, link til forsiden",
# "Regionsrådet 24-11-2020 13:00"; after a flattened page's number or the document's kind: "1 BESLUTNINGER
# REGION HOVEDSTADEN FORRETNINGSUDVALGET", "Referat fra Region Hovedstaden Børne- og Kulturchefforeningens …"
_REGION_HEADING = re.compile(
    r"(?im)^[ \t]*(?:\d{1,3}[ \t]+)?"
    r"(?:(?:referat|beslutninger|dagsorden|beslutningsprotokol)(?:[ \t]+(?:fra|for|af))?[ \t]+)?"
    r"(?:region\s+(?:hovedstaden|sjælland|syddanmark|midtjylland|nordjylland)|regionsrådet)\b"
)


def _headed_by_a_region(text: str) -> bool:
    """Whether a line of the header opens with a region's name or its council: the region's own page, whose
    meeting place ("Alsion, Sønderborg") or an item's place ("ved Håre Bjerge, Middelfart kommune") is no owner."""
    return _REGION_HEADING.search(text[:_HEADER_PLACE_REACH]) is not None


def _is_a_meeting(meeting: Meeting) -> bool:
    """Minutes or an agenda: parse read its kind, date, items or attendance."""
    return bool(meeting.kind or meeting.start or meeting.items or meeting.attendance)


_NON_SPACE = re.compile(r"\S")


def _first_text(text: str) -> int:
    match = _NON_SPACE.search(text)
    return match.start() if match else 0


def _meeting_name(meeting: Meeting) -> str:
    when = meeting.start.date().isoformat() if meeting.start else "?"
    return f"{meeting.body or 'Møde'} {when}"


def owned_body_entity(ctx: Context, full_name: str, bare: str) -> str:
    """The Organization of a bare-kind body named with its owner ("Bestyrelsen for Midttrafik"), its bare name as the
    document prints it an alias ("Bestyrelsen")."""
    return ctx.facts.entity(ids.organization_id(full_name), "Organization", full_name, bare, kind=None)


def body_entity(ctx: Context, body: str, municipality: MunicipalityRef | None) -> str:
    """The Organization a body name stands for: a known body, else the municipality's own body."""
    known = lookup_alias(body)
    if known is not None:
        return ctx.facts.entity(known.id, "Organization", known.name, body, kind=known.kind, region=known.region)
    name = body.strip()
    if municipality is not None:
        info = municipality_by_code().get(municipality.code)
        bare = bare_body_name(name, municipality.code)
        return ctx.facts.entity(
            ids.organization_id(name, municipality.code),
            "Organization",
            f"{bare} ({municipality.name})",
            name,
            kind="municipality body",
            region=info.region if info else None,
        )
    return ctx.facts.entity(ids.organization_id(name), "Organization", name, kind=None)
