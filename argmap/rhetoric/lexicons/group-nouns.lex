# Words for people and groups that, after a modifier of derogatory-modifiers.lex, make an epithet
# ("dishonest speculators", "a power-seeking minority"). Alone they are description, never a cue.
@list curated: nouns for social, political and economic groups, written for argmap in the second session.
@list session-3: added in the third session with the modifiers of the same name (see derogatory-modifiers.lex).
@list session-3e: added after the eighth batch's blind score ("the unscrupulous man", "uncivilized powers").
@list session-3d: added after the seventh batch's blind score ("lawless pirates", "notorious culprits",
@list session-3d: "vile criminal", "a moneyed aristocracy").
@list session-3c: added after the sixth batch's blind score ("corrupt leaders", "corrupt dictatorship",
@list session-3c: "heated partisans", "lawless rovers").
== curated
elite
elites
elitists
careerist*
speculator*
functionar*
bureaucrat*
oligarch*
nomenklatura
clique*
gang
gangs
stratum
strata
caste
minority
kings
bosses
barons
cohorts
henchmen
lackey*
cronies
profiteer*
money-changers
moneychangers
autocrat*
apparatchik*
politicians
officials
rulers
masters
lords
interests
== session-3
souls
followers
forces
monarchs
coterie
coteries
pressure groups
band
bands
agents
manipulators
citizens
men
persons
people
groups
faction
factions
outlaw
outlaws
minorities
demagogues
== session-3c
chieftains
leaders
dictatorship
partisans
rovers
traffickers
== session-3d
pirates
culprits
criminal
criminals
aristocracy
== session-3e
man
powers
