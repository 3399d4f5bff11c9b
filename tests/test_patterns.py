"""LazyPattern compiles on first use and then behaves as the compiled pattern."""

import re

from briefcli.patterns import LazyPattern


def test_nothing_is_compiled_until_a_method_is_called():
    lazy = LazyPattern(r"(unbalanced")  # compiling would raise
    assert lazy.source == "(unbalanced"


def test_methods_match_re_with_the_given_flags():
    lazy = LazyPattern(r"\bsigns? up\b", re.IGNORECASE)
    text = "Readers SIGN UP here. Then one signs up there."
    plain = re.compile(r"\bsigns? up\b", re.IGNORECASE)
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.search(text, 10).span() == plain.search(text, 10).span()
    assert lazy.match("sign up now") and not lazy.match("now sign up")
    assert lazy.sub("", text) == plain.sub("", text)
    assert lazy.sub(lambda m: m.group().upper(), text) == plain.sub(lambda m: m.group().upper(), text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.pattern is lazy.pattern  # compiled once
