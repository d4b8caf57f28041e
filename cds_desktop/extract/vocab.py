"""The figures vocabulary (`resources/figures.toml`), loaded once.

Cue words live as data so a domain expert can extend them without touching
the rules; every entry is folded the way the text is folded for matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.text import fold
from cds_desktop.extract.vocabulary import folded_words, toml_resource


@dataclass(frozen=True)
class Vocabulary:
    scale: dict[str, float]
    units: dict[str, str]  # folded spelling -> unit stored
    not_units: tuple[str, ...]
    count_nouns: tuple[str, ...]  # longest first
    head_nouns: tuple[str, ...]  # count_nouns without the qualified ones
    total: tuple[str, ...]
    cumulative: tuple[str, ...]
    noun_heads: tuple[str, ...]
    phrase_ends: frozenset[str]  # words that end a counted noun phrase
    date_before: tuple[str, ...]
    named_days: tuple[str, ...]
    qualifiers: tuple[str, ...]  # longest first
    qualifiers_after: tuple[str, ...]
    target: tuple[str, ...]
    forecast: tuple[str, ...]
    change: tuple[str, ...]
    multiple_change: tuple[str, ...]
    enumerators: tuple[str, ...]
    change_gap: tuple[str, ...]
    growth: tuple[str, ...]
    not_target: tuple[str, ...]
    rank: tuple[str, ...]
    plan: tuple[str, ...]
    plan_setting: tuple[str, ...]
    list_results: tuple[str, ...]
    list_results_asked: tuple[str, ...]
    reached: tuple[str, ...]
    reached_before: tuple[str, ...]
    target_after: tuple[str, ...]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    describing: tuple[str, ...]
    meeting_nouns: tuple[str, ...]
    reach_before: tuple[str, ...]
    reach_nouns: tuple[str, ...]
    reach_venues: tuple[str, ...]
    reach_joins: tuple[str, ...]
    reach_determiners: tuple[str, ...]
    reach_meetings: tuple[str, ...]
    reach_online: tuple[str, ...]
    assigning: tuple[str, ...]
    task_nouns: tuple[str, ...]
    attending: tuple[str, ...]
    others: tuple[str, ...]
    others_not: tuple[str, ...]
    speeches: tuple[str, ...]
    speeches_before: tuple[str, ...]
    speeches_sentence: tuple[str, ...]
    holding: tuple[str, ...]
    subdivisions: tuple[str, ...]
    parts: tuple[str, ...]
    population: tuple[str, ...]
    requesting: tuple[str, ...]
    directing: tuple[str, ...]
    rank_again: tuple[str, ...]
    rank_verbs: tuple[str, ...]
    rank_verbs_not_after: tuple[str, ...]
    rank_fields: tuple[str, ...]
    comparison_base: tuple[str, ...]
    comparatives: tuple[str, ...]
    base_values: tuple[str, ...]
    exceeding: tuple[str, ...]
    descriptive: tuple[str, ...]
    speaker_sentences: tuple[str, ...]
    roman: dict[str, int]
    naming: tuple[str, ...]
    comparison: tuple[str, ...]
    now: tuple[str, ...]
    now_not_after: tuple[str, ...]
    now_not_before: tuple[str, ...]
    per_year: tuple[str, ...]
    span_leads: tuple[str, ...]
    review_leads: tuple[str, ...]
    review_programmes: tuple[str, ...]
    review_after: tuple[str, ...]
    review_reports: tuple[str, ...]
    review_numbers: dict[str, int]
    month_numbers: dict[str, int]
    months_so_far_before: tuple[str, ...]
    months_so_far_verbs: tuple[str, ...]
    months_so_far_after: tuple[str, ...]
    months_so_far_not_after: tuple[str, ...]
    published: tuple[str, ...]
    editions: tuple[str, ...]
    year_end_not_before: tuple[str, ...]
    same_time: tuple[str, ...]
    same_stretch: tuple[str, ...]
    later_clause_openers: frozenset[str]
    remains: tuple[str, ...]
    remains_not_yet: tuple[str, ...]
    table_min_rows: int
    table_row_heads: tuple[str, ...]
    rate_bases: tuple[str, ...]
    scope_leads: tuple[str, ...]
    scope_contrasts: tuple[str, ...]
    scope_appositions: tuple[str, ...]
    scope_national_level: tuple[str, ...]
    scope_merged_with: tuple[str, ...]
    scope_kinds: tuple[str, ...]
    scope_kind_heads: tuple[str, ...]
    scope_not_subject_after: tuple[str, ...]
    scope_list_joins: tuple[str, ...]
    scope_back_references: tuple[str, ...]
    scope_not_back_reference: tuple[str, ...]
    scope_back_reference_subjects: tuple[str, ...]
    scope_back_reference_not_after: tuple[str, ...]
    scope_national: tuple[str, ...]
    scope_national_heads: tuple[str, ...]
    scope_national_value_not_gap: tuple[str, ...]
    scope_organising: tuple[str, ...]
    anaphora: tuple[str, ...]
    subset: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    data = toml_resource("figures.toml")
    units = {fold(w): str(u["name"]) for u in data["unit"] for w in u["words"]}
    kinds = data["kinds"]
    nots = data["not_figures"]
    periods = data["periods"]
    scope = data["scope"]
    chrome = (*nots["page_counters"], *nots["page_labels"])
    return Vocabulary(
        scale={fold(k): float(v) for k, v in data["scale"].items()},
        units=units,
        not_units=folded_words(data["not_units"]["words"]),
        count_nouns=folded_words([*data["counts"]["nouns"], *data["counts"]["qualified"]]),
        head_nouns=folded_words(data["counts"]["nouns"]),
        total=folded_words(data["counts"]["total"]),
        cumulative=folded_words(data["counts"]["cumulative"]),
        noun_heads=folded_words(data["counts"]["heads"]),
        phrase_ends=frozenset(folded_words(data["counts"]["phrase_ends"])),
        date_before=folded_words(data["dates"]["before"]),
        named_days=folded_words(data["dates"]["named"]),
        qualifiers=folded_words(data["qualifiers"]["words"]),
        qualifiers_after=folded_words(data["qualifiers"]["after"]),
        target=folded_words(kinds["target"]),
        forecast=folded_words(kinds["forecast"]),
        change=folded_words(kinds["change"]),
        multiple_change=folded_words(kinds["multiple_change"]),
        enumerators=folded_words(kinds["enumerators"]),
        change_gap=folded_words(kinds["change_gap"]),
        growth=folded_words(kinds["growth"]),
        not_target=folded_words(kinds["not_target"]),
        rank=folded_words(kinds["rank"]),
        plan=folded_words(kinds["plan"]),
        plan_setting=folded_words(kinds["plan_setting"]),
        list_results=folded_words(kinds["list_results"]),
        list_results_asked=folded_words(kinds["list_results_asked"]),
        reached=folded_words(kinds["reached"]),
        reached_before=folded_words(kinds["reached_before"]),
        target_after=folded_words(kinds["target_after"]),
        not_before=folded_words(
            [
                *nots["before"],
                *nots["page_counters"],
                *(f"{w}{mark}" for w in chrome for mark in (":", " (", "(")),
            ]
        ),
        not_after=folded_words([*nots["after"], *nots["page_counters"]]),
        describing=folded_words(nots["describing"]),
        meeting_nouns=folded_words(nots["meeting_nouns"]),
        reach_before=folded_words(nots["reach_before"]),
        reach_nouns=folded_words(nots["reach_nouns"]),
        reach_venues=folded_words(nots["reach_venues"]),
        reach_joins=folded_words(nots["reach_joins"]),
        reach_determiners=folded_words(nots["reach_determiners"]),
        reach_meetings=folded_words(nots["reach_meetings"]),
        reach_online=folded_words(nots["reach_online"]),
        assigning=folded_words(nots["assigning"]),
        task_nouns=folded_words(nots["task_nouns"]),
        attending=folded_words(nots["attending"]),
        others=folded_words(nots["others"]),
        others_not=folded_words(nots["others_not"]),
        speeches=folded_words(nots["speeches"]),
        speeches_before=folded_words(nots["speeches_before"]),
        speeches_sentence=folded_words(nots["speeches_sentence"]),
        holding=folded_words(nots["holding"]),
        subdivisions=folded_words(nots["subdivisions"]),
        parts=folded_words(nots["parts"]),
        population=folded_words(nots["population"]),
        requesting=folded_words(nots["requesting"]),
        directing=folded_words(nots["directing"]),
        rank_again=folded_words(kinds["rank_again"]),
        rank_verbs=folded_words(kinds["rank_verbs"]),
        rank_verbs_not_after=folded_words(kinds["rank_verbs_not_after"]),
        rank_fields=folded_words(nots["rank_fields"]),
        comparison_base=folded_words(nots["comparison_base"]),
        comparatives=folded_words(nots["comparatives"]),
        base_values=folded_words(nots["base_values"]),
        exceeding=folded_words(nots["exceeding"]),
        descriptive=folded_words(nots["descriptive"]),
        speaker_sentences=folded_words(nots["speaker_sentences"]),
        roman={fold(k): int(v) for k, v in periods["roman"].items()},
        naming=folded_words(periods["naming"]),
        comparison=folded_words(periods["comparison"]),
        now=folded_words(periods["now"]),
        now_not_after=folded_words(periods["now_not_after"]),
        now_not_before=folded_words(periods["now_not_before"]),
        per_year=folded_words(periods["per_year"]),
        span_leads=folded_words(periods["span_leads"]),
        review_leads=folded_words(periods["review_leads"]),
        review_programmes=folded_words(periods["review_programmes"]),
        review_after=folded_words(periods["review_after"]),
        review_reports=folded_words(periods["review_reports"]),
        review_numbers={fold(k): int(v) for k, v in periods["review_numbers"].items()},
        month_numbers={fold(k): int(v) for k, v in periods["month_numbers"].items()},
        months_so_far_before=folded_words(periods["months_so_far_before"]),
        months_so_far_verbs=folded_words(periods["months_so_far_verbs"]),
        months_so_far_after=folded_words(periods["months_so_far_after"]),
        months_so_far_not_after=folded_words(periods["months_so_far_not_after"]),
        published=folded_words(periods["published"]),
        editions=folded_words(periods["editions"]),
        year_end_not_before=folded_words(periods["year_end_not_before"]),
        same_time=folded_words(periods["same_time"]),
        same_stretch=folded_words(periods["same_stretch"]),
        later_clause_openers=frozenset(folded_words(periods["later_clause_openers"])),
        remains=folded_words(periods["remains"]),
        remains_not_yet=folded_words(periods["remains_not_yet"]),
        table_min_rows=int(data["table"]["min_rows"]),
        table_row_heads=folded_words(data["table"]["row_heads"]),
        rate_bases=folded_words(data["rates"]["bases"]),
        scope_leads=folded_words(scope["leads"]),
        scope_contrasts=folded_words(scope["contrasts"]),
        scope_appositions=folded_words(scope["appositions"]),
        scope_national_level=folded_words(scope["national_level"]),
        scope_merged_with=folded_words(scope["merged_with"]),
        scope_kinds=folded_words(scope["kinds"]),
        scope_kind_heads=folded_words(scope["kind_heads"]),
        scope_not_subject_after=folded_words(scope["not_subject_after"]),
        scope_list_joins=folded_words(scope["list_joins"]),
        scope_back_references=folded_words(scope["back_references"]),
        scope_not_back_reference=folded_words(scope["not_back_reference"]),
        scope_back_reference_subjects=folded_words(scope["back_reference_subjects"]),
        scope_back_reference_not_after=folded_words(scope["back_reference_not_after"]),
        scope_national=folded_words(scope["national"]),
        scope_national_heads=folded_words(scope["national_heads"]),
        scope_national_value_not_gap=folded_words(scope["national_value_not_gap"]),
        scope_organising=folded_words(scope["organising"]),
        anaphora=folded_words(data["anaphora"]["words"]),
        subset=folded_words(data["anaphora"]["subset"]),
    )
