"""Headings recognised by what they are about, not only by the alias list; and heading lines found in
postings and role profiles. One row per wording, with where such wording is seen (two employers at
least) or "ours" for wording written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import specparse
from specparse.lines import Line, number_lines
from specparse.sections import split_sections
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary()


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # duties
        ("Principal Duties and Responsibilities:", "duties"),  # Canadian Digital Service; county "Principal Duties"
        ("The main responsibilities of the post are:", "duties"),  # UK GDS role profiles; NYC "MAIN RESPONSIBILITIES"
        ("Main responsibilities of the post are to", "duties"),  # UK GDS; ours
        ("What you'll do", "duties"),  # Austin fellows; Colorado-style postings
        ("What you'll be doing", "duties"),  # ours
        ("What can I expect to do in this role?", "duties"),  # Ontario Digital Service; ours "What will I do?"
        ("What will I do?", "duties"),  # ours
        ("Key Accountabilities", "duties"),  # LABELS.md example; ours
        ("Role Responsibilities", "duties"),  # Government of Alberta; MoJ/CDS "Key Responsibilities"
        ("Essential duties include but are not limited to", "duties"),  # county posting; NC State
        ("Typical Work", "duties"),  # UW class specs; ours "Examples of Work"
        ("Additional Functions", "duties"),  # county posting; CA duty statements "Marginal Functions"
        # definition
        ("About the role", "definition"),  # MoJ "The Role"; CDS "The role"
        ("The Opportunity", "definition"),  # Ontario Digital Service; county election posting
        ("Purpose of Job:", "definition"),  # Royal Borough of Greenwich; county posting
        ("Nature & Purpose of Position", "definition"),  # Sam Houston State; ours "Nature of the Job"
        ("Nature of the Job", "definition"),  # ours
        ("General Statement", "definition"),  # California ODI duty statements; county "General Statement of Duties"
        ("GENERAL STATEMENT OF DUTIES", "definition"),  # county posting
        ("Basic Function", "definition"),  # UW class specs; ours
        # qualifications
        ("What we're looking for", "qualifications"),  # Austin fellows; CDS "What we are looking for :"
        ("What we are looking for :", "qualifications"),  # CDS; county posting
        ("How do I qualify?", "qualifications"),  # Ontario Digital Service; ours
        ("Who you are", "qualifications"),  # ours (LABELS.md example)
        ("Person Specification", "qualifications"),  # MoJ; UK GDS; Royal Borough of Greenwich
        ("What you bring to the team", "qualifications"),  # Ontario Digital Service; ours "What you'll bring"
        ("What you'll bring", "qualifications"),  # ours
        ("Educational and Experience Requirement", "qualifications"),  # Sam Houston State; county postings
        ("Minimum Experience/Education", "qualifications"),  # NC State; county "MINIMUM EDUCATION"
        ("Who May Apply", "qualifications"),  # county posting; US federal postings
        # desirable qualifications: the modifier outranks the subject
        ("Nice to have", "desirable_qualifications"),  # county posting; ours
        ("Bonus points", "desirable_qualifications"),  # ours
        ("Preferred Assets", "desirable_qualifications"),  # Government of Alberta; CDS "Additional assets"
        ("Preferred Skills", "desirable_qualifications"),  # NYC Digital Service; county posting
        (
            "Preference will be given to candidates with the following areas of experience",
            "desirable_qualifications",
        ),  # Rutgers; ours
        # knowledge, skills and abilities
        ("Skills We're Seeking", "skills"),  # NYC Opportunity; ours "Skills we need"
        ("Web Development Skills", "skills"),  # City of Orlando; Ontario "Leadership skills"
        ("Specialist Skills & Requirements", "skills"),  # UK GDS; UK GDS Markdown
        ("Competencies Required", "skills"),  # county posting; Government of Alberta "APS Competencies"
        ("Skills, Abilities and Competencies", "knowledge_skills_abilities"),  # county posting; ours
        # pay, benefits, application, selection, equal opportunity
        ("Proposed Salary Range", "salary"),  # NYC Digital Service; ours
        ("Remuneration", "salary"),  # ours
        ("What's in it for you", "benefits"),  # ours
        ("Perks", "benefits"),  # ours
        ("Special Instructions to Applicants", "application"),  # Utah Valley; Virginia Tech
        ("Apply Here", "application"),  # NYC Opportunity; ours
        ("Assessment Framework", "selection_process"),  # MoJ; ours "Interview process"
        ("Interview process", "selection_process"),  # ours
        ("AA/EOE", "equal_opportunity"),  # NC State; ours
        ("Equal Opportunities", "equal_opportunity"),  # Royal Borough of Greenwich; county postings
        ("Accommodations", "equal_opportunity"),  # county postings; ours
        ("Diversity and inclusion", "equal_opportunity"),  # ours
        ("Our commitment to equity", "equal_opportunity"),  # ours
        ("OPS Commitment to diversity, inclusion, accessibility, and anti- racism", "equal_opportunity"),  # Ontario
        ("Shortlisting Criteria", "selection_process"),  # Royal Borough of Greenwich; ours "Shortlisting"
        ("Veteran's Preference Information", "equal_opportunity"),  # US Navy posting; county "Veterans' Preference"
        # other blocks
        ("Physical Ability", "physical_demands"),  # county posting; ours
        ("Environmental Factors", "working_conditions"),  # two county postings
        ("Supervisory Responsibilities", "supervision"),  # county posting; ours
        ("Pre-Employment", "special_requirements"),  # county posting; ours
        ("Security clearance", "special_requirements"),  # ours
        (
            "Special Personal Requirements",
            "special_requirements",
        ),  # county posting; LABELS.md "Special Personal Characteristics"
        ("HOW YOU WILL BE EVALUATED", "selection_process"),  # US Treasury and US Navy postings (USAJobs)
        ("WHAT TO EXPECT NEXT", "selection_process"),  # US Treasury and US Navy postings (USAJobs)
        ("Applicant Documents", "application"),  # North Dakota State; Sam Houston State
        ("U-M EEO/AA Statement", "equal_opportunity"),  # University of Michigan; ours "EEO/AA Policy"
        ("Strong candidates will have", "desirable_qualifications"),  # DC Public Schools; ours
        ("SELECTIVE CERTIFICATION", "selection_process"),  # City of Los Angeles; civil-service rules elsewhere (ours)
        ("QUALIFICATIONS REVIEW", "selection_process"),  # City of Los Angeles; ours
    ],
)
def test_heading_is_classified_by_its_words(heading: str, key: str) -> None:
    assert VOCAB.lookup(heading) == key


@pytest.mark.parametrize(
    "heading",
    [
        "About CDS",  # Canadian Digital Service
        "About the Internal Operations Team",  # Canadian Digital Service
        "About us",  # ours
        "Who we are",  # ours; a university posting
        "Our mission",  # ours
        "Why join Justice Digital",  # MoJ
        "Join us",  # Ontario Digital Service
        "Department Information",  # Colorado Digital Service
        "Why should you work for us?",  # DC Public Schools; ours
        "What Sets Us Apart:",  # Government of Alberta; ours "What makes us different"
        "What makes us different",  # ours
    ],
)
def test_headings_about_the_employer_map_to_nothing(heading: str) -> None:
    assert VOCAB.lookup(heading) is None
    assert VOCAB.about_employer(heading)


@pytest.mark.parametrize(
    "text",
    [
        "Technical Architect",  # UK GDS role profile title line
        "Benefits Coordinator",  # ours: a job title ending in a title word
        "Data Skills Analyst",  # ours
        "Programme Delivery Manager job description",  # UK GDS title line: mostly words of no heading
        "Essential",  # UK GDS sub-label under a person specification
        "You will:",  # MoJ lead-in with no subject
        "Percentages Description",  # California duty statements' table header
        "For information regarding recruitment process, eligibility, terms & conditions",  # UK GDS: a catalogue
        "Licence Duties",  # ours: two subjects with no "and" between them
        "You must attach your answer in the attachments section of your application.",  # county posting: a sentence
    ],
)
def test_not_a_heading_by_its_words(text: str) -> None:
    assert VOCAB.lookup(text) is None


@pytest.mark.parametrize(
    ("heading", "sure"),
    [
        ("Key Responsibilities", "duties"),  # MoJ, CDS: every word names or frames the subject
        ("Assessment of Software Needs", None),  # CDS duties sub-heading: "software" is not accounted for
        ("Minimum Qualifications", "qualifications"),  # an alias is always sure
    ],
)
def test_sure_needs_every_word_accounted_for(heading: str, sure: str | None) -> None:
    assert VOCAB.sure(heading) == sure


def _keys(text: str, name: str) -> list[str]:
    return [section.key for section in specparse.parse(text.encode(), name=name).sections]


def test_bold_markdown_lines_are_headings() -> None:
    # Canadian Digital Service and NYC postings print headings as whole bold lines.
    text = (
        "# Analyst\n\n**Principal Duties and Responsibilities:**\n\n- Builds reports.\n- Cleans data.\n\n"
        "**What we are looking for:**\n\n- Two years of experience with SQL.\n"
    )
    record = specparse.parse(text.encode(), name="posting.md")
    assert [s.key for s in record.sections] == ["duties", "qualifications"]
    assert record.duties == ["Builds reports.", "Cleans data."]


def test_kramdown_heading_without_a_space() -> None:
    # Jekyll job-board posts ("##Summary of Duties", "###APPLICATION PROCESS:"); ours below.
    text = (
        "---\nlayout: job\n---\n\n##Job Requirements\nTwo years of design work.\n\n##Responsibilities\nDesigns pages.\n"
    )
    assert _keys(text, "post.markdown") == ["qualifications", "duties"]


def test_long_marked_heading_is_read() -> None:
    # Rutgers-style "##Preference will be given to candidates with …:" over the desirable list.
    text = (
        "##Job Requirements\nA degree in design.\n\n"
        "##Preference will be given to candidates with the following areas of experience:\n* Print layout\n"
    )
    assert _keys(text, "post.markdown") == ["qualifications", "desirable_qualifications"]


def test_yaml_front_matter_key_is_not_a_heading() -> None:
    # NYC Opportunity and Jekyll postings open with front matter whose "description:" is empty.
    text = "---\ntitle: Coordinator\nbreadcrumbs: ['Positions']\ndescription:\nimage:\n---\n\n### Responsibilities\n\n* Files.\n"
    assert _keys(text, "job.md") == ["duties"]


def _plain(rows: list[tuple[str, bool, bool]]) -> list[Line]:
    """(text, bold, list item) rows as a Word reader gives them: one line per paragraph, no blanks."""
    return number_lines([Line(text=t, bold=b, list_item=item) for t, b, item in rows])


def test_plain_paragraph_headings_of_a_web_exported_document() -> None:
    # MoJ Word export: "Key Responsibilities" and "Person Specification" in the body style.
    lines = _plain(
        [
            ("Junior Developer", True, False),
            ("You may be fit for this role if you want your first developer job.", False, False),
            ("Key Responsibilities", False, False),
            ("You will build web systems for the public.", False, False),
            ("Person Specification", False, False),
            ("You are curious and keen to learn.", False, False),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [s.key for s in split.sections] == ["duties", "qualifications"]
    assert split.preamble[0].text == "Junior Developer"  # the bold title line is not a heading


def test_lead_in_line_before_a_bulleted_list_opens_duties() -> None:
    # UK GDS role profiles: "The main responsibilities of the post are:" (bold or plain) over bullets.
    lines = _plain(
        [
            ("Developer", True, False),
            ("We want to expand our team of developers.", False, False),
            ("The main responsibilities of the post are:", False, False),
            ("• Write code.", False, True),
            ("• Review code.", False, True),
        ]
    )
    assert [s.key for s in split_sections(lines, VOCAB).sections] == ["duties"]


def test_sentences_and_bullets_inside_a_block_are_not_headings() -> None:
    lines = _plain(
        [
            ("Duties", True, False),
            ("• Maintain the asset register.", False, True),
            # ours: a sentence ending in ':' inside the duties names a subject word only by the way
            ("Ensure compliance with the following requirements:", False, False),
            ("• Fire codes.", False, True),
            ("• **Knowledge** of the permit system.", True, True),  # bold phrase opening a bullet
            ("Assessment of Software Needs", False, False),  # CDS duties sub-heading, not the selection process
            ("Knowledge of the principles of accounting.", False, False),  # a sentence, not a KSA heading
            ("Works with vendors on renewals and licensing questions.", False, False),
        ]
    )
    assert [s.key for s in split_sections(lines, VOCAB).sections] == ["duties"]


def test_employer_heading_ends_the_block_before_it() -> None:
    # "About the Team" after the duties (CDS, ours): its text is not more duties, and it warns of nothing.
    text = "DUTIES\nReviews permits.\n\nAbout the Team\nWe are twelve people who build forms for the public service.\n"
    record = specparse.parse(text.encode(), name="posting.txt")
    assert [s.key for s in record.sections] == ["duties", "other"]
    assert record.duties == ["Reviews permits."]
    assert not [w for w in record.warnings if w.code == "unknown_heading"]


def test_unknown_heading_after_a_known_one_stays_other_with_a_warning() -> None:
    text = "DUTIES\nReviews permits.\n\nPARKING ARRANGEMENTS\nStaff may park in the north lot for a monthly fee.\n"
    record = specparse.parse(text.encode(), name="posting.txt")
    assert [s.key for s in record.sections] == ["duties", "other"]
    assert [w.code for w in record.warnings if w.code == "unknown_heading"] == ["unknown_heading"]


def test_user_vocabulary_adds_subject_words(tmp_path: Path) -> None:
    # A user's --vocab file extends the word tables like the aliases.
    path = tmp_path / "words.toml"
    path.write_text('[duties]\nwords = ["remit"]\n', encoding="utf-8")
    vocab = load_vocabulary(str(path))
    assert VOCAB.lookup("Your remit") is None
    assert vocab.lookup("Your remit") == "duties"


def test_topic_lines_and_lead_ins_inside_a_list_block_keep_it_going() -> None:
    # California duty statements and Alberta postings group duties under bold topic lines; MoJ's
    # "You will:" leads into the block's own bullets. Wording ours.
    lines = _plain(
        [
            ("Key Responsibilities", True, False),
            ("• Advises the director on contracts.", False, True),
            ("Litigation and Court Work", True, False),
            ("• Reviews pleadings.", False, True),
            ("You will also:", True, False),
            ("• Train junior staff.", False, True),
            ("Person Specification", True, False),
            ("A law degree.", False, False),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [s.key for s in split.sections] == ["duties", "qualifications"]


def test_table_header_repeated_on_a_new_page_is_not_a_heading() -> None:
    # "Percentages Description" heads the duties table on every page of California duty statements;
    # ours "Percent Description" the same way.
    lines = _plain(
        [
            ("Essential Functions", True, False),
            ("Percent Description", True, False),
            ("40% Plans the work of the unit and sets its priorities every quarter.", False, False),
            ("Percent Description", True, False),
            ("30% Reviews the reports of the unit before they go to the director.", False, False),
        ]
    )
    assert [s.key for s in split_sections(lines, VOCAB).sections] == ["duties"]


def test_wrapped_end_of_a_bold_line_is_not_a_heading() -> None:
    # A bold duty title wrapped in a PDF ("25% Work with Agencies to improve the quality of data in" /
    # "alignment with Statewide data strategy"): a line starting lower-case continues the one above.
    lines = _plain(
        [
            ("Essential Functions", True, False),
            ("25% Work with departments to improve the quality of data in", True, False),
            ("alignment with the statewide strategy", True, False),
            ("• Helps departments assess data quality.", False, True),
        ]
    )
    assert [s.key for s in split_sections(lines, VOCAB).sections] == ["duties"]


def test_title_case_line_alone_opens_the_block_it_ends_with() -> None:
    # County postings: "Special Certifications and Licenses" as a plain line over its paragraph.
    text = (
        "DUTIES\nReviews permits.\n\nSpecial Certifications and Licenses\n"
        "A valid notary public commission is required within six months of hire.\n"
    )
    assert _keys(text, "posting.txt") == ["duties", "licenses"]


def test_a_block_opened_by_a_sub_heading_keeps_its_further_sub_headings() -> None:
    # UK GDS person specifications ("PERSON SPECIFICATION" then "Setting Direction", "Essential", ...)
    # and CalHR series specs (a class name over each level's requirements). Wording ours.
    lines = _plain(
        [
            ("Duties", True, False),
            ("• Plans the work.", False, True),
            ("Person Specification", True, False),
            ("Working Together", True, False),
            ("Essential", True, False),
            ("• Builds trust with partners.", False, True),
            ("Thinking Ahead", True, False),
            ("Essential", True, False),
            ("• Spots risks early.", False, True),
            ("Desirable", True, False),
            ("• A design qualification.", False, True),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [s.key for s in split.sections] == ["duties", "qualifications", "desirable_qualifications"]


def test_employer_lead_in_over_bullets_ends_the_duties() -> None:
    # Government of Alberta postings: a plain "What Sets Us Apart:" over perks after the duties.
    lines = _plain(
        [
            ("Role Responsibilities", True, False),
            ("• Prepares assessments.", False, True),
            ("What Sets Us Apart:", False, False),
            ("• Flexible work arrangements.", False, True),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [s.key for s in split.sections] == ["duties", "other"]
    assert len(split.sections[0].content()) == 1


def test_headings_in_table_cells_of_a_role_profile(tmp_path: Path) -> None:
    # Role profiles laid out as a two-column table, the heading bold in the left cell (UK councils,
    # California duty statements); wording ours.
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Records Clerk").bold = True
    rows = [
        ("Purpose of the Job", "Keeps the records of the office in order and answers requests from the public."),
        ("What you'll do", "Files and retrieves records, scans documents and keeps the archive index up to date."),
        ("Person Specification", "Two years of office experience and good written English, with care for detail."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (heading, text) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(heading).bold = True
        row.cells[1].text = text
    path = tmp_path / "profile.docx"
    document.save(str(path))
    assert [s.key for s in specparse.parse(path).sections] == ["definition", "duties", "qualifications"]
