# sweeping-generalisation: universal wording that admits no exception.
@list universals: the universal quantifiers and frequency adverbs of English grammar (Quirk et al. 1985,
@list universals: "A Comprehensive Grammar of the English Language", universal determiners and pronouns).
@list validation: stop entries added in session 2: a universal word in a phrase of time, rank or degree ("every year",
@list validation: "nothing more than") is not a generalisation about people or things.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== universals
everyone
everybody
no one
no-one
nothing
never
all the
every
each and every
without exception
none
none of
no other
whatsoever
-at all
-at all costs
-all in all
-after all
-never before
-the only one I
== seed-dev
== validation
-every year
-every month
-every week
-every day
-every time
-every level
-every step
-every other
-nothing more than
-nothing but
-nothing else
-never been
-no other way
