"""Learn a site's chrome from its own pages: cross-page template detection.

Chrome repeats across the pages of one site; the story does not. A `SiteModel` reads
a site's pages one at a time (streaming, bounded memory) and counts, per page, the
*templates* of its lines: a line with its numbers, month and day names, quoted parts,
the title after a ``Label:`` and the page's own title replaced by slots, so
``10 jam lalu`` and ``Baca juga: <title>`` match on every page. A template seen on a
large share of the pages, and not already removed by the site's base rule set, becomes
a ``drop`` rule with the id ``learned:<site>:<n>`` (`SiteModel.rules`), compiled into
an in-memory `RuleSet` that extends the base and is tried *after* it
(`SiteModel.ruleset`), or written out as a draft rule file a person can review and
ship (`SiteModel.draft_toml`).

Precision first: a template needs ``min_pages`` pages and ``min_share`` of the site's
pages; a *story-like* one (its lines read like sentences, or lead-ins ending in ``:``)
needs ``story_share`` and must be fixed text but for counts and dates, so a disclaimer
or a quote that some stories repeat, and quoted speech of any kind, stay.

Memory: the counts are a Misra-Gries summary of at most ``capacity`` templates per
site (`SiteModel` prunes the rarest half when it is full; a kept count is a lower
bound of the true page count, so pruning can only make a rule less likely), each with
two sample lines of at most ``max_line_chars``; at most ``max_sites`` sites are
modelled at once. Models of the same site merge (`SiteModel.merge`, `merge_models`),
so partitions of a corpus can be learned apart (Dask) and combined.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import regex

from ..core import Cleaner
from ..decode import check_decodable, decode
from ..detect import GENERIC, outlet_from_url
from ..errors import CleanerError, RuleSetError
from ..hints import Hints
from ..inputs import json_error
from ..match.compile import compile_rule
from ..options import CleanOptions
from ..passes.text import is_sentence_like
from ..record import Article
from ..rules import RuleSet, compile_ruleset, load_ruleset
from ..segment import Block
from .templates import CONTENT_SLOTS, is_lead_in, template_of, template_pattern

#: Prefix of every learned rule id: ``learned:<site>:<n>``.
LEARNED = "learned"
BEFORE, INSIDE, AFTER = "before", "inside", "after"
POSITIONS = (BEFORE, INSIDE, AFTER)


@dataclass(frozen=True, slots=True, kw_only=True)
class LearnOptions:
    """Thresholds and bounds of learning. Immutable; see the module docstring."""

    #: A template must be seen on at least this many pages of the site ...
    min_pages: int = 5
    #: ... and on at least this share of them.
    min_share: float = 0.2
    #: A story-like template (sentence-like lines, lead-ins ending in ":") needs this share.
    story_share: float = 0.8
    #: Templates counted per site before the rarest are pruned.
    capacity: int = 4096
    #: Longer lines are story paragraphs: never counted.
    max_line_chars: int = 240
    #: Sites modelled at once; pages of further sites are not learned from.
    max_sites: int = 256
    #: Near misses (at least min_pages and half the needed share) listed in drafts.
    near_misses: int = 20

    def replace(self, **changes: object) -> LearnOptions:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


class LearnPage(NamedTuple):
    """One page to learn from: its text (or bytes) and what is known about it."""

    text: str | bytes
    url: str | None = None
    site: str | None = None
    title: str | None = None


# ---- sites ----------------------------------------------------------------------------

_SECOND_LEVEL = frozenset({"co", "ac", "or", "go", "web", "my", "sch", "net", "com", "org", "gov", "mil", "biz"})


@functools.lru_cache(maxsize=4096)
def _site_of_host(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_of(url: str | None) -> str | None:
    """The site a URL belongs to: its registrable domain, lower case
    (``https://finance.detik.com/x`` -> ``detik.com``, ``republika.co.id``)."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return _site_of_host(host) if host else None


_NOT_SITE = regex.compile(r"[^a-z0-9.-]+")


@functools.lru_cache(maxsize=4096)
def normalise_site(site: str) -> str:
    """A site name as rule ids use it: lower case, ``www.`` dropped, only [a-z0-9.-]."""
    site = site.strip().lower().removeprefix("www.")
    return _NOT_SITE.sub("-", site).strip(".-") or "site"


# ---- the site model -------------------------------------------------------------------

@dataclass(slots=True)
class TemplateStats:
    """What the model knows about one template of one site."""

    count: int = 0          #: pages seen on (a lower bound once the model has pruned)
    seen: int = 0           #: pages seen on since this entry was made (for the ratios)
    story_like: int = 0     #: of those, pages where a line of it read like story text
    before: int = 0         #: pages where it sat before the story
    inside: int = 0         #: ... inside it
    after: int = 0          #: ... after it
    samples: list[str] = dataclasses.field(default_factory=list)

    def story_ratio(self) -> float:
        return self.story_like / self.seen if self.seen else 0.0


@dataclass(frozen=True, slots=True)
class LearnedRule:
    """A template that passed the thresholds (or a near miss), with its support."""

    id: str
    template: str
    pattern: str
    pages: int
    share: float
    positions: dict[str, int]
    seen: int
    story_like: bool
    samples: tuple[str, ...]

    def support(self, total: int) -> str:
        """``812/941 pages (86.3%); where: before 0%, inside 97%, after 3%``. Where is the
        share of the pages it was seen on (since the model last made room for it) on
        which it sat before, inside or after the story; a page can count twice."""
        seen = max(1, self.seen)
        where = ", ".join(f"{k} {self.positions[k] / seen:.0%}" for k in POSITIONS)
        kind = "; story-like" if self.story_like else ""
        return f"{self.pages}/{total} pages ({self.share:.1%}); where: {where}{kind}"

    def to_dict(self, site: str, total: int) -> dict[str, Any]:
        """The rule as a rule file holds it (see cleaner/rules.py)."""
        return {
            "id": self.id, "kind": "template", "action": "drop", "match": self.pattern,
            "why": f"Learned from the pages of {site}: {self.support(total)}.",
            "samples": list(self.samples),
        }


@dataclass(frozen=True, slots=True)
class Handled:
    """A recurring template the base rule set already removes (reported in drafts)."""

    rule: str
    template: str
    pages: int


@dataclass(frozen=True, slots=True)
class Selection:
    """What a model learned: its rules, the near misses, and what the base handles."""

    rules: tuple[LearnedRule, ...]
    near_misses: tuple[LearnedRule, ...]
    handled: tuple[Handled, ...]


class SiteModel:
    """The chrome of one site, learned from its pages (see the module docstring).

    Counting needs no rule set: which templates the base rule set already removes is
    checked once per frequent template, on its samples, when the rules are selected.
    """

    __slots__ = ("_cleaner", "_selection", "base", "error", "options", "pages", "site", "skipped",
                 "templates")

    def __init__(self, site: str, *, base: str = GENERIC, options: LearnOptions | None = None,
                 clean_options: CleanOptions | None = None) -> None:
        self.site = normalise_site(site)
        self.base = base
        self.options = options or LearnOptions()
        self.pages = 0
        self.skipped = 0
        self.error = 0  # total pruned from every count: a true count is <= count + error
        self.templates: dict[str, TemplateStats] = {}
        self._cleaner = Cleaner((clean_options or CleanOptions()).replace(outlet=base))
        self._selection: Selection | None = None

    def __len__(self) -> int:
        """Templates held now (never more than ``options.capacity``)."""
        return len(self.templates)

    @property
    def base_ruleset(self) -> RuleSet:
        return load_ruleset(self.base)

    # -- reading pages ------------------------------------------------------------------

    def add(self, data: str | bytes, *, title: str | None = None) -> bool:
        """Count one page (text scrape or HTML, ``str`` or ``bytes``). Returns False, and
        counts it as skipped, for input that cannot be read."""
        try:
            text, _warnings = decode(data, max_bytes=self._cleaner.options.max_bytes)
            check_decodable(text)
            blocks, _url = self._cleaner.segment(text)
        except CleanerError:
            self.skipped += 1
            return False
        self.add_blocks(blocks, title=title)
        return True

    def add_blocks(self, blocks: list[Block], *, title: str | None = None) -> None:
        """Count the templates of one page's blocks (each template once per page)."""
        opts = self.options
        self.pages += 1
        self._selection = None
        # Lines longer than max_line_chars are story paragraphs: never counted.
        tmpls = [template_of(b.text, title=title) if len(b.text) <= opts.max_line_chars else None
                 for b in blocks]
        sentences = [is_sentence_like(b.text) for b in blocks]
        # The story: its sentence-like lines, less those of templates already frequent.
        story = [i for i, s in enumerate(sentences) if s and not self._frequent(tmpls[i])]
        first, last = (story[0], story[-1]) if story else (len(blocks), -1)
        page: dict[str, tuple[set[str], bool, str]] = {}
        for i, tmpl in enumerate(tmpls):
            if tmpl is None:
                continue
            text = blocks[i].text
            where = BEFORE if i < first else AFTER if i > last else INSIDE
            story_like = sentences[i] or is_lead_in(text)
            got = page.get(tmpl)
            if got is None:
                page[tmpl] = ({where}, story_like, text)
            else:
                got[0].add(where)
                page[tmpl] = (got[0], got[1] or story_like, got[2])
        for tmpl, (wheres, story_like, text) in page.items():
            self._count(tmpl, wheres, story_like, text)
        if len(self.templates) > opts.capacity:
            self._prune()

    def _frequent(self, tmpl: str | None) -> bool:
        if tmpl is None:
            return False
        stats = self.templates.get(tmpl)
        return stats is not None and stats.count >= self.options.min_pages and \
            stats.count >= self.options.min_share * self.pages

    def _count(self, tmpl: str, wheres: set[str], story_like: bool, text: str) -> None:
        stats = self.templates.get(tmpl)
        if stats is None:
            stats = self.templates[tmpl] = TemplateStats()
        stats.count += 1
        stats.seen += 1
        stats.story_like += story_like
        stats.before += BEFORE in wheres
        stats.inside += INSIDE in wheres
        stats.after += AFTER in wheres
        if len(stats.samples) < 2 and text not in stats.samples:
            stats.samples.append(text)

    def _prune(self) -> None:
        """Misra-Gries: subtract the count of the template ranked ``capacity // 2`` from
        every count and drop those at zero, so at most half the capacity stays."""
        counts = sorted((s.count for s in self.templates.values()), reverse=True)
        cut = counts[self.options.capacity // 2]
        self.error += cut
        for tmpl in [t for t, s in self.templates.items() if s.count <= cut]:
            del self.templates[tmpl]
        for stats in self.templates.values():
            stats.count -= cut

    def merge(self, other: SiteModel) -> SiteModel:
        """Add another model of the same site (learned from other pages) into this one."""
        if other.site != self.site:
            raise ValueError(f"cannot merge the model of {other.site} into that of {self.site}")
        self.pages += other.pages
        self.skipped += other.skipped
        self.error += other.error
        self._selection = None
        for tmpl, o in other.templates.items():
            stats = self.templates.get(tmpl)
            if stats is None:
                stats = self.templates[tmpl] = TemplateStats()
            stats.count += o.count
            stats.seen += o.seen
            stats.story_like += o.story_like
            stats.before += o.before
            stats.inside += o.inside
            stats.after += o.after
            for text in o.samples:
                if len(stats.samples) < 2 and text not in stats.samples:
                    stats.samples.append(text)
        if len(self.templates) > self.options.capacity:
            self._prune()
        return self

    # -- what was learned ---------------------------------------------------------------

    def _needed(self, stats: TemplateStats) -> tuple[bool, float]:
        story_like = stats.story_ratio() >= 0.5
        return story_like, self.options.story_share if story_like else self.options.min_share

    def _candidate(self, n: int, tmpl: str, stats: TemplateStats) -> LearnedRule:
        story_like, _need = self._needed(stats)
        return LearnedRule(
            id=f"{LEARNED}:{self.site}:{n}", template=tmpl, pattern=template_pattern(tmpl),
            pages=stats.count, share=stats.count / self.pages if self.pages else 0.0,
            positions={BEFORE: stats.before, INSIDE: stats.inside, AFTER: stats.after},
            seen=stats.seen, story_like=story_like, samples=tuple(stats.samples),
        )

    def _valid(self, rule: LearnedRule) -> bool:
        """The rule passes the checks every rule file gets (no story probe matched...)."""
        try:
            compile_rule(rule.to_dict(self.site, self.pages), f"learned rules of {self.site}", {})
        except RuleSetError:
            return False
        return True

    def select(self) -> Selection:
        """Split the frequent templates into learned rules, near misses (at least
        ``min_pages`` pages and half the needed share) and those the base handles."""
        if self._selection is not None:
            return self._selection
        opts, base = self.options, self.base_ruleset
        rules: list[LearnedRule] = []
        missed: list[tuple[str, TemplateStats]] = []
        handled: list[Handled] = []
        floor = max(opts.min_pages, opts.min_share * self.pages / 2)
        for tmpl, stats in self._ranked():
            if stats.count < floor:
                break  # ranked by count: the rest are rarer still
            hit = next((h for text in stats.samples if (h := base.match_line(text)) is not None), None)
            if hit is not None:
                handled.append(Handled(hit[0].id, tmpl, stats.count))
                continue
            story, need = self._needed(stats)
            if story and CONTENT_SLOTS.intersection(tmpl):
                continue  # quoted speech, titles: story text however often its shape recurs
            if stats.count >= need * self.pages:
                rule = self._candidate(len(rules) + 1, tmpl, stats)
                if self._valid(rule):
                    rules.append(rule)
            elif stats.count >= need * self.pages / 2 and len(missed) < opts.near_misses:
                missed.append((tmpl, stats))
        misses = tuple(self._candidate(len(rules) + k, tmpl, stats) for k, (tmpl, stats) in enumerate(missed, 1))
        self._selection = Selection(tuple(rules), misses, tuple(handled))
        return self._selection

    def rules(self) -> list[LearnedRule]:
        """The templates that passed the thresholds, most frequent first, as rules."""
        return list(self.select().rules)

    def near_misses(self) -> list[LearnedRule]:
        """Templates close to the thresholds: listed, commented out, in drafts."""
        return list(self.select().near_misses)

    def _ranked(self) -> list[tuple[str, TemplateStats]]:
        return sorted(self.templates.items(), key=lambda kv: (-kv[1].count, kv[0]))

    def ruleset_data(self, *, name: str | None = None, description: str | None = None) -> dict[str, Any]:
        """The learned rule set as the data of a rule file: extends the base, tried after it."""
        base = self.base_ruleset
        meta: dict[str, Any] = {
            "name": name or base.name,
            "extends": self.base,
            "description": description or f"Chrome learned from {self.pages} pages of {self.site}",
            "hosts": [self.site],
            "title": base.title_mode,
            "deck": base.deck,
            "precedence": "after",
        }
        return {"ruleset": meta, "rule": [r.to_dict(self.site, self.pages) for r in self.rules()]}

    def ruleset(self) -> RuleSet:
        """The base rule set plus the learned rules (the base alone when none passed)."""
        if not self.rules():
            return self.base_ruleset
        return compile_ruleset(self.ruleset_data(), label=f"learned rules of {self.site}")

    def draft_toml(self, *, name: str | None = None) -> str:
        """A draft rule file (same format as cleaner/rules/*.toml) with each rule's support."""
        from .draft import draft_toml

        return draft_toml(self, name=name)


# ---- many sites -----------------------------------------------------------------------

def page_site(page: LearnPage) -> str:
    """The site a page is grouped under: its ``site``, else its URL's; ``""`` if unknown."""
    if page.site:
        return normalise_site(page.site)
    site = site_of(page.url)
    return normalise_site(site) if site else ""


def learn_models(pages: Iterable[LearnPage], *, options: LearnOptions | None = None,
                 clean_options: CleanOptions | None = None) -> dict[str, SiteModel]:
    """One streaming pass: a `SiteModel` per site (pages of an unknown site under ``""``).

    The base rule set of a site is the forced outlet of ``clean_options``, else the
    outlet its first URL picks, else ``generic``. Pages of sites beyond
    ``options.max_sites`` are not learned from (they are cleaned by their base alone).
    """
    opts = options or LearnOptions()
    copts = clean_options or CleanOptions()
    models: dict[str, SiteModel] = {}
    for page in pages:
        site = page_site(page)
        model = models.get(site)
        if model is None:
            if len(models) >= opts.max_sites:
                continue
            base = copts.outlet or outlet_from_url(page.url or (f"https://{site}/" if site else None)) or GENERIC
            model = models[site] = SiteModel(site or "unknown", base=base, options=opts,
                                             clean_options=copts)
        model.add(page.text, title=page.title)
    return models


def merge_models(*parts: Mapping[str, SiteModel]) -> dict[str, SiteModel]:
    """Combine the `learn_models` results of partitions (a Dask reduce step): models of
    the same site merge. The first part's models are merged into, not copied."""
    out: dict[str, SiteModel] = {}
    for part in parts:
        for site, model in part.items():
            if site in out:
                out[site].merge(model)
            else:
                out[site] = model
    return out


def learn_rulesets(pages: Iterable[LearnPage], *, options: LearnOptions | None = None,
                   clean_options: CleanOptions | None = None) -> dict[str, RuleSet]:
    """`learn_models`, then each site's learned `RuleSet` (only sites that learned a rule)."""
    models = learn_models(pages, options=options, clean_options=clean_options)
    return {site: m.ruleset() for site, m in models.items() if m.rules()}


class LearnedCleaner(Cleaner):
    """A `Cleaner` that cleans each site's pages with the rule set learned for it.

    ``LearnedCleaner.learn(pages)`` is the first pass (streams, bounded memory);
    :meth:`clean` is the second, page by page, as `Cleaner.clean`.
    """

    __slots__ = ("rulesets",)

    def __init__(self, rulesets: Mapping[str, RuleSet], options: CleanOptions | None = None) -> None:
        super().__init__(options)
        self.rulesets = dict(rulesets)

    @classmethod
    def learn(cls, pages: Iterable[LearnPage], *, options: CleanOptions | None = None,
              learn_options: LearnOptions | None = None) -> LearnedCleaner:
        """Learn every site's rules from ``pages`` and return a cleaner that uses them."""
        return cls(learn_rulesets(pages, options=learn_options, clean_options=options), options)

    def clean(self, data: str | bytes, *, url: str | None = None, outlet: str | None = None,
              hints: Hints | Mapping[str, Any] | None = None, site: str | None = None) -> Article:
        """Clean one page: with the rules learned for ``site`` (default: the URL's site,
        ``""`` without a URL) unless ``outlet`` forces a rule set for this call."""
        key = normalise_site(site) if site else (normalise_site(s) if (s := site_of(url)) else "")
        ruleset = None if outlet else self.rulesets.get(key)
        return self._clean(data, url=url, outlet=outlet, ruleset=ruleset, hints=hints)


_LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def iter_jsonl(lines: Iterable[str], *, site: str | None = None,
               skip: Callable[[int, str], None] | None = None) -> Iterator[LearnPage]:
    """Pages from JSONL rows with a ``text`` field (and optional ``url``, ``site``,
    ``title``); with ``site``, only rows of that site (rows that name none are kept).
    Lines that are not such rows are skipped: ``skip`` (when given) is told each one's
    line number and why, so a caller can count and name them (blank lines are no rows
    and rows of other sites are left out by choice: neither is told)."""
    want = normalise_site(site) if site else None
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except RecursionError:
            if skip is not None:
                skip(number, "not a JSON line: nested too deeply")
            continue
        except ValueError as e:  # not JSON
            if skip is not None and line.strip():
                skip(number, f"not a JSON line: {json_error(e)}")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            if skip is not None:
                skip(number, f"a JSON line must be an object, not {type(row).__name__}" if not isinstance(row, dict)
                     else "no string 'text' field (the pages to learn from are text scrapes)")
            continue
        if "\\u" in line:  # a lone surrogate escape: U+FFFD, as decoding a page gives
            row = {k: _LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in row.items()}
        url = row.get("url") if isinstance(row.get("url"), str) else None
        row_site = row.get("site") if isinstance(row.get("site"), str) else None
        page = LearnPage(row["text"], url=url, site=row_site,
                         title=row.get("title") if isinstance(row.get("title"), str) else None)
        got = page_site(page)
        if want is not None and got and got != want and not got.endswith("." + want):
            continue
        yield page
