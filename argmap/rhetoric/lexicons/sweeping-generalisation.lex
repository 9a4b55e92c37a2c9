# sweeping-generalisation: universal wording that admits no exception.
@list universals: the universal quantifiers and frequency adverbs of English grammar (Quirk et al. 1985,
@list universals: "A Comprehensive Grammar of the English Language", universal determiners and pronouns).
@list seed-dev: added after reading the dev paragraphs of the gold set.
== universals
everyone
everybody
everything
nobody
no one
no-one
nothing
never
always
all of
all the
every
each and every
without exception
none
none of
no other
the only
entire
entirely
totally
whatsoever
anyone
-at all
-at all costs
-all in all
-after all
-never before
-the only one I
== seed-dev
at all levels
all levels
everyone's
every single
any
all
