# either-or: framing that leaves only two options, or one ("there is no other way").
# Removed in session 2 (a bare choice or superlative, not a false dilemma; 0 of 12 right on the gold set): "either", "the only possible", "the only language", "life or death".
@list curated: false-dilemma phrasings from textbooks on informal logic (Walton 1999; Damer 2009,
@list curated: "Attacking Faulty Reasoning", "false alternatives"), written as fixed phrases.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== curated
no other option
no other way
no other way out
no other choice
no choice but
no alternative
the only alternative
the only option
the only way
with us or against us
there is no third
no middle ground
one or the other
only two options
only two choices
or else
there is no other
== seed-dev
