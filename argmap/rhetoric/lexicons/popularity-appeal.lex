# popularity-appeal: a claim backed by how many people hold it or how well known it is.
@list curated: argumentum ad populum phrasings from textbooks on informal logic (Walton 1999, "Appeal to Popular
@list curated: Opinion"), written as the fixed phrases that introduce such appeals.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== curated
everyone knows
everybody knows
as everyone knows
as everybody knows
it is well known
is well known
well known
widely known
widely accepted
widely believed
widely read
commonly accepted
common knowledge
most people
most Americans
most Russians
many people
millions of people
the majority of
the vast majority
everyone agrees
everybody agrees
no one denies
nobody denies
it is common
is common
generally accepted
the people
popular opinion
public opinion
common sense
== seed-dev
many readers
everyone thinks
most common
common line of thinking
