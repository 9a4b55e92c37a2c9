# intensifier: degree words and superlatives that amplify ("very", "utterly", "the most evil").
@list quirk: amplifiers (boosters and maximizers) in Quirk et al. (1985) A Comprehensive Grammar of the English
@list quirk: Language, §8.105-8.111.
@list superlatives: evaluative superlatives (most common in opinion writing).
@list seed-dev: added after reading the dev paragraphs of the gold set.
== quirk
very
extremely
utterly
completely
absolutely
highly
deeply
enormously
immensely
incredibly
terribly
awfully
exceedingly
tremendously
hugely
thoroughly
totally
so much
far more
much more
vastly
pure
sheer
total
immense
vital
massively
== superlatives
the most
the worst
the greatest
the biggest
the largest
the highest
the ultimate
the very
== seed-dev
a thousand times
never, ever
very, very
many, many
