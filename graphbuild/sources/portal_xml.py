"""Portal publication files in XML: parsed safely, recognised by their markup, read by their portal's module.

A file is recognised from its elements, never from its name: eDoc's agenda publication has a
``<Meeting>`` root with ``<MeetingAgendaTypes>``; SBSYS eDagsorden's has a ``<Publication>`` root
with ``<Agendas><Agenda>``. Anything else is refused with one clear problem.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import fromstring as safe_fromstring

from graphbuild.errors import SourceError
from graphbuild.sources.edoc import read_meeting as read_edoc_meeting
from graphbuild.sources.portal_meeting import render
from graphbuild.sources.sbsys import read_meeting as read_sbsys_meeting

# A character reference to a control character XML 1.0 forbids (eDoc writes its page breaks as
# "&#xC;"). The reference is not markup; it is replaced before parsing: a form feed, vertical tab
# or other control becomes a line break, so the text keeps its page and line boundaries.
_FORBIDDEN_REFERENCE = re.compile(rb"&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));")


def parse_xml(name: str, data: bytes) -> ET.Element:
    """The root element of ``data``. The parser itself refuses a document type declaration (so
    entity expansion and external entities cannot happen, whatever the file's encoding)."""
    try:
        return safe_fromstring(_FORBIDDEN_REFERENCE.sub(b"\n", data), forbid_dtd=True)
    except DTDForbidden as error:
        raise SourceError(name, "XML with a document type declaration is not read") from error
    except (ET.ParseError, DefusedXmlException) as error:
        raise SourceError(name, f"not well-formed XML ({error})") from error


def portal_of(root: ET.Element) -> str | None:
    """'eDoc', 'SBSYS', or None: which portal's publication the markup is."""
    if root.tag == "Meeting" and root.find("MeetingAgendaTypes") is not None:
        return "eDoc"
    if root.tag == "Publication" and root.find("Agendas/Agenda") is not None:
        return "SBSYS"
    return None


def xml_to_text(name: str, data: bytes) -> str:
    """The minutes text of a portal publication file (see :mod:`portal_meeting` for its layout)."""
    root = parse_xml(name, data)
    portal = portal_of(root)
    if portal == "eDoc":
        return render(read_edoc_meeting(root))
    if portal == "SBSYS":
        return render(read_sbsys_meeting(root))
    raise SourceError(name, f"XML that is not a known portal publication (root element <{root.tag}>)")
