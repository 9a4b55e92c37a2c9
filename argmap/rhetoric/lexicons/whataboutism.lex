# whataboutism: answering a charge by pointing at someone else's wrong ("what about...", "and you are lynching...").
@list curated: tu quoque and whataboutism phrasings (Walton 1998, "Ad Hominem Arguments", tu quoque; the Soviet
@list curated: "And you are lynching Negroes" pattern), written as fixed phrases.
== curated
what about
but what about
how about
and what about
look who's talking
who are they to
who are you to
at least we
at least they
the pot calling
in many capitalist countries
the same as the west
same thing in the west
just as bad
no worse than
no different from
