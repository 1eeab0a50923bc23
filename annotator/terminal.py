"""Tables for the terminal, with Arabic shaped for terminals that cannot join letters themselves."""

from __future__ import annotations

import unicodedata

import arabic_reshaper
from bidi.algorithm import get_display

from annotator.core.model import LabelSchema


def shaped(text: str) -> str:
    """Arabic joined into presentation forms and put in visual order, as a dumb terminal needs."""
    return get_display(arabic_reshaper.reshape(text))


def printable(text: str) -> str:
    """Imported names reach the terminal: control characters (ESC starts a terminal command) and bidi
    overrides are shown as escapes, never obeyed."""
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cc" or ch in _REORDERING else ch for ch in text)


_REORDERING = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # embeddings, overrides, isolates


def stats_table(stats: dict, schema: LabelSchema, *, shape: bool = True) -> str:
    show = shaped if shape else (lambda text: text)
    arabic = {label.name: label.name_ar for label in schema.labels}
    arabic.update({topic.name: topic.name_ar for topic in schema.topics})
    arabic.update({relation.name: relation.name_ar for relation in schema.relations})
    lines = [f"documents  {stats['documents']}", f"entities   {stats['entities']}", f"quotes     {stats['quotes']}",
             f"relations  {stats.get('relations', 0)}"]
    if stats.get("suggestions"):
        lines.append(f"suggestions waiting  {stats['suggestions']}")
    for title, counts in (("status", stats["status"]), ("labels", stats["labels"]), ("topics", stats["topics"]),
                          ("relation labels", stats.get("relation_labels", {})), ("annotators", stats["annotators"])):
        lines += ["", title]
        if not counts:
            lines.append("  (none)")
        width = max((len(name) for name in counts), default=0)
        for name, count in counts.items():
            local = arabic.get(name, "")
            shown = printable(name) if name else "(unknown)"
            lines.append(f"  {shown:<{width}}  {count:>7}  {show(printable(local)) if local else ''}".rstrip())
    return "\n".join(lines)


def match_line(match, text: str, *, shape: bool = True, context: int = 30) -> str:
    """`DOC START-END  …context [match] context…` on one line, for reading search results."""
    before = text[max(0, match.start - context):match.start].replace("\n", " ")
    after = text[match.end:match.end + context].replace("\n", " ")
    snippet = f"…{before}[{match.text}]{after}…"
    snippet = printable(snippet)
    return f"{printable(match.document)}\t{match.start}-{match.end}\t{shaped(snippet) if shape else snippet}"


def agreement_table(result: dict, *, shape: bool = True) -> str:
    """`annotator agree` for reading: F1 per layer and label, kappa and alpha, the worst documents first."""
    def figure(value) -> str:
        return "   n/a" if value is None else f"{value:6.3f}"

    def row(name: str, counts: dict) -> str:
        return (f"  {printable(name):<22} {figure(counts['precision'])} {figure(counts['recall'])} {figure(counts['f1'])}"
                f"  {counts['matched']:>6} of {counts['reference']:>6} / {counts['other']:>6}")

    entities = result["entities"]
    lines = [f"documents shared  {result['documents']}", "",
             f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6}  matched of reference / other",
             row("entities (exact)", entities), row("entities (overlap)", entities["relaxed"])]
    lines += [row(f"  {label}", counts) for label, counts in entities["per_label"].items()]
    lines += [row("quotes (span, speaker)", result["quotes"]), row("relations", result["relations"]), "",
              f"topics  kappa {figure(result['topics']['kappa'])}  alpha {figure(result['topics']['alpha'])}"
              f"  over {result['topics']['decisions']} document x topic decisions"]
    several = result.get("several")
    if several:
        lines += ["", f"all {len(several['annotators'])} projects: topics alpha {figure(several['topics']['alpha'])}"]
        for pair, figures in several["pairs"].items():
            lines.append(f"  {printable(pair)}  entities F1 {figure(figures['entities_f1'])}  topics kappa "
                         f"{figure(figures['topics_kappa'])}  over {figures['documents']} documents")
    if result["worst_documents"]:
        lines += ["", "least agreement first (entity F1, entities in either)"]
        show = shaped if shape else (lambda text: text)
        for document in result["worst_documents"][:10]:
            lines.append(f"  {figure(document['entity_f1'])}  {document['entities']:>4}  {show(printable(document['id']))}")
    return "\n".join(lines)
