"""``brief digest``: many articles into one digest, unattended and safe for cron.

collect.py finds the articles (files, folders, globs, stdin lists, RSS/Atom feeds),
dedupe.py folds near-duplicates into stories, state.py remembers what earlier runs
included, build.py briefs the articles in parallel and assembles the Digest.
"""
