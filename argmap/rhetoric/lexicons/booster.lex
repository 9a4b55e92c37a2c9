# booster: wording that closes down alternatives and stresses certainty.
@list hyland: Hyland, K. (2005) Metadiscourse, Appendix 1 (boosters); ambiguous items left out ("show", "find",
@list hyland: "know", "must", "never", "always": the last two are sweeping-generalisation cues here).
@list seed-dev: added after reading the dev paragraphs of the gold set.
@list validation: changed in session 2 after reading the detector's errors on the gold paragraphs numbered 1 and
@list validation: 3 (mod 5), which then became a validation set; see docs/rhetoric.md.
@list validation: Later entries of this list came from the errors on the speeches after their blind scores
@list validation: ("I know that", "I am confident that", "make it certain").
@list map-review: stop entries added after the engineers who mapped examples/ reviewed AM501 findings there
@list map-review: ("far from the only one" grants others exist: a concession, not emphasis).
== hyland
certainly
certain that
clearly
it is clear
it was clear
is clear that
clear that
conclusively
decidedly
definitely
demonstrably
doubtless
no doubt
without doubt
beyond doubt
there is no doubt
there can be no doubt
undoubtedly
evidently
evident
in fact
as a matter of fact
indeed
incontestable
incontrovertible
incontrovertibly
indisputable
indisputably
obviously
obvious
of course
surely
sure
truly
undeniable
undeniably
undisputed
unquestionably
without question
it is true
the fact is
the truth is
the truth was
the reality is
in truth
needless to say
it goes without saying
prove that
demonstrates
demonstrated that
== seed-dev
really did
did plan
of course
it is clear that
it must be said
make no mistake
there is no question
far from
inevitable
the inevitable
is testament to
dead on
genuinely
really
after all
that's how it is
only one thing
cannot but
as anyone who
is not true
solidly
but really
== map-review
-far from the only
-far from alone
-far from unique
-far from the first
== validation
I know that
we know that
we all know that
I am confident that
we are confident that
I am sure that
face the fact
in reality
inevitably
let there be no mistake
beyond question
there can be no
-make sure
-makes sure
-made sure
-making sure
-make it clear that
-makes it clear that
-made it clear that
-making it clear that
-make clear that
-makes clear that
-made clear that
-making clear that
-make it certain
-make it evident
-make it plain
-make it obvious
-makes it certain
-makes it evident
-makes it plain
-makes it obvious
-made it certain
-made it evident
-made it plain
-made it obvious
-making it certain
-making it evident
-making it plain
-making it obvious
-in fact as well as
