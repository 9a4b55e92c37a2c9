# Comparison phrasing that turns a hated figure's name into a hated-comparison cue (followed by a name from
# hated-figures.lex).
@list curated: comparison constructions of English (like, as bad as, worse than, a new X), written for argmap.
== curated
like
just like
as bad as
worse than
no better than
a new
another
a modern
a modern-day
modern-day
the next
the new
reminiscent of
comparable to
akin to
compared to
compared with
more evil than
beat
has him beat
