# attitude-marker: the writer's affective attitude to what is said (surprise, agreement, importance, frustration).
@list hyland: Hyland, K. (2005) Metadiscourse, Appendix 1 (attitude markers).
@list seed-dev: added after reading the dev paragraphs of the gold set.
== hyland
admittedly
amazingly
amazing
astonishing
astonishingly
curiously
curious
desirable
disappointing
disappointingly
dramatically
fortunately
unfortunately
hopefully
importantly
interestingly
interesting
remarkably
remarkable
shocking
shockingly
strikingly
striking
surprisingly
surprising
unbelievable
understandably
understandable
unexpectedly
unexpected
unusually
preferable
agree
agreed
disagree
I prefer
appropriate
inappropriate
ironically
ironic
regrettably
sadly
thankfully
luckily
strangely
oddly
paradoxically
happily
== seed-dev
baffling
absurd
the only catch
on paper
in theory
strange as it may seem
not fair
wild
pretty wild
the problem is
the real problem
crucial
very crucial
key here
