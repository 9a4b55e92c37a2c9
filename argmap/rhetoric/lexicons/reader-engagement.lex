# reader-engagement: the writer addresses or steers the reader (reader pronouns, directives, asides).
@list hyland: Hyland, K. (2005) Metadiscourse, Appendix 1 (engagement markers), and Hyland (2001) "Bringing in
@list hyland: the reader" (directives: note, consider, imagine, let us).
@list seed-dev: added after reading the dev paragraphs of the gold set.
== hyland
you
your
yours
yourself
yourselves
you're
you've
you'd
you'll
imagine
note that
notice
let us
let's
think about it
remember
recall that
see for yourself
judge for yourself
as you can see
as you know
as you understand
you know
you see
dear readers
dear reader
== seed-dev
respected readers
my respected readers
read the
help us
join the discussion
try to understand
think about
if you are
please
readership
respected readership
lets get going
comrades
worth paying attention
needs to be understood
consider this
consider the
