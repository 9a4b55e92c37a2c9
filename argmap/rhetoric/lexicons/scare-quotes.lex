# scare-quotes: markers that distance the writer from a term ("so-called"); quoted single terms are found by
# pattern (see docs/rhetoric.md).
@list curated: distancing markers (Predelli 2003, "Scare quotes and their relation to other semantic issues").
== curated
so-called
so called
self-styled
self-proclaimed
quote unquote
