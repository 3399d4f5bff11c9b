"""LazyPattern compiles on first use and then behaves as the compiled pattern."""

import re

from briefcli.patterns import LazyPattern


def test_nothing_is_compiled_until_a_method_is_called():
    from briefcli import patterns

    lazy = LazyPattern(r"(unbalanced")  # compiling would raise
    assert lazy.pattern == "(unbalanced"
    patterns._CREATED.remove(lazy)  # (compile_all would raise on it)


def test_its_source_builds_larger_patterns_as_a_compiled_ones_does():
    word = LazyPattern(r"\bsigns? up\b")
    assert LazyPattern(word.pattern + r"|\bread more\b").search("Read more or sign up").group() == "sign up"


def test_methods_match_re_with_the_given_flags():
    lazy = LazyPattern(r"\bsigns? up\b", re.IGNORECASE)
    text = "Readers SIGN UP here. Then one signs up there."
    plain = re.compile(r"\bsigns? up\b", re.IGNORECASE)
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.search(text, 10).span() == plain.search(text, 10).span()
    assert lazy.search(text, 0, 14) is None and plain.search(text, 0, 14) is None
    assert lazy.match("sign up now") and not lazy.match("now sign up")
    assert lazy.match("now sign up", 4) and lazy.fullmatch("now sign up", 4) and not lazy.fullmatch("now sign up")
    assert [m.span() for m in lazy.finditer(text, 10)] == [m.span() for m in plain.finditer(text, 10)]
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub("", text) == plain.sub("", text)
    assert lazy.sub("x", text, 1) == plain.sub("x", text, 1)
    assert lazy.sub(lambda m: m.group().upper(), text) == plain.sub(lambda m: m.group().upper(), text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.compiled is lazy.compiled  # compiled once


def test_compile_all_compiles_every_pattern_made_and_their_methods_become_the_compiled_ones():
    from briefcli.patterns import compile_all

    lazy = LazyPattern(r"\bpool\b")
    assert "compiled" not in vars(lazy)
    compile_all()
    assert "compiled" in vars(lazy)
    assert lazy.search == lazy.compiled.search and lazy.search("the pool").span() == (4, 8)
