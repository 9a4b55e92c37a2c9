# popularity-appeal: a claim backed by how many people hold it or how well known it is.
# Removed in session 2 (they name a population, they do not invoke its opinion as support; 2 of 33 right on the gold set): "well known", "most people", "most Americans", "most Russians", "many people", "millions of people", "the majority of", "the vast majority", "it is common", "is common", "the people", "public opinion", "popular opinion", "many readers", "everyone thinks", "most common", "common line of thinking".
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
widely known
widely accepted
widely believed
widely read
commonly accepted
common knowledge
everyone agrees
everybody agrees
no one denies
nobody denies
generally acknowledged
generally agreed
generally accepted
generally admitted
generally believed
generally conceded
generally recognized
generally recognised
generally known
generally held
common sense
== seed-dev
