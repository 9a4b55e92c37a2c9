# authority-appeal: support by reference to an authority or to evidence as such ("according to", "documents prove").
@list evidentials: reporting and evidential phrases (Chafe 1986, "Evidentiality in English conversation and
@list evidentials: academic writing"; Hyland 2005 attributors such as "according to").
@list curated: appeals to expertise and standing, written for argmap.
@list seed-dev: added after reading the dev paragraphs of the gold set.
== evidentials
according to
as reported by
documents prove
documents show
documents confirm
archives show
archival documents
archival evidence
the evidence shows
evidence shows
studies show
research shows
research has shown
sources confirm
confirm that
confirms that
confirmed that
as documented
documented
== curated
experts
expert
scientists say
historians write
historians agree
historians say
scholars agree
scholars
specialist
specialists
leading expert
renowned
eminent
distinguished
authoritative
respected historian
the main Russian historian
mainstream figure
Academy of Sciences
one of the very best
the most important single source
== seed-dev
as seen in
many historic examples
historic examples
documenting
