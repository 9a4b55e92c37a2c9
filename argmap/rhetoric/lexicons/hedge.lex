# hedge: wording that withholds full commitment, and approximators ("perhaps as many as").
# Session 2: removed "apparent" ("greater than may be apparent": visible), bare "estimated" ("can be estimated or
# felt"), "sometimes", "more than {NUM}" (a lower bound), "might have" and "might have been" (mostly
# counterfactual); narrowed "at least" to "at least {NUM}", "suggest" to "suggest that", "doubtful", "uncertain" and
# "unclear" to their clauses.
@list hyland: Hyland, K. (2005) Metadiscourse: Exploring Interaction in Writing, Appendix 1 (hedges); the
@list hyland: unambiguous items only (no bare "about", "would", "should", "could", which are mostly not hedges).
@list approximators: Prince, Frader & Bosk (1982) "On hedging in physician-physician discourse" (approximators:
@list approximators: "about", "around", "as many as" before a number).
@list seed-dev: added after reading the dev paragraphs of the gold set.
@list validation: changed in session 2 after reading the detector's errors on the gold paragraphs numbered 1 and
@list validation: 3 (mod 5), which then became a validation set; see docs/rhetoric.md. After the blind scores, "suggest"
@list validation: needs its that-clause ("the Secretary suggests a change" proposes) and "some one" is no approximator;
@list validation: "might have" is mostly counterfactual ("might have made a long resistance"), not a hedge.
== hyland
perhaps
maybe
possibly
possible that
it is possible
probably
probable
likely
unlikely
most likely
apparently
seemingly
seem
seems
seemed
seem to
appear to
appears to
appeared to
it appears
arguably
presumably
supposedly
ostensibly
conceivably
plausibly
plausible
suggest that
suggests that
suggested that
suggesting that
I think
I believe
I suspect
I guess
I suppose
we think
we believe
in my view
in my opinion
in our view
to my mind
IMO
IMHO
generally
in general
on the whole
somewhat
fairly
more or less
to some extent
to a large extent
to a certain extent
in a sense
in some sense
in some ways
tend to
tends to
tended to
nearly
practically
virtually
roughly
approximately
an estimated
estimated at
it is estimated
is estimated at
uncertain whether
uncertain that
is uncertain
remains uncertain
was uncertain
unclear whether
unclear that
is unclear
remains unclear
was unclear
it is unclear
it is doubtful
doubtful whether
doubtful that
not certain
not sure
not clear
I don't know
we don't know
essentially
basically
== approximators
about {NUM}
around {NUM}
some {NUM}
-some one  # session 2: "some one" is someone, not an approximator
approximately {NUM}
roughly {NUM}
nearly {NUM}
as many as
as much as {NUM}
== seed-dev
reportedly
allegedly
probably not
for the most part
usually
from my point of view
in effect
at the very least
at least {NUM}
my guess
we cannot be certain
we can't be certain
may have been
could have been
may have
virtual
== validation
-it appears from  # session 2, after the third speeches' blind score
-more likely to  # session 2, after the third speeches' blind score
-less likely to  # session 2, after the third speeches' blind score
-what we believe  # session 2, after the third speeches' blind score
-what I believe  # session 2, after the third speeches' blind score
-on the whole subject  # session 2, after the third speeches' blind score
-on the whole question  # session 2, after the third speeches' blind score
-on the whole matter  # session 2, after the third speeches' blind score
-to a degree of  # session 2, after the third speeches' blind score
-more or less than  # session 2, after the second speeches' blind score
-I think back  # session 2, after the second speeches' blind score
-I think of  # session 2, after the second speeches' blind score
-I think about  # session 2, after the second speeches' blind score
-we think of  # session 2, after the second speeches' blind score
-I believe in  # session 2, after the second speeches' blind score
-we believe in  # session 2, after the second speeches' blind score
to a degree
in my judgment
in my judgement
I venture
it is believed
it is my belief
it could be argued
it may be that
it might be that
may be said
-generally acknowledged  # a popularity appeal, not a hedge
-generally agreed  # a popularity appeal, not a hedge
-generally accepted  # a popularity appeal, not a hedge
-generally admitted  # a popularity appeal, not a hedge
-generally believed  # a popularity appeal, not a hedge
-generally conceded  # a popularity appeal, not a hedge
-generally recognized  # a popularity appeal, not a hedge
-generally recognised  # a popularity appeal, not a hedge
-generally known  # a popularity appeal, not a hedge
-generally held  # a popularity appeal, not a hedge
