# either-or: framing that leaves only two options, or one ("there is no other way").
@list curated: false-dilemma phrasings from textbooks on informal logic (Walton 1999; Damer 2009,
@list curated: "Attacking Faulty Reasoning", "false alternatives"), written as fixed phrases.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== curated
either
no other option
no other way
no other way out
no other choice
no choice but
no alternative
the only alternative
the only option
the only way
the only possible
the only language
with us or against us
there is no third
no middle ground
one or the other
only two options
only two choices
or else
there is no other
== seed-dev
life or death
