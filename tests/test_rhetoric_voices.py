"""Who speaks where in a plain text (argmap/rhetoric/voices.py), on passages shaped like the seeds'."""

from __future__ import annotations

from argmap.rhetoric.layout import TextLayout
from argmap.rhetoric.voices import VoiceMap


def voices_of(text: str) -> list[tuple[str, str]]:
    layout = TextLayout(text)
    voices = VoiceMap(layout)
    return [(text[s:e].split()[0], "/".join(voices.block_path(s))) for s, e in layout.paragraphs]


def test_interview_turns_are_their_speakers():
    # Seed 002: the introduction named Stalin, so Howard's question was Stalin's and Stalin's answer the poster's.
    text = ("I found an excerpt from an interview Stalin gave to Roy Howard, in which they discussed elections:\n\n"
            "Howard: A new constitution is being elaborated. To what extent will it change things?\n\n"
            "Stalin: We shall probably adopt our new constitution at the end of this year.\n\n"
            "Thanks for the answer. I still have a problem with this.\n")
    assert voices_of(text) == [("I", "author"), ("Howard:", "author/Howard"), ("Stalin:", "author/Stalin"),
                               ("Thanks", "author")]


def test_a_label_before_a_colon_is_not_a_speaker():
    text = "He put it like this:\n\nNote: the numbers are rough, and that is all we have on them.\n"
    assert voices_of(text)[1] == ("Note:", "author/quoted")


def test_extracts_line_joined_to_the_next_still_hands_the_passage_back():
    # Seed 002: "Extracts from ... by Jerry Hough" ran on into the next post's first line, so the extract
    # stayed the poster's.
    text = ("The Circular Flow of Power within the CPSU\n\n"
            "As has been seen, the basic structure of power involved the election of the General Secretary.\n\n"
            "Extracts from \"Democratization and Revolution in the USSR 1985-91\" by Jerry Hough\n"
            "Very interesting analysis. Thanks for that.\n")
    found = voices_of(text)
    assert found[1] == ("As", "author/Jerry Hough") and found[2] == ("Extracts", "author")


def test_according_to_introduces_a_quotation():
    text = ("But according to historians Shilov and Rylkina, this proposal was resisted by the party itself:\n\n"
            "However, a broad discussion of the provisions did not take place.\n")
    assert voices_of(text)[1] == ("However,", "author/Shilov")


def test_the_same_essay_is_its_author_not_the_speaker_it_quoted_since():
    # Seed 001: after the historian's essay quoted Stalin, "From the same essay quoted above:" gave the next
    # passage to Stalin.
    text = ("A Russian historian puts it like this:\n\n"
            "After collectivization, Stalin thought about how to end the diktat of party functionaries.\n\n"
            "Stalin responded to these concerns with the following:\n\n"
            "“If the people elect hostile individuals here and there, it will mean our work is poor.”\n\n"
            "That is consistent with his views. From the same essay quoted above:\n\n"
            "Under these conditions, Stalin decided to join the terror.\n")
    found = voices_of(text)
    assert found[3] == ("“If", "author/Stalin")
    assert found[5] == ("Under", "author/a Russian historian")


def test_a_surname_is_the_same_voice_as_the_full_name():
    from argmap.rhetoric.voices import name_aliases

    names = {"author", "Yuri Zhukov", "Zhukov", "Zhukov › quoted", "Roy Medvedev", "Zhores Medvedev", "Medvedev",
             "Getty"}
    assert name_aliases(names) == {"Zhukov": "Yuri Zhukov", "Zhukov › quoted": "Yuri Zhukov › quoted"}


def test_seed_004_profile_has_one_zhukov_and_no_empty_devices_column():
    from pathlib import Path

    from click.testing import CliRunner

    from argmap.cli import main

    seed = Path(__file__).resolve().parent.parent / "examples" / "sources" / "004_e77f1c82b5a1bb7e.txt"
    out = CliRunner().invoke(main, ["rhetoric", str(seed), "-q", "--profile"], catch_exceptions=False).output
    rows = [line.split("│")[0].strip() for line in out.splitlines() if "│" in line]
    assert "Yuri Zhukov" in rows and "Zhukov" not in rows
    assert "annotated devices" not in out  # a plain text has no annotated devices
