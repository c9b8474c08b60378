"""The HTML front end's literal gates against the patterns they stand before: a gate may
say "may match" where the pattern does not, never "cannot" where it does (htmlcost26)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html.chrome import _PAYWALL_WORD, _may_ask_to_subscribe

# The words' letters in both cases, the three non-ASCII letters a case-blind match takes
# for ASCII ones (İ for i, ſ for s, the Kelvin sign for k), word breaks and other text.
_LETTERS = "berlangnsuscriptodBERLANGNSUSCRIPTOD\u0130\u017f\u212a \t-.,:'\u201cé9x"
_WORDS = ("langganan", "berlangganan", "subscribe", "subscribed", "subscription", "LANGGANAN",
          "SUBSCR\u0130PTION", "\u017fubscribe", "sub\u017fcribed", "Berlangganan")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=_LETTERS, max_size=12), st.sampled_from(_WORDS)), max_size=6))
def test_paywall_gate_never_refuses_a_match(parts: list[str]) -> None:
    text = "".join(parts)
    if _PAYWALL_WORD.search(text):
        assert _may_ask_to_subscribe(text)


def test_paywall_gate_on_prompts_and_story_lines() -> None:
    for text in ("Silakan berlangganan untuk membaca artikel ini.", "SUBSCRIBE TO CONTINUE READING",
                 "Subscribed? Log in", "\u017fubscribe to read on", "SUBSCR\u0130PTION required"):
        assert _PAYWALL_WORD.search(text) and _may_ask_to_subscribe(text), text
    for text in ("Menteri itu membaca laporan di depan wartawan.", "Read more about the election"):
        assert not _may_ask_to_subscribe(text) and not _PAYWALL_WORD.search(text), text
