"""Figures of one story told two ways, from the eighteenth CLI QA pass: a rise "more than doubled" against
one "about 60%", households against homes, half a century against 50 years, a quarter of an hour against 19
minutes, "1.2m litres" against "1.2 million litres", "as long as a fortnight" against "up to two weeks", half a
decade against five years, and a canvas's size written two ways.  Each pair is read both ways, and the
first through the whole engine as the CLI reads it."""

import json
import subprocess
import sys

from ledger_rows import both_ways


def test_more_than_doubled_disputes_a_rise_of_about_60_per_cent():
    found = both_ways("The cost of running it has more than doubled since 2021, the company said.",
                      "Aire Power said running costs had risen by about 60% since 2021.")
    assert found["conflict"] == [("more than doubled", "up about 60%")] and found["agree"] == [("2021", "2021")]


def test_more_than_doubled_meets_a_rise_of_150_per_cent():
    found = both_ways("Its costs have more than doubled since 2021.", "Its costs have risen 150% since 2021.")
    assert ("more than doubled", "up 150%") in found["agree"] and found["conflict"] == []


def test_households_and_homes_count_one_thing():
    found = both_ways("Around 42,000 households in Brenfield have been told to boil their tap water.",
                      "About 24,000 homes in Brenfield must boil tap water before drinking it.")
    assert found["conflict"] == [("around 42,000", "about 24,000")]
    same = both_ways("Around 42,000 households were told to boil water.", "About 42,000 homes must boil water.")
    assert same["agree"] == [("around 42,000", "about 42,000")]


def test_more_than_half_a_century_meets_50_years():
    found = both_ways("It will close on 30 September, ending more than half a century of coal-fired generation "
                      "at the site.",
                      "It will close on 30 September, ending 50 years of coal-fired generation at the site.")
    assert ("more than half a century", "50 years") in found["agree"] and found["conflict"] == []


def test_half_a_decade_meets_five_years():
    found = both_ways("Aire Power said decommissioning the site would take about five years.",
                      "Decommissioning is expected to take around half a decade.")
    assert found["agree"] == [("about five years", "around half a decade")]


def test_a_quarter_of_an_hour_disputes_19_minutes_and_meets_15():
    found = both_ways("The price was reached after 19 minutes of bidding on Monday evening.",
                      "Bidding for the painting lasted a quarter of an hour on Monday evening.")
    assert found["conflict"] == [("19 minutes", "a quarter of an hour")]
    found = both_ways("Bidding lasted 15 minutes.", "Bidding lasted a quarter of an hour.")
    assert found["agree"] == [("15 minutes", "a quarter of an hour")]


def test_millions_of_litres_written_two_ways_agree_and_the_first_days_list_no_ordinal():
    found = both_ways("The company said it had handed out 1.2 million litres of bottled water in the first three "
                      "days.",
                      "Over 72 hours, the company has distributed 1.2m litres of bottled water.")
    assert ("1.2 million litres", "1.2m litres") in found["agree"]
    assert found["only_a"] == found["only_b"] == [] and found["conflict"] == []


def test_as_long_as_a_fortnight_meets_up_to_two_weeks():
    found = both_ways("Symptoms can last for up to two weeks.", "Symptoms can last as long as a fortnight.")
    assert found["agree"] == [("up to two weeks", "as long as a fortnight")]


def test_a_size_written_with_one_unit_meets_it_written_with_two():
    found = both_ways("Wheatfield at Dusk measures 73cm by 92cm.", "The canvas, 73 by 92 centimetres, depicts a field.")
    assert found["agree"] == [("73cm", "73"), ("92cm", "92 centimetres")] and found["only_a"] == found["only_b"] == []


CONTEXT = ("Officials in the town confirmed the details on Tuesday morning. The report was published by the "
           "regional office. Local councillors said they would study it closely.\n\n")


def test_the_cli_disputes_more_than_doubled_against_about_60_per_cent(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CONTEXT + "The cost of running it has more than doubled since 2021, the company said.\n")
    b.write_text(CONTEXT + "Aire Power said running costs had risen by about 60% since 2021.\n")
    out = subprocess.run([sys.executable, "-m", "reader", "align", str(a), str(b), "--json"],
                         capture_output=True, text=True, check=True)
    links = [link for link in json.loads(out.stdout)["links"] if "doubled" in json.dumps(link["numbers"])]
    assert [pair for link in links for pair in link["numbers"]["conflict"]] == [["doubled", "60%"]]
