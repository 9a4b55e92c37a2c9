# Modifiers that turn a word for people into name-calling ("corrupt careerists", "the parasitic
# Nomenklatura"): with a noun of group-nouns.lex right after them (or after one more modifier), they make an
# epithet. Alone they are emotive words or description, not epithets (DESIGN §6b: an epithet names a person
# or group).
@list curated: adjectives labelled derogatory or disapproving in learners' dictionaries (Oxford, Collins),
@list curated: chosen in the second session from the epithets of the tuning, validation and first blind texts.
@list session-3: added in the third session from the epithets missed on the gold parts scored before it
@list session-3: ("the sinister masters of Germany", "selfish pressure groups", "deluded followers",
@list session-3: "irresponsible monarchs", "a notorious outlaw", "disloyal citizens", "twisted souls").
@list session-3e: added after the eighth batch's blind score ("those shortsighted people", "barbarous forces",
@list session-3e: "the unscrupulous man").
@list session-3d: added after the seventh batch's blind score ("vile criminal", "wicked human traffickers",
@list session-3d: "a moneyed aristocracy").
@list session-3c: added after the sixth batch's blind score ("savage gang", "sadistic traffickers").
@list session-3b: added after the fifth batch's blind score, from its errors ("the unprincipled and ambitious",
@list session-3b: "the designing", "pro-crime politicians"; "dictator" stayed out of group-nouns.lex:
@list session-3b: Furr's quoted "power-hungry dictator" is the stereotype he argues against).
== curated
parasitic
parasitical
corrupt
dishonest
unscrupulous
ruthless
petty
discredited
power-seeking
power-hungry
self-serving
self-seeking
self-aggrandizing
self-aggrandising
exploitative
ravenous
greedy
treacherous
cowardly
venal
rapacious
bloodthirsty
fanatical
degenerate
decadent
reactionary
privileged
super-privileged
pampered
== session-3
sinister
irresponsible
selfish
deluded
twisted
scheming
intriguing
disloyal
notorious
lawless
vicious
traitorous
cynical
crooked
noisy
do-nothing
== session-3b
unprincipled
designing
piratical
pro-crime
open-borders
outlaw
== session-3c
savage
sadistic
== session-3d
vile
wicked
moneyed
== session-3e
shortsighted
short-sighted
barbarous
uncivilized
uncivilised
