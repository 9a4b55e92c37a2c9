# self-mention: the writer refers to themselves (first person), including the authorial and inclusive "we".
# Session 2: "let's" removed (Hyland counts it as engagement; it stays in reader-engagement.lex).
@list hyland: Hyland, K. (2005) Metadiscourse, Appendix 1 (self-mentions): I, me, my, mine, we, us, our,
@list hyland: the author, the writer.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== hyland
!I
me
my
mine
myself
we
us
our
ours
ourselves
the author
the present author
this author
the writer
this writer
!I'm
!I've
!I'd
!I'll
we're
we've
we'd
we'll
