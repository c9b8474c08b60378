"""Opt-in compiled build: ``CLEANER_COMPILE=1`` compiles the text hot path with mypyc.

The modules listed in `COMPILED` are compiled from the same ``.py`` sources that the
pure-Python package runs (one semantics; the sources stay in the wheel). Without the
variable this file adds nothing: ``pip install .`` builds the pure package, with no
compiler. The build backend (`build_backend.py`) asks for mypy only when compiling.
"""

from __future__ import annotations

import os

from setuptools import setup

#: The hot path of a text page (the profile's top modules): segment, rule passes, matcher,
#: decode, outlet detection, and the classes a page builds (fields, record, front end);
#: and the HTML block walk and selectors (`html/parse`: the walk 0.87x the pure one's
#: instructions; `html/select`: ~2% fewer a dev page; lxml's elements and XPath calls
#: stay Python objects to the compiled code); and the HTML front end's stages
#: (`html/frontend` and its parts, `html/container`, `html/meta`, with `html/tags` and `html/rules` they
#: call per element): ~10% fewer instructions a dev page than the build without them.
#: And `rules` (the rule set classes: the passes read a `Rule`'s fields natively, and
#: call `RuleSet.match_prefix` without the interpreter): 2.6% fewer a seed page, 1.1% a
#: bulk row; each class pickles by its own `__reduce__` (the rule set cache).
#: mypyc asserts on ``for x in reversed(a_list_of_Any)`` (mypy types that call ``Any``:
#: both of `reversed`'s overloads take a list of ``Any``), so such loops run by index.
#: They compile into one extension (with a small one per module that the package imports
#: as it imports any module); the others stay interpreted. Not `core`: a compiled
#: ``Cleaner.clean`` would refuse an argument of the wrong type with a bare TypeError
#: before `check_arguments` names it, and a native class's interpreted subclass
#: (`cleaner.learn.LearnedCleaner`) does not pickle its own attributes.
COMPILED = [
    "cleaner/segment.py",
    "cleaner/engine.py",
    "cleaner/passes/text.py",
    "cleaner/passes/page.py",
    "cleaner/passes/hits.py",
    "cleaner/passes/matching.py",
    "cleaner/passes/outlets.py",
    "cleaner/passes/boxes.py",
    "cleaner/passes/datelines.py",
    "cleaner/passes/story_end.py",
    "cleaner/passes/story.py",
    "cleaner/passes/structures.py",
    "cleaner/passes/title.py",
    "cleaner/passes/retitle.py",
    "cleaner/passes/glued.py",
    "cleaner/passes/regions.py",
    "cleaner/passes/repeats.py",
    "cleaner/passes/tail.py",
    "cleaner/passes/dateline_cut.py",
    "cleaner/passes/index_pages.py",
    "cleaner/match/prefilter.py",
    "cleaner/decode.py",
    "cleaner/detect.py",
    "cleaner/fields.py",
    "cleaner/names.py",
    "cleaner/record.py",
    "cleaner/front.py",
    "cleaner/html/parse.py",
    "cleaner/html/select.py",
    "cleaner/html/container.py",
    "cleaner/html/frontend.py",
    "cleaner/html/state.py",
    "cleaner/html/pretty.py",
    "cleaner/html/scripted.py",
    "cleaner/html/outlet.py",
    "cleaner/html/elements.py",
    "cleaner/html/pictures.py",
    "cleaner/html/drop.py",
    "cleaner/html/index_pages.py",
    "cleaner/html/story.py",
    "cleaner/html/headline.py",
    "cleaner/html/page_dates.py",
    "cleaner/html/selector_fields.py",
    "cleaner/html/decks.py",
    "cleaner/html/captions.py",
    "cleaner/html/fallbacks.py",
    "cleaner/html/link_lists.py",
    "cleaner/html/chrome.py",
    "cleaner/html/bylines.py",
    "cleaner/html/meta.py",
    "cleaner/html/tags.py",
    "cleaner/html/rules.py",
    "cleaner/rules.py",
]


def _ext_modules() -> list[object]:
    if os.environ.get("CLEANER_COMPILE", "") in ("", "0"):
        return []
    from mypyc.build import mypycify

    # The build environment holds mypy and regex's stubs, not the other dependencies: their
    # types are Any to the compiler (as they are to compiled code, which calls them as
    # Python objects), and only the compiled modules' own errors count.
    flags = ["--ignore-missing-imports", "--follow-imports=silent", "--no-warn-unused-ignores"]
    return list(mypycify([*flags, *COMPILED], opt_level="3"))


setup(ext_modules=_ext_modules())
