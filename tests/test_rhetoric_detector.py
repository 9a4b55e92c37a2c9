"""Cue detection: every category fires on a plain case and stays silent in a context that cancels it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.model import CUE_CATEGORIES
from argmap.rhetoric import detect
from argmap.rhetoric.detector import SHOWN_WEIGHT
from argmap.rhetoric.lexicon import lexicon_names, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "sources"
PROSE = ("The committee met in the spring and discussed the draft at length, with reports from every region "
         "and many proposals for amendments to the text of the constitution.")


def shown(text: str, category: str):
    """Cues of one category that argmap shows by default."""
    return [c for c in detect(text) if c.category == category and c.weight >= SHOWN_WEIGHT]


def titled(title: str) -> str:
    return f"{title}\n\n{PROSE}\n"


# category, firing text, silent text (why it is silent)
CASES = [
    ("hedge", "Stalin perhaps wanted reform.", titled("Perhaps a Reform")),  # title
    ("booster", "This clearly shows the plan.", "It is not clear that he won."),  # negation
    ("attitude-marker", "Unfortunately, the plan failed.", "It was not surprising that the plan failed."),
    ("self-mention", "I think the plan failed.", titled("# My Story of the Plan")),  # title
    ("reader-engagement", "Consider the evidence before judging.", titled("## What You Need to Know")),
    ("rhetorical-question", "Who would believe that? Nobody does.", "Do you agree with this analysis?"),  # genuine
    ("sweeping-generalisation", "Everyone opposed the plan.", "Not everyone agreed with the plan."),
    ("intensifier", "It was very important to them.", "It was not very important to them."),
    ("emotive-language", "The regime was pure terror and tyranny.", titled("# Tyranny")),
    ("epithet", "These upstart jackals took the plant.", titled("# Jackals at the Gate")),
    ("scare-quotes", "The “experts” agreed with the plan.", "His book is titled “the revolution betrayed” here."),
    ("either-or", "There is no other option for the country.", titled("# Either Way")),
    ("popularity-appeal", "As everyone knows, the plan failed.", "It is not widely known that the plan failed."),
    ("authority-appeal", "According to historians, the plan failed.", "No documents show that the plan failed."),
    ("hated-comparison", "The new leader is worse than Hitler.", "Stalin and Beria met in 1938 to discuss it."),
    ("whataboutism", "But what about the crimes of the West?", titled("# What About the West")),
    ("slogan", "Workers of the world, unite!", titled("# Long Live the Revolution")),
    ("repetition", "Is it possible to win when we are poor? Is it possible to win when we are weak? "
                   "Is it possible to win when we are alone?", "The plan failed. A new plan followed it."),
]


def test_cases_cover_every_category():
    assert sorted(c for c, _, _ in CASES) == sorted(CUE_CATEGORIES)


@pytest.mark.parametrize("category,firing,silent", CASES, ids=[c for c, _, _ in CASES])
def test_category_fires(category, firing, silent):
    assert shown(firing, category), f"{category} should fire on {firing!r}"


@pytest.mark.parametrize("category,firing,silent", CASES, ids=[c for c, _, _ in CASES])
def test_category_silent_in_context(category, firing, silent):
    assert not shown(silent, category), f"{category} should stay silent on {silent!r}"


def test_cue_spans_are_exact_and_positioned():
    text = "First line.\nThese upstart jackals will perhaps win."
    cues = detect(text, path="x.txt")
    epithet = next(c for c in cues if c.category == "epithet")
    assert epithet.text == "upstart jackals" == text[epithet.start:epithet.end]
    assert (epithet.line, epithet.column) == (2, 7)
    assert epithet.device_line() == 'device epithet "upstart jackals" in CLAIM'


def test_device_line_with_source():
    cue = next(c for c in detect("They are traitors.", source="blog") if c.category == "epithet")
    assert cue.device_line() == 'device epithet "traitors" in CLAIM\n  at blog:1'


def test_bibliography_and_citations_are_skipped():
    text = (f"{PROSE} (Zhukov, Clearly Inoy 307-9)\n\nBibliography\n\n"
            "Smith, J. Clearly Wrong: the Very Worst Traitors. London, 2001.\n")
    assert not [c for c in detect(text) if c.category in ("booster", "intensifier", "epithet")]


def test_question_lowers_booster():
    cue = next(c for c in detect("Is it clearly true that he won?") if c.category == "booster")
    assert "question" in cue.context and cue.weight < 1


def test_quotation_heavy_text_does_not_drown_in_scare_quotes():
    terms = " ".join(f"the “term{i}” and" for i in range(40))
    cues = [c for c in detect(f"{PROSE} {terms} more.") if c.category == "scare-quotes"]
    assert cues and all(c.weight < SHOWN_WEIGHT for c in cues)


def test_seed_004_keeps_scare_quotes_few():
    text = (SEEDS / "004_e77f1c82b5a1bb7e.txt").read_text(encoding="utf-8")
    cues = [c for c in detect(text) if c.category == "scare-quotes"]
    assert len(cues) > 50  # found ...
    shown_by_default = [c for c in cues if c.weight >= SHOWN_WEIGHT]
    # ... but most are not shown by default: only terms the text keeps putting in quotation marks
    assert len(shown_by_default) < len(cues) / 2
    assert all("quoted again and again" in c.context for c in shown_by_default)


def test_seed_001_jackals_belong_to_artem():
    text = (SEEDS / "001_796af24f27a72c3f.txt").read_text(encoding="utf-8")
    cues = detect(text)
    jackals = [c for c in cues if c.category == "epithet" and "jackal" in c.text]
    assert jackals and jackals[0].voice == "Comrade Artem"
    muxin = [c for c in cues if c.voice == "Muxin"]
    assert muxin, "the block quotes introduced by 'Muxin again:' are Muxin's"
    assert any(c.voice == "author" for c in cues)


def test_block_quote_layers_each_own_their_words():
    text = ("Artem writes:\n\n"
            "These elites are parasites, and the minister said: “These jackals are traitors to the nation and must go.”\n\n"
            "I think both are wrong.\n")
    cues = detect(text)
    parasites = next(c for c in cues if c.text == "parasites")
    jackals = next(c for c in cues if "jackals" in c.text)
    assert parasites.voice == "Artem"
    assert jackals.voice_path[:2] == ("author", "Artem") and len(jackals.voice_path) == 3
    assert jackals.voice != "Artem"
    me = next(c for c in cues if c.category == "self-mention")
    assert me.voice == "author"


def test_forum_quote_block():
    text = "Evgeniy Spitsyn wrote:\nThe party apparatus was clearly parasitic.\nThanks for the answer.\n"
    cues = detect(text)
    assert next(c for c in cues if c.category == "booster").voice == "Evgeniy Spitsyn"


def test_lexicons_have_provenance():
    for name in lexicon_names():
        lexicon = load_lexicon(name)
        assert len(lexicon) > 0, name
        assert {e.list_name for e in lexicon.entries} <= set(lexicon.provenance), name
        assert all(lexicon.provenance.values()), name


@given(st.text(alphabet=st.sampled_from(list("abc Iyou perhaps clearly “”\"'?!.\n:,jackals")), max_size=300))
def test_spans_always_match_the_text(text):
    cues = detect(text)
    for cue in cues:
        assert 0 <= cue.start < cue.end <= len(text)
        assert cue.text == text[cue.start:cue.end]
        assert cue.category in CUE_CATEGORIES
    assert [c.to_dict() for c in cues] == [c.to_dict() for c in detect(text)]


def test_far_from_the_only_one_is_a_concession_not_a_booster():
    assert shown("though far from the only one, for this article", "booster") == []
    assert [c.text for c in shown("They are far from new.", "booster")] == ["far from"]


def test_every_epistemic_hedge_of_the_map_rules_is_a_hedge_entry():
    from argmap.rhetoric.mapcues import EPISTEMIC_HEDGES

    entries = {e.raw.lower().replace("’", "'") for e in load_lexicon("hedge").entries if not e.stop}
    assert EPISTEMIC_HEDGES <= entries, sorted(EPISTEMIC_HEDGES - entries)


def test_long_sentences_and_paragraphs_of_questions_stay_linear():
    # One word repeated through one long sentence, and thousands of questions in one paragraph, used to
    # cost time quadratic in their length (a 100 KB text took minutes); the cues themselves are unchanged.
    repeated = detect("They were " + "very, " * 4000 + "tired.")
    parallel = [c for c in repeated if c.category == "repetition" and c.entry == "parallel phrases: very"]
    assert len(parallel) == 4000
    questions = detect("These questions are rhetorical. " + "Why? " * 4000 + "Because.")
    asked = [c for c in questions if c.category == "rhetorical-question"]
    assert len(asked) == 4000 and all("the text calls it rhetorical" in c.entry for c in asked)


# Word senses and genuine questions (session 2, from the errors on the validation paragraphs): each rule
# with a case where the cue fires and one where the sense or the context keeps it quiet.
SENSES = [
    ("hedge", "He may have known about the plan.", "Each of these strata may have its special interests."),
    ("hedge", "In general, the reform seems to have worked.", "I oppose rehabilitations in general."),
    ("hedge", "The purge took at least 600 lives.", "He could at least leverage it for his own ends."),
    ("booster", "It is clear that the plan failed.", "Stalin's notes make it clear that he believed it."),
    ("booster", "Yet all of this activity really sabotaged the elections.", "They were veterans of the really dangerous days."),
    ("booster", "Of course the plan failed.", "Make sure that only trained people led the plants."),
    ("self-mention", "The writer of these lines was there.", "The writer Konstantin Simonov was present at the Plenum."),
    ("epithet", "These parasites took the plant.", "He wrote about the parasitic nature of the Party."),
]


@pytest.mark.parametrize("category,firing,silent", SENSES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(SENSES)])
def test_sense_rules(category, firing, silent):
    assert shown(firing, category), firing
    assert not shown(silent, category), silent


GENUINE_QUESTIONS = [
    "Kravtsov: They advised me here.\nStalin: Who?\nKravtsov: I can't say, I don't know.\n",  # a dialogue turn
    "Did this failure reflect a stalemate on the Central Committee? Or an estimate that further efforts would "
    "have to wait? The sources are silent.",  # alternative question
    "Why did the campaign run for four months? Was it the numbers arrested? We don't know the details yet.",
    "I still have a problem understanding this system: did members simply accept them? How did the leaders "
    "manage it?",  # the writer wants to know
]


@pytest.mark.parametrize("text", GENUINE_QUESTIONS)
def test_genuine_questions_are_not_rhetorical(text):
    assert not shown(text, "rhetorical-question")


def test_question_runs_without_a_sign_of_asking_stay_rhetorical():
    text = ("Have you built a good school? Have you improved housing conditions? Are you a bureaucrat? "
            "These are the questions the voters will ask every candidate.")
    assert len(shown(text, "rhetorical-question")) == 3


def test_a_booster_inside_a_question_is_hidden_but_a_sweeping_word_is_not():
    assert not shown("Is it clearly the case that he won?", "booster")
    assert shown("Is it possible to win when everyone is corrupt?", "sweeping-generalisation")


def test_a_run_of_varied_questions_is_an_inquiry_but_a_parallel_run_is_a_device():
    inquiry = ("What is the proper role of a party in such a society? What forms of leadership are compatible "
               "with it? Which are in contradiction with these goals? These are hard matters.")
    parallel = ("Have you built a good school? Have you improved housing conditions? Have you helped the farms? "
                "These are the questions the voters will ask.")
    assert not shown(inquiry, "rhetorical-question")
    assert [c.entry for c in detect(inquiry) if c.category == "rhetorical-question"]  # still there with --all
    assert len(shown(parallel, "rhetorical-question")) == 3


def test_a_question_the_writer_frames_as_open_is_not_rhetorical():
    assert not shown("It is fair to ask: how democratic would the result have been, if he had had his way? "
                     "Answers differ.", "rhetorical-question")


def _may_have_cues_by_tokens(text, categories):
    """The reference for may_have_cues: tokenise, then look each token (and pair) up."""
    from argmap.rhetoric.detector import _entry_starts
    from argmap.rhetoric.lexicon import TOKEN_RE

    heads, pairs, stems = _entry_starts(frozenset(categories))
    previous = None
    for match in TOKEN_RE.finditer(text):
        word = match.group().lower().replace("’", "'")
        if word in heads or (previous, word) in pairs or (stems and word.startswith(stems)):
            return True
        previous = word
    return False


MAP_CATEGORIES = ("booster", "hedge", "authority-appeal", "epithet")


def test_may_have_cues_agrees_with_tokenising_on_every_seed_sentence():
    from argmap.rhetoric.detector import may_have_cues

    checked = 0
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in path.read_text(encoding="utf-8").replace("\n", " ").split(". "):
            for categories in (MAP_CATEGORIES, CUE_CATEGORIES):
                assert may_have_cues(sentence, categories) == _may_have_cues_by_tokens(sentence, categories), sentence
            checked += 1
    assert checked > 1000


@given(st.lists(st.sampled_from(["clearly", "perhaps", "parasite", "according", "to", "don't", "o'clock",
                                 "Stalin's", "certainly", "may", "have", "I", "we", " ", "-", ",", "’", "'", "x",
                                 "clear", "that", "a"]), max_size=20).map("".join))
def test_may_have_cues_agrees_with_tokenising_on_any_text(text):
    from argmap.rhetoric.detector import may_have_cues

    assert may_have_cues(text, MAP_CATEGORIES) == _may_have_cues_by_tokens(text, MAP_CATEGORIES)


RHETORICAL_QUESTIONS = [
    "If, then, for a common object this property is to be sacrificed, is it not just that it be done at a "
    "common charge?",  # a negative interrogative after an opening clause
    "Is it true, then, that freed men can displace any more labour than before?",  # draws a conclusion
    "Shall we say to the farmer, \"Go and hoe your own row\"?\n\nShall we say to the laborer, \"Your "
    "right to organize is none of our concern\"?\n",  # paragraphs opening with parallel questions
]


@pytest.mark.parametrize("text", RHETORICAL_QUESTIONS)
def test_rhetorical_question_forms_found_in_speeches(text):
    assert shown(text, "rhetorical-question")


def test_a_question_with_then_as_time_is_not_drawing_a_conclusion():
    assert not shown("What happened then in the Central Committee, and who spoke first at the plenum that day?",
                     "rhetorical-question")


def test_generally_before_a_participle_is_a_popularity_appeal_not_a_hedge():
    text = "Convertibility into coin is generally acknowledged to be the best safeguard."
    assert not shown(text, "hedge") and shown(text, "popularity-appeal")
    assert shown("The reform generally worked in the towns.", "hedge")


def test_doubtful_as_an_adjective_is_no_hedge():
    assert not shown("There is a large number of doubtful cases before the commission.", "hedge")
    assert shown("It is doubtful that the commission will agree.", "hedge")


def test_a_derogatory_modifier_before_a_word_for_a_group_is_an_epithet():
    assert [c.text for c in shown("They were dishonest speculators and petty kings.", "epithet")] == [
        "dishonest speculators", "petty kings"]
    assert [c.text for c in shown("Then the parasitic, exploitative stratum took over.", "epithet")] == [
        "parasitic, exploitative stratum"]


@pytest.mark.parametrize("text", ["He described the parasitic nature of the Party.", "Corrupt practices spread.",
                                  "The elite schools were closed.", "They were corrupt. Officials denied it."])
def test_a_derogatory_modifier_alone_is_no_epithet(text):
    assert not shown(text, "epithet")


HEDGE_SENSES = [  # (a hedge, the same word in another sense)
    ("Prices rose fairly quickly that year.", "The problem is distributing abundance fairly among the nations."),
    ("Whether the plan worked is unclear.", "He spoke to uncertain millions on both sides of the curtain."),
    ("I think the plan failed.", "When I think back to the country I grew up in, much has changed."),
    ("In general, the reform worked.", "The people of Europe have confidence in General Eisenhower."),
    ("The reform generally worked in the towns.", "We had to strengthen our forces generally and enlarge capacity."),
    ("The result was more or less what he wanted.", "The cold war is nothing more or less than an attempt to win."),
]


@pytest.mark.parametrize("hedged,other", HEDGE_SENSES)
def test_hedge_word_senses(hedged, other):
    assert shown(hedged, "hedge"), hedged
    assert not shown(other, "hedge"), other


def test_contracted_negative_and_why_not_questions_are_rhetorical():
    assert shown("We built a nation with our prayers. Why can't we pray in a schoolroom too?", "rhetorical-question")
    assert shown("And now, ladies and gentlemen, why don't we get to work? The year is short.",
                 "rhetorical-question")


def test_knowing_that_boosts_but_a_foolish_act_is_no_epithet():
    assert shown("I know that the Congress will act.", "booster")
    assert not shown("He acted foolishly in the matter of the tariff.", "epithet")
    assert shown("The fools in the capital acted.", "epithet")


def test_a_word_inside_a_longer_cue_of_its_category_is_one_cue():
    cues = shown("Thousands were tortured and shot in the cellars.", "emotive-language")
    assert [c.text for c in cues] == ["tortured and shot"]


def test_counterfactual_might_have_and_fairly_as_justly_are_no_hedges():
    assert not shown("The mountaineers might have made a long and formidable resistance.", "hedge")
    assert not shown("The election was fairly held under lawful authority.", "hedge")
    assert shown("It may have been known to the Politburo.", "hedge")


STRONG_SIGNS_WIN = [  # a weak sign of a real question never silences a strong sign of a rhetorical one
    "The answer is simple: shall we surrender our liberty? Shall we abandon our homes? Shall we betray our "
    "fathers? Never.",  # a colon label that is no dialogue turn
    "Note: Is it not absurd that they still lie to us? Of course it is.",
    "My question is rhetorical. Why would anyone vote for such a man? He lies.",
    "We must ask whether this is wise. Is it not madness to go on? Is it not folly?",
]


@pytest.mark.parametrize("text", STRONG_SIGNS_WIN)
def test_strong_rhetorical_signs_outweigh_signs_of_asking(text):
    assert shown(text, "rhetorical-question"), text


def test_only_the_opening_question_of_a_paragraph_joins_a_series_across_paragraphs():
    text = ("Shall we say to the farmer, \"hoe your own row\"?\n\n"
            "Shall we say to the worker, \"fend for yourself\"? What did the Secretary find in the mills of "
            "the South in the month of May last year?\n")
    entries = [c.entry for c in detect(text) if c.category == "rhetorical-question"]
    assert sum("paragraphs open with parallel questions" in e for e in entries) == 2


@pytest.mark.parametrize("text", ["The officials were corrupt and bureaucrats were everywhere.",
                                  "He was dishonest with officials."])
def test_only_a_modifier_may_stand_between_an_epithets_modifier_and_noun(text):
    assert not shown(text, "epithet")


def test_emotive_cues_side_by_side_both_stay():
    cues = shown("It was a brutal and bloodthirsty regime, a tyranny.", "emotive-language")
    assert len(cues) >= 2


# Rules added in the third session, from the errors on every gold part scored before it.
LOADED_QUESTIONS = [
    "Folks at home, does anybody really think the tax code is fair?",  # "really think" in a question
    "Where is it written that we cannot lead the world in manufacturing?",
    "Need I recall the scene or the circumstances of that evening?",
    "May I not hope that the Congress will give its support?",  # "may I not"
    "Who will not join with me in this prayer?",
    "Remember the fear and the record losses?",
    "You guys don't want another tax cut for the rich?",  # a statement spoken as a question
    "How is that fair to the families who pay their taxes?",
]


@pytest.mark.parametrize("text", LOADED_QUESTIONS)
def test_loaded_question_forms_are_rhetorical(text):
    assert shown(text, "rhetorical-question"), text


@pytest.mark.parametrize("text", [
    "Did the commission really meet in May? The minutes do not say.",  # "really" without "think"
    "Where was the remaining grain stored that winter, and who kept the accounts?",  # a question of fact
    "Shawn, where are you? Stand up. Shawn served two tours in the army.",  # a guest called out, a real call
])
def test_questions_of_fact_and_call_outs_are_not_loaded(text):
    assert not shown(text, "rhetorical-question"), text


def test_ordinal_openers_do_not_hide_a_parallel_run_of_questions():
    text = ("First, how do we give everyone a fair shot at opportunity? Second, how do we make technology work "
            "for us and not against us? These are the questions before us tonight.")
    assert len(shown(text, "rhetorical-question")) == 2


@pytest.mark.parametrize("epithet,text", [
    ("chiselers", "The cheaters and chiselers of the black market must be stopped."),
    ("selfish pressure groups", "We cannot yield to selfish pressure groups."),
    ("masters of Germany", "The war was begun by the masters of Germany."),
    ("Big Pharma", "Big Pharma charges Americans three times as much."),
    ("deluded followers", "The war was begun by a tyrant's deluded followers."),
])
def test_name_calling_found_in_speeches(epithet, text):
    assert epithet in " ".join(c.text for c in shown(text, "epithet")), text


@pytest.mark.parametrize("text", [
    "The feudal barons were changing the map of Europe every fortnight.",  # a historical term
    "The Party leadership began to parasite off the country.",  # the verb (but "a parasite on the State" is the label)
    "They were masters of their craft.",  # no name follows: praise
    "The big oil fields of the south were mapped.",  # "Big Oil" is an epithet only as a name
    "Disloyal conduct was punished.",  # a modifier without a word for a group
])
def test_name_calling_words_in_other_senses_are_silent(text):
    assert not shown(text, "epithet"), text


def test_progress_reports_every_finder_and_their_number():
    from argmap.rhetoric.detector import analyse

    calls = []
    analyse("A plain sentence. Is it not plain?", progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] and [d for d, _ in calls] == list(range(1, len(calls) + 1))


def test_usually_and_essentially_in_comparisons_and_as_substantially_are_no_hedges():
    assert not shown("Relations are less gratifying than they have usually been at former periods.", "hedge")
    assert not shown("Such articles as are most usually shipped from her ports.", "hedge")
    assert not shown("The purchase would contribute essentially to the prosperity of both countries.", "hedge")
    assert shown("The reports usually overstate the harvest.", "hedge")
    assert shown("The plan is essentially a tax on labour.", "hedge")


def test_a_parasite_on_the_state_is_the_label_not_the_verb():
    assert [c.text for c in shown("The Party naturally became a parasite on the State.", "epithet")] == ["parasite"]


# Rules added after the fifth batch's blind score, from its errors.
@pytest.mark.parametrize("text", [
    "Will not different States be compelled to meet extremes with extremes?",  # a negative question opening
    "So, why would anybody not want a secure election?",
    "She's a movie star, can you believe it?",
    "We cut the price of insulin, right?",  # a tag question asks for assent
    "Right, Marco?",
])
def test_negative_openings_and_tag_questions_are_rhetorical(text):
    assert shown(text, "rhetorical-question"), text


def test_a_greeting_to_a_guest_is_a_real_question():
    assert not shown("Saria, how are you? Saria lost her job last spring.", "rhetorical-question")


@pytest.mark.parametrize("epithet,text", [
    ("sectional agitators", "The country was disturbed by sectional agitators."),
    ("naysayers", "The naysayers said it could not be done."),
    ("the unprincipled", "Power would pass to the unprincipled and the ambitious."),
    ("pro-crime politicians", "Our cities are run by pro-crime politicians."),
])
def test_name_calling_found_in_the_fifth_batch(epithet, text):
    assert epithet.split()[-1] in " ".join(c.text for c in shown(text, "epithet")), text


@pytest.mark.parametrize("text", [
    "A tax of twenty-five cents per ton on pig iron would raise ten millions.",  # "pig iron"
    "He wore the dog tags his wife had blessed.",
    "We've created a welfare monster that shocks us.",  # a thing, not a person
])
def test_animal_words_and_monsters_without_an_insult_are_silent(text):
    assert not shown(text, "epithet"), text


def test_a_dog_called_names_is_an_epithet():
    assert shown("You dirty dog, you lied to us.", "epithet")


@pytest.mark.parametrize("hedged,other", [
    ("Such measures tend to raise prices.", "The nurses tend to the wounded."),
    ("Such measures tend to raise prices.", "Any measure which may tend to facilitate it will be adopted."),
    ("The treaty is in effect a surrender.", "The treaty will remain in effect until May."),
    ("The treaty is in effect a surrender.", "The old rates are in effect."),
    ("It seemed impossible to them.", "A little while ago such a thing would have seemed incredible."),
    ("Practically every State has ratified it.", "Practically, it is immaterial whether the act was lawful."),
])
def test_more_hedge_senses(hedged, other):
    assert shown(hedged, "hedge"), hedged
    assert not shown(other, "hedge"), other


# Rules added after the sixth batch's blind score, from its errors.
@pytest.mark.parametrize("text", [
    "Its progress will not be endangered or retarded by violent political struggles.",  # the verb "slowed"
    "Mexico cannot prevent the incursions of banditti into our territory.",  # raiders described
])
def test_words_of_name_calling_in_a_literal_sense_are_silent(text):
    assert not shown(text, "epithet"), text


def test_the_slur_retarded_is_still_an_epithet():
    assert shown("They were managed by unaccountable, retarded professional revolutionaries.", "epithet")


@pytest.mark.parametrize("epithet,text", [
    ("barbarians", "The country was overrun by wild and ignorant barbarians."),
    ("savage gang", "The savage gang has more than ten thousand members."),
    ("corrupt leaders", "The corrupt leaders have stolen billions."),
])
def test_name_calling_found_in_the_sixth_batch(epithet, text):
    assert epithet in " ".join(c.text for c in shown(text, "epithet")), text


@pytest.mark.parametrize("text", ["Pat? Pat stood up and waved.", "Where are you, JoJo? There she is."])
def test_a_guest_called_by_name_is_a_real_question(text):
    assert not shown(text, "rhetorical-question"), text


def test_a_one_word_interrogative_is_not_taken_for_a_name():
    assert shown("Why? Because they never paid a cent in taxes.", "rhetorical-question")


@pytest.mark.parametrize("silent,firing", [
    ("Foreign agents tried to hack our elections.", "He is nothing but a party hack."),
    ("The butchers and bakers of the town paid the tax.", "The butcher of Baghdad gassed his own people."),
    ("The Indian chieftains signed the treaty at the fort.", "The country was ruled by petty chieftains."),
])
def test_ambiguous_name_calling_words_need_their_insulting_sense(silent, firing):
    assert not shown(silent, "epithet"), silent
    assert shown(firing, "epithet"), firing


# Rules added after the seventh batch's blind score, from its errors.
@pytest.mark.parametrize("text", [
    "The delay in procuring the documents retarded this operation.",
    "The death of the commissioner has retarded the execution of these measures.",
])
def test_retarded_as_slowed_is_no_epithet(text):
    assert not shown(text, "epithet"), text


@pytest.mark.parametrize("epithet,text", [
    ("appeasers", "We will not listen to the appeasers."),
    ("vile criminal", "He was released and became a vile criminal."),
    ("ruthless butcher", "He was the most ruthless butcher of the regime."),
    ("moneyed aristocracy", "The debt created a moneyed aristocracy."),
])
def test_name_calling_found_in_the_seventh_batch(epithet, text):
    assert epithet.split()[-1] in " ".join(c.text for c in shown(text, "epithet")), text


# Rules added after the eighth batch's blind score, from its errors.
@pytest.mark.parametrize("epithet,text", [
    ("handwringers", "The handwringers said the recovery would never come."),
    ("shortsighted people", "Those shortsighted people would have us disarm."),
    ("lords of the Japanese Navy", "The lords of the Japanese Navy did not expect it."),
    ("unscrupulous man", "The law must reach the unscrupulous man who cheats."),
])
def test_name_calling_found_in_the_eighth_batch(epithet, text):
    assert epithet in " ".join(c.text for c in shown(text, "epithet")), text


def test_it_is_possible_to_is_feasibility_not_a_hedge():
    assert not shown("On fertile soil it is possible to allot the lands in severalty.", "hedge")
    assert shown("It is possible that the treaty will fail.", "hedge")


# Booster senses learned from the eleventh batch (a random sample scored for boosters).
@pytest.mark.parametrize("booster,other", [
    ("I am sure that the treaty will hold.", "We must be sure that every group has the incentive to work."),
    ("To be sure, the cost is high.", "America can be as sure of her strength as of her purpose."),
    ("The time for rhetoric has clearly passed.", "The aims must be clearly brought to the attention of all."),
    ("We clearly recognize that the danger is real.", "The cost must be clearly and honestly expressed."),
    ("There can be no doubt that the law is just.", "There can be no settled conditions without peace."),
    ("Kentucky no doubt will cooperate.", "That no doubt might be left with the enemy, we acted at once."),
])
def test_booster_senses(booster, other):
    assert shown(booster, "booster"), booster
    assert not shown(other, "booster"), other


# Found by the review of the third session's rules.
def test_a_long_run_of_punctuation_before_a_question_is_still_read():
    # (benchmarks/bench_rhetoric.py times this input: the question patterns must not backtrack over it)
    assert shown(", " * 2000 + "can you believe it?", "rhetorical-question")


@pytest.mark.parametrize("text", [
    "We provide for the designing and construction of new vessels.",  # a gerund before its noun
    "The twisted and burned wreckage was found.",  # adjectives of a noun
    "The notorious, long-running dispute ended.",
])
def test_the_adjective_before_its_noun_is_no_name_calling(text):
    assert not shown(text, "epithet"), text


@pytest.mark.parametrize("text", ["They were the masters of American Literature.", "The lords of the Admiralty met."])
def test_titles_and_praise_are_no_masters_of_a_people(text):
    assert not shown(text, "epithet"), text


@pytest.mark.parametrize("text", [
    "Impossible? Not for this nation. Nothing is impossible for us.",  # a word the text also writes in lower case
    "Where are they? The jobs they promised have not come.",  # not a call-out: "you" only
    "Where are you, anyway? We waited all night for an answer.",  # "anyway" is no name
])
def test_one_word_questions_and_where_questions_stay_rhetorical(text):
    assert shown(text, "rhetorical-question"), text


def test_a_tag_question_needs_its_comma():
    entries = [c.entry for c in detect("Is this right? The committee must decide.") if c.category == "rhetorical-question"]
    assert not any("tag question" in e for e in entries)
    assert any("tag question" in c.entry for c in shown("We paid it back, right? Every cent.", "rhetorical-question"))


def test_what_could_have_been_is_counterfactual():
    assert not shown("He saved them from what could have been a catastrophic crash.", "hedge")
    assert shown("The losses could have been caused by the storm.", "hedge")


@pytest.mark.parametrize("text", ["You filthy swine, you lied.", "You dirty rat.", "That lying snake sold us out."])
def test_animal_insults_after_an_insult_fire(text):
    assert shown(text, "epithet"), text


@pytest.mark.parametrize("silent,firing", [
    ("It was a hack by a foreign government.", "They are political hacks."),
    ("Russian hacks of our elections continued.", "He is nothing but a party hack."),
    ("Is the law in effect?", "The treaty is in effect a surrender."),
    ("It was in the report.\nPractically, it is immaterial whether it was lawful.", "Practically every State agreed."),
])
def test_review_senses(silent, firing):
    category = "hedge" if "effect" in firing or "Practically" in firing else "epithet"
    assert not shown(silent, category), silent
    assert shown(firing, category), firing


# After the thirteenth batch's blind score.
@pytest.mark.parametrize("silent,firing", [
    ("The Republics are passing through the treacherous course from dictatorship to democracy.",
     "We were betrayed by treacherous politicians."),
    ("The abandonment of the mentally ill and the mentally retarded must end.",
     "They were managed by unaccountable, retarded professional revolutionaries."),
])
def test_treacherous_things_and_the_clinical_term_are_no_epithets(silent, firing):
    assert not shown(silent, "epithet"), silent
    assert shown(firing, "epithet"), firing
