# Figures whose name is used as an insult by comparison. Only comparison phrasing counts ("like Hitler",
# "worse than Stalin", "a new Beria"); a bare name is a topic, never a cue (DESIGN §6b).
@list curated: twentieth-century dictators, their police chiefs and regimes, as commonly invoked in comparisons.
== curated
Hitler
Stalin
Beria
Yezhov
Mussolini
Pol Pot
Mao
Goebbels
Himmler
Nazi*
Gestapo
the Nazis
Trotsky
Caligula
Nero
Genghis Khan
Satan
the devil
