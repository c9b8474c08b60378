"""Draft rule files: what a `SiteModel` learned, written as a rule file to review.

The draft has the format of ``cleaner/rules/*.toml`` (it loads with
`cleaner.rules.load_ruleset`) plus comments a reviewer needs: each rule's support
(on how many of the site's pages its template was seen, and where: before, inside
or after the story), the near misses (commented out), and the base rules that
already handle the site's other recurring chrome.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import regex

from .templates import template_text

if TYPE_CHECKING:
    from .model import LearnedRule, SiteModel


def toml_str(text: str) -> str:
    """``text`` as a TOML basic string."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def default_name(site: str) -> str:
    """A rule set name for a site: ``liputan6.com`` -> ``liputan6``."""
    head = site.split(".")[0] if site else "site"
    return regex.sub(r"[^a-z0-9-]+", "-", head.lower()).strip("-") or "site"


def _rule_lines(rule: LearnedRule, model: SiteModel, *, comment: bool) -> list[str]:
    data = rule.to_dict(model.site, model.pages)
    body = [
        "[[rule]]",
        f"id = {toml_str(data['id'])}",
        f"kind = {toml_str(data['kind'])}",
        f"action = {toml_str(data['action'])}",
        f"match = {toml_str(data['match'])}",
        f"why = {toml_str(data['why'])}",
        "samples = [" + ", ".join(toml_str(s) for s in data["samples"]) + "]",
    ]
    head = [f"# support: {rule.support(model.pages)}", f"# template: {template_text(rule.template)}"]
    if comment:
        body = ["# " + line for line in body]
    return [*head, *body, ""]


def draft_toml(model: SiteModel, *, name: str | None = None) -> str:
    """The draft rule file of ``model`` (see the module docstring)."""
    if not name:
        name = default_name(model.site)
        name = f"{name}-learned" if name == model.base else name  # tempo.co over `tempo`
    data = model.ruleset_data(name=name, description=f"{model.site}: draft learned from {model.pages} pages")
    meta = data["ruleset"]
    rules, misses = model.rules(), model.near_misses()
    opts = model.options
    out = [
        f"# Draft rule set for {model.site}, learned from {model.pages} of its pages",
        f"# ({model.skipped} unreadable pages skipped). Review every rule before shipping it:",
        "# delete any that removes story text, give the rest ids of your own (lower-case",
        "# words joined by '-') and say in `why` what the line is.",
        f"# Thresholds: a template on >= {opts.min_pages} pages and >= {opts.min_share:.0%} of them;",
        f"# story-like lines (sentences, lead-ins ending in ':') need >= {opts.story_share:.0%}.",
        "# Support counts pages and where the line sat: before, inside or after the story",
        f"# (a lower bound: the model pruned rare lines, at most {model.error} pages off).",
        f"# precedence = \"after\": these rules only see lines that `{meta['extends']}` leaves alone.",
        "",
        "[ruleset]",
        f"name = {toml_str(meta['name'])}",
        f"extends = {toml_str(meta['extends'])}",
        f"description = {toml_str(meta['description'])}",
        "hosts = [" + ", ".join(toml_str(h) for h in meta["hosts"]) + "]",
        f"title = {toml_str(meta['title'])}",
        f"deck = {'true' if meta['deck'] else 'false'}",
        f"precedence = {toml_str(meta['precedence'])}",
        "",
    ]
    handled = model.select().handled
    if handled:
        out.append(f"# Recurring lines that `{meta['extends']}` already removes (pages, its rule, template):")
        for h in handled[:20]:
            out.append(f"#   {h.pages:>6}/{model.pages}  {h.rule:<24} {template_text(h.template)[:80]}")
        out.append("")
    if not rules:
        out += ["# No template passed the thresholds: this site needs no rules beyond its base.", ""]
    for rule in rules:
        out += _rule_lines(rule, model, comment=False)
    if misses:
        out += ["# ---- near misses: below the thresholds, not active. Uncomment what is chrome",
                "# (and give it an id of its own).", ""]
        for rule in misses:
            out += _rule_lines(rule, model, comment=True)
    return "\n".join(out).rstrip("\n") + "\n"
