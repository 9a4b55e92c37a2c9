# slogan: catchphrases and calls to action (exclamations are found by pattern, not listed here).
@list curated: political catchphrases and calls to action, written for argmap.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== curated
help us
join us
fight back
wake up
never again
workers of the world
power to the people
long live
down with
glory to
death to
become a member
stand with
make america
== seed-dev
join the discussion
